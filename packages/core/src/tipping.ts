import { type Context, type EngineOptions, guarded, prepare, readOptions, settle } from './context.js';
import { type ChangeReason, changeReason, costCriterion } from './cost.js';
import { AdviceError, describeCause } from './errors.js';
import { type EvaluationStats, isThenable, withTimeout } from './evaluate.js';
import { gridOf } from './grid.js';
import type { AdviceModel, Factor, FactorValue, NumberFactor, ResolvedSituation, Situation, Weights } from './model.js';

/** A stretch of a number factor's grid with one best option; `from` and `to` are both on the grid and included. */
export interface Segment {
  readonly from: number;
  readonly to: number;
  /** The best option there, or null where no option is open. */
  readonly best: string | null;
}

/** Where the best option changes: at `at` (on the grid) `to` is best, one step below `from` was. */
export interface Threshold {
  readonly at: number;
  readonly from: string | null;
  readonly to: string | null;
  /**
   * Why, when the model has a primary cost: `price` when the two options'
   * costs cross in this step, `weights` when the person's weights decide,
   * `eligibility` when one of them opens or closes here.
   */
  readonly reason?: ChangeReason;
}

/** For choice and boolean factors: the best option for each value. */
export interface Alternative {
  readonly value: FactorValue;
  readonly best: string | null;
  /** Whether this is the person's own value. */
  readonly current: boolean;
}

export interface TippingPointsResult {
  readonly factorId: string;
  readonly kind: Factor['kind'] | null;
  /** The person's value of the factor (the middle of an uncertain range). */
  readonly value: FactorValue | null;
  /** The best option at the person's value. */
  readonly best: string | null;
  /** Number factors: the whole range [min, max] split where the best option changes. Empty otherwise. */
  readonly segments: readonly Segment[];
  readonly thresholds: readonly Threshold[];
  /** Choice and boolean factors: the best option per value. Empty for number factors. */
  readonly alternatives: readonly Alternative[];
  /**
   * True when the result is exact at the factor's step: the model gave its
   * breakpoints, or every step was evaluated. Otherwise the search assumed the
   * best option does not change and change back between two samples.
   */
  readonly exact: boolean;
  readonly stats: EvaluationStats;
  readonly error?: AdviceError;
}

export interface TippingPointsOptions extends EngineOptions {
  /**
   * Evenly spaced samples taken before bisecting, when the model gives no
   * breakpoints. Default 65. More samples find changes that come and go
   * within a short stretch; the work grows with it.
   */
  readonly samples?: number;
}

const DEFAULT_SAMPLES = 65;
/** Most samples a sweep takes, whatever is asked: bounds the work of one call. */
export const MAX_SAMPLES = 2000;
/**
 * Most situations one sweep evaluates while bisecting. A model whose best
 * option changes at nearly every step of a long grid stops here; the result
 * then says `exact: false`.
 */
export const MAX_SWEEP_EVALUATIONS = 20_000;

/** A sample count: NaN or a non-number gives the default; clamped to [2, MAX_SAMPLES]. */
export function sampleCount(requested: unknown, fallback = DEFAULT_SAMPLES): number {
  const n = typeof requested === 'number' && !Number.isNaN(requested) ? Math.floor(requested) : fallback;
  return Math.min(MAX_SAMPLES, Math.max(2, n));
}

export interface SweepResult {
  readonly segments: Segment[];
  readonly thresholds: Threshold[];
  readonly exact: boolean;
}

async function breakpointIndices(ctx: Context, factor: NumberFactor, base: ResolvedSituation): Promise<number[] | null> {
  const model = ctx.model;
  if (!model.breakpoints) return null;
  let raw: unknown;
  try {
    const answer = model.breakpoints(factor.id, base);
    raw = isThenable(answer) ? await withTimeout(answer, ctx.options) : answer;
  } catch (error) {
    if (error instanceof AdviceError && error.code === 'aborted') throw error;
    return null; // a failing or slow hint only costs exactness: fall back to sampling
  }
  // Breakpoints that are not a list of finite numbers, or too many to use, only cost exactness: sample instead.
  if (!Array.isArray(raw) || raw.length > MAX_SWEEP_EVALUATIONS / 3) return null;
  let list: unknown[];
  try {
    list = Array.from(raw);
  } catch {
    return null;
  }
  if (!list.every((b) => typeof b === 'number' && Number.isFinite(b))) return null;
  const grid = gridOf(factor);
  const indices: number[] = [];
  for (const b of list as number[]) {
    if (b < factor.min - factor.step || b > factor.max + factor.step) continue;
    const below = grid.floor(b);
    const above = grid.ceil(b);
    // A breakpoint on the grid may belong to either piece (`x >= b` or `x > b`, a jump at b):
    // its neighbours are needed too, so that each stretch between known points is one linear piece.
    if (below === above) indices.push(below - 1, below, below + 1);
    else indices.push(below, above);
  }
  return indices;
}

