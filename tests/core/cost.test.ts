/**
 * Best against cheapest, weights in money, the cheapest preset and whole
 * percentages: worked examples from the RET tariffs (2024: base fare € 1,08,
 * € 0,166 a km; an 8 km trip costs € 2,408; a month is 52/12 weeks), and
 * property tests over ≥ 10,000 RET situations and over the parking model.
 */
import {
  type AdviceModel,
  COST_TOLERANCE,
  cheapestWeights,
  compareCosts,
  completeWeights,
  costCriterion,
  type RankResult,
  rank,
  type Situation,
  utility,
  weightStability,
  weightWorth,
  wholePercentages,
} from '@advice-kit/core';
import { PARKING_ZONES, parkingModel } from '@advice-kit/model-parking';
import { AGE_GROUPS, RET_MAX_PREMIUM, retModel } from '@advice-kit/model-ret';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Every RET situation the questions allow, on the factors' grids. */
const retSituation: fc.Arbitrary<Situation> = fc.record({
  tripsPerWeek: fc.integer({ min: 0, max: 40 }),
  tripKm: fc.integer({ min: 2, max: 80 }).map((h) => h / 2),
  offPeakShare: fc.integer({ min: 0, max: 20 }).map((x) => x * 5),
  ageGroup: fc.constantFrom(...AGE_GROUPS),
  rotterdamResident: fc.boolean(),
  student: fc.boolean(),
  daysPerWeek: fc.integer({ min: 0, max: 7 }),
});

const parkingSituation: fc.Arbitrary<Situation> = fc.record({
  hoursPerWeek: fc.integer({ min: 0, max: 60 }),
  cars: fc.integer({ min: 1, max: 3 }),
  worksFromHome: fc.boolean(),
  zone: fc.constantFrom(...PARKING_ZONES),
  resident: fc.boolean(),
});

/**
 * The oracle for "as cheap as possible", from the model's values alone: the
 * open options of lowest cost, and of those the one the other criteria prefer
 * with the model's default weights (model order last).
 */
function cheapestByHand(model: AdviceModel, result: RankResult): string | null {
  const cost = costCriterion(model);
  if (!cost) throw new Error('no cost');
  const open = model.options
    .map((o, index) => ({ index, entry: result.ranking.find((r) => r.optionId === o.id) }))
    .filter((x) => x.entry?.eligible);
  if (open.length === 0) return null;
  const min = Math.min(...open.map((x) => x.entry?.values[cost.id] as number));
  const total = model.criteria.filter((c) => c !== cost).reduce((s, c) => s + c.defaultWeight, 0);
  const others = (values: Readonly<Record<string, number>>) =>
    model.criteria.filter((c) => c !== cost).reduce((s, c) => s + (c.defaultWeight / total) * utility(c, values[c.id] as number), 0);
  const tied = open.filter((x) => (x.entry?.values[cost.id] as number) <= min + COST_TOLERANCE);
  tied.sort((a, b) => others(b.entry?.values ?? {}) - others(a.entry?.values ?? {}) || a.index - b.index);
  return tied[0]?.entry?.optionId ?? null;
}

