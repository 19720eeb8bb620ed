/**
 * The numbers behind `<advice-chart>`: the criterion value of every option
 * across a factor, read from the core's `factorSeries`. No DOM, no Chart.js.
 */
import {
  type AdviceError,
  type AdviceModel,
  type EngineOptions,
  factorSeries,
  type NumberFactor,
  type RankResult,
  type Situation,
  type TippingPointsResult,
  type Weights,
} from '@advice-kit/core';

/** Most points sampled along a factor; a finer grid is sampled evenly plus both sides of every threshold. */
export const MAX_POINTS = 200;

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
  readonly results: readonly Pick<RankResult, 'ranking'>[];
  readonly error?: AdviceError;
}

/**
 * Tipping points of `factor` and the ranking at every sample point, from the
 * core's `factorSeries` (one batch for all points). One cancellable unit of
 * work; never rejects (failures come back in `error`).
 */
export async function loadChartData(
  model: AdviceModel,
  situation: Situation,
  weights: Weights | undefined,
  factor: NumberFactor,
  options: EngineOptions,
  maxPoints = MAX_POINTS,
): Promise<ChartData> {
  const series = await factorSeries(model, situation, weights, factor.id, { ...options, points: maxPoints });
  if (series.error || !series.tipping) {
    return { factorId: factor.id, tipping: undefined, points: [], results: [], ...(series.error ? { error: series.error } : {}) };
  }
  return { factorId: factor.id, tipping: series.tipping, points: series.points.map((p) => p.value), results: series.points };
}
