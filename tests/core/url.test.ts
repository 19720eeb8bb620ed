import {
  type AdviceModel,
  type AdviceState,
  checkFactorValue,
  createStore,
  decodeState,
  encodeState,
  initialState,
  readState,
  type Scenario,
  STATE_VERSION,
  validateSituation,
} from '@advice-kit/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT, RUNS, travel } from './models.js';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  // Nothing in this file may reach Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what names may not hold
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Asserts everything a decoded state promises. */
function expectValidState(model: AdviceModel, state: AdviceState): void {
  expect(Object.isFrozen(state)).toBe(true);
  expect(Object.keys(state.situation).sort()).toEqual(model.factors.map((f) => f.id).sort());
  expect(validateSituation(model, state.situation).valid).toBe(true);
  expect(Object.keys(state.weights).sort()).toEqual(model.criteria.map((c) => c.id).sort());
  for (const w of Object.values(state.weights)) {
    expect(Number.isFinite(w) && w >= 0 && w <= 1000).toBe(true);
  }
  expect(state.scenarios.length).toBeLessThanOrEqual(20);
  expect(new Set(state.scenarios.map((s) => s.id)).size).toBe(state.scenarios.length);
  for (const s of state.scenarios) {
    expect(typeof s.name).toBe('string');
    expect(s.name.length).toBeGreaterThan(0);
    expect(s.name.length).toBeLessThanOrEqual(80);
    expect(CONTROL.test(s.name)).toBe(false);
    for (const [id, value] of Object.entries(s.overrides)) {
      const factor = model.factors.find((f) => f.id === id);
      expect(factor).toBeDefined();
      if (!factor) continue;
      const relative =
        factor.kind === 'number' &&
        value !== null &&
        typeof value === 'object' &&
        (('add' in value && Number.isFinite(value.add)) || ('multiply' in value && Number.isFinite(value.multiply) && value.multiply >= 0));
      expect(relative || checkFactorValue(factor, value) === null).toBe(true);
    }
    if (s.weights) {
      expect(Object.keys(s.weights).sort()).toEqual(model.criteria.map((c) => c.id).sort());
      for (const w of Object.values(s.weights)) expect(Number.isFinite(w) && w >= 0 && w <= 1000).toBe(true);
    }
    if (s.suggestion !== undefined) expect(model.scenarios?.some((x) => x.id === s.suggestion)).toBe(true);
  }
  expect(state.activeScenario === null || state.scenarios.some((s) => s.id === state.activeScenario)).toBe(true);
  for (const record of [state.situation, state.weights, ...state.scenarios.map((s) => s.overrides)]) {
    expect(Object.hasOwn(record, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
  }
}

describe('encodeState', () => {
  it('writes a versioned, readable query with every factor and weight', () => {
    expect(STATE_VERSION).toBe(1);
    expect(encodeState(travel, initialState(travel))).toBe('v=1&f.trips=10&f.zone=inner&f.senior=0&f.distance=2&w.cost=4&w.flexibility=1');
  });

  it('writes ranges, scenarios (relative changes, weights, suggestion) and the active one', () => {
    const store = createStore(travel);
    store.setFactor('trips', { min: 8, max: 12 });
    store.setFactor('senior', true);
    store.addScenario({ name: 'Thuis & werk', overrides: { trips: { add: -8 } }, suggestion: 'home' });
    const s = store.addScenario({ name: 'Druk', overrides: { trips: { multiply: 1.5 }, zone: 'outer' }, weights: { cost: 1 } });
    store.setActiveScenario(s.id);
    const query = encodeState(travel, store.getState());
    expect(query).toBe(
      'v=1&f.trips=8%7E12&f.zone=inner&f.senior=1&f.distance=2&w.cost=4&w.flexibility=1' +
        '&s0.n=Thuis+%26+werk&s0.g=home&s0.f.trips=%2B-8' +
        '&s1.n=Druk&s1.f.trips=*1.5&s1.f.zone=outer&s1.w.cost=1&s1.w.flexibility=1&a=1',
    );
    const back = decodeState(travel, query);
    expect(back.situation).toEqual(store.getState().situation);
    expect(back.scenarios).toEqual([
      { id: 's1', name: 'Thuis & werk', overrides: { trips: { add: -8 } }, suggestion: 'home' },
      { id: 's2', name: 'Druk', overrides: { trips: { multiply: 1.5 }, zone: 'outer' }, weights: { cost: 1, flexibility: 1 } },
    ]);
    expect(back.activeScenario).toBe('s2');
  });

  it('renumbers scenario ids (ids are not in the URL) and keeps the active one pointing at the same scenario', () => {
    const state: AdviceState = {
      ...initialState(travel),
      scenarios: [
        { id: 'x7', name: 'A', overrides: {} },
        { id: 'mine', name: 'B', overrides: { senior: true } },
      ],
      activeScenario: 'mine',
    };
    const back = decodeState(travel, encodeState(travel, state));
    expect(back.scenarios.map((s) => [s.id, s.name])).toEqual([
      ['s1', 'A'],
      ['s2', 'B'],
    ]);
    expect(back.activeScenario).toBe('s2');
  });
});

describe('decodeState', () => {
  it('reads a query with or without a leading # or ?', () => {
    for (const prefix of ['', '#', '?']) {
      expect(decodeState(travel, `${prefix}v=1&f.trips=33&f.zone=outer&f.senior=true&w.cost=2`)).toEqual({
        situation: { trips: 33, zone: 'outer', senior: true, distance: 2 },
        weights: { cost: 2, flexibility: 1 },
        scenarios: [],
        activeScenario: null,
      });
    }
  });

  it('gives the defaults for another version, no version, or input that is not a string', () => {
    const defaults = initialState(travel);
    for (const input of ['v=2&f.trips=33', 'f.trips=33', 'v=&f.trips=33', 'v=1.0&f.trips=33', '', null, undefined, 42, { v: 1 }, ['v=1']]) {
      expect(decodeState(travel, input)).toEqual(defaults);
    }
  });

  it('clamps numbers onto the factor grid and weights into [0, 1000]', () => {
    const s = decodeState(travel, 'v=1&f.trips=999&f.distance=0.3&w.cost=-5&w.flexibility=1e9');
    expect(s.situation).toMatchObject({ trips: 60, distance: 0.5 });
    expect(s.weights).toEqual({ cost: 0, flexibility: 1000 });
    expect(decodeState(travel, 'v=1&f.trips=-3').situation.trips).toBe(0);
    expect(decodeState(travel, 'v=1&f.trips=2.4').situation.trips).toBe(2);
    expect(decodeState(travel, 'v=1&f.trips=12~8').situation.trips).toEqual({ min: 8, max: 12 });
    expect(decodeState(travel, 'v=1&f.trips=-50~500').situation.trips).toEqual({ min: 0, max: 60 });
    expect(decodeState(travel, 'v=1&f.trips=5~5.2').situation.trips).toBe(5);
    expect(decodeState(travel, 'v=1&s0.f.trips=%2B1e12&s1.f.trips=*-4').scenarios.map((s) => s.overrides.trips)).toEqual([
      { add: 1e9 },
      { multiply: 0 },
    ]);
  });

  it.each(['abc', 'NaN', 'Infinity', '1e999', '0x10', '', ' ', '1,5', '1~2~3', '~', '--1', '1e'])(
    'ignores the number %j and keeps the default',
    (text) => {
      const s = decodeState(travel, `v=1&f.trips=${encodeURIComponent(text)}&w.cost=${encodeURIComponent(text)}`);
      expect(s.situation.trips).toBe(10);
      expect(s.weights.cost).toBe(4);
    },
  );

  it('readState says what it could not use as it was, with the key and the factor or criterion', () => {
    const { state, problems } = readState(
      travel,
      'v=1&f.trips=999&f.distance=0.3&f.zone=middle&f.senior=1&w.cost=abc&w.flexibility=2&s0.n=A&s0.f.trips=%2Bx&x=1&f.unknown=3',
    );
    expect(state).toEqual(
      decodeState(travel, 'v=1&f.trips=999&f.distance=0.3&f.zone=middle&f.senior=1&w.cost=abc&w.flexibility=2&s0.n=A&s0.f.trips=%2Bx'),
    );
    expect(problems).toEqual([
      { code: 'adjusted', key: 'f.trips', factorId: 'trips' },
      { code: 'adjusted', key: 'f.distance', factorId: 'distance' },
      { code: 'unreadable', key: 'f.zone', factorId: 'zone' },
      { code: 'unreadable', key: 'w.cost', criterionId: 'cost' },
      { code: 'unreadable', key: 's0.f.trips', factorId: 'trips' },
    ]);
    expect(readState(travel, 'v=2&f.trips=3').problems).toEqual([{ code: 'version', key: 'v' }]);
    expect(readState(travel, 'f.trips=3').problems).toEqual([{ code: 'version', key: 'v' }]);
    for (const quiet of [
      '',
      '#',
      null,
      'v=1',
      'v=1&f.trips=12&f.distance=2.5&w.cost=0&w.flexibility=1000',
      'v=1&f.trips=12~8&s0.f.trips=*0.5',
    ]) {
      expect(readState(travel, quiet).problems, String(quiet)).toEqual([]);
    }
    expect(readState(travel, 'v=1&w.cost=-5').problems).toEqual([{ code: 'adjusted', key: 'w.cost', criterionId: 'cost' }]);
  });

  it('ignores unknown keys, unknown factors and criteria, and unknown choices', () => {
    const s = decodeState(travel, 'v=1&x=1&f.unknown=3&w.unknown=3&f.zone=middle&f.senior=maybe&f=1&w=2&n=name&s0.x=1');
    expect(s.situation).toEqual(initialState(travel).situation);
    expect(s.weights).toEqual(initialState(travel).weights);
    expect(s.scenarios).toEqual([]);
  });

  it('makes __proto__, constructor and prototype keys inert', () => {
    const hostile = [
      '__proto__.polluted=1',
      'f.__proto__=1',
      'w.__proto__=1',
      'f.constructor=1',
      'w.constructor=1',
      'constructor.prototype.polluted=1',
      's0.f.__proto__=1',
      's0.w.__proto__=1',
      's0.f.constructor.prototype.polluted=1',
      '__proto__%5Bpolluted%5D=1',
      'f.trips=20',
    ].join('&');
    const s = decodeState(travel, `v=1&${hostile}`);
    expect(s.situation.trips).toBe(20);
    expectValidState(travel, s);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cleans scenario names: no control characters, trimmed, at most 80 characters, never empty', () => {
    const s = decodeState(travel, `v=1&s0.n=${encodeURIComponent('  a\u0000b\nc\u007f ')}&s1.n=${'x'.repeat(500)}&s2.n=&s3.f.trips=4`);
    expect(s.scenarios.map((x) => x.name)).toEqual(['a b c', 'x'.repeat(80), '3', '4']);
  });

  it('keeps at most 20 scenarios, ignores unknown suggestions and an active index that does not exist', () => {
    const many = Array.from({ length: 30 }, (_, i) => `s${i}.n=S${i}`).join('&');
    const s = decodeState(travel, `v=1&${many}&s99.n=far&s0.g=nope&s1.g=retire&a=25`);
    expect(s.scenarios).toHaveLength(20);
    expect(s.scenarios[0]?.suggestion).toBeUndefined();
    expect(s.scenarios[1]?.suggestion).toBe('retire');
    expect(s.activeScenario).toBeNull();
  });

  it('reads only the first value of a repeated key, and at most 500 parameters', () => {
    expect(decodeState(travel, 'v=1&f.trips=5&f.trips=50').situation.trips).toBe(5);
    const filler = Array.from({ length: 600 }, (_, i) => `x${i}=1`).join('&');
    expect(decodeState(travel, `v=1&${filler}&f.trips=50`).situation.trips).toBe(10);
  });

  it('survives very long and malformed input quickly', () => {
    const started = Date.now();
    const huge = `v=1&f.trips=20&s0.n=${'%'.repeat(2_000_000)}`;
    const s = decodeState(travel, huge);
    expect(s.situation.trips).toBe(20);
    expectValidState(travel, decodeState(travel, 'v=1&f.trips=%E0%A4%A&s0.n=%FF%FE&%%%=%%'));
    expectValidState(travel, decodeState(travel, `v=1&${'&'.repeat(100_000)}`));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const name = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 80 })
  .filter((s) => !/\p{Cs}/u.test(s) && s === s.trim() && !CONTROL.test(s) && s.length <= 80);
const weight = fc.double({ min: 0, max: 1000, noNaN: true }).map((w) => w + 0);
const weights = fc.record({ cost: weight, flexibility: weight });
const tripsValue = fc.oneof(
  fc.integer({ min: 0, max: 60 }),
  fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 1, max: 60 })).map(([a, d]) => ({ min: a, max: Math.min(60, a + d) })),
);
const distanceValue = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((i) => i / 2),
  fc
    .tuple(fc.integer({ min: 0, max: 19 }), fc.integer({ min: 1, max: 20 }))
    .map(([a, d]) => ({ min: a / 2, max: Math.min(20, a + d) / 2 })),
);
const relative = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map((add) => ({ add: add + 0 })),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((multiply) => ({ multiply: multiply + 0 })),
);
const situation = fc.record({
  trips: tripsValue,
  zone: fc.constantFrom('inner', 'outer'),
  senior: fc.boolean(),
  distance: distanceValue,
});
const overrides = fc.record(
  {
    trips: fc.oneof(tripsValue, relative),
    zone: fc.constantFrom('inner', 'outer'),
    senior: fc.boolean(),
    distance: fc.oneof(distanceValue, relative),
  },
  { requiredKeys: [] },
);
const validState: fc.Arbitrary<AdviceState> = fc
  .record({
    situation,
    weights,
    scenarios: fc.array(
      fc.record({ name, overrides, weights, suggestion: fc.constantFrom('home', 'retire') }, { requiredKeys: ['name', 'overrides'] }),
      { maxLength: 20 },
    ),
    active: fc.nat(),
    hasActive: fc.boolean(),
  })
  .map(({ situation, weights, scenarios, active, hasActive }) => {
    const list: Scenario[] = scenarios.map((s, i) => ({ ...s, id: `s${i + 1}` }));
    return {
      situation,
      weights,
      scenarios: list,
      activeScenario: hasActive && list.length > 0 ? `s${(active % list.length) + 1}` : null,
    };
  });

