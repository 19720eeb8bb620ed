import {
  type AdviceModel,
  type AdviceModelDefinition,
  type Assessments,
  checkAssessments,
  compareScenarios,
  createAssessmentCache,
  defineModel,
  type EvaluationStats,
  nearestFlips,
  type ResolvedSituation,
  rank,
  tippingPoints,
  weightStability,
} from '@advice-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel, travel, travelDefinition } from './models.js';

// Any unhandled rejection during these tests is a failure of the "never rejects" rule.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

const withAssess = (assess: AdviceModelDefinition['assess'], extra: Partial<AdviceModelDefinition> = {}): AdviceModel =>
  defineModel(travelDefinition({ assess, ...extra }));

const good = (s: ResolvedSituation) => travel.assess(s) as Assessments;

/** Calls every engine function on a model and returns the error codes. */
async function codesOf(model: AdviceModel, options = {}): Promise<(string | undefined)[]> {
  const results = await Promise.all([
    rank(model, {}, null, options),
    tippingPoints(model, {}, null, 'trips', options),
    tippingPoints(model, {}, null, 'zone', options),
    weightStability(model, {}, null, options),
    nearestFlips(model, {}, null, options),
    compareScenarios(model, {}, [{ id: 's', name: 'S', overrides: { trips: 30 } }], null, options),
  ]);
  return results.map((r) => r.error?.code);
}

describe('a model that fails', () => {
  it('throwing: every function returns a model-failed error with the cause', async () => {
    const cause = new Error('tariff table missing');
    const model = withAssess(() => {
      throw cause;
    });
    expect(await codesOf(model)).toEqual(Array(6).fill('model-failed'));
    const r = await rank(model, {}, null);
    expect(r.error?.message).toContain('tariff table missing');
    expect(r.error?.cause).toBe(cause);
    expect(r.ranking).toEqual([]);
    expect(r.weights).toEqual({ cost: 0.8, flexibility: 0.2 });
  });

  it('rejecting, also with something that is not an Error: model-failed', async () => {
    expect(await codesOf(withAssess(() => Promise.reject(new Error('503'))))).toEqual(Array(6).fill('model-failed'));
    const r = await rank(
      withAssess(() => Promise.reject('plain string')),
      {},
      null,
    );
    expect(r.error?.code).toBe('model-failed');
    expect(r.error?.message).toContain('plain string');
  });

  it('throwing only for some situations: the whole call fails cleanly', async () => {
    const model = withAssess((s) => {
      if ((s.trips as number) > 40) throw new Error('out of tariff');
      return good(s);
    });
    expect((await rank(model, {}, null)).error).toBeUndefined();
    expect((await tippingPoints(model, {}, null, 'trips')).error?.code).toBe('model-failed');
  });

  it('hanging: the timeout option ends every function with a timeout error', async () => {
    const model = withAssess(() => new Promise<Assessments>(() => {}));
    const started = Date.now();
    expect(await codesOf(model, { timeout: 30 })).toEqual(Array(6).fill('timeout'));
    expect(Date.now() - started).toBeLessThan(2000);
    const r = await rank(model, {}, null, { timeout: 20 });
    expect(r.error?.message).toBe('The advice model did not answer within 20 ms.');
  });

  it('answering after the timeout changes nothing', async () => {
    const model = withAssess((s) => new Promise<Assessments>((resolve) => setTimeout(() => resolve(good(s)), 60)));
    expect((await rank(model, {}, null, { timeout: 10 })).error?.code).toBe('timeout');
    expect((await rank(model, {}, null, { timeout: 1000 })).best).toBe('single');
  });

  it('throwing in assessMany, or synchronously in a batch: model-failed', async () => {
    const many = withAssess(good, {
      assessMany: () => {
        throw new Error('batch endpoint down');
      },
    });
    expect((await tippingPoints(many, {}, null, 'trips')).error?.code).toBe('model-failed');
  });
});

