/**
 * Shared test models for the engine: a small hand-written travel model, and a
 * fast-check arbitrary of random piecewise-linear models (k options, cost =
 * fixed + rate × factor with an optional cap, optional eligibility bounds)
 * together with a brute-force sweep of every step to check them against.
 */
import {
  type AdviceModel,
  type AdviceModelDefinition,
  type Assessments,
  defineModel,
  rank,
  type Segment,
  type Threshold,
  type Weights,
} from '@advice-kit/core';
import fc from 'fast-check';

// ---------------------------------------------------------------------------
// A hand-written model: travel products, numbers easy to check by hand.
// ---------------------------------------------------------------------------

/**
 * Monthly cost of travel products for `trips` trips a month (weights: cost 4, flexibility 1,
 * so shares 0.8 and 0.2; score = 0.8 × (200 − cost) / 200 + 0.2 × flexibility / 10):
 * - `single`: € 3 a trip, flexibility 4 → score 0.88 − 0.012 t;
 * - `bundle`: € 20 + € 1.50 a trip up to 20 trips, € 2.50 a trip beyond (kink at 20), flexibility 3;
 * - `monthly`: € 60 flat, flexibility 2 → score 0.6;
 * - `senior`: € 30 flat, flexibility 2, only for people of 65 or older.
 * Inner zone: single → bundle at 17 trips, bundle → monthly at 27 (a tie at 26 goes to bundle,
 * listed first). `zone` multiplies every price: 1 for `inner`, 1.5 for `outer`. `distance` changes nothing.
 */
