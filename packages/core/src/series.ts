import { type EngineOptions, guarded, prepare, readOptions, settle } from './context.js';
import { AdviceError, describeCause } from './errors.js';
import { gridOf } from './grid.js';
import type { AdviceModel, Situation, Weights } from './model.js';
import { bestOf, type RankedOption, rankAssessments } from './score.js';
import { sampleCount, type TippingPointsResult, tippingPointsIn } from './tipping.js';

/** The ranking at one value of the factor. */
export interface SeriesPoint {
  readonly value: number;
  readonly best: string | null;
  /** Every option with its criterion values (null score when not eligible), as `rank` gives them. */
  readonly ranking: readonly RankedOption[];
}

export interface FactorSeriesResult {
  readonly factorId: string;
  /** Ascending values of the factor, each with its ranking. */
  readonly points: readonly SeriesPoint[];
  /** The factor's tipping points, so a chart can mark where the advice changes. */
  readonly tipping: TippingPointsResult | null;
  readonly error?: AdviceError;
}

export interface FactorSeriesOptions extends EngineOptions {
  /** Most points: every step when the grid has no more; else evenly spaced plus both sides of every threshold. Default 200. */
  readonly points?: number;
}

/**
 * How every option's criterion values run across a number factor's range —
 * the data behind a chart — the other factors and weights as in the
 * situation (uncertain answers at their middle). Thresholds first, then every
 * point in one batch: a remote model needs one extra round trip.
 */
export async function factorSeries(
  model: AdviceModel,
  situation: Situation,
  weights: Weights | undefined | null,
  factorId: string,
  options: FactorSeriesOptions = {},
): Promise<FactorSeriesResult> {
  const empty = (error: AdviceError): FactorSeriesResult => ({ factorId, points: [], tipping: null, error });
  return settle(async () => {
    const read = readOptions(options);
    const ctx = prepare(model, situation, weights, read);
    if (ctx instanceof AdviceError) return empty(ctx);
    const factor = model.factors.find((f) => f.id === factorId);
    if (factor?.kind !== 'number') {
      return empty(new AdviceError('unknown-factor', `The model has no number factor "${describeCause(factorId)}".`));
    }
    // Capped like tipping-point samples: Infinity or NaN points would mean unbounded work.
    const max = sampleCount(read.points, 200);
    const result = await guarded(async () => {
      const tipping = await tippingPointsIn(ctx, factor, max);
      const grid = gridOf(factor);
      const indices = new Set<number>();
      if (grid.last + 1 <= max) {
        for (let i = 0; i <= grid.last; i++) indices.add(i);
      } else {
        for (let k = 0; k < max; k++) indices.add(Math.round((k * grid.last) / (max - 1)));
        for (const t of tipping.thresholds) {
          const i = grid.nearest(t.at);
          indices.add(i);
          if (i > 0) indices.add(i - 1);
        }
      }
      indices.add(grid.nearest(ctx.resolved[factor.id] as number));
      const values = [...indices].sort((a, b) => a - b).map((i) => grid.value(i));
      const answers = await ctx.assess(values.map((v) => ({ ...ctx.resolved, [factor.id]: v })));
      const points = values.map((value, i) => {
        const ranking = rankAssessments(model, answers[i] as NonNullable<(typeof answers)[number]>, ctx.shares);
        return { value, best: bestOf(ranking), ranking };
      });
      return { factorId, points, tipping };
    });
    return result instanceof AdviceError ? empty(result) : result;
  }, empty);
}
