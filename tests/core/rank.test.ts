import {
  type AdviceModel,
  type AdviceModelDefinition,
  type Assessments,
  defineModel,
  rank,
  tippingPoints,
  utility,
  weightShares,
} from '@advice-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, PROPERTY_TIMEOUT, RUNS, specArb, travel, travelDefinition, weightsOf, xValue } from './models.js';

/** Every number anywhere in a value is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  if (value instanceof Error) return true;
  return Object.values(value).every(allFinite);
}

/** The same model with one criterion in another unit: every value and the range multiplied by `factor`. */
function inUnit(model: AdviceModel, criterionId: string, factor: number): AdviceModel {
  const scale = (a: Assessments): Assessments =>
    Object.fromEntries(
      Object.entries(a).map(([id, x]) => [
        id,
        {
          ...x,
          values: Object.fromEntries(Object.entries(x.values).map(([c, v]) => [c, c === criterionId ? v * factor : v])),
        },
      ]),
    );
  const definition: AdviceModelDefinition = {
    ...model,
    criteria: model.criteria.map((c) =>
      c.id === criterionId ? { ...c, range: { min: c.range.min * factor, max: c.range.max * factor } } : c,
    ),
    assess: async (s) => scale(await model.assess(s)),
  };
  return defineModel(definition);
}

describe('rank', () => {
  it('ranks every option with score, contributions, utilities and values (worked example)', async () => {
    // Shares 0.8 and 0.2. single: cost 30 → utility (200 − 30) / 200 = 0.85 → 0.68; flexibility 4 → 0.4 → 0.08.
    const r = await rank(travel, {}, null);
    expect(r.error).toBeUndefined();
    expect(r.best).toBe('single');
    expect(r.runnerUp).toBe('bundle');
    expect(r.margin).toBeCloseTo(0.04, 9);
    expect(r.weights).toEqual({ cost: 0.8, flexibility: 0.2 });
    expect(r.situation).toEqual({ trips: 10, zone: 'inner', senior: false, distance: 2 });
    expect(r.uncertain).toEqual([]);
    expect(r.holds).toBe(true);
    expect(r.ranking.map((o) => o.optionId)).toEqual(['single', 'bundle', 'monthly', 'senior']);
    const [single, bundle, monthly, senior] = r.ranking;
    expect(single?.values).toEqual({ cost: 30, flexibility: 4 });
    expect(single?.utilities.cost).toBeCloseTo(0.85, 12);
    expect(single?.utilities.flexibility).toBeCloseTo(0.4, 12);
    expect(single?.contributions.cost).toBeCloseTo(0.68, 12);
    expect(single?.contributions.flexibility).toBeCloseTo(0.08, 12);
    expect(single?.score).toBeCloseTo(0.76, 12);
    expect(bundle?.score).toBeCloseTo(0.72, 12);
    expect(monthly?.score).toBeCloseTo(0.6, 12);
    expect(single?.eligible).toBe(true);
    expect(single && 'reason' in single).toBe(false);
    // Ineligible options come last, with their reason, no score and no contributions.
    expect(senior).toMatchObject({ optionId: 'senior', eligible: false, score: null, contributions: {}, values: {} });
    expect(senior?.reason).toEqual({ nl: 'Alleen vanaf 65 jaar', en: 'Only from 65' });
    for (const o of r.ranking.filter((x) => x.eligible)) {
      const sum = Object.values(o.contributions).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(o.score ?? Number.NaN, 12);
    }
  });

  it('puts ineligible options last even when they would score best', async () => {
    const r = await rank(travel, { trips: 20, senior: true }, null);
    expect(r.best).toBe('senior');
    const closed = defineModel(
      travelDefinition({
        assess: (s) => ({
          ...(travel.assess(s) as Assessments),
          single: { eligible: false, reason: 'no', values: { cost: 0, flexibility: 10 } },
        }),
      }),
    );
    const c = await rank(closed, {}, null);
    expect(c.ranking.map((o) => [o.optionId, o.eligible])).toEqual([
      ['bundle', true],
      ['monthly', true],
      ['single', false],
      ['senior', false],
    ]);
    expect(c.best).toBe('bundle');
  });

  it('reports a reason only for options that are not eligible, and keeps notes', async () => {
    const noted = defineModel(
      travelDefinition({
        assess: (s) => ({
          ...(travel.assess(s) as Assessments),
          single: { eligible: true, reason: 'ignored', values: { cost: 30, flexibility: 4 }, notes: ['voorbeeldtarief'] },
        }),
      }),
    );
    const single = (await rank(noted, {}, null)).ranking[0];
    expect(single?.optionId).toBe('single');
    expect(single && 'reason' in single).toBe(false);
    expect(single?.notes).toEqual(['voorbeeldtarief']);
  });

  it('gives best null, no runner-up and margin 0 when no option is open', async () => {
    const none = defineModel(
      travelDefinition({
        assess: () => ({
          single: { eligible: false, values: {} },
          bundle: { eligible: false, values: {} },
          monthly: { eligible: false, values: {} },
          senior: { eligible: false, values: {} },
        }),
      }),
    );
    const r = await rank(none, {}, null);
    expect(r).toMatchObject({ best: null, runnerUp: null, margin: 0, holds: true });
    expect(r.ranking).toHaveLength(4);
    const one = await rank(travel, {}, { cost: 1, flexibility: 0 });
    expect(one.margin).toBeGreaterThan(0);
  });
});

