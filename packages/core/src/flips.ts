import { type EngineOptions, guarded, prepare, readOptions, settle } from './context.js';
import type { ChangeReason } from './cost.js';
import { AdviceError } from './errors.js';
import { gridOf } from './grid.js';
import type { AdviceModel, FactorValue, Situation, Weights } from './model.js';
import { alternativesOf, sweepFactor, withReasons } from './tipping.js';

/** One change of one factor that changes the advice. */
export interface Flip {
  readonly factorId: string;
  /** The person's value now. */
  readonly from: FactorValue;
  /** The nearest value at which `best` takes over. */
  readonly to: FactorValue;
  /** The option that is best at `to`, or null when none is open there. */
  readonly best: string | null;
  /** `increase`/`decrease` for number factors, `change` for choice and boolean factors. */
  readonly direction: 'increase' | 'decrease' | 'change';
  /** Size of the change relative to the factor's range (0–1); 1 for a choice or boolean change. */
  readonly distance: number;
  /** Number factors: the option that is best just before `to` (the one `best` takes over from). */
  readonly versus?: string | null;
  /** Number factors, for a model with a primary cost: why the advice changes at `to` (see {@link ChangeReason}). */
  readonly reason?: ChangeReason;
}

export interface NearestFlipsOptions extends EngineOptions {
  /** Factors the person cannot change (their age, say): never suggested. */
  readonly locked?: readonly string[];
  /** At most this many flips, nearest first. Default: all. */
  readonly limit?: number;
}

export interface NearestFlipsResult {
  readonly best: string | null;
  /** Nearest first; ties in the model's factor order, increase before decrease. */
  readonly flips: readonly Flip[];
  readonly error?: AdviceError;
}

/**
 * The smallest single-factor changes that change the best option: for each
 * explorable, changeable, unlocked number factor the nearest change up and down, and for
 * choice and boolean factors every value that gives other advice. The
 * "decisive factors" behind the advice.
 */
export async function nearestFlips(
  model: AdviceModel,
  situation: Situation,
  weights?: Weights | null,
  options: NearestFlipsOptions = {},
): Promise<NearestFlipsResult> {
  const empty = (error: AdviceError): NearestFlipsResult => ({ best: null, flips: [], error });
  return settle(async () => {
    const read = readOptions(options);
    const ctx = prepare(model, situation, weights, read);
    if (ctx instanceof AdviceError) return empty(ctx);
    // Untyped callers may pass anything: only a list of strings locks factors.
    const locked = new Set(Array.isArray(read.locked) ? read.locked.filter((id) => typeof id === 'string') : []);
    const limit = typeof read.limit === 'number' && !Number.isNaN(read.limit) ? Math.max(0, Math.floor(read.limit)) : undefined;
    const result = await guarded(async () => {
      const [own] = await ctx.assess([ctx.resolved]);
      const best = ctx.best(own as NonNullable<typeof own>);
      // Facts a person cannot change (age, residence) are no way to change the advice.
      const factors = model.factors.filter((f) => f.explorable !== false && f.changeable !== false && !locked.has(f.id));
      const perFactor = await Promise.all(
        factors.map(async (factor, order): Promise<(Flip & { order: number })[]> => {
          const from = ctx.resolved[factor.id] as FactorValue;
          if (factor.kind !== 'number') {
            const alternatives = await alternativesOf(ctx, factor, ctx.resolved);
            return alternatives
              .filter((a) => !a.current && a.best !== best)
              .map((a) => ({ factorId: factor.id, from, to: a.value, best: a.best, direction: 'change', distance: 1, order }));
          }
          const grid = gridOf(factor);
          const { segments, thresholds } = await sweepFactor(ctx, factor, ctx.resolved, 0, grid.last);
          const explained = await withReasons(ctx, factor, ctx.resolved, thresholds);
          const why = (at: number) => {
            const t = explained.find((x) => x.at === at);
            return t ? { versus: t.from, ...(t.reason ? { reason: t.reason } : {}) } : {};
          };
          const whyDown = (at: number) => {
            const t = explained.find((x) => x.at === grid.value(grid.nearest(at) + 1));
            // Going down, the change is the same threshold seen from the other side.
            return t ? { versus: t.to, ...(t.reason ? { reason: t.reason } : {}) } : {};
          };
          const value = grid.value(grid.nearest(from as number));
          let here = segments.findIndex((s) => value >= s.from && value <= s.to);
          if (here < 0)
            here = Math.max(
              0,
              segments.findLastIndex((s) => s.from <= value),
            );
          const span = factor.max - factor.min;
          const flips: (Flip & { order: number })[] = [];
          const up = segments[here + 1];
          if (up) {
            flips.push({
              factorId: factor.id,
              from,
              to: up.from,
              best: up.best,
              direction: 'increase',
              distance: Math.max(0, (up.from - (from as number)) / span),
              ...why(up.from),
              order,
            });
          }
          const down = here > 0 ? segments[here - 1] : undefined;
          if (down) {
            flips.push({
              factorId: factor.id,
              from,
              to: down.to,
              best: down.best,
              direction: 'decrease',
              distance: Math.max(0, ((from as number) - down.to) / span),
              ...whyDown(down.to),
              order,
            });
          }
          return flips;
        }),
      );
      const flips = perFactor
        .flat()
        .sort((a, b) => a.distance - b.distance || a.order - b.order || (a.direction === 'increase' ? -1 : 1))
        .map(({ order: _order, ...flip }) => flip);
      return { best, flips: limit === undefined ? flips : flips.slice(0, limit) };
    });
    return result instanceof AdviceError ? empty(result) : result;
  }, empty);
}
