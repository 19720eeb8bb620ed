/**
 * The part of the chart that matters around the person's answer: a stretch
 * of the factor around it, and the values of the options that are in the
 * running there. No DOM, no Chart.js: it only reads the core's series.
 */
import { gridOf, type NumberFactor } from '@advice-kit/core';
import type { ChartMark } from './marks.js';
import type { CriterionSeries } from './series.js';

export interface Bounds {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Half the stretch of the factor shown around the answer, as a share of its whole range. */
export const FOCUS_HALF_WIDTH = 0.15;
/** Room above and below the values, as a share of their span. */
const PADDING = 0.1;

/** A round step for about five ticks over `span`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/** The smallest and largest value of `options` at the points within [lo, hi]. */
function extent(series: CriterionSeries, options: ReadonlySet<string>, lo: number, hi: number): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const option of series.options) {
    if (!options.has(option.optionId)) continue;
    series.points.forEach((x, k) => {
      const v = option.values[k];
      if (v == null || x < lo || x > hi) return;
      min = Math.min(min, v);
      max = Math.max(max, v);
    });
  }
  return min <= max ? [min, max] : null;
}

/**
 * The bounds that show what matters around `value` (an uncertain answer's
 * range included): the factor within FOCUS_HALF_WIDTH of its range on either
 * side, and the values, near the answer, of the options in the running —
 * the advised option, the best on the chart's criterion, and the two sides of
 * every mark in that stretch — with some room, rounded to whole ticks.
 * Undefined when that would show (about) everything anyway.
 */
export function focusBounds(
  series: CriterionSeries,
  factor: NumberFactor,
  person: { readonly value: number; readonly range?: { readonly min: number; readonly max: number } },
  contenders: readonly (string | null)[],
  marks: readonly ChartMark[],
  full: Bounds,
  previous?: Bounds,
): Bounds | undefined {
  const grid = gridOf(factor);
  const half = Math.max(2 * factor.step, (factor.max - factor.min) * FOCUS_HALF_WIDTH);
  let lo = Math.min(person.value - half, person.range?.min ?? person.value);
  let hi = Math.max(person.value + half, person.range?.max ?? person.value);
  // Keep the width at the ends of the range.
  if (lo < factor.min) [lo, hi] = [factor.min, Math.min(factor.max, hi + factor.min - lo)];
  if (hi > factor.max) [lo, hi] = [Math.max(factor.min, lo - (hi - factor.max)), factor.max];
  const xMin = grid.value(grid.floor(lo));
  const xMax = grid.value(grid.ceil(hi));
  const running = new Set(contenders.filter((id): id is string => id !== null));
  for (const m of marks) {
    if (m.at < xMin || m.at > xMax) continue;
    if (m.from) running.add(m.from);
    if (m.to) running.add(m.to);
  }
  // The values near the answer: within half the stretch on either side.
  const near = extent(series, running, person.value - half / 2, person.value + half / 2) ?? extent(series, running, xMin, xMax);
  if (!near) return undefined;
  const span = near[1] - near[0] || Math.abs(near[0]) || 1;
  const step = niceStep(span * (1 + 2 * PADDING));
  let yMin = Math.floor((near[0] - span * PADDING) / step) * step;
  const yMax = Math.ceil((near[1] + span * PADDING) / step) * step;
  if (near[0] >= 0 && yMin < 0) yMin = 0;
  const shownShare = ((xMax - xMin) / (full.xMax - full.xMin || 1)) * ((yMax - yMin) / (full.yMax - full.yMin || 1));
  if (shownShare > 0.8) return undefined;
  const next = { xMin, xMax, yMin, yMax };
  return previous && stillShows(previous, next, factor, person, half, near) ? previous : next;
}

/**
 * Whether the stretch shown before still serves: the answer (and its range)
 * a quarter of the stretch away from its sides, or the side is the end of the
 * factor's range; the values near the answer inside it, and it not more than
 * twice as tall as they need. While a person drags a slider the axes then
 * stay where they are and only the marker moves: easier to follow than a
 * chart that shifts with every step, and no new layout of the chart.
 */
function stillShows(
  previous: Bounds,
  next: Bounds,
  factor: NumberFactor,
  person: { readonly value: number; readonly range?: { readonly min: number; readonly max: number } },
  half: number,
  near: readonly [number, number],
): boolean {
  const margin = half / 2;
  const low = Math.min(person.value, person.range?.min ?? person.value);
  const high = Math.max(person.value, person.range?.max ?? person.value);
  const leftOk = previous.xMin <= factor.min ? low >= previous.xMin : low - previous.xMin >= margin;
  const rightOk = previous.xMax >= factor.max ? high <= previous.xMax : previous.xMax - high >= margin;
  const valuesOk = near[0] >= previous.yMin && near[1] <= previous.yMax && previous.yMax - previous.yMin <= 2 * (next.yMax - next.yMin);
  return leftOk && rightOk && valuesOk;
}

/** The bounds of the whole chart: the factor's range, and zero to the largest value (or the values' own span when it leaves zero). */
export function fullBounds(series: CriterionSeries, factor: NumberFactor): Bounds {
  const all = extent(series, new Set(series.options.map((o) => o.optionId)), factor.min, factor.max) ?? [0, 1];
  return { xMin: factor.min, xMax: factor.max, yMin: Math.min(0, all[0]), yMax: Math.max(0, all[1]) };
}

/** The options with no point inside `bounds`: their lines are not in view. */
export function outOfView(series: CriterionSeries, bounds: Bounds): string[] {
  return series.options
    .filter((o) => o.values.some((v) => v !== null))
    .filter(
      (o) =>
        !series.points.some((x, k) => {
          const v = o.values[k];
          return v != null && x >= bounds.xMin && x <= bounds.xMax && v >= bounds.yMin && v <= bounds.yMax;
        }),
    )
    .map((o) => o.optionId);
}
