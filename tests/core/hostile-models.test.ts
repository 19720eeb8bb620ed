/**
 * A seeded fuzz of hostile models and hostile arguments: models that reject
 * with values without a prototype, with throwing `toString` or `message`,
 * with Proxies whose traps throw, that never settle, or that answer with
 * Proxies and thenables; situations, weights and options with throwing
 * getters, Proxies and values of the wrong type (timeouts of Infinity or
 * 2^31, retries and counts of Infinity or NaN, `locked: 5`, unknown locales).
 *
 * Every public engine function must settle — with a result or an AdviceError
 * in `error` — holding no NaN, Infinity or undefined, with no unhandled
 * rejection. A watchdog far beyond the short timeouts used here turns a hang
 * into a failure (it measures nothing). Prints the counts cited in
 * docs/accessibility.md.
 */
import {
  AdviceError,
  type AdviceModel,
  type AdviceModelDefinition,
  compareScenarios,
  defineModel,
  factorSeries,
  nearestFlips,
  rank,
  tippingPoints,
  weightStability,
} from '@advice-kit/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { travelDefinition } from './models.js';

const SEED = 20_2012;
const RUNS = Number(process.env.FC_RUNS ?? 150);
/** Far beyond any timeout used here: only a call that never settles reaches it. */
const HANG = 20_000;

let calls = 0;
let unhandled = 0;
const onUnhandled = () => {
  unhandled++;
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  console.log(`hostile-model fuzz: ${calls} engine calls settled, ${unhandled} unhandled rejections`);
});

/** Values a model may reject or throw with. */
function hostileCauses(): unknown[] {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const throwingError = new Error('x');
  Object.defineProperty(throwingError, 'message', {
    get() {
      throw new Error('message getter');
    },
  });
  return [
    Object.create(null),
    {
      toString() {
        throw new Error('toString');
      },
    },
    {
      [Symbol.toPrimitive]() {
        throw new Error('toPrimitive');
      },
    },
    new Proxy(
      {},
      {
        get() {
          throw new Error('get trap');
        },
        getPrototypeOf() {
          throw new Error('getPrototypeOf trap');
        },
      },
    ),
    revoked.proxy,
    throwingError,
    Symbol('cause'),
    undefined,
    null,
    12n,
    'a'.repeat(100_000),
  ];
}

/** A thenable that never calls back. */
function neverThenable(): object {
  // biome-ignore lint/suspicious/noThenProperty: a hostile custom thenable is what this case tests
  return { then: () => {} };
}

/** A Proxy whose every trap throws. */
function trap(): object {
  const boom = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
}

function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error(`getter ${key}`);
    },
  });
}

type Behaviour = { kind: 'reject' | 'throw'; cause: number } | { kind: 'hang' } | { kind: 'proxy' } | { kind: 'nested' } | { kind: 'ok' };

/** The travel model with `assess` replaced by a hostile behaviour, optionally only from the n-th call on. */
function hostileModel(behaviour: Behaviour, from: number, many: boolean, breakpoints: Behaviour | null): AdviceModel {
  const base = travelDefinition();
  let n = 0;
  const act = (b: Behaviour, honest: () => unknown): unknown => {
    switch (b.kind) {
      case 'reject':
        return Promise.reject(hostileCauses()[b.cause]);
      case 'throw':
        throw hostileCauses()[b.cause];
      case 'hang':
        return new Promise(() => {});
      case 'proxy':
        return trap();
      case 'nested':
        // biome-ignore lint/suspicious/noThenProperty: a hostile custom thenable is what this case tests
        return { then: (resolve: (v: unknown) => void) => resolve(neverThenable()) };
      case 'ok':
        return Promise.resolve(honest());
    }
  };
  const assess = (s: Parameters<AdviceModelDefinition['assess']>[0]) => {
    n++;
    return n < from ? base.assess(s) : act(behaviour, () => base.assess(s));
  };
  const definition: AdviceModelDefinition = {
    ...base,
    assess: assess as AdviceModelDefinition['assess'],
    ...(many
      ? { assessMany: ((list: readonly Parameters<AdviceModelDefinition['assess']>[0][]) => Promise.all(list.map(assess))) as never }
      : {}),
    ...(breakpoints ? { breakpoints: () => act(breakpoints, () => [17, 20, 27]) as number[] } : {}),
  };
  return defineModel(definition);
}