export function travelDefinition(overrides: Partial<AdviceModelDefinition> = {}): AdviceModelDefinition {
  return {
    id: 'travel',
    title: { nl: 'Reisproduct', en: 'Travel product' },
    factors: [
      { id: 'trips', label: { nl: 'Ritten per maand', en: 'Trips a month' }, kind: 'number', min: 0, max: 60, step: 1, default: 10 },
      {
        id: 'zone',
        label: 'Zone',
        kind: 'choice',
        choices: [
          { value: 'inner', label: { nl: 'Binnen', en: 'Inner' } },
          { value: 'outer', label: { nl: 'Buiten', en: 'Outer' } },
        ],
        default: 'inner',
      },
      { id: 'senior', label: { nl: '65 of ouder', en: '65 or older' }, kind: 'boolean', default: false },
      { id: 'distance', label: 'Afstand', kind: 'number', min: 0, max: 10, step: 0.5, default: 2, explorable: false },
    ],
    criteria: [
      { id: 'cost', label: { nl: 'Prijs', en: 'Price' }, direction: 'lower', range: { min: 0, max: 200 }, defaultWeight: 4 },
      {
        id: 'flexibility',
        label: { nl: 'Flexibiliteit', en: 'Flexibility' },
        direction: 'higher',
        range: { min: 0, max: 10 },
        defaultWeight: 1,
      },
    ],
    options: [
      { id: 'single', label: { nl: 'Losse ritten', en: 'Single trips' } },
      { id: 'bundle', label: { nl: 'Rittenbundel', en: 'Bundle' } },
      { id: 'monthly', label: { nl: 'Maandabonnement', en: 'Monthly pass' } },
      { id: 'senior', label: { nl: 'Seniorenabonnement', en: 'Senior pass' } },
    ],
    scenarios: [
      { id: 'home', name: { nl: 'Thuiswerken', en: 'Working from home' }, overrides: { trips: { add: -8 } } },
      { id: 'retire', name: 'Pensioen', overrides: { senior: true } },
    ],
    assess(s): Assessments {
      const trips = s.trips as number;
      const zone = s.zone === 'outer' ? 1.5 : 1;
      return {
        single: { eligible: true, values: { cost: 3 * trips * zone, flexibility: 4 } },
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
    ...overrides,
  };
}

export const travel: AdviceModel = defineModel(travelDefinition());

// ---------------------------------------------------------------------------
// Random piecewise-linear models.
// ---------------------------------------------------------------------------

/** One option: cost = min(fixed + rate × x, cap), a constant comfort, and where it is open. */
export interface OptionSpec {
  readonly fixed: number;
  readonly rate: number;
  readonly cap: number | null;
  readonly comfort: number;
  /** Open from this grid index on (`>=`), or, when `strict`, only above it (`>`). */
  readonly from: number | null;
  /** Open up to this grid index (`<=`), or, when `strict`, only below it (`<`). */
  readonly to: number | null;
  readonly strict: boolean;
}

export interface ModelSpec {
  /** The factor `x`: min + i × step for i = 0..steps. */
  readonly min: number;
  readonly step: number;
  readonly steps: number;
  readonly options: readonly OptionSpec[];
  readonly weights: { readonly cost: number; readonly comfort: number };
  /** Index of the person's own value. */
  readonly at: number;
}

export type BreakpointMode = 'none' | 'kinks' | 'kinks+crossings';

export interface BuildOptions {
  readonly breakpoints?: BreakpointMode;
  /** Answer through promises. */
  readonly async?: boolean;
  /** Offer `assessMany` (one call a batch). */
  readonly assessMany?: boolean;
}

/** A built model with counters of how it was called. */
export interface BuiltModel {
  readonly model: AdviceModel;
  readonly spec: ModelSpec;
  readonly calls: { assess: number; assessMany: number; breakpoints: number };
  /** The grid values of `x`, in order. */
  readonly grid: readonly number[];
}

/** Costs are measured against this range; values stay inside it. */
export const COST_RANGE = 1000;

export const xValue = (spec: Pick<ModelSpec, 'min' | 'step'>, i: number): number => spec.min + i * spec.step;

/** Cost of one option at x (not clipped to its eligibility). */
export function costOf(o: OptionSpec, x: number): number {
  const linear = o.fixed + o.rate * x;
  return o.cap === null ? linear : Math.min(linear, o.cap);
}

/** Whether an option is open at x. */
export function openAt(spec: ModelSpec, o: OptionSpec, x: number): boolean {
  if (o.from !== null) {
    const from = xValue(spec, o.from);
    if (o.strict ? x <= from : x < from) return false;
  }
  if (o.to !== null) {
    const to = xValue(spec, o.to);
    if (o.strict ? x >= to : x > to) return false;
  }
  return true;
}

/** The values of x where some option's cost stops being linear or its eligibility changes. */
function kinks(spec: ModelSpec): number[] {
  const out: number[] = [];
  for (const o of spec.options) {
    if (o.cap !== null && o.rate !== 0) out.push((o.cap - o.fixed) / o.rate);
    if (o.from !== null) out.push(xValue(spec, o.from));
    if (o.to !== null) out.push(xValue(spec, o.to));
  }
  return out;
}

/** Pairwise crossings of the options' score lines, piece by piece (extra points are harmless). */
function crossings(spec: ModelSpec): number[] {
  const total = spec.weights.cost + spec.weights.comfort;
  const sCost = total > 0 ? spec.weights.cost / total : 0.5;
  const sComfort = total > 0 ? spec.weights.comfort / total : 0.5;
  if (sCost === 0) return [];
  // score = sCost × (R − cost) / R + sComfort × comfort / 10
  const pieces = (o: OptionSpec) => {
    const list = [{ a: o.fixed, b: o.rate }];
    if (o.cap !== null) list.push({ a: o.cap, b: 0 });
    return list;
  };
  const out: number[] = [];
  spec.options.forEach((p, i) => {
    spec.options.forEach((q, j) => {
      if (j <= i) return;
      // cost_p(x) − cost_q(x) = (R / 10) (sComfort / sCost) (comfort_p − comfort_q)
      const rhs = (COST_RANGE / 10) * (sComfort / sCost) * (p.comfort - q.comfort);
      for (const u of pieces(p)) {
        for (const v of pieces(q)) {
          const slope = u.b - v.b;
          if (slope !== 0) out.push((rhs - (u.a - v.a)) / slope);
        }
      }
    });
  });
  return out;
}

/** Builds the advice model of a spec. */
export function buildModel(spec: ModelSpec, opts: BuildOptions = {}): BuiltModel {
  const calls = { assess: 0, assessMany: 0, breakpoints: 0 };
  const max = xValue(spec, spec.steps);
  const grid = Array.from({ length: spec.steps + 1 }, (_, i) => xValue(spec, i));
  const facts = (x: number): Assessments => {
    const out: Record<string, Assessments[string]> = {};
    spec.options.forEach((o, k) => {
      out[`o${k}`] = openAt(spec, o, x)
        ? { eligible: true, values: { cost: costOf(o, x), comfort: o.comfort } }
        : { eligible: false, reason: 'closed', values: {} };
    });
    return out;
  };
  const mode = opts.breakpoints ?? 'kinks';
  const definition: AdviceModelDefinition = {
    id: 'random',
    title: 'Random piecewise-linear model',
    factors: [
      { id: 'x', label: 'x', kind: 'number', min: spec.min, max, step: spec.step, default: xValue(spec, spec.at) },
      { id: 'flag', label: 'flag', kind: 'boolean', default: false },
    ],
    criteria: [
      { id: 'cost', label: 'cost', direction: 'lower', range: { min: 0, max: COST_RANGE }, defaultWeight: spec.weights.cost },
      { id: 'comfort', label: 'comfort', direction: 'higher', range: { min: 0, max: 10 }, defaultWeight: spec.weights.comfort },
    ],
    options: spec.options.map((_, k) => ({ id: `o${k}`, label: `Option ${k}` })),
    assess(s) {
      calls.assess++;
      const answer = facts(s.x as number);
      return opts.async ? Promise.resolve(answer) : answer;
    },
    ...(opts.assessMany
      ? {
          assessMany(list) {
            calls.assessMany++;
            const answers = list.map((s) => facts(s.x as number));
            return opts.async ? Promise.resolve(answers) : answers;
          },
        }
      : {}),
    ...(mode === 'none'
      ? {}
      : {
          breakpoints(factorId) {
            calls.breakpoints++;
            if (factorId !== 'x') return [];
            return mode === 'kinks' ? kinks(spec) : [...kinks(spec), ...crossings(spec)];
          },
        }),
  };
  // Weights of 0 and 0 are not a valid definition; the engine then weighs equally, so give the defaults 1 and 1.
  const model = defineModel(
    spec.weights.cost + spec.weights.comfort > 0
      ? definition
      : { ...definition, criteria: definition.criteria.map((c) => ({ ...c, defaultWeight: 1 })) },
  );
  return { model, spec, calls, grid };
}

/** The person's weights of a spec. */
export const weightsOf = (spec: ModelSpec): Weights => ({ cost: spec.weights.cost, comfort: spec.weights.comfort });

export interface SpecConstraints {
  readonly minOptions?: number;
  readonly maxOptions?: number;
  readonly minSteps?: number;
  readonly maxSteps?: number;
  /** Allow caps (kinks). Default true. */
  readonly caps?: boolean;
  /** Allow eligibility bounds. Default true. */
  readonly eligibility?: boolean;
  /** Allow strict eligibility bounds (`>`/`<` at a grid value). Default true. */
  readonly strict?: boolean;
}

/** Quarters, so that costs are exact in floating point and exact ties happen. */
const quarter = (lo: number, hi: number) => fc.integer({ min: lo * 4, max: hi * 4 }).map((n) => n / 4);

/** A random piecewise-linear model spec. Costs stay within [0, COST_RANGE]. */
export function specArb(c: SpecConstraints = {}): fc.Arbitrary<ModelSpec> {
  const minSteps = c.minSteps ?? 4;
  const maxSteps = c.maxSteps ?? 300;
  return fc
    .record({
      steps: fc.integer({ min: minSteps, max: maxSteps }),
      step: fc.constantFrom(1, 0.5, 0.25, 2),
      min: fc.integer({ min: -10, max: 10 }),
      k: fc.integer({ min: c.minOptions ?? 2, max: c.maxOptions ?? 6 }),
      weights: fc.record({ cost: fc.integer({ min: 0, max: 10 }), comfort: fc.integer({ min: 0, max: 10 }) }),
      seedAt: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .chain(({ steps, step, min, k, weights, seedAt }) => {
      const xMax = Math.max(Math.abs(min), Math.abs(min + steps * step), 1);
      // Keep |rate × x| ≤ 300 and fixed ≤ 300, so a cost stays within ±600; shift to keep it ≥ 0.
      const rateMax = Math.max(0.25, Math.floor((300 / xMax) * 4) / 4);
      const option = fc.record({
        fixed: quarter(300, 600),
        rate: quarter(-rateMax, rateMax),
        capOffset: c.caps === false ? fc.constant(null) : fc.option(quarter(0, 400), { freq: 2 }),
        comfort: fc.integer({ min: 0, max: 10 }),
        from: c.eligibility === false ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: steps }), { freq: 4 }),
        to: c.eligibility === false ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: steps }), { freq: 4 }),
        strict: c.strict === false ? fc.constant(false) : fc.boolean(),
      });
      return fc.array(option, { minLength: k, maxLength: k }).map(
        (raw): ModelSpec => ({
          min,
          step,
          steps,
          weights,
          at: Math.round(seedAt * steps),
          options: raw.map((o) => ({
            fixed: o.fixed,
            rate: o.rate,
            // A cap above the fixed part: a kink at x = capOffset / rate, inside the range or not.
            cap: o.capOffset === null ? null : o.fixed + o.capOffset,
            comfort: o.comfort,
            from: o.from,
            to: o.to,
            strict: o.strict,
          })),
        }),
      );
    });
}

