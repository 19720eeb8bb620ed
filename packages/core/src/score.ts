import type { AdviceModel, Assessments, Criterion, Text, Weights } from './model.js';

/** One option in a ranking. */
export interface RankedOption {
  readonly optionId: string;
  readonly eligible: boolean;
  /** Why the option is not open to this person. */
  readonly reason?: Text;
  /** Weighted utility, between 0 and 1 for values inside each criterion's range. Null when not eligible. */
  readonly score: number | null;
  /** How much each criterion added to the score (they sum to `score`): the "why". */
  readonly contributions: Readonly<Record<string, number>>;
  /** Each criterion's utility: 1 at the best end of its range, 0 at the worst. */
  readonly utilities: Readonly<Record<string, number>>;
  /** The model's value per criterion, as given. */
  readonly values: Readonly<Record<string, number>>;
  readonly notes: readonly Text[];
}

/**
 * A criterion value as a utility: 0 at the worst end of the criterion's range,
 * 1 at the best end, linear in between and beyond. A ratio of differences, so
 * the criterion's unit (euros or cents) cancels out.
 */
export function utility(criterion: Criterion, value: number): number {
  const { min, max } = criterion.range;
  const u = criterion.direction === 'lower' ? (max - value) / (max - min) : (value - min) / (max - min);
  return u === 0 ? 0 : u;
}

/**
 * The person's weights as shares that sum to 1, in the model's criterion order.
 * Missing, negative or non-numeric weights take the criterion's default;
 * when every weight is 0, every criterion counts equally.
 */
export function weightShares(model: AdviceModel, weights?: Weights | null): Record<string, number> {
  const raw = model.criteria.map((c) => {
    const w = weights && Object.hasOwn(weights, c.id) ? weights[c.id] : undefined;
    return typeof w === 'number' && Number.isFinite(w) && w >= 0 ? w : c.defaultWeight;
  });
  // Weights near Number.MAX_VALUE overflow the sum to Infinity, which made every share 0: scale them down first.
  const scale = raw.reduce((a, b) => a + b, 0) === Number.POSITIVE_INFINITY ? Math.max(...raw) : 1;
  const total = raw.reduce((a, b) => a + b / scale, 0);
  const shares: Record<string, number> = {};
  model.criteria.forEach((c, i) => {
    shares[c.id] = total > 0 ? (raw[i] as number) / scale / total : 1 / model.criteria.length;
  });
  return shares;
}

/** The person's weights with defaults filled in, as given (not shares). */
export function completeWeights(model: AdviceModel, weights?: Weights | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of model.criteria) {
    const w = weights && Object.hasOwn(weights, c.id) ? weights[c.id] : undefined;
    out[c.id] = typeof w === 'number' && Number.isFinite(w) && w >= 0 ? w : c.defaultWeight;
  }
  return out;
}

const defaultSharesOf = new WeakMap<AdviceModel, Record<string, number>>();

/** The model's default weights as shares, computed once per model. */
function defaultShares(model: AdviceModel): Record<string, number> {
  let shares = defaultSharesOf.get(model);
  if (!shares) {
    shares = weightShares(model, null);
    defaultSharesOf.set(model, shares);
  }
  return shares;
}

/**
 * The key that decides between equal scores: the score with the model's
 * default weights, counting only the criteria the person gave no weight.
 * With only the cost weighed ("as cheap as possible"), options of equal cost
 * are then ranked by the other criteria as the model weighs them, instead of
 * by the model's order: a lexicographic rule with no special weights.
 */
function tieKey(model: AdviceModel, values: Readonly<Record<string, number>>, shares: Readonly<Record<string, number>>): number {
  const defaults = defaultShares(model);
  let score = 0;
  for (const c of model.criteria) {
    if ((shares[c.id] ?? 0) > 0) continue;
    score += (defaults[c.id] ?? 0) * utility(c, values[c.id] as number);
  }
  return scoreKey(score);
}

/** Scores are compared at this resolution, so that float noise never decides and ties stay transitive. */
const SCORE_RESOLUTION = 1e9;

/** The comparison key of a score: equal keys are a tie, broken by the model's option order. */
export function scoreKey(score: number): number {
  return Math.round(score * SCORE_RESOLUTION);
}

/**
 * Ranks the options of one assessment: eligible options by score, highest
 * first; ties (equal to 1e-9) by the criteria that weigh nothing, with the
 * model's default weights, then in the order the model lists its options;
 * ineligible options last, in model order.
 */
export function rankAssessments(model: AdviceModel, assessments: Assessments, shares: Readonly<Record<string, number>>): RankedOption[] {
  const ranked = model.options.map((option, index) => {
    const a = assessments[option.id];
    const eligible = a?.eligible === true;
    const utilities: Record<string, number> = {};
    const contributions: Record<string, number> = {};
    let score: number | null = null;
    if (a && eligible) {
      score = 0;
      for (const c of model.criteria) {
        const u = utility(c, a.values[c.id] as number);
        const contribution = (shares[c.id] ?? 0) * u;
        utilities[c.id] = u;
        contributions[c.id] = contribution === 0 ? 0 : contribution;
        score += contribution;
      }
    }
    const entry: RankedOption = {
      optionId: option.id,
      eligible,
      ...(eligible || a?.reason === undefined ? {} : { reason: a.reason }),
      score,
      contributions,
      utilities,
      values: a?.values ?? {},
      notes: a?.notes ?? [],
    };
    const key = score === null ? Number.NEGATIVE_INFINITY : scoreKey(score);
    return { entry, index, key, tie: score === null ? 0 : tieKey(model, entry.values, shares) };
  });
  ranked.sort((x, y) => {
    if (x.entry.eligible !== y.entry.eligible) return x.entry.eligible ? -1 : 1;
    if (x.key !== y.key) return y.key - x.key;
    if (x.tie !== y.tie) return y.tie - x.tie;
    return x.index - y.index;
  });
  return ranked.map((r) => r.entry);
}

/** The best eligible option of a ranking, or null. */
export function bestOf(ranking: readonly RankedOption[]): string | null {
  const first = ranking[0];
  return first?.eligible ? first.optionId : null;
}

/** Only the best option id for one assessment: the hot path of tipping-point searches. */
export function bestFor(model: AdviceModel, assessments: Assessments, shares: Readonly<Record<string, number>>): string | null {
  let best: string | null = null;
  let bestKey = Number.NEGATIVE_INFINITY;
  let bestValues: Readonly<Record<string, number>> = {};
  for (const option of model.options) {
    const a = assessments[option.id];
    if (!a?.eligible) continue;
    let score = 0;
    for (const c of model.criteria) score += (shares[c.id] ?? 0) * utility(c, a.values[c.id] as number);
    const key = scoreKey(score);
    if (best !== null && key < bestKey) continue;
    if (best !== null && key === bestKey) {
      // A tie: compare by the criteria that weigh nothing (rare, so computed only here).
      if (tieKey(model, a.values, shares) <= tieKey(model, bestValues, shares)) continue;
    }
    best = option.id;
    bestKey = key;
    bestValues = a.values;
  }
  return best;
}