/** Hostile query strings built from the codec's own vocabulary, mixed with junk. */
const keyPart = fc.oneof(
  fc.constantFrom(
    'v',
    'a',
    'f.trips',
    'f.zone',
    'f.senior',
    'f.distance',
    'w.cost',
    'w.flexibility',
    's0.n',
    's0.g',
    's1.f.trips',
    's19.f.zone',
    's20.n',
    's99.w.cost',
    's00.n',
    '__proto__',
    'f.__proto__',
    's0.f.__proto__',
    'w.constructor',
    'constructor',
    'prototype',
    'f.',
    'w.',
    's.n',
  ),
  fc.string({ maxLength: 12 }),
);
const valuePart = fc.oneof(
  fc.constantFrom(
    '1',
    '0',
    '-0',
    '30',
    '1e999',
    'NaN',
    '-1',
    '+5',
    '*2',
    '%2B-3',
    '8~12',
    '~',
    '%',
    '%E0%A4%A',
    'true',
    'outer',
    '__proto__',
    '',
  ),
  fc.double().map(String),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const hostileQuery = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(keyPart, valuePart), { maxLength: 40 }))
  .map(([versioned, pairs]) => `${versioned ? 'v=1&' : ''}${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

describe('URL codec (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('decode(encode(state)) round-trips every valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const back = decodeState(travel, encodeState(travel, state));
        expect(back).toEqual(state);
        expect(readState(travel, encodeState(travel, state)).problems).toEqual([]);
        expectValidState(travel, back);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('decodeState never throws on arbitrary strings and always returns a valid state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), hostileQuery), (input) => {
        expectValidState(travel, decodeState(travel, input));
        expectValidState(travel, decodeState(travel, `v=1&${input}`));
      }),
      { numRuns: RUNS * 10 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('decodeState of a decoded state re-encoded is a fixed point (hostile input settles in one step)', () => {
    fc.assert(
      fc.property(hostileQuery, (input) => {
        const once = decodeState(travel, input);
        expect(decodeState(travel, encodeState(travel, once))).toEqual(once);
      }),
      { numRuns: RUNS * 5 },
    );
  });
});
