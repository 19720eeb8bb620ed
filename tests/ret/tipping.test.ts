/**
 * Tipping points of the RET model are exact: the engine, guided by the
 * model's breakpoints, finds the same thresholds as a brute-force sweep that
 * ranks every grid step. And the breakpoints are complete: between them every
 * criterion value is linear and eligibility does not change.
 */
import {
  type AdviceModel,
  type Assessments,
  defaultSituation,
  gridOf,
  type NumberFactor,
  type ResolvedSituation,
  rank,
  type Situation,
  type Threshold,
  tippingPoints,
  type Weights,
} from '@advice-kit/core';
import { createRetModel, RET_OPTION_IDS, RET_TARIFF_YEARS, retModel } from '@advice-kit/model-ret';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const NUMBER_FACTORS = ['tripsPerWeek', 'tripKm', 'daysPerWeek', 'offPeakShare'] as const;

function numberFactor(model: AdviceModel, id: string): NumberFactor {
  const f = model.factors.find((x) => x.id === id);
  if (f?.kind !== 'number') throw new Error(`${id} is not a number factor`);
  return f;
}

/** Thresholds found by ranking every grid value of the factor. */
async function sweep(model: AdviceModel, situation: Situation, weights: Weights | null, factorId: string): Promise<Threshold[]> {
  const grid = gridOf(numberFactor(model, factorId));
  const thresholds: Threshold[] = [];
  let previous: string | null | undefined;
  for (let i = 0; i <= grid.last; i++) {
    const result = await rank(model, { ...situation, [factorId]: grid.value(i) }, weights);
    expect(result.error).toBeUndefined();
    if (i > 0 && result.best !== previous) thresholds.push({ at: grid.value(i), from: previous ?? null, to: result.best });
    previous = result.best;
  }
  return thresholds;
}

async function engineThresholds(model: AdviceModel, situation: Situation, weights: Weights | null, factorId: string): Promise<Threshold[]> {
  const result = await tippingPoints(model, situation, weights, factorId);
  expect(result.error).toBeUndefined();
  expect(result.exact).toBe(true);
  return [...result.thresholds];
}

const COST_ONLY: Weights = { monthlyCost: 1, flexibility: 0, convenience: 0 };

describe('tipping points on tripsPerWeek and tripKm equal a full sweep', () => {
  const cases: { name: string; situation: Situation; weights: Weights | null }[] = [
    { name: 'adult, default weights', situation: {}, weights: null },
    { name: 'adult, price only', situation: {}, weights: COST_ONLY },
    { name: 'adult travelling 2 days a week, price only', situation: { daysPerWeek: 2 }, weights: COST_ONLY },
    { name: '65+ not in Rotterdam, default weights', situation: { ageGroup: '65+', rotterdamResident: false }, weights: null },
    {
      name: 'youth, flexibility matters',
      situation: { ageGroup: '12-18' },
      weights: { monthlyCost: 40, flexibility: 50, convenience: 10 },
    },
    { name: 'student travelling 7 days', situation: { student: true, daysPerWeek: 7, tripKm: 15 }, weights: COST_ONLY },
    { name: 'convenience first', situation: { tripKm: 3 }, weights: { monthlyCost: 30, flexibility: 0, convenience: 70 } },
  ];
  for (const { name, situation, weights } of cases) {
    for (const factorId of ['tripsPerWeek', 'tripKm']) {
      it(`${factorId}: ${name}`, async () => {
        const expected = await sweep(retModel, situation, weights, factorId);
        expect(await engineThresholds(retModel, situation, weights, factorId)).toEqual(expected);
      });
    }
  }

  it('with default weights the monthly subscription wins from 7 trips a week (8 km)', async () => {
    // score = 0.6 × (200 − cost) / 200 + 0.2 × flexibility / 10 + 0.2 × convenience / 10
    // saldo: 0.6 × (1 − 10.4347 t / 200) + 0.2 + 0.06 = 0.86 − 0.031304 t; month: 0.6 × 0.55 + 0.12 + 0.2 = 0.65
    // 0.86 − 0.031304 t < 0.65 from t = 6.708 → 7 trips
    const result = await tippingPoints(retModel, {}, null, 'tripsPerWeek');
    expect(result.thresholds).toEqual([{ at: 7, from: 'saldo', to: 'month' }]);
  });

  it('on price alone: discount subscription from 2 trips a week, annual subscription from 9 (8 km)', async () => {
    // saldo per weekly trip: 52/12 × 2.408 = 10.4347 a month
    // discount (4 + 0.8 × 10.4347 t) beats saldo (10.4347 t) above 4 / (0.2 × 10.4347) = 1.917 → 2 trips
    // year (75) beats discount above (75 − 4) / (0.8 × 10.4347) = 8.505 → 9 trips; the month (90) never beats the year
    const result = await tippingPoints(retModel, {}, { monthlyCost: 1, flexibility: 0, convenience: 0 }, 'tripsPerWeek');
    const expected = await sweep(retModel, {}, { monthlyCost: 1, flexibility: 0, convenience: 0 }, 'tripsPerWeek');
    expect(result.thresholds).toEqual(expected);
    expect(result.thresholds.map((t) => [t.at, t.to])).toEqual([
      [2, 'discount'],
      [9, 'year'],
    ]);
  });
});

