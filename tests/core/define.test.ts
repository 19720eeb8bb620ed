import {
  type AdviceModelDefinition,
  defineModel,
  isAdviceError,
  ModelDefinitionError,
  rank,
  tippingPoints,
  validateModel,
} from '@advice-kit/core';
import { describe, expect, it } from 'vitest';
import { travel, travelDefinition } from './models.js';

/** Calls defineModel on something that is not a valid definition and returns what it threw. */
function problemsOf(definition: unknown): ModelDefinitionError {
  try {
    defineModel(definition as AdviceModelDefinition);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelDefinitionError);
    return error as ModelDefinitionError;
  }
  throw new Error('defineModel accepted an invalid definition');
}

describe('defineModel', () => {
  it('returns a valid definition as the model itself', () => {
    const definition = travelDefinition();
    expect(defineModel(definition)).toBe(definition);
    expect(validateModel(definition)).toEqual([]);
  });

  it('reports every problem with its path, not only the first', () => {
    const base = travelDefinition();
    const error = problemsOf({
      ...base,
      id: '',
      title: 42,
      assess: 'not a function',
      breakpoints: 5,
      factors: [
        base.factors[0],
        { id: 'days', label: 'Days', kind: 'number', min: 0, max: 7, step: 0, default: 1 },
        { id: 'age', label: 'Age', kind: 'number', min: 10, max: 5, step: 1, default: 7 },
        { id: 'zone', label: 'Zone', kind: 'choice', choices: [{ value: 'a', label: 'A' }], default: 'b' },
        { id: 'trips', label: 'Again', kind: 'boolean', default: 'yes' },
        { id: 'km', label: 'Km', kind: 'number', min: 0, max: Number.NaN, step: 1, default: 0 },
        { id: 'x', label: 'X', kind: 'slider' },
      ],
      criteria: [
        { id: 'cost', label: 'Cost', direction: 'down', range: { min: 5, max: 5 }, defaultWeight: -1 },
        { id: 'comfort', label: 'Comfort', direction: 'higher', range: { min: 10, max: 0 }, defaultWeight: 0 },
      ],
      options: [{ id: 'a', label: 'A', references: ['missing'] }, { id: 'a', label: 'A again' }, { label: 'no id' }],
      scenarios: [{ id: 's', name: 'S', overrides: { unknown: 1, zone: 42 } }],
    });
    const paths = error.problems.map((p) => `${p.path}: ${p.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: must be a non-empty string/),
        expect.stringMatching(/^title: must be a text/),
        expect.stringMatching(/^assess: must be a function/),
        expect.stringMatching(/^breakpoints: must be a function/),
        expect.stringMatching(/^factors\[1\]\.step: step must be above 0/),
        'factors[2]: min 10 is above max 5',
        expect.stringMatching(/^factors\[3\]\.choices: a choice needs at least 2 choices/),
        expect.stringMatching(/^factors\[3\]\.default: default "b" is not one of the choices/),
        expect.stringMatching(/^factors\[4\]\.id: factor id "trips" is used twice/),
        expect.stringMatching(/^factors\[4\]\.default: must be true or false/),
        expect.stringMatching(/^factors\[5\]\.max: must be a finite number \(got NaN\)/),
        expect.stringMatching(/^factors\[6\]\.kind: must be "number", "choice" or "boolean"/),
        expect.stringMatching(/^criteria\[0\]\.direction: must be "lower" or "higher"/),
        'criteria[0].range: min 5 is equal to max 5',
        expect.stringMatching(/^criteria\[0\]\.defaultWeight: must be a number of 0 or more/),
        'criteria[1].range: min 10 is above max 0',
        expect.stringMatching(/^criteria: at least 1 criterion needs a default weight above 0/),
        expect.stringMatching(/^options\[0\]\.references\[0\]: "missing" is not the id of one of the model's references/),
        expect.stringMatching(/^options\[1\]\.id: option id "a" is used twice/),
        expect.stringMatching(/^options\[2\]\.id: option id must start with a letter/),
        expect.stringMatching(/^scenarios\[0\]\.overrides\.unknown: "unknown" is not one of the model's factors/),
        expect.stringMatching(/^scenarios\[0\]\.overrides\.zone: 42 is not a valid value for factor "zone"/),
      ]),
    );
    expect(error.problems.length).toBeGreaterThanOrEqual(22);
    // The message lists them all, one a line, as "path: message".
    expect(error.message).toContain('factors[2]: min 10 is above max 5');
    expect(error.message.split('\n').length).toBe(error.problems.length + 1);
    expect(error.code).toBe('invalid-model');
    expect(isAdviceError(error)).toBe(true);
  });

  it('checks number factors: default on the grid and inside the range, a sane number of steps', () => {
    const factor = (f: object) =>
      validateModel({ ...travelDefinition(), scenarios: [], factors: [{ id: 'n', label: 'N', kind: 'number', ...f }] });
    expect(factor({ min: 0, max: 10, step: 3, default: 0 })).toEqual([
      { path: 'factors[0].step', message: 'max 10 is not min 0 plus a whole number of steps of 3' },
    ]);
    expect(factor({ min: 0, max: 10, step: 1, default: 11 })).toEqual([
      { path: 'factors[0].default', message: 'default 11 is outside min 0 and max 10' },
    ]);
    expect(factor({ min: 0, max: 1, step: 0.1, default: 0.25 })).toEqual([
      { path: 'factors[0].default', message: 'default 0.25 is not on the grid of step 0.1 from 0' },
    ]);
    expect(factor({ min: 0, max: 1, step: 0.1, default: 0.3 })).toEqual([]); // 0.1 × 3 is on the grid despite float noise
    expect(factor({ min: 0, max: 100, step: 1e-6, default: 0 })[0]?.message).toMatch(/gives more than 10000000 values/);
    expect(factor({ min: 0, max: Number.POSITIVE_INFINITY, step: 1, default: 0 })[0]?.message).toMatch(/finite number/);
    expect(factor({ min: '0', max: 10, step: 1, default: 0 })[0]?.path).toBe('factors[0].min');
  });

  it('rejects ids that would reach an object prototype, and very long or odd ids', () => {
    const withFactorId = (id: unknown) =>
      validateModel({ ...travelDefinition(), scenarios: [], factors: [{ ...travelDefinition().factors[0], id }] });
    expect(withFactorId('__proto__')[0]?.message).toMatch(/must start with a letter/);
    expect(withFactorId('constructor')).toEqual([{ path: 'factors[0].id', message: 'factor id "constructor" is reserved' }]);
    expect(withFactorId('prototype')[0]?.message).toMatch(/reserved/);
    expect(withFactorId('a b')[0]?.path).toBe('factors[0].id');
    expect(withFactorId(7)[0]?.message).toMatch(/got 7/);
    const long = withFactorId('a'.repeat(100_000));
    expect(long[0]?.message).toMatch(/got "a{40}…"/);
    expect(long[0]?.message.length).toBeLessThan(200);
    expect(withFactorId('a'.repeat(64))).toEqual([]);
    expect(withFactorId('a'.repeat(65))).toHaveLength(1);
  });

  it('describes anything that is not a model object', () => {
    expect(validateModel(null)).toEqual([{ path: '', message: 'a model must be an object (got null)' }]);
    expect(validateModel('model')).toEqual([{ path: '', message: 'a model must be an object (got "model")' }]);
    expect(validateModel([])).toEqual([{ path: '', message: 'a model must be an object (got an array)' }]);
    const empty = validateModel({});
    expect(empty.map((p) => p.path)).toEqual(['id', 'title', 'assess', 'factors', 'criteria', 'options']);
    expect(validateModel({ ...travelDefinition(), factors: [], criteria: [], options: [], scenarios: [] }).map((p) => p.message)).toEqual([
      'a model needs at least 1 criterion',
      'a model needs at least 1 option',
    ]);
  });

  it('checks texts, references and scenario values', () => {
    const problems = validateModel({
      ...travelDefinition(),
      description: { fr: 'non' },
      references: [{ id: 'r1', label: 'Tariff', year: 2025.5, url: 5 }, 'x'],
      scenarios: [
        { id: 'a', name: { nl: 'A' }, overrides: { trips: { add: 2 }, senior: 'yes', zone: 'outer' } },
        { id: 'b', name: 'B', overrides: 'none' },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'description',
      'references[0].url',
      'references[0].year',
      'references[1]',
      'scenarios[0].overrides.senior',
      'scenarios[1].overrides',
    ]);
  });
});

describe('engine functions given an unchecked, invalid model', () => {
  it('return an invalid-model error with the problems and never call assess', async () => {
    let calls = 0;
    const bad = {
      ...travelDefinition(),
      assess: () => {
        calls++;
        return {};
      },
      criteria: [],
    };
    const r = await rank(bad, {}, null);
    expect(r.error?.code).toBe('invalid-model');
    expect(r.error?.problems).toEqual([{ path: 'criteria', message: 'a model needs at least 1 criterion' }]);
    expect(r.ranking).toEqual([]);
    const t = await tippingPoints(null as never, {}, null, 'trips');
    expect(t.error?.code).toBe('invalid-model');
    expect(calls).toBe(0);
  });

  it('accept a model object that was never passed through defineModel when it is valid', async () => {
    const plain = { ...travelDefinition() };
    expect((await rank(plain, {}, null)).best).toBe((await rank(travel, {}, null)).best);
  });
});