// ---------------------------------------------------------------------------
// Brute force: evaluate every step.
// ---------------------------------------------------------------------------

export interface Sweep {
  readonly best: readonly (string | null)[];
  readonly thresholds: readonly Threshold[];
  readonly segments: readonly Segment[];
}

/** The best option at every grid value of `x` through `rank`, and the thresholds and segments that follow. */
export async function bruteForce(built: BuiltModel, weights: Weights | null, situation: Record<string, unknown> = {}): Promise<Sweep> {
  const results = await Promise.all(built.grid.map((x) => rank(built.model, { ...situation, x } as never, weights)));
  for (const r of results) if (r.error) throw r.error;
  const best = results.map((r) => r.best);
  return { best, ...fromBest(built.grid, best) };
}

/** Thresholds and segments from the best option at every grid value. */
export function fromBest(grid: readonly number[], best: readonly (string | null)[]): Omit<Sweep, 'best'> {
  const thresholds: Threshold[] = [];
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i < best.length; i++) {
    if (best[i] !== best[i - 1]) {
      thresholds.push({ at: grid[i] as number, from: best[i - 1] ?? null, to: best[i] ?? null });
      segments.push({ from: grid[start] as number, to: grid[i - 1] as number, best: best[i - 1] ?? null });
      start = i;
    }
  }
  segments.push({ from: grid[start] as number, to: grid[best.length - 1] as number, best: best[best.length - 1] ?? null });
  return { thresholds, segments };
}

