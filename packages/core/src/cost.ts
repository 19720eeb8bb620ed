/**
 * Money: what the advice costs next to the cheapest open option, what each
 * other option would cost instead ("why not X?"), what the person's weights
 * are worth in money, and why the advice changes at a tipping point (a price
 * crossing or the person's weights). Data only; the elements word it.
 */
import type { AdviceModel, Assessments, CostPeriod, Criterion } from './model.js';
import type { RankedOption } from './score.js';
import type { WeightInterval } from './stability.js';

/** Costs closer than this (in the cost's unit) are the same price. */
export const COST_TOLERANCE = 1e-6;

/** How many of a period go in a year. */
const PER_YEAR: Readonly<Record<CostPeriod, number>> = { week: 52, month: 12, year: 1 };

/** The model's primary cost criterion, if it marks one. */
export function costCriterion(model: AdviceModel): Criterion | undefined {
  return model.criteria.find((c) => c.primaryCost === true);
}

/**
 * The weights of "as cheap as possible": the cost counts, nothing else does.
 * Ranking then gives the cheapest open option for every situation, and of
 * options that cost the same the one the other criteria (with the model's
 * default weights) prefer: the tie rule of the ranking. Null when the model
 * marks no primary cost. Shares 100 % and 0 %: they add up exactly.
 */
export function cheapestWeights(model: AdviceModel): Record<string, number> | null {
  const cost = costCriterion(model);
  if (!cost) return null;
  return Object.fromEntries(model.criteria.map((c) => [c.id, c === cost ? 100 : 0]));
}

/** A difference per period as a difference per year; null when the period is not known or is a year already. */
function perYear(criterion: Criterion, difference: number): number | null {
  const period = criterion.costPeriod;
  return period === undefined || period === 'year' ? null : difference * PER_YEAR[period];
}

/** One other open option next to the advice, in money: the answer to "why not X?". */
export interface OptionCost {
  readonly optionId: string;
  readonly cost: number;
  /** This option's cost minus the advice's: negative when it is cheaper. */
  readonly difference: number;
  /** The same over a year, when the cost is per week or month. */
  readonly differencePerYear: number | null;
  /** 'cheaper', 'dearer' or 'same' (within {@link COST_TOLERANCE}). */
  readonly compared: 'cheaper' | 'dearer' | 'same';
}

export interface CostComparison {
  readonly criterionId: string;
  readonly period: CostPeriod | null;
  /** The advised option and its cost. */
  readonly best: string;
  readonly bestCost: number;
  /** The cheapest open option (of equal costs, the one ranked highest) and its cost. */
  readonly cheapest: string;
  readonly cheapestCost: number;
  /** True when no open option is cheaper than the advice. */
  readonly bestIsCheapest: boolean;
  /** What the advice costs more than the cheapest option (0 when it is the cheapest). */
  readonly difference: number;
  /** The same over a year, when the cost is per week or month. */
  readonly differencePerYear: number | null;
  /** Every other open option, in ranking order. */
  readonly others: readonly OptionCost[];
}

/**
 * Best against cheapest for a ranking: which open option is cheapest, what the
 * advice costs more, and for every other open option its cost next to the
 * advice. Null when the model marks no primary cost or no option is open.
 */
export function compareCosts(model: AdviceModel, ranking: readonly RankedOption[]): CostComparison | null {
  const criterion = costCriterion(model);
  if (!criterion) return null;
  const open = ranking.filter((r) => r.eligible && Number.isFinite(r.values[criterion.id]));
  const best = open[0];
  if (!best || ranking[0] !== best) return null;
  const costOf = (r: RankedOption) => r.values[criterion.id] as number;
  const bestCost = costOf(best);
  let cheapest = best;
  for (const r of open) if (costOf(r) < costOf(cheapest) - COST_TOLERANCE) cheapest = r;
  const difference = bestCost - costOf(cheapest);
  return {
    criterionId: criterion.id,
    period: criterion.costPeriod ?? null,
    best: best.optionId,
    bestCost,
    cheapest: cheapest.optionId,
    cheapestCost: costOf(cheapest),
    bestIsCheapest: cheapest === best,
    difference,
    differencePerYear: perYear(criterion, difference),
    others: open.slice(1).map((r) => {
      const d = costOf(r) - bestCost;
      return {
        optionId: r.optionId,
        cost: costOf(r),
        difference: d,
        differencePerYear: perYear(criterion, d),
        compared: d < -COST_TOLERANCE ? 'cheaper' : d > COST_TOLERANCE ? 'dearer' : 'same',
      };
    }),
  };
}