/**
 * Splits the grid indices [lo, hi] of a number factor into stretches with one
 * best option.
 *
 * First the model's breakpoints (or evenly spaced samples) are evaluated, all
 * in one batch. Between two breakpoints every criterion value is linear in
 * the factor, so every score is linear: if the same option is best at both
 * ends of a stretch, no other line can rise above it in between. Where the
 * best option differs, the stretch is bisected — every such stretch at once,
 * one batch a round — until the change is pinned to one step.
 */
export async function sweepFactor(
  ctx: Context,
  factor: NumberFactor,
  base: ResolvedSituation,
  lo: number,
  hi: number,
  requested = DEFAULT_SAMPLES,
): Promise<SweepResult> {
  // NaN (or a non-number from untyped callers) would make every comparison false: only the two ends were sampled.
  const samples = sampleCount(requested);
  const grid = gridOf(factor);
  const best = new Map<number, string | null>();
  const evaluate = async (indices: Iterable<number>) => {
    const todo = [...new Set(indices)].filter((i) => !best.has(i));
    if (todo.length === 0) return;
    const situations = todo.map((i) => ({ ...base, [factor.id]: grid.value(i) }));
    const answers = await ctx.assess(situations);
    for (const [k, i] of todo.entries()) best.set(i, ctx.best(answers[k] as NonNullable<(typeof answers)[number]>));
  };

  const initial = new Set<number>([lo, hi]);
  const hints = await breakpointIndices(ctx, factor, base);
  let exact = hints !== null || hi - lo + 1 <= samples;
  if (hints) {
    for (const i of hints) if (i >= lo && i <= hi) initial.add(i);
  } else {
    const count = Math.min(hi - lo + 1, samples);
    for (let k = 0; k < count; k++) initial.add(lo + Math.round((k * (hi - lo)) / (count - 1)));
  }
  await evaluate(initial);

  for (;;) {
    const known = [...best.keys()].sort((a, b) => a - b);
    const mids: number[] = [];
    for (let k = 1; k < known.length; k++) {
      const p = known[k - 1] as number;
      const q = known[k] as number;
      if (q - p > 1 && best.get(p) !== best.get(q)) mids.push(Math.floor((p + q) / 2));
    }
    if (mids.length === 0) break;
    if (best.size + mids.length > MAX_SWEEP_EVALUATIONS) {
      // Too many changes to pin down: each unresolved change is reported at the first known point after it.
      exact = false;
      break;
    }
    await evaluate(mids);
  }

  const known = [...best.keys()].sort((a, b) => a - b);
  const segments: Segment[] = [];
  const thresholds: Threshold[] = [];
  let start = lo;
  for (let k = 1; k < known.length; k++) {
    const p = known[k - 1] as number;
    const q = known[k] as number;
    const from = best.get(p) ?? null;
    const to = best.get(q) ?? null;
    if (from !== to) {
      thresholds.push({ at: grid.value(q), from, to });
      segments.push({ from: grid.value(start), to: grid.value(p), best: from });
      start = q;
    }
  }
  segments.push({ from: grid.value(start), to: grid.value(hi), best: best.get(hi) ?? null });
  if (known.length === hi - lo + 1) exact = true;
  else if (!pinned(known, best)) exact = false;
  return { segments, thresholds, exact };
}

/** Whether every change of best option between known points lies between neighbouring grid indices. */
function pinned(known: readonly number[], best: ReadonlyMap<number, string | null>): boolean {
  for (let k = 1; k < known.length; k++) {
    const p = known[k - 1] as number;
    const q = known[k] as number;
    if (q - p > 1 && best.get(p) !== best.get(q)) return false;
  }
  return true;
}