describe('rank: deterministic ties', () => {
  const twins = (order: string[]) =>
    defineModel({
      ...travelDefinition(),
      scenarios: [],
      options: order.map((id) => ({ id, label: id })),
      assess: () => ({
        a: { eligible: true, values: { cost: 50, flexibility: 5 } },
        b: { eligible: true, values: { cost: 50, flexibility: 5 } },
        c: { eligible: true, values: { cost: 60, flexibility: 5 } },
      }),
    });

  it('breaks an exact tie by the order in which the model lists its options', async () => {
    expect((await rank(twins(['a', 'b', 'c']), {}, null)).ranking.map((o) => o.optionId)).toEqual(['a', 'b', 'c']);
    expect((await rank(twins(['b', 'a', 'c']), {}, null)).ranking.map((o) => o.optionId)).toEqual(['b', 'a', 'c']);
    expect((await rank(twins(['c', 'b', 'a']), {}, null)).best).toBe('b');
    expect((await rank(twins(['a', 'b', 'c']), {}, null)).margin).toBe(0);
  });

  it('counts scores equal to 1e-9 as a tie, so float noise never decides', async () => {
    // 0.1 + 0.2 and 0.3 differ in the last bit: same advice whichever way the noise falls.
    const noisy = (first: number, second: number) =>
      defineModel({
        ...travelDefinition(),
        scenarios: [],
        criteria: [{ id: 'cost', label: 'c', direction: 'higher', range: { min: 0, max: 1 }, defaultWeight: 1 }],
        options: [
          { id: 'p', label: 'p' },
          { id: 'q', label: 'q' },
        ],
        assess: () => ({ p: { eligible: true, values: { cost: first } }, q: { eligible: true, values: { cost: second } } }),
      });
    expect((await rank(noisy(0.3, 0.1 + 0.2), {}, null)).best).toBe('p');
    expect((await rank(noisy(0.1 + 0.2, 0.3), {}, null)).best).toBe('p');
    expect((await rank(noisy(0.3, 0.3 + 4e-10), {}, null)).best).toBe('p');
    expect((await rank(noisy(0.3, 0.3 + 2e-9), {}, null)).best).toBe('q');
  });

  it('resolves the worked tie at 26 trips to bundle (listed before monthly), and tipping points agree', async () => {
    const r = await rank(travel, { trips: 26 }, null);
    expect(r.ranking[0]?.score).toBeCloseTo(0.6, 12);
    expect(r.ranking[1]?.score).toBeCloseTo(0.6, 12);
    expect(r.best).toBe('bundle');
    const t = await tippingPoints(travel, {}, null, 'trips');
    expect(t.thresholds.find((x) => x.to === 'monthly')?.at).toBe(27);
  });
});

