import { type AdviceModel, defineModel, rank, type Weights, weightShares, weightStability } from '@advice-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildModel,
  PROPERTY_TIMEOUT,
  RUNS,
  specArb,
  tableArb,
  tableModel,
  tableWeights,
  travel,
  travelDefinition,
  weightsOf,
  xValue,
} from './models.js';

/** Shares with criterion `id` at `t` and the others rescaled proportionally (equally when they are all 0). */
function probeShares(model: AdviceModel, weights: Weights | null, id: string, t: number): Record<string, number> {
  const shares = weightShares(model, weights);
  const rest = 1 - (shares[id] ?? 0);
  const others = model.criteria.filter((c) => c.id !== id);
  const out: Record<string, number> = { [id]: t };
  for (const c of others) out[c.id] = rest > 1e-12 ? ((shares[c.id] ?? 0) * (1 - t)) / rest : (1 - t) / others.length;
  return out;
}

async function bestAt(model: AdviceModel, weights: Weights | null, id: string, t: number, situation = {}) {
  const r = await rank(model, situation, probeShares(model, weights, id, t));
  const [first, second] = r.ranking;
  // How far apart the top two are: below the engine's 1e-9 resolution the order is a tie, not a verdict.
  const gap = first?.eligible && second?.eligible ? (first.score ?? 0) - (second.score ?? 0) : 1;
  return { best: r.best, gap };
}

describe('weightStability', () => {
  it('gives the closed-form interval per criterion (worked example at 20 trips)', async () => {
    // cost share t: bundle 0.3 + 0.45t, single 0.4 + 0.3t, monthly 0.2 + 0.5t → single takes over below t = 2/3.
    // flexibility share s: bundle 0.75 − 0.45s, single 0.7 − 0.3s → single takes over above s = 1/3.
    const result = await weightStability(travel, { trips: 20 }, null);
    expect(result.error).toBeUndefined();
    expect(result.best).toBe('bundle');
    const [cost, flexibility] = result.criteria;
    expect(cost?.criterionId).toBe('cost');
    expect(cost?.current).toBeCloseTo(0.8, 12);
    expect(cost?.from).toBeCloseTo(2 / 3, 12);
    expect(cost?.to).toBe(1);
    expect(cost?.below).toBe('single');
    expect(cost?.above).toBeNull();
    expect(cost?.weightFrom).toBeCloseTo(2, 9); // 4 → 2 on the person's own scale, flexibility staying 1
    expect(cost?.weightTo).toBeNull(); // no cost weight, however high, changes the advice
    expect(flexibility?.from).toBe(0);
    expect(flexibility?.below).toBeNull();
    expect(flexibility?.to).toBeCloseTo(1 / 3, 12);
    expect(flexibility?.above).toBe('single');
    expect(flexibility?.weightTo).toBeCloseTo(2, 9);
    expect(flexibility?.weightFrom).toBe(0);
  });

  it('agrees with re-ranking just inside and just outside the worked example bounds', async () => {
    expect((await bestAt(travel, null, 'cost', 2 / 3 + 1e-6, { trips: 20 })).best).toBe('bundle');
    expect((await bestAt(travel, null, 'cost', 2 / 3 - 1e-6, { trips: 20 })).best).toBe('single');
    expect((await bestAt(travel, null, 'flexibility', 1 / 3 - 1e-6, { trips: 20 })).best).toBe('bundle');
    expect((await bestAt(travel, null, 'flexibility', 1 / 3 + 1e-6, { trips: 20 })).best).toBe('single');
    expect((await rank(travel, { trips: 20 }, { cost: 2.001, flexibility: 1 })).best).toBe('bundle');
    expect((await rank(travel, { trips: 20 }, { cost: 1.999, flexibility: 1 })).best).toBe('single');
  });

  it('names the steepest line as the taker-over when several cross at the same bound', async () => {
    // A: 0.6 at every share; B: 0.4 + 0.6t; C: 0.2 + 1.2t. Both cross A at t = 1/3; beyond it C is on top.
    const model = defineModel({
      id: 'coincide',
      title: 'c',
      factors: [{ id: 'x', label: 'x', kind: 'number', min: 0, max: 1, step: 1, default: 0 }],
      criteria: [
        { id: 'c', label: 'c', direction: 'higher', range: { min: 0, max: 1 }, defaultWeight: 3 },
        { id: 'd', label: 'd', direction: 'higher', range: { min: 0, max: 1 }, defaultWeight: 7 },
      ],
      options: ['A', 'B', 'C'].map((id) => ({ id, label: id })),
      assess: () => ({
        A: { eligible: true, values: { c: 0.6, d: 0.6 } },
        B: { eligible: true, values: { c: 1, d: 0.4 } },
        C: { eligible: true, values: { c: 1.4, d: 0.2 } },
      }),
    });
    const result = await weightStability(model, {}, null);
    const c = result.criteria[0];
    expect(c?.to).toBeCloseTo(1 / 3, 12);
    expect(c?.above).toBe('C');
    expect((await bestAt(model, null, 'c', (c?.to ?? 0) + 1e-6)).best).toBe('C');
    // And for d, whose share moves the other way: C's line falls fastest, so below the bound it is on top.
    const d = result.criteria[1];
    expect(d?.from).toBeCloseTo(2 / 3, 12);
    expect(d?.below).toBe('C');
    expect((await bestAt(model, null, 'd', (d?.from ?? 0) - 1e-6)).best).toBe('C');
  });

  it('gives [0, 1] with nobody taking over for a single criterion or a dominant option', async () => {
    const one = defineModel(travelDefinition({ criteria: [travelDefinition().criteria[0] as never] }));
    const r1 = await weightStability(one, {}, null);
    expect(r1.criteria).toEqual([
      { criterionId: 'cost', current: 1, from: 0, to: 1, below: null, above: null, weightFrom: 0, weightTo: null },
    ]);
    // At 10 trips single is both cheapest and most flexible: no weight changes the advice.
    const r2 = await weightStability(travel, { trips: 10 }, null);
    for (const c of r2.criteria) expect([c.from, c.to, c.below, c.above]).toEqual([0, 1, null, null]);
  });

  it('returns no intervals when no option is open', async () => {
    const closed = defineModel(
      travelDefinition({
        assess: () => Object.fromEntries(['single', 'bundle', 'monthly', 'senior'].map((id) => [id, { eligible: false, values: {} }])),
      }),
    );
    const result = await weightStability(closed, {}, null);
    expect(result).toEqual({ best: null, criteria: [] });
  });

  it('treats all-zero weights as equal shares, and keeps shares finite for enormous weights', async () => {
    const zero = await weightStability(travel, { trips: 20 }, { cost: 0, flexibility: 0 });
    expect(zero.criteria.map((c) => c.current)).toEqual([0.5, 0.5]);
    expect(zero.criteria.every((c) => c.weightTo === null || Number.isFinite(c.weightTo))).toBe(true);
    const huge = await weightStability(travel, { trips: 20 }, { cost: 1.5e308, flexibility: 1.5e308 });
    expect(huge.criteria.map((c) => c.current)).toEqual([0.5, 0.5]);
    for (const c of huge.criteria) {
      for (const n of [c.current, c.from, c.to, c.weightFrom, c.weightTo ?? 0]) expect(Number.isFinite(n)).toBe(true);
    }
  });

  it('reports a bad situation or a failing model as an error, never a rejection', async () => {
    const bad = await weightStability(travel, { trips: Number.NaN }, null);
    expect(bad.error?.code).toBe('invalid-situation');
    expect(bad.criteria).toEqual([]);
    const failing = defineModel(
      travelDefinition({
        assess: () => {
          throw new Error('down');
        },
      }),
    );
    expect((await weightStability(failing, {}, null)).error?.code).toBe('model-failed');
  });
});