describe('compareCosts (worked examples)', () => {
  it('an adult making 10 trips of 8 km a week, with the old weights (60/20/20), hears that the annual subscription is € 15 a month cheaper', async () => {
    // The model as it was: a cost span of € 200, weights 60/20/20.
    const before = {
      ...retModel,
      criteria: retModel.criteria.map((c) => (c.id === 'monthlyCost' ? { ...c, range: { min: 0, max: 200 } } : c)),
    } as AdviceModel;
    const result = await rank(before, { tripsPerWeek: 10, tripKm: 8 }, { monthlyCost: 60, flexibility: 20, convenience: 20 });
    expect(result.best).toBe('month');
    const costs = compareCosts(retModel, result.ranking);
    expect(costs).toMatchObject({ best: 'month', cheapest: 'year', bestIsCheapest: false, period: 'month' });
    expect(costs?.bestCost).toBeCloseTo(90, 9);
    expect(costs?.cheapestCost).toBeCloseTo(75, 9);
    expect(costs?.difference).toBeCloseTo(15, 9);
    expect(costs?.differencePerYear).toBeCloseTo(180, 9);
    // Why not X: the saldo costs 43.33 × 2.408 = 104.35, the discount 4 + 0.8 × 104.35 = 87.48.
    const byId = Object.fromEntries((costs?.others ?? []).map((o) => [o.optionId, o]));
    expect(byId.year?.compared).toBe('cheaper');
    expect(byId.saldo?.difference).toBeCloseTo((52 / 12) * 10 * 2.408 - 90, 9);
    expect(byId.discount?.difference).toBeCloseTo(4 + 0.8 * (52 / 12) * 10 * 2.408 - 90, 9);
    expect(byId.discount?.compared).toBe('cheaper');
    expect(byId.day?.compared).toBe('dearer');
  });

  it('the same traveller with the new default weights is advised the annual subscription, the cheapest', async () => {
    const result = await rank(retModel, { tripsPerWeek: 10, tripKm: 8 });
    const costs = compareCosts(retModel, result.ranking);
    expect(costs).toMatchObject({ best: 'year', cheapest: 'year', bestIsCheapest: true, difference: 0, differencePerYear: 0 });
  });

  it('is null for a model without a primary cost, and when no option is open', async () => {
    const noCost = { ...retModel, criteria: retModel.criteria.map((c) => ({ ...c, primaryCost: false })) } as AdviceModel;
    expect(compareCosts(noCost, (await rank(retModel, {})).ranking)).toBeNull();
    expect(compareCosts(retModel, [])).toBeNull();
  });
});

describe('weightWorth: the weights in money', () => {
  it('with the default weights (80/10/10, cost span € 40) flexibility and convenience are each worth € 5 a month, € 0,50 a step', () => {
    const worth = weightWorth(retModel, completeWeights(retModel, null));
    expect(worth.map((w) => [w.criterionId, w.worth, w.perUnit])).toEqual([
      ['flexibility', 5, 0.5],
      ['convenience', 5, 0.5],
    ]);
  });

  it('turns the stability interval into money, and the advice does change just beyond it', async () => {
    // Adult, 10 trips of 8 km: the annual subscription € 75 (flexibility 3, convenience 10); the discount subscription
    // 4 + 0.8 × 104.35 = € 87,48 (7 and 3). The discount takes over when its 4 steps more flexibility are worth its
    // € 12,48 more plus its 7 steps less convenience (7 × € 0,50): € 15,98 / 4 = € 3,99 a step, € 39,94 the scale.
    const weights = completeWeights(retModel, null);
    const stability = await weightStability(retModel, {}, weights);
    const interval = stability.criteria.find((i) => i.criterionId === 'flexibility');
    expect(interval?.above).toBe('discount');
    const flex = weightWorth(retModel, weights, stability.criteria).find((w) => w.criterionId === 'flexibility');
    const discount = 4 + 0.8 * (52 / 12) * 10 * 2.408;
    expect(flex?.to).toBeCloseTo(((discount - 75 + 3.5) / 4) * 10, 6);
    expect(flex?.from).toBe(0);
    const rawAt = (money: number) => (money / 40) * (weights.monthlyCost as number);
    expect((await rank(retModel, {}, { ...weights, flexibility: rawAt(39.9) })).best).toBe('year');
    expect((await rank(retModel, {}, { ...weights, flexibility: rawAt(40) })).best).toBe('discount');
  });

  it('says nothing in money when the cost weighs nothing', () => {
    const worth = weightWorth(retModel, { monthlyCost: 0, flexibility: 1, convenience: 1 });
    expect(worth.every((w) => w.worth === null && w.from === null && w.to === null)).toBe(true);
  });
});

describe('"as cheap as possible" gives the cheapest open option in every situation (property)', () => {
  const check = (model: AdviceModel) => async (situation: Situation) => {
    const result = await rank(model, situation, cheapestWeights(model));
    expect(result.error).toBeUndefined();
    expect(result.best).toBe(cheapestByHand(model, result));
    if (result.best !== null) expect(compareCosts(model, result.ranking)?.bestIsCheapest).toBe(true);
  };

  it('over 10,000 RET situations', async () => {
    await fc.assert(fc.asyncProperty(retSituation, check(retModel)), { numRuns: 10_000 });
  }, 120_000);

  it('over the parking model', async () => {
    await fc.assert(fc.asyncProperty(parkingSituation, check(parkingModel)), { numRuns: 3_000 });
  }, 60_000);

  it('is 100 % cost and 0 % the rest, shares that add up exactly', () => {
    const weights = cheapestWeights(retModel);
    expect(weights).toEqual({ monthlyCost: 100, flexibility: 0, convenience: 0 });
    expect(
      wholePercentages(
        weights ?? {},
        retModel.criteria.map((c) => c.id),
      ),
    ).toEqual(weights);
  });
});