/** Number of property runs: more with FC_RUNS=… for a long soak. */
export const RUNS = Number(process.env.FC_RUNS ?? 100);

/** Per-test time limit of the property tests, scaled with the number of runs. */
export const PROPERTY_TIMEOUT = Math.max(30_000, RUNS * 400);

// ---------------------------------------------------------------------------
// Random tables: k options × m criteria of constant values, for the weights.
// ---------------------------------------------------------------------------

export interface TableSpec {
  /** values[option][criterion], each 0–10 on a criterion range of [0, 10]. */
  readonly values: readonly (readonly number[])[];
  readonly eligible: readonly boolean[];
  readonly directions: readonly ('lower' | 'higher')[];
  /** The person's weights, one per criterion. */
  readonly weights: readonly number[];
}

export function tableArb(c: { maxCriteria?: number; maxOptions?: number } = {}): fc.Arbitrary<TableSpec> {
  return fc
    .record({ k: fc.integer({ min: 2, max: c.maxOptions ?? 6 }), m: fc.integer({ min: 1, max: c.maxCriteria ?? 4 }) })
    .chain(({ k, m }) =>
      fc.record({
        values: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: m, maxLength: m }), { minLength: k, maxLength: k }),
        eligible: fc.array(
          fc.integer({ min: 0, max: 6 }).map((n) => n > 0),
          { minLength: k, maxLength: k },
        ),
        directions: fc.array(fc.constantFrom<'lower' | 'higher'>('lower', 'higher'), { minLength: m, maxLength: m }),
        weights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: m, maxLength: m }),
      }),
    );
}

/** A model whose options have the table's values whatever the situation. */
export function tableModel(spec: TableSpec): AdviceModel {
  const m = spec.directions.length;
  return defineModel({
    id: 'table',
    title: 'Table',
    factors: [{ id: 'x', label: 'x', kind: 'number', min: 0, max: 1, step: 1, default: 0 }],
    criteria: spec.directions.map((direction, j) => ({
      id: `c${j}`,
      label: `c${j}`,
      direction,
      range: { min: 0, max: 10 },
      defaultWeight: 1,
    })),
    options: spec.values.map((_, i) => ({ id: `o${i}`, label: `o${i}` })),
    assess: () => {
      const out: Record<string, Assessments[string]> = {};
      spec.values.forEach((row, i) => {
        const values: Record<string, number> = {};
        for (let j = 0; j < m; j++) values[`c${j}`] = row[j] as number;
        out[`o${i}`] = { eligible: spec.eligible[i] as boolean, values };
      });
      return out;
    },
  });
}

/** The table's weights keyed by criterion id. */
export const tableWeights = (spec: TableSpec): Weights => Object.fromEntries(spec.weights.map((w, j) => [`c${j}`, w]));