/** A criterion's weight in money. */
export interface CriterionWorth {
  readonly criterionId: string;
  /**
   * What the whole span of the criterion (from its worst to its best end) is
   * worth to the person, in the cost's unit per period: how much more they
   * would pay for the best end. Null when the cost weighs nothing.
   */
  readonly worth: number | null;
  /** The same for one unit of the criterion. */
  readonly perUnit: number | null;
  /** The stability interval in money: the advice stays while the worth lies between these. Null `to`: any amount. */
  readonly from: number | null;
  readonly to: number | null;
}

/**
 * Every criterion but the cost, its weight in money. Scores are
 * `Σ share_c · u_c` with `u_cost = (max − cost) / span_cost`, so one unit of
 * utility of criterion c trades against `share_c / share_cost · span_cost` of
 * money: that is what c's whole span is worth. The stability interval of c's
 * weight (the others fixed) maps the same way, from raw weights:
 * `weight_c / weight_cost · span_cost`. Empty when the model has no cost.
 */
export function weightWorth(
  model: AdviceModel,
  rawWeights: Readonly<Record<string, number>>,
  intervals: readonly WeightInterval[] = [],
): CriterionWorth[] {
  const cost = costCriterion(model);
  if (!cost) return [];
  const costWeight = rawWeights[cost.id] ?? 0;
  const span = cost.range.max - cost.range.min;
  const money = (weight: number | null): number | null =>
    weight === null || costWeight <= 0 || !Number.isFinite(weight) ? null : (weight / costWeight) * span;
  return model.criteria
    .filter((c) => c !== cost)
    .map((c) => {
      const worth = money(rawWeights[c.id] ?? 0);
      const interval = intervals.find((i) => i.criterionId === c.id);
      return {
        criterionId: c.id,
        worth,
        perUnit: worth === null ? null : worth / (c.range.max - c.range.min),
        from: interval ? money(interval.weightFrom) : null,
        to: interval ? money(interval.weightTo) : null,
      };
    });
}

/**
 * Why the advice changes between two neighbouring situations:
 * - `price`: the two options' costs cross there (the new advice was not
 *   cheaper on the old side, and is cheaper on the new side);
 * - `eligibility`: one of them is not open on the other side;
 * - `weights`: the price order did not change; the person's weights decide.
 */
export type ChangeReason = 'price' | 'weights' | 'eligibility';

/**
 * The reason for a change from option `from` (best at `before`) to `to`
 * (best at `after`). Undefined when the model has no primary cost.
 */
export function changeReason(
  model: AdviceModel,
  before: Assessments | undefined,
  after: Assessments | undefined,
  from: string | null,
  to: string | null,
): ChangeReason | undefined {
  const criterion = costCriterion(model);
  if (!criterion || !before || !after) return undefined;
  if (from === null || to === null || after[from]?.eligible !== true || before[to]?.eligible !== true) return 'eligibility';
  const cost = (a: Assessments, id: string) => a[id]?.values[criterion.id];
  const b = [cost(before, to), cost(before, from)];
  const a = [cost(after, to), cost(after, from)];
  if (![...a, ...b].every((x) => typeof x === 'number' && Number.isFinite(x))) return 'weights';
  const notCheaperBefore = (b[0] as number) >= (b[1] as number) - COST_TOLERANCE;
  const cheaperAfter = (a[0] as number) < (a[1] as number) - COST_TOLERANCE;
  return notCheaperBefore && cheaperAfter ? 'price' : 'weights';
}