describe('whenever the default advice is not the cheapest, the result names the cheapest and the difference (property)', () => {
  it('over 10,000 RET situations; the RET rule: at most € 3 a month dearer, and more flexible or easier', async () => {
    const score = (values: Readonly<Record<string, number>>) => (values.flexibility as number) + (values.convenience as number);
    await fc.assert(
      fc.asyncProperty(retSituation, async (situation) => {
        const result = await rank(retModel, situation);
        const costs = compareCosts(retModel, result.ranking);
        if (result.best === null) return;
        expect(costs).not.toBeNull();
        if (!costs) return;
        const cheapest = cheapestByHand(retModel, await rank(retModel, situation, cheapestWeights(retModel)));
        const best = result.ranking[0];
        const min = Math.min(...result.ranking.filter((r) => r.eligible).map((r) => r.values.monthlyCost as number));
        expect(costs.cheapestCost).toBeCloseTo(min, 9);
        if (costs.bestIsCheapest) {
          expect(costs.bestCost).toBeLessThanOrEqual(min + COST_TOLERANCE);
          return;
        }
        expect(costs.cheapest).toBe(cheapest);
        expect(costs.difference).toBeCloseTo((best?.values.monthlyCost as number) - min, 9);
        expect(costs.differencePerYear).toBeCloseTo(costs.difference * 12, 9);
        expect(costs.difference).toBeGreaterThan(0);
        expect(costs.difference).toBeLessThanOrEqual(RET_MAX_PREMIUM + 1e-9);
        const cheapestEntry = result.ranking.find((r) => r.optionId === costs.cheapest);
        expect(score(best?.values ?? {})).toBeGreaterThan(score(cheapestEntry?.values ?? {}));
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('over the parking model', async () => {
    await fc.assert(
      fc.asyncProperty(parkingSituation, async (situation) => {
        const result = await rank(parkingModel, situation);
        const costs = compareCosts(parkingModel, result.ranking);
        if (result.best === null) return;
        const min = Math.min(...result.ranking.filter((r) => r.eligible).map((r) => r.values.monthlyCost as number));
        expect(costs?.bestIsCheapest).toBe((result.ranking[0]?.values.monthlyCost as number) <= min + COST_TOLERANCE);
        if (costs && !costs.bestIsCheapest) {
          expect(costs.cheapestCost).toBeCloseTo(min, 9);
          expect(costs.difference).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3_000 },
    );
  }, 60_000);
});

describe('wholePercentages', () => {
  it('uses the largest remainders: 2/3, 1/6, 1/6 is 67, 17, 16', () => {
    expect(wholePercentages({ a: 80, b: 20, c: 20 }, ['a', 'b', 'c'])).toEqual({ a: 67, b: 17, c: 16 });
    expect(wholePercentages({ a: 1, b: 1, c: 1 }, ['a', 'b', 'c'])).toEqual({ a: 34, b: 33, c: 33 });
    expect(wholePercentages({ a: 0, b: 0 }, ['a', 'b'])).toEqual({ a: 0, b: 0 });
  });

  it('always adds up to exactly 100, and each is its share rounded up or down (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }), (values) => {
        const ids = values.map((_, i) => `c${i}`);
        const shares = Object.fromEntries(values.map((v, i) => [`c${i}`, v]));
        const total = values.reduce((a, b) => a + b, 0);
        const out = wholePercentages(shares, ids);
        const sum = ids.reduce((s, id) => s + (out[id] as number), 0);
        expect(sum).toBe(total > 0 ? 100 : 0);
        if (total > 0) {
          for (const [i, v] of values.entries()) {
            const exact = (v / total) * 100;
            expect(Math.abs((out[`c${i}`] as number) - exact)).toBeLessThan(1 + 1e-6);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