describe('weightStability (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  /** Checks every interval against re-ranking at share ± 1e-6, skipping probes that land on a tie. */
  async function checkIntervals(model: AdviceModel, weights: Weights, situation = {}) {
    const result = await weightStability(model, situation, weights);
    expect(result.error).toBeUndefined();
    const shares = weightShares(model, weights);
    for (const iv of result.criteria) {
      expect(iv.current).toBeCloseTo(shares[iv.criterionId] ?? 0, 12);
      expect(iv.from).toBeGreaterThanOrEqual(0);
      expect(iv.from).toBeLessThanOrEqual(iv.current);
      expect(iv.to).toBeGreaterThanOrEqual(iv.current);
      expect(iv.to).toBeLessThanOrEqual(1);
      for (const n of [iv.from, iv.to, iv.weightFrom, iv.weightTo ?? 0]) expect(Number.isFinite(n)).toBe(true);
      const probe = (t: number) => bestAt(model, weights, iv.criterionId, t, situation);
      // Just inside each end: the advice holds.
      if (iv.to - iv.current > 2e-6) {
        const inside = await probe(iv.to - 1e-6);
        if (inside.gap > 1e-8) expect(inside.best).toBe(result.best);
      }
      if (iv.current - iv.from > 2e-6) {
        const inside = await probe(iv.from + 1e-6);
        if (inside.gap > 1e-8) expect(inside.best).toBe(result.best);
      }
      // Just outside: the named option has taken over.
      if (iv.above !== null && iv.to + 1e-6 <= 1) {
        const outside = await probe(iv.to + 1e-6);
        if (outside.gap > 1e-8) expect(outside.best).toBe(iv.above);
      }
      if (iv.below !== null && iv.from - 1e-6 >= 0) {
        const outside = await probe(iv.from - 1e-6);
        if (outside.gap > 1e-8) expect(outside.best).toBe(iv.below);
      }
      // Nobody takes over: the advice holds up to the end of the scale.
      if (iv.above === null && iv.to === 1 && iv.current < 1 - 2e-6) {
        const end = await probe(1 - 1e-6);
        if (end.gap > 1e-8) expect(end.best).toBe(result.best);
      }
      if (iv.below === null && iv.from === 0 && iv.current > 2e-6) {
        const end = await probe(1e-6);
        if (end.gap > 1e-8) expect(end.best).toBe(result.best);
      }
      // The bounds on the person's own scale give the same shares.
      const rest = model.criteria.reduce((s, c) => (c.id === iv.criterionId ? s : s + (weights[c.id] ?? 0)), 0);
      if (iv.weightTo !== null && rest > 0) expect(iv.weightTo / (iv.weightTo + rest)).toBeCloseTo(iv.to, 9);
      if (rest > 0) expect(iv.weightFrom / (iv.weightFrom + rest)).toBeCloseTo(iv.from, 9);
    }
  }

  it('agrees with re-ranking just inside and just outside each end (random tables of 1–4 criteria)', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb(), async (spec) => {
        const model = tableModel(spec);
        await checkIntervals(model, tableWeights(spec));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('agrees with re-ranking on random piecewise-linear models at a random point', async () => {
    await fc.assert(
      fc.asyncProperty(specArb({ maxSteps: 60 }), async (spec) => {
        const built = buildModel(spec);
        await checkIntervals(built.model, weightsOf(spec), { x: xValue(spec, spec.at) });
      }),
      { numRuns: RUNS },
    );
  });
});
