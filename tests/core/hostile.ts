/**
 * Hostile input for the fuzz tests of the engine (tests/core/fuzz.test.ts) and
 * of the elements (tests/a11y/fuzz.test.ts): values, situations, weights,
 * scenarios and URL states a caller, a URL or a person could hand over.
 */
import type { AdviceModel } from '@advice-kit/core';
import fc from 'fast-check';

// ---------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------

/** An object whose own key is `__proto__` (as JSON.parse makes it), carrying a would-be pollution. */
export const protoObject = (): Record<string, unknown> =>
  JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');

export const LONG = 'x'.repeat(10_000);
export const NASTY_STRINGS = [
  '',
  ' ',
  '-1',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  'null',
  '٣',
  '1,5',
  '1.5.5',
  '0x10',
  '1_000',
  '__proto__',
  'constructor',
  'toString',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '\u0000',
  '\u202e',
  '🚇',
  LONG,
];

/** Anything a caller or a URL could hand over as a value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    -1,
    0,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    null,
    undefined,
    true,
    false,
    [],
    [1, 2],
    {},
    { min: 1, max: 0 },
    { min: NaN, max: 1 },
    { min: '1', max: '2' },
    { min: 2, max: 4, extra: 1 },
    { add: 2 },
    { multiply: NaN },
    10n,
    Symbol('s'),
    () => 1,
    new Date(Number.NaN),
  ),
  fc.constantFrom(...NASTY_STRINGS),
  fc.constant(null).map(protoObject),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 20 }),
  fc.record({ min: fc.double(), max: fc.double() }),
);

/** A factor id the model has, or one it has not. */
export function factorIdArb(model: AdviceModel): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...model.factors.map((f) => f.id)) },
    fc.constantFrom<unknown>(
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'unknown',
      LONG,
      42,
      null,
      undefined,
      {},
      Symbol('id'),
    ),
    fc.string({ maxLength: 12 }),
  );
}

/** A valid value for a factor, so that the fuzz also reaches the model and the deeper paths. */
export function validValue(model: AdviceModel, id: string): fc.Arbitrary<unknown> {
  const factor = model.factors.find((f) => f.id === id);
  if (!factor) return fc.constant(undefined);
  switch (factor.kind) {
    case 'number': {
      const steps = Math.round((factor.max - factor.min) / factor.step);
      const at = fc.integer({ min: 0, max: steps }).map((i) => Number((factor.min + i * factor.step).toFixed(6)));
      return fc.oneof(
        { weight: 3, arbitrary: at },
        fc.tuple(at, at).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
      );
    }
    case 'choice':
      return fc.constantFrom(...factor.choices.map((c) => c.value));
    case 'boolean':
      return fc.boolean();
  }
}

/** Builds an object with own keys exactly as given (an own `__proto__` key included). */
export function ownObject(entries: readonly (readonly [unknown, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const k = typeof key === 'symbol' ? key : String(key);
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A situation: mostly valid values with hostile ones mixed in, unknown and dangerous keys, or no object at all. */
export function situationArb(model: AdviceModel): fc.Arbitrary<unknown> {
  const entry = factorIdArb(model).chain((id) =>
    fc.tuple(fc.constant(id), typeof id === 'string' ? fc.oneof(validValue(model, id), hostileValue) : hostileValue),
  );
  const valid = fc
    .tuple(...model.factors.map((f) => fc.option(validValue(model, f.id), { nil: undefined, freq: 3 })))
    .map((values) => ownObject(model.factors.map((f, i) => [f.id, values[i]] as const).filter(([, v]) => v !== undefined)));
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 4, arbitrary: fc.array(entry, { maxLength: 6 }).map(ownObject) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 'tripsPerWeek=4', 42, [], [4, 8], protoObject()) },
  );
}

export function weightsArb(model: AdviceModel): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...model.criteria.map((c) => c.id)) },
    fc.constantFrom('__proto__', 'constructor', 'unknown', ''),
  );
  const value = fc.oneof({ weight: 3, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) }, hostileValue);
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.tuple(key, value), { maxLength: 5 }).map(ownObject) },
    fc.constantFrom<unknown>(null, undefined, {}, 'cost=1', 7, [], protoObject()),
    fc.constant(Object.fromEntries(model.criteria.map((c) => [c.id, 0]))),
    fc.constant(Object.fromEntries(model.criteria.map((c) => [c.id, 1e308]))),
  );
}

export function scenariosArb(model: AdviceModel): fc.Arbitrary<unknown> {
  const scenario = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record(
        {
          id: fc.oneof(fc.string({ maxLength: 8 }), hostileValue),
          name: fc.oneof(fc.constantFrom(...NASTY_STRINGS), hostileValue),
          overrides: situationArb(model),
          weights: weightsArb(model),
        },
        { requiredKeys: ['overrides'] },
      ),
    },
    fc.constantFrom<unknown>(null, undefined, 1, 'scenario', {}, { overrides: null }, protoObject()),
  );
  return fc.oneof({ weight: 5, arbitrary: fc.array(scenario, { maxLength: 4 }) }, fc.constantFrom<unknown>(null, undefined, {}, 'x'));
}

/** URL states: well-formed ones with hostile values, truncated and random ones, and non-strings. */
export function urlArb(model: AdviceModel): fc.Arbitrary<unknown> {
  const keys = [
    'v',
    'a',
    ...model.factors.map((f) => `f.${f.id}`),
    ...model.criteria.map((c) => `w.${c.id}`),
    's0.n',
    's0.g',
    `s0.f.${model.factors[0]?.id}`,
    `s1.f.${model.factors[1]?.id}`,
    `s0.w.${model.criteria[0]?.id}`,
    's99.n',
    'f.__proto__',
    '__proto__',
    'constructor',
    'f.constructor',
    'w.__proto__',
    's0.__proto__',
  ];
  const values = fc.oneof(
    fc.constantFrom(
      '1',
      '0',
      '2',
      '-1',
      '4~8',
      '8~4',
      '+3',
      '*0.5',
      '*-1',
      '+NaN',
      '1e309',
      'NaN',
      'true',
      'false',
      '19-64',
      '65+',
      '~',
      '1~2~3',
    ),
    fc.constantFrom(...NASTY_STRINGS),
    fc.string({ maxLength: 12 }),
    fc.double().map(String),
  );
  const query = fc
    .array(fc.tuple(fc.constantFrom(...keys), values), { maxLength: 14 })
    .map((pairs) => [['v', '1'] as const, ...pairs].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
  return fc.oneof(
    { weight: 6, arbitrary: query.map((q) => `#${q}`) },
    { weight: 1, arbitrary: query.map((q) => q.slice(0, Math.floor(q.length / 2))) },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        '',
        '#',
        '?',
        `#v=1&${'f.tripsPerWeek=1&'.repeat(2000)}`,
        `#v=1&s0.n=${LONG}`,
        '#v=2&f.tripsPerWeek=4',
        '#v=1&%E0%A4%A',
        null,
        undefined,
        42,
        {},
        ['v=1'],
        protoObject(),
      ),
    },
  );
}
