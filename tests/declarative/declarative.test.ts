/**
 * Declarative models: JSON + FEEL compiled into an AdviceModel. Checked
 * against a TypeScript twin of the same model, and on every kind of mistake
 * an analyst can make: JSON syntax, the schema, the engine's checks, FEEL
 * syntax, unknown names and functions, and expressions that fail at run time.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AdviceError,
  type AdviceModel,
  type Assessments,
  checkAssessments,
  defineModel,
  ModelDefinitionError,
  type ModelProblem,
  type ResolvedSituation,
  rank,
  tippingPoints,
} from '@advice-kit/core';
import { declarativeModel, declarativeSchema, validateDeclarative } from '@advice-kit/declarative';
import * as feelin from 'feelin';
import { describe, expect, it, vi } from 'vitest';

// Count feelin's parse and evaluate calls, to show expressions are parsed once.
vi.mock('feelin', async (importOriginal) => {
  const original = await importOriginal<typeof import('feelin')>();
  return { ...original, parseExpression: vi.fn(original.parseExpression), evaluate: vi.fn(original.evaluate) };
});

const root = new URL('../../', import.meta.url).pathname;
const TRAVEL_TEXT = readFileSync(new URL('./fixtures/travel.declarative.json', import.meta.url), 'utf8');
/** A fresh copy of the travel model's JSON, to break in a test. */
// biome-ignore lint/suspicious/noExplicitAny: a JSON document edited freely in tests
const travelJson = (): any => JSON.parse(TRAVEL_TEXT);

/** The same model written in TypeScript. */
const twin: AdviceModel = defineModel({
  ...(declarativeModel(TRAVEL_TEXT) as AdviceModel),
  assess(s): Assessments {
    const trips = s.trips as number;
    const zone = s.zone === 'outer' ? 1.5 : 1;
    return {
      single: {
        eligible: true,
        values: { cost: 3 * trips * zone, flexibility: 4 },
        ...(trips > 40 ? { notes: [{ nl: `${trips} ritten is veel.`, en: `${trips} trips is a lot.` }] } : {}),
      },
      bundle: {
        eligible: true,
        values: { cost: (20 + 1.5 * Math.min(trips, 20) + 2.5 * Math.max(0, trips - 20)) * zone, flexibility: 3 },
      },
      monthly: { eligible: true, values: { cost: 60 * zone, flexibility: 2 } },
      senior: s.senior
        ? { eligible: true, values: { cost: 30 * zone, flexibility: 2 } }
        : { eligible: false, reason: { nl: 'Alleen vanaf 65 jaar', en: 'Only from 65' }, values: {} },
    };
  },
  breakpoints: (factorId) => (factorId === 'trips' ? [20] : []),
});

function problemsOf(json: unknown): ModelProblem[] {
  return validateDeclarative(json);
}