describe('breakpoints', () => {
  it('include the cost crossings, so price-only tipping points need no bisection', async () => {
    const s = defaultSituation(retModel);
    const points = await retModel.breakpoints?.('tripsPerWeek', s);
    // saldo = discount at 4 / (0.2 × 10.4347) = 1.9167; discount = year at 71 / (0.8 × 10.4347) = 8.5052
    expect(points?.some((p) => Math.abs(p - 4 / (0.2 * (52 / 12) * 2.408)) < 1e-9)).toBe(true);
    expect(points?.some((p) => Math.abs(p - 71 / (0.8 * (52 / 12) * 2.408)) < 1e-9)).toBe(true);
    // kinks: day tickets open from 1 trip, and are bought on min(days, trips) days
    expect(points).toEqual(expect.arrayContaining([0, 1, 5]));
  });

  it('are empty for offPeakShare, which no price depends on', async () => {
    expect(await retModel.breakpoints?.('offPeakShare', defaultSituation(retModel))).toEqual([]);
  });
});

/** The grid indices the engine evaluates first: the ends plus floor and ceil of each breakpoint. */
function evaluatedIndices(factor: NumberFactor, breakpoints: readonly number[]): number[] {
  const grid = gridOf(factor);
  const set = new Set<number>([0, grid.last]);
  for (const b of breakpoints) {
    if (b < factor.min - factor.step || b > factor.max + factor.step) continue;
    set.add(grid.floor(b));
    set.add(grid.ceil(b));
  }
  return [...set].sort((a, b) => a - b);
}

function assess(model: AdviceModel, s: ResolvedSituation): Assessments {
  return model.assess(s) as Assessments;
}

const situationArb = fc.record({
  tripsPerWeek: fc.integer({ min: 0, max: 40 }),
  tripKm: fc.integer({ min: 2, max: 80 }).map((n) => n / 2),
  offPeakShare: fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
  ageGroup: fc.constantFrom('4-11', '12-18', '19-64', '65+'),
  rotterdamResident: fc.boolean(),
  student: fc.boolean(),
  daysPerWeek: fc.integer({ min: 0, max: 7 }),
});

const weightsArb = fc.record({
  monthlyCost: fc.integer({ min: 0, max: 100 }),
  flexibility: fc.integer({ min: 0, max: 100 }),
  convenience: fc.integer({ min: 0, max: 100 }),
});

describe('breakpoints are complete (property tests)', () => {
  it('between breakpoints every value is linear and eligibility is constant', async () => {
    await fc.assert(
      fc.asyncProperty(
        situationArb,
        fc.constantFrom(...NUMBER_FACTORS),
        fc.constantFrom(...RET_TARIFF_YEARS),
        async (situation, factorId, year) => {
          const model = year === 2024 ? retModel : createRetModel({ year });
          const factor = numberFactor(model, factorId);
          const grid = gridOf(factor);
          const points = await model.breakpoints?.(factorId, situation);
          const indices = evaluatedIndices(factor, points ?? []);
          const at = (i: number) => assess(model, { ...situation, [factorId]: grid.value(i) });
          for (let k = 1; k < indices.length; k++) {
            const p = indices[k - 1] as number;
            const q = indices[k] as number;
            const [ap, aq] = [at(p), at(q)];
            for (let i = p + 1; i < q; i++) {
              const ai = at(i);
              const w = (i - p) / (q - p);
              for (const id of RET_OPTION_IDS) {
                const [vp, vq, vi] = [ap[id], aq[id], ai[id]];
                // plain comparisons in the hot loop; expect() only on failure, with the whole story
                if (vi?.eligible !== vp?.eligible || vi?.eligible !== vq?.eligible) {
                  expect({ factorId, at: grid.value(i), id, eligible: vi?.eligible }).toEqual({
                    factorId,
                    at: grid.value(i),
                    id,
                    eligible: `${vp?.eligible} at ${grid.value(p)} and ${vq?.eligible} at ${grid.value(q)}`,
                  });
                }
                if (!vi?.eligible) continue;
                for (const c of ['monthlyCost', 'flexibility', 'convenience']) {
                  const linear = (1 - w) * (vp?.values[c] as number) + w * (vq?.values[c] as number);
                  const value = vi.values[c] as number;
                  if (Math.abs(value - linear) > 1e-9 * Math.max(1, Math.abs(linear))) {
                    expect({ factorId, at: grid.value(i), id, c, value }).toEqual({ factorId, at: grid.value(i), id, c, value: linear });
                  }
                }
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('tipping points with the model’s breakpoints equal a full sweep, for random situations and weights', async () => {
    await fc.assert(
      fc.asyncProperty(situationArb, weightsArb, fc.constantFrom(...NUMBER_FACTORS), async (situation, weights, factorId) => {
        const expected = await sweep(retModel, situation, weights, factorId);
        expect(await engineThresholds(retModel, situation, weights, factorId)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