describe('malformed assessments', () => {
  const single = { eligible: true, values: { cost: 30, flexibility: 4 } };
  const rest = (s: ResolvedSituation) => {
    const { single: _s, ...others } = good(s);
    return others;
  };
  it.each<[string, (s: ResolvedSituation) => unknown]>([
    ['null', () => null],
    ['an array', () => []],
    ['a number', () => 42],
    ['a string', () => 'single'],
    ['a missing option', (s) => rest(s)],
    ['an option that is null', (s) => ({ ...rest(s), single: null })],
    ['eligible as a string', (s) => ({ ...rest(s), single: { ...single, eligible: 'yes' } })],
    ['eligible missing', (s) => ({ ...rest(s), single: { values: single.values } })],
    ['a NaN value', (s) => ({ ...rest(s), single: { ...single, values: { cost: Number.NaN, flexibility: 4 } } })],
    ['an Infinity value', (s) => ({ ...rest(s), single: { ...single, values: { cost: Number.POSITIVE_INFINITY, flexibility: 4 } } })],
    ['a value as a string', (s) => ({ ...rest(s), single: { ...single, values: { cost: '30', flexibility: 4 } } })],
    ['a missing value of an eligible option', (s) => ({ ...rest(s), single: { ...single, values: { cost: 30 } } })],
    ['values missing altogether', (s) => ({ ...rest(s), single: { eligible: true } })],
    ['a NaN value of an ineligible option', (s) => ({ ...rest(s), single: { eligible: false, values: { cost: Number.NaN } } })],
    ['a reason that is not a text', (s) => ({ ...rest(s), single: { ...single, eligible: false, reason: 42 } })],
    ['notes that are not a list', (s) => ({ ...rest(s), single: { ...single, notes: 'note' } })],
    [
      'a value far outside its range (1.7e308 on [0, 200])',
      (s) => ({ ...rest(s), single: { ...single, values: { cost: 1.7e308, flexibility: 4 } } }),
    ],
    ['the option under an inherited key', (s) => Object.assign(Object.create({ single }), rest(s))],
  ])('%s → malformed-assessment, for every function', async (_, answer) => {
    const model = withAssess(answer as never);
    expect(await codesOf(model)).toEqual(Array(6).fill('malformed-assessment'));
  });

  it.each<[string, (list: readonly ResolvedSituation[]) => unknown]>([
    ['too few answers', (list) => list.slice(1).map(good)],
    ['too many answers', (list) => [...list.map(good), good(list[0] as ResolvedSituation)]],
    ['no list', () => ({ 0: 'x' })],
    ['null', () => null],
    ['a promise of a wrong length', (list) => Promise.resolve(list.slice(1).map(good))],
  ])('assessMany with %s → malformed-assessment', async (_, answer) => {
    const model = withAssess(good, { assessMany: answer as never });
    const r = await tippingPoints(model, {}, null, 'trips');
    expect(r.error?.code).toBe('malformed-assessment');
  });

  it('accepts an ineligible option without values, ignores extra options, and copies what it keeps', () => {
    const raw: Record<string, unknown> = {
      ...good({ trips: 10, zone: 'inner', senior: false, distance: 2 }),
      extra: { eligible: true, values: { cost: 1 } },
    };
    const checked = checkAssessments(travel, raw);
    expect(Object.keys(checked)).toEqual(['single', 'bundle', 'monthly', 'senior']);
    expect(checked.senior).toEqual({ eligible: false, values: {}, reason: { nl: 'Alleen vanaf 65 jaar', en: 'Only from 65' } });
    expect(checked.single).not.toBe(raw.single);
    expect(() => checkAssessments(travel, {})).toThrowError(/option "single" has no assessment/);
  });
});

describe('asynchronous models, batching and round trips', () => {
  it('an async model gives the same results as a sync one', async () => {
    const asyncModel = withAssess(async (s) => good(s));
    for (const trips of [0, 16, 17, 26, 27, 60]) {
      expect((await rank(asyncModel, { trips }, null)).best).toBe((await rank(travel, { trips }, null)).best);
    }
    expect((await tippingPoints(asyncModel, {}, null, 'trips')).thresholds).toEqual(
      (await tippingPoints(travel, {}, null, 'trips')).thresholds,
    );
  });

  it('uses assessMany for every batch: one call per round trip, never assess', async () => {
    let single = 0;
    const batches: number[] = [];
    const remote = withAssess(
      (s) => {
        single++;
        return good(s);
      },
      {
        assessMany: async (list) => {
          batches.push(list.length);
          return list.map(good);
        },
      },
    );
    const stats: EvaluationStats = { evaluations: 0, batches: 0 };
    const r = await tippingPoints(remote, {}, null, 'trips', { stats });
    expect(r.thresholds.map((t) => t.at)).toEqual([17, 27]);
    expect(single).toBe(0);
    expect(batches.length).toBe(stats.batches);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(stats.evaluations);
    expect(r.stats).toBe(stats);
    // Own value, then breakpoints and ends in one batch, then one batch per bisection round (gaps of ≤ 19 steps: ≤ 5 rounds).
    expect(stats.batches).toBeLessThanOrEqual(7);
    expect(stats.evaluations).toBeLessThan(30);
  });

  it('asks the model once per distinct situation within a call (duplicates and the own value are shared)', async () => {
    const seen: string[] = [];
    const model = withAssess(
      (s) => {
        seen.push(JSON.stringify(s));
        return good(s);
      },
      { breakpoints: undefined },
    );
    const r = await tippingPoints(model, {}, null, 'trips', { samples: 1000 });
    expect(r.stats.evaluations).toBe(61);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(61);
  });

  it('a shared cache serves a second call without asking the model', async () => {
    const built = buildModel({
      min: 0,
      step: 1,
      steps: 200,
      at: 10,
      weights: { cost: 1, comfort: 0 },
      options: [
        { fixed: 300, rate: 1, cap: null, comfort: 0, from: null, to: null, strict: false },
        { fixed: 400, rate: 0.25, cap: null, comfort: 0, from: null, to: null, strict: false },
      ],
    });
    const cache = createAssessmentCache();
    const first = await tippingPoints(built.model, {}, null, 'x', { cache });
    const calls = built.calls.assess;
    const second = await tippingPoints(built.model, {}, null, 'x', { cache });
    expect(second.stats.evaluations).toBe(0);
    expect(second.stats.batches).toBe(0);
    expect(built.calls.assess).toBe(calls);
    expect(second.thresholds).toEqual(first.thresholds);
    expect(first.thresholds).toEqual([{ at: 134, from: 'o0', to: 'o1' }]); // 300 + x = 400 + x / 4 at x = 133.3
    expect((await rank(built.model, { x: 134 }, null, { cache })).best).toBe('o1');
    expect(built.calls.assess).toBe(calls);
    cache.clear();
    await rank(built.model, { x: 134 }, null, { cache });
    expect(built.calls.assess).toBe(calls + 1);
  });

  it('the cache is least-recently-used and bounded, and a tiny cache still gives right answers', async () => {
    const cache = createAssessmentCache(2);
    const a = {} as Assessments;
    cache.set('a', a);
    cache.set('b', {});
    cache.get('a'); // a is now the most recent
    cache.set('c', {});
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(a);
    expect(cache.get('c')).toBeDefined();
    const tiny = createAssessmentCache(1);
    const r = await tippingPoints(travel, {}, null, 'trips', { cache: tiny });
    expect(r.thresholds.map((t) => t.at)).toEqual([17, 27]);
  });
});