function expectProblem(problems: readonly ModelProblem[], path: string, message: RegExp): void {
  const found = problems.find((p) => p.path === path && message.test(p.message));
  expect(
    found,
    `expected a problem at ${path} matching ${message}; got:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
  ).toBeDefined();
}

function situations(): ResolvedSituation[] {
  const out: ResolvedSituation[] = [];
  for (let trips = 0; trips <= 60; trips++) {
    for (const zone of ['inner', 'outer']) for (const senior of [false, true]) out.push({ trips, zone, senior, distance: 2 });
  }
  return out;
}

describe('declarativeModel: a model as JSON and FEEL', () => {
  it('accepts the JSON text and the parsed value alike', () => {
    expect(validateDeclarative(TRAVEL_TEXT)).toEqual([]);
    expect(validateDeclarative(travelJson())).toEqual([]);
    const model = declarativeModel(travelJson());
    expect(model.id).toBe('travel');
    expect(model.factors.map((f) => f.id)).toEqual(['trips', 'zone', 'senior', 'distance']);
    // Declarative fields stay out of the engine's model.
    expect(model.factors[0]).not.toHaveProperty('breakpoints');
    expect(model.options[0]).not.toHaveProperty('values');
    expect(model).not.toHaveProperty('constants');
  });

  it('gives the same assessments as the TypeScript twin in every situation', () => {
    const model = declarativeModel(TRAVEL_TEXT);
    for (const s of situations()) {
      const got = checkAssessments(model, model.assess(s));
      const want = checkAssessments(twin, twin.assess(s));
      expect(got, JSON.stringify(s)).toEqual(want);
    }
  });

  it('gives the same ranking and exact tipping points, with and without breakpoints', async () => {
    const model = declarativeModel(TRAVEL_TEXT);
    for (const s of situations().filter((_, i) => i % 7 === 0)) {
      expect((await rank(model, s)).best).toBe((await rank(twin, s)).best);
    }
    const tp = await tippingPoints(model, { trips: 10 }, null, 'trips');
    expect(tp.error).toBeUndefined();
    expect(tp.exact).toBe(true);
    expect(tp.thresholds).toEqual([
      { at: 17, from: 'single', to: 'bundle' },
      { at: 27, from: 'bundle', to: 'monthly' },
    ]);
    const json = travelJson();
    delete json.factors[0].breakpoints;
    const sampled = await tippingPoints(declarativeModel(json), { trips: 10, zone: 'outer' }, null, 'trips');
    expect(sampled.thresholds).toEqual((await tippingPoints(twin, { trips: 10, zone: 'outer' }, null, 'trips')).thresholds);
  });

  it('parses every expression once, when the model is compiled, not per situation', () => {
    const model = declarativeModel(TRAVEL_TEXT);
    vi.mocked(feelin.parseExpression).mockClear();
    vi.mocked(feelin.evaluate).mockClear();
    for (const s of situations()) model.assess(s);
    model.breakpoints?.('trips', { trips: 3, zone: 'inner', senior: false, distance: 2 });
    expect(feelin.parseExpression).not.toHaveBeenCalled();
    expect(feelin.evaluate).not.toHaveBeenCalled();
  });

  it('fills in {{ expressions }} in texts, with numbers written the way each language writes them', () => {
    const json = travelJson();
    json.options[0].notes = [
      { when: 'trips > 40', text: { nl: '{{ trips }} ritten is veel.', en: '{{ trips }} trips is a lot.' } },
      { text: { nl: 'Per rit € {{ prices.trip * zoneFactor }}', en: 'Per trip € {{ prices.trip * zoneFactor }}' } },
      'Zone {{ zone }}',
    ];
    json.options[3].reason = [
      { when: 'zone = "outer"', text: 'Alleen vanaf 65, ook buiten' },
      { text: { nl: 'Alleen vanaf 65 ({{ trips }} ritten)', en: 'Only from 65 ({{ trips }} trips)' } },
    ];
    const model = declarativeModel(json);
    const a = model.assess({ trips: 45, zone: 'outer', senior: false, distance: 2 }) as Assessments;
    expect(a.single?.notes).toEqual([
      { nl: '45 ritten is veel.', en: '45 trips is a lot.' },
      { nl: 'Per rit € 4,5', en: 'Per trip € 4.5' },
      { nl: 'Zone outer', en: 'Zone outer' },
    ]);
    expect(a.senior?.reason).toBe('Alleen vanaf 65, ook buiten');
    const b = model.assess({ trips: 5, zone: 'inner', senior: false, distance: 2 }) as Assessments;
    expect(b.single?.notes).toHaveLength(2);
    expect(b.senior?.reason).toEqual({ nl: 'Alleen vanaf 65 (5 ritten)', en: 'Only from 65 (5 trips)' });
  });

  it('writes placeholders as numbers (default), percentages or raw values, and refuses unknown formats', () => {
    const json = travelJson();
    json.constants.share = 0.345;
    json.options[0].notes = [
      { text: { nl: '{{ share | percent }} · {{ share }} · {{ share | raw }}', en: '{{ share | percent }} · {{ share | number }}' } },
    ];
    const a = declarativeModel(json).assess({ trips: 1, zone: 'inner', senior: false, distance: 2 }) as Assessments;
    expect(a.single?.notes).toEqual([{ nl: '34,5% · 0,35 · 0.345', en: '34.5% · 0.35' }]);
    json.options[0].notes = [{ text: '{{ share | euro }}' }];
    expectProblem(problemsOf(json), '/options/0/notes/0/text', /unknown format "\| euro" in \{\{ \}\}: use \| number, \| percent, \| raw/);
  });

  it('evaluates definitions in order, each seeing the ones above it', () => {
    const json = travelJson();
    json.definitions = { zoneFactor: 'if zone = "outer" then 1.5 else 1', trip: 'prices.trip * zoneFactor', twoTrips: '2 * trip' };
    json.options[0].values.cost = 'twoTrips * trips / 2';
    const a = declarativeModel(json).assess({ trips: 10, zone: 'outer', senior: false, distance: 2 }) as Assessments;
    expect(a.single?.values.cost).toBe(45);

    json.definitions = { twoTrips: '2 * trip', trip: 'prices.trip' };
    expectProblem(problemsOf(json), '/definitions/twoTrips', /unknown name "trip"/);
  });
});

describe('declarativeModel: mistakes are reported at load time, all at once, with their JSON pointer', () => {
  it('reports malformed JSON with line and column', () => {
    const text = TRAVEL_TEXT.replace('"id": "travel",', '"id": "travel",,');
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
    expect(problems[0]?.message).toMatch(/^not valid JSON \(line 4, column 18\): /);
    expect(() => declarativeModel(text)).toThrow(ModelDefinitionError);
    try {
      declarativeModel(text);
    } catch (error) {
      expect(error).toBeInstanceOf(AdviceError);
      expect((error as AdviceError).code).toBe('invalid-model');
      expect((error as AdviceError).problems).toEqual(problems);
    }
  });

  it.each([[[]], [42], [null], ['"just a string"']])('rejects a document that is not an object: %j', (doc) => {
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
  });

  it.each<[string, (json: ReturnType<typeof travelJson>) => void, string, RegExp]>([
    ['a wrong format version', (j) => (j.format = 'advice-kit/declarative@9'), '/format', /must be "advice-kit\/declarative@1"/],
    [
      'a title that is not a text',
      (j) => (j.title = 5),
      '/title',
      /must be a text: a string, or an object with "nl" and\/or "en" \(got number\)/,
    ],
    ['an unknown property', (j) => (j.options[1].valeus = {}), '/options/1/valeus', /unknown property "valeus" \(known: id, label/],
    ['a missing label', (j) => delete j.criteria[0].label, '/criteria/0', /missing required property "label"/],
    [
      'a criterion value of the wrong type',
      (j) => (j.options[2].values.cost = [60]),
      '/options/2/values/cost',
      /must be a number or a string \(got a list\)/,
    ],
    [
      'a property of another kind of factor',
      (j) => (j.factors[1].step = 1),
      '/factors/1/step',
      /"step" is not allowed for a choice factor/,
    ],
    [
      'an unknown factor kind',
      (j) => (j.factors[2].kind = 'yesno'),
      '/factors/2/kind',
      /must be one of "number", "choice", "boolean" \(got "yesno"\)/,
    ],
    [
      'a factor id that is no FEEL name',
      (j) => (j.factors[0].id = 'trips-a-month'),
      '/factors/0/id',
      /not a valid name\. A factor id is a variable/,
    ],
    ['a negative weight', (j) => (j.criteria[1].defaultWeight = -1), '/criteria/1/defaultWeight', /must be 0 or more \(got -1\)/],
    ['an empty expression', (j) => (j.options[3].eligible = ''), '/options/3/eligible', /must not be empty/],
    ['no options', (j) => (j.options = []), '/options', /needs at least 1 item$/],
    ['a text object without languages', (j) => (j.options[0].label = {}), '/options/0/label', /needs at least one of "nl" and "en"/],
  ])('schema: %s', (_name, breakIt, path, message) => {
    const json = travelJson();
    breakIt(json);
    expectProblem(problemsOf(json), path, message);
    expect(() => declarativeModel(json)).toThrow(ModelDefinitionError);
  });

  it.each<[string, (json: ReturnType<typeof travelJson>) => void, string, RegExp]>([
    ['an option id used twice', (j) => (j.options[1].id = 'single'), '/options/1/id', /option id "single" is used twice/],
    [
      'a reference that does not exist',
      (j) => (j.options[0].references = ['tariffs-2024']),
      '/options/0/references/0',
      /not the id of one of the model's references/,
    ],
    ['a default off the grid', (j) => (j.factors[3].default = 2.25), '/factors/3/default', /not on the grid/],
    [
      'a scenario about an unknown factor',
      (j) => (j.scenarios[0].overrides = { trip: 3 }),
      '/scenarios/0/overrides/trip',
      /not one of the model's factors/,
    ],
    [
      'a value for an unknown criterion',
      (j) => (j.options[0].values.comfort = 3),
      '/options/0/values/comfort',
      /"comfort" is not one of the criteria \(cost, flexibility\)/,
    ],
    [
      'a criterion without a value',
      (j) => delete j.options[2].values.flexibility,
      '/options/2/values',
      /no value for criterion "flexibility"/,
    ],
  ])('model checks: %s', (_name, breakIt, path, message) => {
    const json = travelJson();
    breakIt(json);
    expectProblem(problemsOf(json), path, message);
  });

  it.each<[string, string, string, RegExp]>([
    [
      'a FEEL syntax error',
      '/options/0/values/cost',
      'prices.trip * trips *',
      /FEEL syntax error at column 22 \(the expression ends too early\): Incomplete <ArithmeticExpression>/,
    ],
    ['an unbalanced bracket', '/options/0/values/cost', 'min([1, trips)', /FEEL syntax error at column 14 near "\)": Unrecognized token/],
    [
      'an unknown FEEL function',
      '/options/1/values/cost',
      'roundUp(trips * 1.5)',
      /unknown function "roundUp" at column 1: not one of FEEL's built-in functions/,
    ],
    [
      'an unknown variable',
      '/options/0/values/cost',
      'price.trip * trips',
      /unknown name "price" at column 1: not a factor, constant or definition/,
    ],
    [
      'a choice value that does not exist',
      '/options/3/eligible',
      'senior and zone = "Outer"',
      /"zone" is never "Outer" \(at column 19\): its values are "inner", "outer"/,
    ],
    ['an unknown name in a breakpoints expression', '/factors/0/breakpoints', '[bundleTrips]', /unknown name "bundleTrips"/],
    ['an unknown name in a text', '/options/0/notes/0/text/en', '{{ trip }} trips', /unknown name "trip"/],
  ])('FEEL: %s', (_name, path, expression, message) => {
    const json = travelJson();
    const parts = path.split('/').slice(1);
    const last = parts.pop() as string;
    // biome-ignore lint/suspicious/noExplicitAny: walking a JSON document
    let node: any = json;
    for (const p of parts) node = node[p];
    node[last] = expression;
    expectProblem(problemsOf(json), path, message);
  });

  it('knows FEEL built-ins, local names of for/some/every/filters/contexts, and multi-word functions', () => {
    const json = travelJson();
    json.options[0].values.cost =
      'sum(for t in [trips] return t * prices.trip) + count(some x in [1] satisfies x > 0 and [1, 2][item > 1] = [2]) * 0 + { a: 1, b: a + 1 }.b * 0 + string length("ab") * 0';
    json.options[1].eligible = 'every y in [trips] satisfies y >= 0';
    expect(problemsOf(json)).toEqual([]);
    const a = declarativeModel(json).assess({ trips: 10, zone: 'inner', senior: false, distance: 2 }) as Assessments;
    expect(a.single?.values.cost).toBe(30);
  });

  it('refuses names that hide a FEEL keyword or function, or each other', () => {
    const json = travelJson();
    json.constants.sum = 3;
    json.definitions = { zoneFactor: 'if zone = "outer" then 1.5 else 1', trips: '1' };
    const problems = problemsOf(json);
    expectProblem(problems, '/constants/sum', /hides the FEEL function/);
    expectProblem(problems, '/definitions/trips', /already the name of a factor, constant or definition/);
  });

  it('reports every problem at once', () => {
    const json = travelJson();
    json.title = 5;
    json.options[1].id = 'single';
    json.options[0].values.cost = 'foo(trips)';
    json.options[2].values.cost = '60 *';
    json.factors[1].min = 0;
    const paths = problemsOf(json).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/title', '/options/1/id', '/options/0/values/cost', '/options/2/values/cost', '/factors/1/min']),
    );
    try {
      declarativeModel(json);
      expect.unreachable();
    } catch (error) {
      expect((error as ModelDefinitionError).problems.length).toBeGreaterThanOrEqual(5);
      expect((error as Error).message).toContain('/options/0/values/cost: unknown function "foo"');
    }
  });
});

describe('declarativeModel: failures at run time are the engine typed errors', () => {
  it('turns a division by null into model-failed, through rank, with the path of the expression', async () => {
    const json = travelJson();
    json.definitions.perTrip = 'if trips > 50 then null else prices.trip';
    json.options[0].values.cost = 'trips * perTrip / zoneFactor';
    const model = declarativeModel(json);
    expect((await rank(model, { trips: 10 })).error).toBeUndefined();
    const result = await rank(model, { trips: 55 });
    expect(result.error).toBeInstanceOf(AdviceError);
    expect(result.error?.code).toBe('model-failed');
    expect(result.error?.message).toContain('/options/0/values/cost');
    expect(result.error?.message).toMatch(/gave null, not a number \(Can't multiply 'null'/);
    expect(result.best).toBeNull();
    // Tipping points along trips meet the failure too, and say so.
    const tp = await tippingPoints(model, { trips: 10 }, null, 'trips');
    expect(tp.error?.code).toBe('model-failed');
  });

  it.each<[string, string, string, RegExp]>([
    [
      'an eligibility that is not a boolean',
      '/options/3/eligible',
      'if senior then true else "no"',
      /gave the text "no", not true or false/,
    ],
    ['a value that is a text', '/options/2/values/cost', '"sixty"', /gave the text "sixty", not a number/],
    ['a division by zero', '/options/2/values/cost', '60 / (trips - trips)', /gave null, not a number/],
    ['a placeholder without a value', '/options/0/notes/0/text/nl', '{{ null }} ritten', /gave null, not a number or text to show/],
  ])('%s', async (_name, path, expression, message) => {
    const json = travelJson();
    if (path.includes('/notes/')) json.options[0].notes = [{ text: { nl: expression, en: 'x' } }];
    else {
      const [, , index, key, sub] = path.split('/');
      const option = json.options[Number(index)];
      if (sub) option[key as string][sub] = expression;
      else option[key as string] = expression;
    }
    const model = declarativeModel(json);
    const result = await rank(model, { trips: 10 });
    expect(result.error?.code).toBe('model-failed');
    expect(result.error?.message).toContain(path);
    expect(result.error?.message).toMatch(message);
  });

  it('a breakpoints expression that fails only costs exactness: tipping points fall back to sampling', async () => {
    const json = travelJson();
    json.factors[0].breakpoints = 'if zone = "outer" then "oops" else [prices.bundleTrips]';
    const model = declarativeModel(json);
    expect(() => model.breakpoints?.('trips', { trips: 1, zone: 'outer', senior: false, distance: 2 })).toThrow(/not a list of numbers/);
    const tp = await tippingPoints(model, { zone: 'outer' }, null, 'trips');
    expect(tp.error).toBeUndefined();
    expect(tp.thresholds).toEqual((await tippingPoints(twin, { zone: 'outer' }, null, 'trips')).thresholds);
  });
});

describe('declarative format files', () => {
  it('the published JSON Schema is the one the code validates with', () => {
    const file = join(root, 'packages/declarative/schema/declarative-model.schema.json');
    if (process.env.UPDATE_SCHEMA) writeFileSync(file, `${JSON.stringify(declarativeSchema, null, 2)}\n`);
    const hint =
      'run: UPDATE_SCHEMA=1 npx vitest run --project node tests/declarative/declarative.test.ts && npx biome check --write packages/declarative/schema';
    expect(JSON.parse(readFileSync(file, 'utf8')), hint).toEqual(declarativeSchema);
  });

  it('runs under a strict CSP: no eval and no Function constructor in the FEEL interpreter, the validator or the adapters', () => {
    const dirs = [
      'node_modules/feelin/dist',
      'node_modules/lezer-feel/dist',
      'node_modules/@lezer/lr/dist',
      'node_modules/@lezer/common/dist',
      'node_modules/min-dash/dist',
      'node_modules/temporal-polyfill',
      'node_modules/@cfworker/json-schema/dist/esm',
      'packages/declarative/src',
    ];
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSyncSafe(join(root, dir))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(m?js|cjs|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
      }
    };
    for (const dir of dirs) walk(dir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text, file).not.toMatch(/(^|[^\w$.])eval\s*\(|new\s+Function\s*\(|(^|[^\w$.])Function\s*\(\s*['"`]/);
    }
  });
});

function readdirSyncSafe(dir: string) {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [];
}