const behaviourArb: fc.Arbitrary<Behaviour> = fc.oneof(
  fc.record({ kind: fc.constantFrom('reject' as const, 'throw' as const), cause: fc.integer({ min: 0, max: hostileCauses().length - 1 }) }),
  fc.constant({ kind: 'hang' as const }),
  fc.constant({ kind: 'proxy' as const }),
  fc.constant({ kind: 'nested' as const }),
  fc.constant({ kind: 'ok' as const }),
);

const hostileArg = fc.constantFrom<() => unknown>(
  () => undefined,
  () => null,
  () => 5,
  () => 'trips',
  trap,
  () => throwingGetter('trips'),
  () => throwingGetter('cost'),
  () => Object.create(null),
  () => ({ trips: { min: 5, max: 50 } }),
  () => ({ trips: Number.NaN }),
  () => [1, 2],
);

const optionsArb = fc.record(
  {
    timeout: fc.constantFrom(5, 0, -1, Number.NaN, '10', 2 ** 31, Number.POSITIVE_INFINITY, 1e300),
    samples: fc.constantFrom(Number.POSITIVE_INFINITY, Number.NaN, -3, 0, 1e9, 'x'),
    points: fc.constantFrom(Number.POSITIVE_INFINITY, Number.NaN, -3, 1e9, 'x'),
    locked: fc.constantFrom<unknown>(5, 'trips', null, [5, {}], ['trips'], 'trap'),
    limit: fc.constantFrom(Number.NaN, -1, Number.POSITIVE_INFINITY, '2', 1),
    locale: fc.constantFrom('xx', 'en', '', 5, '__proto__'),
    cache: fc.constantFrom<unknown>(5, {}, { get: 1, set: 2 }, null),
    stats: fc.constantFrom<unknown>(5, null, 'x'),
  },
  { requiredKeys: [] },
);