describe('cancellation', () => {
  it('an already aborted signal: every function returns aborted without asking the model', async () => {
    let calls = 0;
    const model = withAssess((s) => {
      calls++;
      return good(s);
    });
    const signal = AbortSignal.abort();
    expect(await codesOf(model, { signal })).toEqual(Array(6).fill('aborted'));
    expect(calls).toBe(0);
  });

  it('aborting while an async model works ends the call at once with aborted', async () => {
    const model = withAssess(() => new Promise<Assessments>(() => {}));
    const controller = new AbortController();
    const pending = tippingPoints(model, {}, null, 'trips', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const started = Date.now();
    const r = await pending;
    expect(r.error?.code).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('aborting between rounds stops a tipping-point search', async () => {
    const controller = new AbortController();
    let batches = 0;
    const model = withAssess(good, {
      breakpoints: undefined,
      assessMany: async (list) => {
        if (++batches === 2) controller.abort();
        return list.map(good);
      },
    });
    const r = await tippingPoints(model, {}, null, 'trips', { signal: controller.signal, samples: 5 });
    expect(r.error?.code).toBe('aborted');
    expect(batches).toBe(2);
  });
});

describe('breakpoints that misbehave cost exactness, never the answer', () => {
  const wide = (breakpoints: AdviceModelDefinition['breakpoints']) =>
    defineModel(
      travelDefinition({
        factors: [
          { id: 'trips', label: 'Trips', kind: 'number', min: 0, max: 600, step: 1, default: 10 },
          ...travelDefinition().factors.slice(1),
        ],
        breakpoints,
      }),
    );

  it.each<[string, AdviceModelDefinition['breakpoints']]>([
    [
      'throwing',
      () => {
        throw new Error('no');
      },
    ],
    ['rejecting', () => Promise.reject(new Error('no'))],
    ['not a list', () => 'twenty' as never],
    ['hanging (timeout)', () => new Promise<number[]>(() => {})],
  ])('%s: falls back to sampling (exact false) with the right thresholds', async (_, breakpoints) => {
    const r = await tippingPoints(wide(breakpoints), {}, null, 'trips', { timeout: 30 });
    expect(r.error).toBeUndefined();
    expect(r.exact).toBe(false);
    expect(r.thresholds.map((t) => t.at)).toEqual([17, 27]);
  });

  it('does not trust a list with entries that are not finite numbers: samples instead (exact false)', async () => {
    const r = await tippingPoints(
      wide(() => [20, Number.NaN, Number.POSITIVE_INFINITY, '30'] as never),
      {},
      null,
      'trips',
    );
    expect(r.error).toBeUndefined();
    expect(r.exact).toBe(false);
    expect(r.thresholds.map((t) => t.at)).toEqual([17, 27]);
  });

  it('ignores finite entries that lie far outside the range', async () => {
    const r = await tippingPoints(
      wide(() => [20, -1e9, 1e9]),
      {},
      null,
      'trips',
    );
    expect(r.exact).toBe(true);
    expect(r.thresholds.map((t) => t.at)).toEqual([17, 27]);
  });

  it('an abort while breakpoints are pending ends the call with aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    const r = await tippingPoints(
      wide(() => new Promise<number[]>(() => {})),
      {},
      null,
      'trips',
      { signal: controller.signal },
    );
    expect(r.error?.code).toBe('aborted');
  });
});