describe('rank: utility normalisation is invariant to the unit', () => {
  it('gives the same ranking, scores and contributions in euros and in cents (range scaled too)', async () => {
    const cents = inUnit(travel, 'cost', 100);
    for (const trips of [0, 10, 17, 26, 27, 60]) {
      const a = await rank(travel, { trips }, null);
      const b = await rank(cents, { trips }, null);
      expect(b.ranking.map((o) => o.optionId)).toEqual(a.ranking.map((o) => o.optionId));
      expect(b.best).toBe(a.best);
      b.ranking.forEach((o, i) => {
        expect(o.score ?? 0).toBeCloseTo(a.ranking[i]?.score ?? 0, 12);
        expect(o.contributions.cost ?? 0).toBeCloseTo(a.ranking[i]?.contributions.cost ?? 0, 12);
      });
      expect(b.ranking[0]?.values.cost).toBe((a.ranking[0]?.values.cost ?? 0) * 100);
    }
    const ta = await tippingPoints(travel, {}, null, 'trips');
    const tb = await tippingPoints(cents, {}, null, 'trips');
    expect(tb.thresholds).toEqual(ta.thresholds);
  });

  it('is a ratio of differences: utility((max − v) / (max − min)) does not change when v and the range scale', () => {
    const euros = travel.criteria[0] as (typeof travel.criteria)[number];
    const cents = { ...euros, range: { min: 0, max: 20_000 } };
    expect(utility(euros, 30)).toBeCloseTo(0.85, 12);
    expect(utility(cents, 3000)).toBeCloseTo(0.85, 12);
    const flex = travel.criteria[1] as (typeof travel.criteria)[number];
    expect(utility(flex, 10)).toBe(1);
    expect(utility(flex, 0)).toBe(0);
    expect(utility(flex, 12)).toBeCloseTo(1.2, 12); // not clipped outside the range
    expect(Object.is(utility(euros, 200), 0)).toBe(true); // never -0
  });

  it('holds on random piecewise-linear models: same best everywhere and same thresholds (property)', {
    timeout: PROPERTY_TIMEOUT,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(specArb({ maxSteps: 80 }), fc.constantFrom(100, 0.01, 1000, 3), async (spec, factor) => {
        const built = buildModel(spec);
        const scaled = inUnit(built.model, 'cost', factor);
        const weights = weightsOf(spec);
        const x = xValue(spec, spec.at);
        const a = await rank(built.model, { x }, weights);
        const b = await rank(scaled, { x }, weights);
        expect(b.ranking.map((o) => o.optionId)).toEqual(a.ranking.map((o) => o.optionId));
        const ta = await tippingPoints(built.model, {}, weights, 'x');
        const tb = await tippingPoints(scaled, {}, weights, 'x');
        expect(tb.thresholds).toEqual(ta.thresholds);
      }),
      { numRuns: RUNS },
    );
  });

  it('needs the range in the same unit: values in cents against a range in euros change the advice', async () => {
    const wrong = defineModel({ ...inUnit(travel, 'cost', 100), criteria: travel.criteria });
    expect((await rank(travel, { trips: 16 }, null)).best).toBe('single');
    expect((await rank(wrong, { trips: 16 }, null)).best).toBe('bundle'); // price now outweighs everything
  });
});

describe('rank: weights', () => {
  it('turns weights into shares that sum to 1; missing, negative, NaN, Infinity and strings take the default', () => {
    expect(weightShares(travel, { cost: 1, flexibility: 3 })).toEqual({ cost: 0.25, flexibility: 0.75 });
    expect(weightShares(travel, {})).toEqual({ cost: 0.8, flexibility: 0.2 });
    expect(weightShares(travel, null)).toEqual({ cost: 0.8, flexibility: 0.2 });
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '3', null, {}, true]) {
      expect(weightShares(travel, { cost: bad as never, flexibility: 1 })).toEqual({ cost: 0.8, flexibility: 0.2 });
    }
    expect(weightShares(travel, { cost: 0, flexibility: 0 })).toEqual({ cost: 0.5, flexibility: 0.5 });
    expect(weightShares(travel, { cost: 1, flexibility: 1, unknown: 100 })).toEqual({ cost: 0.5, flexibility: 0.5 });
    expect(weightShares(travel, 'garbage' as never)).toEqual({ cost: 0.8, flexibility: 0.2 });
    expect(weightShares(travel, { cost: 1.5e308, flexibility: 1.5e308 })).toEqual({ cost: 0.5, flexibility: 0.5 });
    expect(weightShares(travel, { cost: 1e-300, flexibility: 3e-300 })).toEqual({ cost: 0.25, flexibility: 0.75 });
  });

  it('ignores __proto__ and constructor keys in weights and never pollutes Object.prototype', async () => {
    const hostile = JSON.parse('{"__proto__": {"cost": 0, "polluted": 1}, "constructor": 5, "flexibility": 1, "cost": 1}');
    const r = await rank(travel, {}, hostile);
    expect(r.weights).toEqual({ cost: 0.5, flexibility: 0.5 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const inherited = Object.create({ cost: 0 });
    expect((await rank(travel, {}, inherited)).weights).toEqual({ cost: 0.8, flexibility: 0.2 });
  });

  it('follows the weights: flexibility alone picks single trips, price alone the cheapest', async () => {
    expect((await rank(travel, { trips: 40 }, { cost: 0, flexibility: 1 })).best).toBe('single');
    expect((await rank(travel, { trips: 40 }, { cost: 1, flexibility: 0 })).best).toBe('monthly');
  });
});

