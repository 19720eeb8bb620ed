import { type AdviceModelDefinition, type Assessments, defineModel, rank, type Situation, tippingPoints } from '@advice-kit/core';
import { describe, expect, it } from 'vitest';
import { bruteForce, buildModel, travel, travelDefinition } from './models.js';

describe('tippingPoints: number factors', () => {
  it('splits the whole range into segments with one best option, exact at the step (worked example)', async () => {
    const r = await tippingPoints(travel, {}, null, 'trips');
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ factorId: 'trips', kind: 'number', value: 10, best: 'single', exact: true, alternatives: [] });
    expect(r.thresholds).toEqual([
      { at: 17, from: 'single', to: 'bundle' },
      { at: 27, from: 'bundle', to: 'monthly' },
    ]);
    expect(r.segments).toEqual([
      { from: 0, to: 16, best: 'single' },
      { from: 17, to: 26, best: 'bundle' },
      { from: 27, to: 60, best: 'monthly' },
    ]);
  });

  it('equals evaluating every step, with and without breakpoints', async () => {
    const noHints = defineModel(travelDefinition({ breakpoints: undefined }));
    const sweep = await tippingPoints(noHints, {}, null, 'trips', { samples: Number.POSITIVE_INFINITY });
    const hinted = await tippingPoints(travel, {}, null, 'trips');
    const sampled = await tippingPoints(noHints, {}, null, 'trips', { samples: 5 });
    expect(sweep.exact).toBe(true);
    expect(sweep.stats.evaluations).toBe(61);
    expect(hinted.thresholds).toEqual(sweep.thresholds);
    expect(sampled.thresholds).toEqual(sweep.thresholds);
    expect(hinted.stats.evaluations).toBeLessThan(sweep.stats.evaluations);
  });

  it('follows the other factors and the weights', async () => {
    const outer = await tippingPoints(travel, { zone: 'outer' }, null, 'trips');
    expect(outer.thresholds.map((t) => t.at)).toEqual([16, 26]);
    const price = await tippingPoints(travel, {}, { cost: 1, flexibility: 0 }, 'trips');
    expect(price.thresholds.map((t) => [t.at, t.to])).toEqual([
      [14, 'bundle'],
      [25, 'monthly'],
    ]);
    const flexible = await tippingPoints(travel, {}, { cost: 0, flexibility: 1 }, 'trips');
    expect(flexible.thresholds).toEqual([]);
    expect(flexible.segments).toEqual([{ from: 0, to: 60, best: 'single' }]);
  });

  it('reports the middle of an uncertain answer as the value', async () => {
    const r = await tippingPoints(travel, { trips: { min: 20, max: 30 } }, null, 'trips');
    expect(r.value).toBe(25);
    expect(r.best).toBe('bundle');
  });

  it('puts thresholds exactly on a decimal grid, without float noise', async () => {
    // p costs 10x, q costs 3.5: they cross at x = 0.35, so q is best from 0.4.
    const decimal = defineModel({
      id: 'dec',
      title: 'd',
      factors: [{ id: 'x', label: 'x', kind: 'number', min: 0, max: 1, step: 0.1, default: 0 }],
      criteria: [{ id: 'cost', label: 'c', direction: 'lower', range: { min: 0, max: 10 }, defaultWeight: 1 }],
      options: [
        { id: 'p', label: 'p' },
        { id: 'q', label: 'q' },
      ],
      assess: (s) => ({ p: { eligible: true, values: { cost: 10 * (s.x as number) } }, q: { eligible: true, values: { cost: 3.5 } } }),
    });
    const r = await tippingPoints(decimal, {}, null, 'x');
    expect(r.thresholds).toEqual([{ at: 0.4, from: 'p', to: 'q' }]);
    expect(r.segments).toEqual([
      { from: 0, to: 0.3, best: 'p' },
      { from: 0.4, to: 1, best: 'q' },
    ]);
  });

  it('gives segments with best null where no option is open', async () => {
    const gap = defineModel(
      travelDefinition({
        assess: (s) => {
          const trips = s.trips as number;
          const closed = trips >= 30 && trips <= 40;
          const a = travel.assess(s) as Record<string, { eligible: boolean; values: Record<string, number> }>;
          return closed ? Object.fromEntries(Object.keys(a).map((k) => [k, { eligible: false, values: {} }])) : a;
        },
        breakpoints: () => [20, 30, 40],
      }),
    );
    const r = await tippingPoints(gap, {}, null, 'trips');
    expect(r.segments).toEqual([
      { from: 0, to: 16, best: 'single' },
      { from: 17, to: 26, best: 'bundle' },
      { from: 27, to: 29, best: 'monthly' },
      { from: 30, to: 40, best: null },
      { from: 41, to: 60, best: 'monthly' },
    ]);
    expect(r.thresholds.slice(2)).toEqual([
      { at: 30, from: 'monthly', to: null },
      { at: 41, from: null, to: 'monthly' },
    ]);
  });

  it('finds an option that is best only next to a breakpoint on the grid (jump or strict bound)', async () => {
    // x's cost falls towards 10 trips, then jumps up at the breakpoint 10: best only at 8 and 9.
    const jump: AdviceModelDefinition = {
      id: 'jump',
      title: 'j',
      factors: [{ id: 'n', label: 'n', kind: 'number', min: 0, max: 20, step: 1, default: 0 }],
      criteria: [{ id: 'cost', label: 'c', direction: 'lower', range: { min: 0, max: 40 }, defaultWeight: 1 }],
      options: [
        { id: 'a', label: 'a' },
        { id: 'x', label: 'x' },
      ],
      assess: (s) => {
        const n = s.n as number;
        return { a: { eligible: true, values: { cost: 10 } }, x: { eligible: true, values: { cost: n < 10 ? 25 - 2 * n : 30 } } };
      },
      breakpoints: () => [10],
    };
    const r = await tippingPoints(defineModel(jump), {}, null, 'n');
    expect(r.thresholds).toEqual([
      { at: 8, from: 'a', to: 'x' },
      { at: 10, from: 'x', to: 'a' },
    ]);
    expect(r.exact).toBe(true);
    // Open only for 0 < n < 2, breakpoints 0 and 2.
    const strict = defineModel({
      ...jump,
      assess: (s): Assessments => {
        const n = s.n as number;
        return {
          a: { eligible: true, values: { cost: 10 } },
          x: n > 0 && n < 2 ? { eligible: true, values: { cost: 5 } } : { eligible: false, values: {} },
        };
      },
      breakpoints: () => [0, 2],
    });
    expect((await tippingPoints(strict, {}, null, 'n')).thresholds.map((t) => t.at)).toEqual([1, 2]);
  });

  it('samples evenly without breakpoints and says when that is not exact', async () => {
    const built = buildModel(
      {
        min: 0,
        step: 1,
        steps: 1000,
        at: 0,
        weights: { cost: 1, comfort: 0 },
        options: [
          { fixed: 300, rate: 0.5, cap: null, comfort: 0, from: null, to: null, strict: false },
          { fixed: 500, rate: 0, cap: null, comfort: 0, from: null, to: null, strict: false },
          // Open only for 601–605 and cheapest there: between two samples, so sampling misses it.
          { fixed: 0, rate: 0, cap: null, comfort: 0, from: 601, to: 605, strict: false },
        ],
      },
      { breakpoints: 'none' },
    );
    const r = await tippingPoints(built.model, {}, null, 'x');
    expect(r.exact).toBe(false);
    expect(r.thresholds).toEqual([{ at: 401, from: 'o0', to: 'o1' }]);
    expect(r.stats.evaluations).toBeLessThan(80);
    // The truth, and what enough samples (or breakpoints) give.
    const truth = await bruteForce(built, null);
    expect(truth.thresholds.map((t) => t.at)).toEqual([401, 601, 606]);
    const dense = await tippingPoints(built.model, {}, null, 'x', { samples: 1001 });
    expect(dense.exact).toBe(true);
    expect(dense.thresholds).toEqual(truth.thresholds);
    const hinted = buildModel(built.spec, { breakpoints: 'kinks' });
    expect((await tippingPoints(hinted.model, {}, null, 'x')).thresholds).toEqual(truth.thresholds);
  });

  it('treats a NaN or non-number samples option as the default 65', async () => {
    const noHints = defineModel(travelDefinition({ breakpoints: undefined }));
    for (const samples of [Number.NaN, 'many' as never]) {
      const r = await tippingPoints(noHints, {}, null, 'trips', { samples });
      expect(r.stats.evaluations).toBe(61);
      expect(r.thresholds.map((t) => t.at)).toEqual([17, 27]);
    }
    for (const samples of [-5, 0, 1]) {
      const r = await tippingPoints(noHints, {}, null, 'trips', { samples });
      expect(r.thresholds.map((t) => t.at)).toEqual([17, 27]); // two ends, then bisection
      expect(r.exact).toBe(false);
    }
  });

  it('agrees with rank on both sides of every threshold', async () => {
    const situations: Situation[] = [{}, { zone: 'outer' }, { senior: true }];
    for (const situation of situations) {
      const r = await tippingPoints(travel, situation, null, 'trips');
      for (const t of r.thresholds) {
        expect((await rank(travel, { ...situation, trips: t.at }, null)).best).toBe(t.to);
        expect((await rank(travel, { ...situation, trips: t.at - 1 }, null)).best).toBe(t.from);
      }
    }
  });
});

