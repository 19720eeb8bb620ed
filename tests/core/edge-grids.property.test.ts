/**
 * Tipping points on grids at the edge of what doubles hold: steps down to
 * 10^-15 and offsets up to 10^12 with a fractional min. Grid values are
 * computed here independently, from decimal digits with BigInt, and the
 * engine's answers are checked against a brute-force sweep of every step:
 * answers marked exact equal the sweep, every threshold and segment end is a
 * grid value that passes validateSituation, and nearestFlips distances are
 * never negative. Grids too fine to compute exactly are refused by
 * defineModel with a message that says why. Prints the counts cited in
 * docs/accessibility.md.
 */
import {
  type AdviceModel,
  type Assessments,
  defineModel,
  ModelDefinitionError,
  nearestFlips,
  rank,
  tippingPoints,
  validateSituation,
} from '@advice-kit/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

const RUNS = Number(process.env.FC_RUNS ?? 120);
let models = 0;
let exactAnswers = 0;
let thresholdsChecked = 0;
afterAll(() => {
  console.log(
    `edge grids: ${models} random models on tiny-step and large-offset grids, ${exactAnswers} exact answers and ${thresholdsChecked} thresholds checked against a brute-force sweep`,
  );
});

/** base·10^-places as a decimal string, from integers: no floating-point arithmetic. */
function decimal(base: bigint, places: number): string {
  const negative = base < 0n;
  const digits = (negative ? -base : base).toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${text}` : text;
}

interface GridSpec {
  /** min = minUnits·10^-places, step = stepUnits·10^-places. */
  readonly places: number;
  readonly minUnits: bigint;
  readonly stepUnits: bigint;
  readonly steps: number;
  /** Grid indices where options open; costs fall with the index. */
  readonly opens: readonly number[];
  readonly at: number;
  readonly breakpoints: boolean;
}

const valueAt = (g: GridSpec, i: number): number => Number(decimal(g.minUnits + BigInt(i) * g.stepUnits, g.places));

const tinyStep: fc.Arbitrary<Omit<GridSpec, 'opens' | 'at' | 'breakpoints'>> = fc
  .record({
    places: fc.integer({ min: 7, max: 15 }),
    stepUnits: fc.constantFrom(1n, 2n, 5n, 25n, 3n),
    minSteps: fc.integer({ min: -1000, max: 1000 }),
    minExtra: fc.constantFrom(0n, 1n),
    steps: fc.integer({ min: 3, max: 400 }),
  })
  .map(({ places, stepUnits, minSteps, minExtra, steps }) => ({
    places,
    stepUnits,
    // min on or off the multiples of step: both are valid grids
    minUnits: BigInt(minSteps) * stepUnits + minExtra,
    steps,
  }));

const largeOffset: fc.Arbitrary<Omit<GridSpec, 'opens' | 'at' | 'breakpoints'>> = fc
  .record({
    places: fc.integer({ min: 1, max: 3 }),
    whole: fc.bigInt({ min: 5_000_000n, max: 1_000_000_000_000n }),
    fraction: fc.integer({ min: 1, max: 999 }),
    stepUnits: fc.constantFrom(1n, 5n, 25n, 50n),
    steps: fc.integer({ min: 3, max: 400 }),
  })
  .map(({ places, whole, fraction, stepUnits, steps }) => ({
    places,
    stepUnits,
    minUnits: whole * 10n ** BigInt(places) + (BigInt(fraction) % 10n ** BigInt(places)),
    steps,
  }));

const specArb: fc.Arbitrary<GridSpec> = fc.oneof(tinyStep, largeOffset).chain((g) =>
  fc.record({
    places: fc.constant(g.places),
    minUnits: fc.constant(g.minUnits),
    stepUnits: fc.constant(g.stepUnits),
    steps: fc.constant(g.steps),
    opens: fc.array(fc.integer({ min: 1, max: g.steps }), { minLength: 1, maxLength: 4 }),
    at: fc.integer({ min: 0, max: g.steps }),
    breakpoints: fc.boolean(),
  }),
);

/**
 * Option o0 is always open and dear; option k opens at grid value opens[k-1]
 * and is cheaper the later it opens, so the best option changes exactly where
 * a later-opening option opens.
 */
function modelOf(g: GridSpec): AdviceModel {
  const thresholds = g.opens.map((i) => valueAt(g, i));
  return defineModel({
    id: 'edge',
    title: 'Edge grid',
    factors: [
      {
        id: 'x',
        label: 'x',
        kind: 'number',
        min: valueAt(g, 0),
        max: valueAt(g, g.steps),
        step: Number(decimal(g.stepUnits, g.places)),
        default: valueAt(g, g.at),
      },
    ],
    criteria: [{ id: 'cost', label: 'cost', direction: 'lower', range: { min: 0, max: 100 }, defaultWeight: 1 }],
    options: [{ id: 'o0', label: 'always' }, ...thresholds.map((_, k) => ({ id: `o${k + 1}`, label: `from ${k}` }))],
    assess(s): Assessments {
      const x = s.x as number;
      const out: Record<string, Assessments[string]> = { o0: { eligible: true, values: { cost: 90 } } };
      thresholds.forEach((t, k) => {
        // Later-listed options are cheaper: cost 80 − k·10 + (the index it opens at, scaled to < 10)
        out[`o${k + 1}`] =
          x >= t
            ? { eligible: true, values: { cost: 80 - k * 10 + (9 * (g.opens[k] as number)) / g.steps } }
            : { eligible: false, values: {} };
      });
      return out;
    },
    ...(g.breakpoints ? { breakpoints: () => thresholds } : {}),
  });
}

describe('tipping points on tiny-step and large-offset grids (property, brute force)', () => {
  it('exact answers equal a sweep of every step; thresholds lie on the grid and pass validation', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(specArb, async (g) => {
        const model = modelOf(g);
        models++;
        const grid = Array.from({ length: g.steps + 1 }, (_, i) => valueAt(g, i));
        const onGrid = new Set(grid);
        const situation = { x: valueAt(g, g.at) };
        expect(validateSituation(model, situation).valid).toBe(true);
        const result = await tippingPoints(model, situation, null, 'x', { samples: 1000 });
        expect(result.error).toBeUndefined();
        // samples ≥ points, or breakpoints given: the answer must be exact
        expect(result.exact).toBe(true);
        const sweep = await Promise.all(grid.map((x) => rank(model, { x })));
        const best = sweep.map((r) => {
          expect(r.error).toBeUndefined();
          return r.best;
        });
        const truth: { at: number; from: string | null; to: string | null }[] = [];
        for (let i = 1; i < best.length; i++) {
          if (best[i] !== best[i - 1]) truth.push({ at: grid[i] as number, from: best[i - 1] ?? null, to: best[i] ?? null });
        }
        exactAnswers++;
        expect(result.thresholds).toEqual(truth);
        for (const t of result.thresholds) {
          thresholdsChecked++;
          expect(onGrid.has(t.at)).toBe(true);
          expect(validateSituation(model, { x: t.at }).valid).toBe(true);
        }
        for (const s of result.segments) {
          expect(onGrid.has(s.from) && onGrid.has(s.to)).toBe(true);
          expect(s.from <= s.to).toBe(true);
        }
        const flips = await nearestFlips(model, situation);
        expect(flips.error).toBeUndefined();
        for (const f of flips.flips) {
          expect(f.distance).toBeGreaterThanOrEqual(0);
          expect(onGrid.has(f.to as number)).toBe(true);
          expect(validateSituation(model, { x: f.to }).valid).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: 2020 },
    );
  });

  it('the examples from the issue: a flip at 0.00000501 on a step of 10^-8, and a fractional min above 5·10^6', async () => {
    const tiny: GridSpec = { places: 8, minUnits: 0n, stepUnits: 1n, steps: 1000, opens: [501], at: 0, breakpoints: false };
    const r1 = await tippingPoints(modelOf(tiny), {}, null, 'x');
    expect(r1.thresholds.map((t) => t.at)).toEqual([0.00000501]);
    const large: GridSpec = { places: 2, minUnits: 600000025n, stepUnits: 25n, steps: 100, opens: [37], at: 0, breakpoints: false };
    const r2 = await tippingPoints(modelOf(large), {}, null, 'x');
    expect(r2.thresholds.map((t) => t.at)).toEqual([6000009.5]);
    expect(r2.segments[0]).toEqual({ from: 6000000.25, to: 6000009.25, best: 'o0' });
  });

  it('defineModel refuses grids whose values cannot be computed exactly, saying why', () => {
    const attempt = (min: number, max: number, step: number) => () =>
      defineModel({
        id: 'm',
        title: 'm',
        factors: [{ id: 'x', label: 'x', kind: 'number', min, max, step, default: min }],
        criteria: [{ id: 'c', label: 'c', direction: 'lower', range: { min: 0, max: 1 }, defaultWeight: 1 }],
        options: [{ id: 'o', label: 'o' }],
        assess: () => ({ o: { eligible: true, values: { c: 0 } } }),
      });
    for (const [min, max, step] of [
      [6_000_000.123456789, 6_000_000.123457789, 1e-9],
      [1e-30, 1e-27, 1e-30],
      [123456789.25, 123456789.25 + 1e-6, 1e-8],
    ] as const) {
      expect(attempt(min, max, step)).toThrow(ModelDefinitionError);
      expect(attempt(min, max, step)).toThrow(/cannot be computed exactly/);
    }
    expect(attempt(0, 1e-6, 1e-13)).not.toThrow();
    expect(attempt(5_000_000.25, 5_000_100.25, 0.25)).not.toThrow();
  });

  it('defineModel refuses criterion ranges that would overflow scores', () => {
    expect(() =>
      defineModel({
        id: 'm',
        title: 'm',
        factors: [],
        criteria: [{ id: 'c', label: 'c', direction: 'lower', range: { min: -1e308, max: 1e308 }, defaultWeight: 1 }],
        options: [{ id: 'o', label: 'o' }],
        assess: () => ({ o: { eligible: true, values: { c: 0 } } }),
      }),
    ).toThrow(/range: min and max must lie between/);
  });
});