/**
 * The reason for each threshold (a price crossing, the weights, or an option
 * opening or closing), from the assessments one step apart around it.
 */
export async function withReasons(
  ctx: Context,
  factor: NumberFactor,
  base: ResolvedSituation,
  thresholds: readonly Threshold[],
): Promise<Threshold[]> {
  if (!costCriterion(ctx.model) || thresholds.length === 0) return [...thresholds];
  const grid = gridOf(factor);
  const situations = thresholds.flatMap((t) => {
    const i = grid.nearest(t.at);
    return [
      { ...base, [factor.id]: grid.value(i - 1) },
      { ...base, [factor.id]: t.at },
    ];
  });
  const answers = await ctx.assess(situations);
  return thresholds.map((t, k) => {
    const reason = changeReason(ctx.model, answers[2 * k], answers[2 * k + 1], t.from, t.to);
    return reason === undefined ? t : { ...t, reason };
  });
}

/** The best option for each value of a choice or boolean factor. */
export async function alternativesOf(ctx: Context, factor: Factor, base: ResolvedSituation): Promise<Alternative[]> {
  const values: FactorValue[] =
    factor.kind === 'boolean' ? [false, true] : factor.kind === 'choice' ? factor.choices.map((c) => c.value) : [];
  const answers = await ctx.assess(values.map((v) => ({ ...base, [factor.id]: v })));
  return values.map((value, i) => ({
    value,
    best: ctx.best(answers[i] as NonNullable<(typeof answers)[number]>),
    current: base[factor.id] === value,
  }));
}

function emptyResult(factorId: string, stats: EvaluationStats, error: AdviceError): TippingPointsResult {
  return { factorId, kind: null, value: null, best: null, segments: [], thresholds: [], alternatives: [], exact: false, stats, error };
}

/** Tipping points of one factor, from a prepared context. */
export async function tippingPointsIn(ctx: Context, factor: Factor, samples?: number): Promise<TippingPointsResult> {
  const stats = ctx.options.stats ?? { evaluations: 0, batches: 0 };
  const [own] = await ctx.assess([ctx.resolved]);
  const best = ctx.best(own as NonNullable<typeof own>);
  const value = ctx.resolved[factor.id] ?? null;
  if (factor.kind === 'number') {
    const grid = gridOf(factor);
    const sweep = await sweepFactor(ctx, factor, ctx.resolved, 0, grid.last, samples);
    const thresholds = await withReasons(ctx, factor, ctx.resolved, sweep.thresholds);
    return { factorId: factor.id, kind: factor.kind, value, best, ...sweep, thresholds, alternatives: [], stats };
  }
  const alternatives = await alternativesOf(ctx, factor, ctx.resolved);
  return { factorId: factor.id, kind: factor.kind, value, best, segments: [], thresholds: [], alternatives, exact: true, stats };
}

/**
 * Where the advice changes along one factor, the other factors and the
 * weights staying as they are. For a number factor: its whole range split
 * into segments with one best option, and the thresholds between them, exact
 * at the factor's step. For a choice or boolean factor: the best option for
 * each value. Never rejects: failures come back in `error`.
 */
export async function tippingPoints(
  model: AdviceModel,
  situation: Situation,
  weights: Weights | undefined | null,
  factorId: string,
  options: TippingPointsOptions = {},
): Promise<TippingPointsResult> {
  let stats: EvaluationStats = { evaluations: 0, batches: 0 };
  return settle(
    async () => {
      const read = readOptions(options);
      stats = read.stats ?? stats;
      const ctx = prepare(model, situation, weights, { ...read, stats });
      if (ctx instanceof AdviceError) return emptyResult(factorId, stats, ctx);
      const factor = model.factors.find((f) => f.id === factorId);
      if (!factor) {
        return emptyResult(factorId, stats, new AdviceError('unknown-factor', `The model has no factor "${describeCause(factorId)}".`));
      }
      const result = await guarded(() => tippingPointsIn(ctx, factor, read.samples));
      return result instanceof AdviceError ? emptyResult(factorId, stats, result) : result;
    },
    (error) => emptyResult(factorId, stats, error),
  );
}