describe('tippingPoints: choice and boolean factors', () => {
  it('gives the best option for each value of a choice factor', async () => {
    const r = await tippingPoints(travel, { trips: 26 }, null, 'zone');
    expect(r).toMatchObject({ kind: 'choice', value: 'inner', best: 'bundle', segments: [], thresholds: [], exact: true });
    expect(r.alternatives).toEqual([
      { value: 'inner', best: 'bundle', current: true },
      { value: 'outer', best: 'monthly', current: false },
    ]);
  });

  it('gives the best option for false and true of a boolean factor', async () => {
    const r = await tippingPoints(travel, { trips: 20 }, null, 'senior');
    expect(r.alternatives).toEqual([
      { value: false, best: 'bundle', current: true },
      { value: true, best: 'senior', current: false },
    ]);
  });
});

describe('tippingPoints: bad input', () => {
  it.each(['unknown', '__proto__', 'constructor', 'toString', ''])(
    'unknown factor %j → unknown-factor, model not asked',
    async (factorId) => {
      let calls = 0;
      const model = defineModel(
        travelDefinition({
          assess: (s) => {
            calls++;
            return travel.assess(s);
          },
        }),
      );
      const r = await tippingPoints(model, {}, null, factorId);
      expect(r.error?.code).toBe('unknown-factor');
      expect(r).toMatchObject({ factorId, segments: [], thresholds: [], alternatives: [], best: null, exact: false });
      expect(calls).toBe(0);
    },
  );

  it('an invalid situation → invalid-situation', async () => {
    const r = await tippingPoints(travel, { trips: Number.POSITIVE_INFINITY }, null, 'trips');
    expect(r.error?.code).toBe('invalid-situation');
    expect(r.error?.issues[0]?.factorId).toBe('trips');
  });
});
