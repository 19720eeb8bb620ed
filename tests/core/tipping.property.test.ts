import { rank, tippingPoints } from '@advice-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BreakpointMode, bruteForce, buildModel, PROPERTY_TIMEOUT, RUNS, specArb, weightsOf, xValue } from './models.js';

const mode = fc.constantFrom<BreakpointMode>('kinks', 'kinks+crossings');

describe('tippingPoints on random piecewise-linear models (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('with breakpoints: thresholds and segments equal a brute-force sweep of every step, and exact is true', async () => {
    await fc.assert(
      fc.asyncProperty(specArb(), mode, async (spec, breakpoints) => {
        const built = buildModel(spec, { breakpoints });
        const weights = weightsOf(spec);
        const result = await tippingPoints(built.model, { x: xValue(spec, spec.at) }, weights, 'x');
        expect(result.error).toBeUndefined();
        const truth = await bruteForce(built, weights);
        expect(result.thresholds).toEqual(truth.thresholds);
        expect(result.segments).toEqual(truth.segments);
        expect(result.exact).toBe(true);
        expect(result.best).toBe(truth.best[spec.at]);
      }),
      { numRuns: RUNS },
    );
  });

  it('rank agrees on both sides of every threshold and at both ends of every segment', async () => {
    await fc.assert(
      fc.asyncProperty(specArb(), mode, async (spec, breakpoints) => {
        const built = buildModel(spec, { breakpoints });
        const weights = weightsOf(spec);
        const result = await tippingPoints(built.model, { x: xValue(spec, spec.at) }, weights, 'x');
        for (const t of result.thresholds) {
          expect((await rank(built.model, { x: t.at }, weights)).best).toBe(t.to);
          expect((await rank(built.model, { x: t.at - spec.step }, weights)).best).toBe(t.from);
        }
        for (const s of result.segments) {
          expect((await rank(built.model, { x: s.from }, weights)).best).toBe(s.best);
          expect((await rank(built.model, { x: s.to }, weights)).best).toBe(s.best);
        }
        // The segments partition [min, max] on the grid: they start at min, end at max and follow on by one step.
        expect(result.segments[0]?.from).toBe(built.grid[0]);
        expect(result.segments.at(-1)?.to).toBe(built.grid.at(-1));
        for (let k = 1; k < result.segments.length; k++) {
          expect((result.segments[k]?.from ?? 0) - (result.segments[k - 1]?.to ?? 0)).toBe(spec.step);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('needs few round trips: one for the own situation, one for the breakpoints, one per bisection round', async () => {
    await fc.assert(
      fc.asyncProperty(specArb({ minSteps: 50, maxSteps: 2000 }), async (spec) => {
        const built = buildModel(spec, { breakpoints: 'kinks', async: true, assessMany: true });
        const result = await tippingPoints(built.model, { x: xValue(spec, spec.at) }, weightsOf(spec), 'x');
        expect(result.error).toBeUndefined();
        expect(result.stats.batches).toBe(built.calls.assessMany);
        expect(built.calls.assess).toBe(0);
        expect(result.stats.batches).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(spec.steps + 1)));
        expect(result.stats.evaluations).toBeLessThanOrEqual(spec.steps + 1);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('an async model with assessMany gives the same thresholds as the same model answering synchronously', async () => {
    await fc.assert(
      fc.asyncProperty(specArb(), async (spec) => {
        const sync = buildModel(spec);
        const remote = buildModel(spec, { async: true, assessMany: true });
        const a = await tippingPoints(sync.model, {}, weightsOf(spec), 'x');
        const b = await tippingPoints(remote.model, {}, weightsOf(spec), 'x');
        expect(b.thresholds).toEqual(a.thresholds);
        expect(b.segments).toEqual(a.segments);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('an uncertain answer holds exactly when no threshold lies inside it, with the sweep as its segments', async () => {
    await fc.assert(
      fc.asyncProperty(specArb({ maxSteps: 120 }), fc.nat(), fc.nat(), async (spec, p, q) => {
        const built = buildModel(spec);
        const weights = weightsOf(spec);
        const lo = Math.min(p, q) % (spec.steps + 1);
        const hi = Math.max(lo + 1, Math.max(p, q) % (spec.steps + 1));
        fc.pre(hi <= spec.steps);
        const range = { min: xValue(spec, lo), max: xValue(spec, hi) };
        const result = await rank(built.model, { x: range }, weights);
        expect(result.error).toBeUndefined();
        const truth = await bruteForce(built, weights);
        const inside = truth.thresholds.filter((t) => t.at > range.min && t.at <= range.max);
        expect(result.uncertain).toHaveLength(1);
        expect(result.uncertain[0]?.holds).toBe(inside.length === 0);
        expect(result.holds).toBe(inside.length === 0);
        const segments = result.uncertain[0]?.segments ?? [];
        expect(segments[0]?.from).toBe(range.min);
        expect(segments.at(-1)?.to).toBe(range.max);
        expect(segments.slice(1).map((s) => s.from)).toEqual(inside.map((t) => t.at));
        for (const s of segments) {
          const i = built.grid.indexOf(s.from);
          expect(s.best).toBe(truth.best[i]);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('tippingPoints without breakpoints (property): what sampling guarantees', { timeout: PROPERTY_TIMEOUT }, () => {
  const SAMPLES = 65;

  it('equals the sweep whenever consecutive changes are at least one sample gap apart', async () => {
    await fc.assert(
      fc.asyncProperty(specArb({ minSteps: 64, maxSteps: 1500, maxOptions: 4 }), async (spec) => {
        const built = buildModel(spec, { breakpoints: 'none' });
        const weights = weightsOf(spec);
        const truth = await bruteForce(built, weights);
        // 65 evenly spaced samples leave gaps of at most ceil(steps / 64) steps; one change per gap is found.
        const gap = Math.ceil(spec.steps / (SAMPLES - 1));
        const indices = truth.thresholds.map((t) => built.grid.indexOf(t.at));
        fc.pre(indices.every((i, k) => k === 0 || i - (indices[k - 1] as number) >= gap));
        const result = await tippingPoints(built.model, {}, weights, 'x');
        expect(result.thresholds).toEqual(truth.thresholds);
        expect(result.segments).toEqual(truth.segments);
        // Exact when every step fits in the samples, or when the bisections happened to evaluate every step
        // (65 samples over 66 values leave one gap of two steps; a change there fills it).
        expect(result.exact).toBe(spec.steps + 1 <= SAMPLES || result.stats.evaluations >= spec.steps + 1);
      }),
      {
        numRuns: RUNS,
        // Found by fast-check: 66 values, a change in the one two-step gap, so every value was evaluated.
        examples: [
          [
            {
              min: -7,
              step: 2,
              steps: 65,
              weights: { cost: 0, comfort: 1 },
              at: 0,
              options: [
                { fixed: 300, rate: 0, cap: null, comfort: 0, from: null, to: null, strict: false },
                { fixed: 300, rate: 0, cap: null, comfort: 1, from: null, to: 31, strict: false },
                { fixed: 300, rate: 0, cap: null, comfort: 0, from: null, to: null, strict: false },
              ],
            },
          ],
        ],
      },
    );
  });

  it('always equals the sweep for two options with straight cost lines (they cross at most once)', async () => {
    await fc.assert(
      fc.asyncProperty(
        specArb({ minOptions: 2, maxOptions: 2, caps: false, eligibility: false, minSteps: 4, maxSteps: 1500 }),
        async (spec) => {
          const built = buildModel(spec, { breakpoints: 'none' });
          const weights = weightsOf(spec);
          const result = await tippingPoints(built.model, {}, weights, 'x');
          const truth = await bruteForce(built, weights);
          expect(result.thresholds).toEqual(truth.thresholds);
          expect(result.thresholds.length).toBeLessThanOrEqual(1);
          expect(result.stats.evaluations).toBeLessThanOrEqual(SAMPLES + 1 + Math.ceil(Math.log2(spec.steps)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('is exact, and says so, when every step fits in the samples', async () => {
    await fc.assert(
      fc.asyncProperty(specArb({ maxSteps: SAMPLES - 1 }), async (spec) => {
        const built = buildModel(spec, { breakpoints: 'none' });
        const weights = weightsOf(spec);
        const result = await tippingPoints(built.model, {}, weights, 'x');
        const truth = await bruteForce(built, weights);
        expect(result.exact).toBe(true);
        expect(result.thresholds).toEqual(truth.thresholds);
      }),
      { numRuns: RUNS },
    );
  });
});