/** Resolves with the outcome, or with 'hang' when the call has not settled by the watchdog. */
async function settles<T>(promise: Promise<T>): Promise<T | 'hang' | { rejected: unknown }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), HANG);
  });
  try {
    return await Promise.race([
      promise.then(
        (v) => v,
        (e: unknown) => ({ rejected: e }),
      ),
      watchdog,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** No NaN, no Infinity, no undefined anywhere in a result; errors are AdviceErrors. */
function expectClean(value: unknown, path = 'result', seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (value === undefined) throw new Error(`${path} is undefined`);
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (value instanceof AdviceError) {
    expect(typeof value.message).toBe('string');
    expect(value.message).not.toMatch(/undefined/);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === 'factorId' || key === 'id' || key === 'name') continue; // echoes of the caller's arguments
    expectClean(v, `${path}.${key}`, seen);
  }
}

type Call = (model: AdviceModel, situation: unknown, weights: unknown, options: unknown) => Promise<unknown>;
const CALLS: Record<string, Call> = {
  rank: (m, s, w, o) => rank(m, s as never, w as never, o as never),
  tippingPoints: (m, s, w, o) => tippingPoints(m, s as never, w as never, 'trips', o as never),
  nearestFlips: (m, s, w, o) => nearestFlips(m, s as never, w as never, o as never),
  factorSeries: (m, s, w, o) => factorSeries(m, s as never, w as never, 'trips', o as never),
  weightStability: (m, s, w, o) => weightStability(m, s as never, w as never, o as never),
  compareScenarios: (m, s, w, o) => compareScenarios(m, s as never, m.scenarios as never, w as never, o as never),
};

async function check(call: Call, model: AdviceModel, situation: unknown, weights: unknown, options: unknown): Promise<unknown> {
  const outcome = await settles(call(model, situation, weights, options));
  calls++;
  expect(outcome).not.toBe('hang');
  expect(outcome).not.toHaveProperty('rejected');
  expectClean(outcome);
  return outcome;
}

describe('hostile models: every engine call settles with a result or an AdviceError', () => {
  it.each(Object.keys(CALLS))('%s under hostile models (seeded)', { timeout: 120_000 }, async (name) => {
    const call = CALLS[name] as Call;
    await fc.assert(
      fc.asyncProperty(
        behaviourArb,
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.option(behaviourArb, { nil: null }),
        async (behaviour, from, many, breakpoints) => {
          const model = hostileModel(behaviour, from, many, breakpoints);
          const result = (await check(call, model, {}, null, { timeout: 15 })) as { error?: AdviceError };
          if (behaviour.kind !== 'ok' && from === 1 && result.error) {
            expect(['model-failed', 'malformed-assessment', 'timeout']).toContain(result.error.code);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it.each(Object.keys(CALLS))('%s under hostile situations, weights and options (seeded)', { timeout: 120_000 }, async (name) => {
    const call = CALLS[name] as Call;
    const model = defineModel(travelDefinition());
    await fc.assert(
      fc.asyncProperty(
        hostileArg,
        hostileArg,
        fc.oneof(
          optionsArb.map((o) => () => (o.locked === 'trap' ? { ...o, locked: trap() } : o)),
          hostileArg,
        ),
        async (situation, weights, options) => {
          await check(call, model, situation(), weights(), options());
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('a rejection without a prototype or with a throwing toString ends in model-failed, not a hang', async () => {
    for (const cause of hostileCauses()) {
      const model = defineModel({ ...travelDefinition(), assess: () => Promise.reject(cause) as never });
      for (const call of Object.values(CALLS)) {
        const result = (await check(call, model, {}, null, { timeout: 1000 })) as { error?: AdviceError };
        expect(result.error?.code).toBe('model-failed');
      }
    }
  });

  it('a timeout of Infinity or 2^31 ms waits for the model instead of firing at once', async () => {
    const model = defineModel({
      ...travelDefinition(),
      assess: (s) => new Promise((resolve) => setTimeout(() => resolve(travelDefinition().assess(s) as never), 5)),
    });
    for (const timeout of [Number.POSITIVE_INFINITY, 2 ** 31, 2 ** 40]) {
      const result = await rank(model, {}, null, { timeout });
      expect(result.error).toBeUndefined();
      expect(result.best).toBe('single');
    }
  });

  it('nearestFlips with locked: 5 answers (the option is ignored) instead of rejecting', async () => {
    const model = defineModel(travelDefinition());
    const result = await nearestFlips(model, {}, null, { locked: 5 as never });
    expect(result.error).toBeUndefined();
    expect(result.flips.length).toBeGreaterThan(0);
  });

  it('an unknown locale gives Dutch messages, never "undefined"', async () => {
    const model = defineModel(travelDefinition());
    const result = await rank(model, { trips: -4 }, null, { locale: 'xx' as never });
    expect(result.error?.code).toBe('invalid-situation');
    expect(result.error?.message).toBe('trips: Vul een getal in van 0 of meer.');
  });

  it('samples and points of Infinity are capped: the work stays bounded on a 10^7-step factor', async () => {
    let evaluations = 0;
    const model = defineModel({
      ...travelDefinition(),
      factors: [
        { id: 'trips', label: 'Trips', kind: 'number', min: 0, max: 10_000_000, step: 1, default: 10 },
        ...travelDefinition().factors.slice(1),
      ],
      breakpoints: undefined,
      assess: (s) => {
        evaluations++;
        return travelDefinition().assess(s);
      },
    });
    const tipping = await tippingPoints(model, {}, null, 'trips', { samples: Number.POSITIVE_INFINITY });
    expect(tipping.error).toBeUndefined();
    expect(tipping.exact).toBe(false);
    expect(evaluations).toBeLessThan(5000);
    evaluations = 0;
    const series = await factorSeries(model, {}, null, 'trips', { points: Number.POSITIVE_INFINITY });
    expect(series.error).toBeUndefined();
    expect(series.points.length).toBeLessThanOrEqual(2100);
    expect(evaluations).toBeLessThan(10_000);
  });

  it('a model whose advice changes at every step stops bisecting at the cap and says exact: false', async () => {
    const model = defineModel({
      ...travelDefinition(),
      factors: [
        { id: 'trips', label: 'Trips', kind: 'number', min: 0, max: 1_000_000, step: 1, default: 10 },
        ...travelDefinition().factors.slice(1),
      ],
      breakpoints: undefined,
      assess: (s) => {
        const odd = (s.trips as number) % 2 === 1;
        return {
          single: { eligible: true, values: { cost: odd ? 1 : 2, flexibility: 0 } },
          bundle: { eligible: true, values: { cost: odd ? 2 : 1, flexibility: 0 } },
          monthly: { eligible: false, values: {} },
          senior: { eligible: false, values: {} },
        };
      },
    });
    const result = await tippingPoints(model, {}, null, 'trips', { samples: 1000 });
    expect(result.error).toBeUndefined();
    expect(result.exact).toBe(false);
    expect(result.stats.evaluations).toBeLessThanOrEqual(20_001);
  });
});
