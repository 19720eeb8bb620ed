/**
 * The numbers behind `<advice-chart>`: where to sample a number factor and
 * the criterion value of every option there, all taken from the core's
 * `tippingPoints` and `rank`. No DOM, no Chart.js: this is the part that may
 * move into @advice-kit/core as `criterionSeries` later.
 */
import {
  type AdviceError,
  type AdviceModel,
  type EngineOptions,
  gridOf,
  type NumberFactor,
  type RankResult,
  rank,
  type Situation,
  type Threshold,
  type TippingPointsResult,
  tippingPoints,
  type Weights,
} from '@advice-kit/core';

/** Most points sampled along a factor; a finer grid is sampled evenly plus both sides of every threshold. */
export const MAX_POINTS = 200;

/**
 * Grid values of `factor` to evaluate, ascending and distinct: every step
 * when the grid has at most `maxPoints` values; otherwise `maxPoints` evenly
 * spaced grid values (the same ones `tippingPoints` samples with
 * `samples: maxPoints`, so their assessments are already cached), plus every
 * threshold's `at` and the step before it, plus the `extra` values (the
 * person's own) snapped to the grid.
 */
export function samplePoints(
  factor: Pick<NumberFactor, 'min' | 'max' | 'step'>,
  thresholds: readonly Pick<Threshold, 'at'>[] = [],
  extra: readonly number[] = [],
  maxPoints = MAX_POINTS,
): number[] {
  const grid = gridOf(factor);
  const count = grid.last + 1;
  const indices = new Set<number>();
  if (count <= Math.max(2, maxPoints)) {
    for (let i = 0; i <= grid.last; i++) indices.add(i);
  } else {
    const n = Math.max(2, Math.floor(maxPoints));
    for (let k = 0; k < n; k++) indices.add(Math.round((k * grid.last) / (n - 1)));
    for (const t of thresholds) {
      const i = grid.nearest(t.at);
      indices.add(i);
      if (i > 0) indices.add(i - 1);
    }
  }
  for (const x of extra) if (Number.isFinite(x)) indices.add(grid.nearest(x));
  return [...indices].sort((a, b) => a - b).map((i) => grid.value(i));
}

/** One option's line: its criterion value at each point, null where it is not open (a gap in the line). */
export interface OptionSeries {
  readonly optionId: string;
  readonly values: readonly (number | null)[];
}

/** A criterion's value per option across a factor's points. */
export interface CriterionSeries {
  readonly factorId: string;
  readonly criterionId: string;
  readonly points: readonly number[];
  /** In the model's option order. */
  readonly options: readonly OptionSeries[];
  /** Whether any option is open at any point. */
  readonly anyEligible: boolean;
}

/** Reads `values[criterionId]` of every option from one ranking per point. */
export function seriesOf(
  model: Pick<AdviceModel, 'options'>,
  factorId: string,
  criterionId: string,
  points: readonly number[],
  results: readonly Pick<RankResult, 'ranking'>[],
): CriterionSeries {
  let anyEligible = false;
  const options = model.options.map((option) => ({
    optionId: option.id,
    values: points.map((_, i) => {
      const ranked = results[i]?.ranking.find((r) => r.optionId === option.id);
      const value = ranked?.eligible ? ranked.values[criterionId] : undefined;
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      anyEligible = true;
      return value;
    }),
  }));
  return { factorId, criterionId, points, options, anyEligible };
}

/** What the chart element computes in one go. */
export interface ChartData {
  readonly factorId: string;
  readonly tipping: TippingPointsResult | undefined;
  /** The grid values sampled, ascending. */
  readonly points: readonly number[];
  /** The core's ranking at each point (all criteria, so switching criterion needs no new work). */
  readonly results: readonly RankResult[];
  readonly error?: AdviceError;
}

/**
 * Tipping points of `factor`, then a ranking at every sample point, the
 * other factors as in `situation`. One cancellable unit of work; never
 * rejects (failures come back in `error`).
 *
 * The rankings start from the resolved situation (uncertain answers at their
 * middle), so that a range answered for another factor is not swept again at
 * every point: the values are the same.
 */
export async function loadChartData(
  model: AdviceModel,
  situation: Situation,
  weights: Weights | undefined,
  factor: NumberFactor,
  options: EngineOptions,
  maxPoints = MAX_POINTS,
): Promise<ChartData> {
  const [tipping, own] = await Promise.all([
    tippingPoints(model, situation, weights, factor.id, { ...options, samples: maxPoints }),
    rank(model, situation, weights, options),
  ]);
  const failed = tipping.error ?? own.error;
  if (failed) return { factorId: factor.id, tipping: undefined, points: [], results: [], error: failed };
  const value = own.situation[factor.id];
  const points = samplePoints(factor, tipping.thresholds, typeof value === 'number' ? [value] : [], maxPoints);
  const results = await Promise.all(points.map((x) => rank(model, { ...own.situation, [factor.id]: x }, weights, options)));
  const error = results.find((r) => r.error)?.error;
  if (error) return { factorId: factor.id, tipping: undefined, points: [], results: [], error };
  return { factorId: factor.id, tipping, points, results };
}
