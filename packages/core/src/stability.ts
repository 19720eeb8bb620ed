import { type EngineOptions, guarded, prepare, settle } from './context.js';
import { AdviceError } from './errors.js';
import type { AdviceModel, Situation, Weights } from './model.js';
import { bestOf, completeWeights, type RankedOption, rankAssessments } from './score.js';

/**
 * How far one criterion's weight can move, the others keeping their
 * proportions, before another option becomes best. Shares are fractions of
 * the total weight (0–1); `weightFrom`/`weightTo` are the same bounds on the
 * person's own weight scale, the other weights staying as they are.
 */
export interface WeightInterval {
  readonly criterionId: string;
  /** The criterion's current share of the total weight. */
  readonly current: number;
  /** Lowest share at which the advice stays the same. */
  readonly from: number;
  /** Highest share at which the advice stays the same. */
  readonly to: number;
  /** The option that becomes best below `from`; null when `from` is 0 and nothing takes over. */
  readonly below: string | null;
  /** The option that becomes best above `to`; null when `to` is 1 and nothing takes over. */
  readonly above: string | null;
  /** `from` on the person's weight scale. */
  readonly weightFrom: number;
  /** `to` on the person's weight scale; null when no weight, however high, changes the advice. */
  readonly weightTo: number | null;
}

export interface WeightStabilityResult {
  readonly best: string | null;
  /** One interval per criterion, in the model's order. Empty when no option is open. */
  readonly criteria: readonly WeightInterval[];
  readonly error?: AdviceError;
}

/**
 * The scores are linear in the weights, so each bound is where the best
 * option's score line meets another's: t* = Δb / (Δb − Δa), with Δa the
 * difference in this criterion's utility and Δb in the others' weighted mean.
 */
export function intervalsFor(
  ranking: readonly RankedOption[],
  shares: Readonly<Record<string, number>>,
  rawWeights: Readonly<Record<string, number>>,
  criteriaIds: readonly string[],
): WeightInterval[] {
  const eligible = ranking.filter((r) => r.eligible);
  const best = eligible[0];
  if (!best) return [];
  const order = new Map(ranking.map((r, i) => [r.optionId, i]));
  return criteriaIds.map((cid) => {
    const current = shares[cid] ?? 0;
    const others = criteriaIds.filter((id) => id !== cid);
    const rest = 1 - current;
    // The others' weighted mean utility; equal shares when they all weigh 0.
    const mean = (r: RankedOption) =>
      others.length === 0
        ? 0
        : rest > 1e-12
          ? others.reduce((s, id) => s + (shares[id] ?? 0) * (r.utilities[id] ?? 0), 0) / rest
          : others.reduce((s, id) => s + (r.utilities[id] ?? 0), 0) / others.length;
    const aBest = best.utilities[cid] ?? 0;
    const bBest = mean(best);
    let from = 0;
    let to = 1;
    let below: string | null = null;
    let above: string | null = null;
    let belowSteep = 0;
    let aboveSteep = 0;
    for (const o of eligible) {
      if (o === best || others.length === 0) continue;
      const da = aBest - (o.utilities[cid] ?? 0);
      const db = bBest - mean(o);
      if (Math.abs(da - db) < 1e-15) continue; // parallel: the order never changes
      const t = db / (db - da);
      // When several lines cross best's at the same bound, the steepest one is on top beyond it;
      // equally steep lines there are the same line, so the ranking's order decides.
      const steep = Math.abs(da - db);
      const wins = (x: string | null, xSteep: number) =>
        x === null || steep > xSteep + 1e-12 || (Math.abs(steep - xSteep) <= 1e-12 && (order.get(o.optionId) ?? 0) < (order.get(x) ?? 0));
      if (da > db) {
        // best's lead grows with this weight: o takes over below t
        if (t > from + 1e-12 || (Math.abs(t - from) <= 1e-12 && t > 0 && wins(below, belowSteep))) {
          from = t;
          below = o.optionId;
          belowSteep = steep;
        }
      } else if (t < to - 1e-12 || (Math.abs(t - to) <= 1e-12 && t < 1 && wins(above, aboveSteep))) {
        to = t;
        above = o.optionId;
        aboveSteep = steep;
      }
    }
    from = Math.min(Math.max(from, 0), current);
    to = Math.max(Math.min(to, 1), current);
    if (from <= 0) below = null;
    if (to >= 1) above = null;
    const restWeight = criteriaIds.reduce((s, id) => (id === cid ? s : s + (rawWeights[id] ?? 0)), 0);
    const toRaw = (share: number) => {
      if (share >= 1) return null;
      if (share <= 0) return 0; // not 0 × Infinity when the other weights overflow
      const weight = (share * restWeight) / (1 - share);
      return Number.isFinite(weight) ? weight : Number.MAX_VALUE;
    };
    return {
      criterionId: cid,
      current,
      from,
      to,
      below,
      above,
      weightFrom: toRaw(from) ?? 0,
      weightTo: restWeight === 0 ? null : toRaw(to),
    };
  });
}

/**
 * Per criterion, the interval its weight can move in (the others rescaled
 * proportionally) before the best option changes, and which option takes
 * over at each end. Closed form: no sampling, one model evaluation.
 */
export async function weightStability(
  model: AdviceModel,
  situation: Situation,
  weights?: Weights | null,
  options: EngineOptions = {},
): Promise<WeightStabilityResult> {
  const empty = (error: AdviceError): WeightStabilityResult => ({ best: null, criteria: [], error });
  return settle(async () => {
    const ctx = prepare(model, situation, weights, options);
    if (ctx instanceof AdviceError) return empty(ctx);
    const result = await guarded(async () => {
      const [assessments] = await ctx.assess([ctx.resolved]);
      const ranking = rankAssessments(model, assessments as NonNullable<typeof assessments>, ctx.shares);
      const raw = completeWeights(model, weights);
      return {
        best: bestOf(ranking),
        criteria: intervalsFor(
          ranking,
          ctx.shares,
          raw,
          model.criteria.map((c) => c.id),
        ),
      };
    });
    return result instanceof AdviceError ? empty(result) : result;
  }, empty);
}
