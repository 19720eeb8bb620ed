import { type Context, type EngineOptions, guarded, prepare, settle } from './context.js';
import { AdviceError } from './errors.js';
import { gridOf } from './grid.js';
import type { AdviceModel, NumberFactor, ResolvedSituation, Situation, Weights } from './model.js';
import { bestOf, type RankedOption, rankAssessments, scoreKey } from './score.js';
import { isValueRange } from './situation.js';
import { type Segment, sweepFactor } from './tipping.js';

/** Whether the advice holds across an uncertain answer ("between 8 and 12"). */
export interface UncertainFactor {
  readonly factorId: string;
  readonly min: number;
  readonly max: number;
  /** True when the same option is best across the whole range. */
  readonly holds: boolean;
  /** The best option per stretch of the range (one segment when it holds). */
  readonly segments: readonly Segment[];
  /** As for tipping points: true when the model gave breakpoints or every step was evaluated. */
  readonly exact: boolean;
}

export interface RankResult {
  /** Every option, best first; ineligible options last. */
  readonly ranking: readonly RankedOption[];
  /** The best eligible option, or null when none is open. */
  readonly best: string | null;
  /** The runner-up among eligible options, or null. */
  readonly runnerUp: string | null;
  /** Score of the best minus score of the runner-up (0 when there is none): how sure the advice is. */
  readonly margin: number;
  /** The exact situation the model was asked about (ranges at their middle). */
  readonly situation: ResolvedSituation;
  /** The weights as shares that sum to 1. */
  readonly weights: Readonly<Record<string, number>>;
  /** One entry per number factor answered as a range. */
  readonly uncertain: readonly UncertainFactor[];
  /** True unless an uncertain answer spans a change of advice. */
  readonly holds: boolean;
  readonly error?: AdviceError;
}

function emptyRank(error: AdviceError, weights: Readonly<Record<string, number>> = {}): RankResult {
  return { ranking: [], best: null, runnerUp: null, margin: 0, situation: {}, weights, uncertain: [], holds: true, error };
}

/** Ranks from a prepared context. */
export async function rankIn(ctx: Context): Promise<RankResult> {
  const [assessments] = await ctx.assess([ctx.resolved]);
  const ranking = rankAssessments(ctx.model, assessments as NonNullable<typeof assessments>, ctx.shares);
  const best = bestOf(ranking);
  const second = ranking[1]?.eligible ? ranking[1] : undefined;
  const margin = best && second ? Math.max(0, scoreKey((ranking[0]?.score ?? 0) - (second.score ?? 0)) / 1e9) : 0;

  const uncertain: UncertainFactor[] = [];
  for (const factor of ctx.model.factors) {
    const value = ctx.situation[factor.id];
    if (factor.kind !== 'number' || !isValueRange(value)) continue;
    const grid = gridOf(factor as NumberFactor);
    const sweep = await sweepFactor(ctx, factor, ctx.resolved, grid.floor(value.min), grid.ceil(value.max));
    uncertain.push({
      factorId: factor.id,
      min: value.min,
      max: value.max,
      holds: sweep.thresholds.length === 0,
      segments: sweep.segments,
      exact: sweep.exact,
    });
  }
  return {
    ranking,
    best,
    runnerUp: second?.optionId ?? null,
    margin,
    situation: ctx.resolved,
    weights: ctx.shares,
    uncertain,
    holds: uncertain.every((u) => u.holds),
  };
}

/**
 * Ranks every option for a situation and weights: best first, with each
 * criterion's contribution to the score. Ties (equal to 1e-9) go to the
 * option listed first in the model. Number factors given as a range are
 * ranked at their middle, and the result says whether the advice holds
 * across the range. Never rejects: failures come back in `error`.
 */
export async function rank(
  model: AdviceModel,
  situation: Situation,
  weights?: Weights | null,
  options: EngineOptions = {},
): Promise<RankResult> {
  return settle(async () => {
    const ctx = prepare(model, situation, weights, options);
    if (ctx instanceof AdviceError) return emptyRank(ctx);
    const result = await guarded(() => rankIn(ctx));
    return result instanceof AdviceError ? emptyRank(result, ctx.shares) : result;
  }, emptyRank);
}