describe('rank: uncertain answers', () => {
  it('ranks a range at its middle and says the advice holds when one option is best across it', async () => {
    const r = await rank(travel, { trips: { min: 2, max: 8 } }, null);
    expect(r.situation.trips).toBe(5);
    expect(r.best).toBe('single');
    expect(r.holds).toBe(true);
    expect(r.uncertain).toEqual([
      { factorId: 'trips', min: 2, max: 8, holds: true, segments: [{ from: 2, to: 8, best: 'single' }], exact: true },
    ]);
  });

  it('gives the best option per sub-interval when the advice changes inside the range', async () => {
    const r = await rank(travel, { trips: { min: 12, max: 30 } }, null);
    expect(r.situation.trips).toBe(21);
    expect(r.best).toBe('bundle');
    expect(r.holds).toBe(false);
    expect(r.uncertain[0]?.segments).toEqual([
      { from: 12, to: 16, best: 'single' },
      { from: 17, to: 26, best: 'bundle' },
      { from: 27, to: 30, best: 'monthly' },
    ]);
  });

  it('reports every factor given as a range', async () => {
    const r = await rank(travel, { trips: { min: 14, max: 18 }, distance: { min: 1, max: 3 } }, null);
    expect(r.uncertain.map((u) => [u.factorId, u.holds])).toEqual([
      ['trips', false],
      ['distance', true],
    ]);
    expect(r.holds).toBe(false);
  });

  it('rejects a range on a choice or boolean factor, and a reversed range', async () => {
    expect((await rank(travel, { zone: { min: 0, max: 1 } } as never, null)).error?.issues[0]?.code).toBe('range-not-allowed');
    expect((await rank(travel, { trips: { min: 9, max: 3 } }, null)).error?.issues[0]?.code).toBe('range-reversed');
  });
});

describe('rank: bad input never gives NaN, Infinity or a rejection', () => {
  it.each([
    ['NaN', { trips: Number.NaN }],
    ['Infinity', { trips: Number.POSITIVE_INFINITY }],
    ['a string', { trips: 'ten' }],
    ['a negative number', { trips: -1 }],
    ['a very long string', { zone: 'z'.repeat(1_000_000) }],
    ['an unknown choice named constructor', { zone: 'constructor' }],
  ])('situation with %s → invalid-situation', async (_, situation) => {
    const r = await rank(travel, situation as never, null);
    expect(r.error?.code).toBe('invalid-situation');
    expect(r.ranking).toEqual([]);
    expect(r.best).toBeNull();
    expect(allFinite(r)).toBe(true);
  });

  it('ignores unknown factors and prototype keys in the situation', async () => {
    const r = await rank(travel, JSON.parse('{"__proto__": {"trips": 50}, "constructor": 1, "nonsense": true, "trips": 20}'), null);
    expect(r.error).toBeUndefined();
    expect(r.situation).toEqual({ trips: 20, zone: 'inner', senior: false, distance: 2 });
  });

  it('keeps every number finite on random models with extreme weights (property)', { timeout: PROPERTY_TIMEOUT }, async () => {
    const extreme = fc.constantFrom(0, 1e-300, 1, 1e300, 1.7e308, Number.MIN_VALUE);
    await fc.assert(
      fc.asyncProperty(specArb({ maxSteps: 40 }), extreme, extreme, async (spec, cost, comfort) => {
        const built = buildModel(spec);
        const r = await rank(built.model, { x: xValue(spec, spec.at) }, { cost, comfort });
        expect(r.error).toBeUndefined();
        expect(allFinite(r)).toBe(true);
        const shares = Object.values(r.weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: RUNS },
    );
  });
});
