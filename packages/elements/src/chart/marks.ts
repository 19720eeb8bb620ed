/**
 * What the chart marks, read from the core's data: where the advice changes
 * (the core's thresholds) and why — the lines cross there, or they do not and
 * the change comes from the person's weights, or an option opens or closes —
 * and where the best line on the chart's criterion (the cheapest, for a cost)
 * changes. No DOM, no Chart.js: it only compares the values the core returned.
 */
import { type Direction, gridOf, type NumberFactor, type Threshold } from '@advice-kit/core';
import type { CriterionSeries } from './series.js';

/**
 * - `price`: the advice changes where the two options' lines cross.
 * - `weights`: the advice changes where their lines do not cross: the person's weights decide.
 * - `opens` / `closes`: the advice changes because the new option opens, or the old one closes.
 * - `best`: the best line changes (the cheapest option, for a cost) while the advice does not.
 */
export type MarkKind = 'price' | 'weights' | 'opens' | 'closes' | 'best';

export interface ChartMark {
  readonly kind: MarkKind;
  /** The grid value from which the new order or advice holds. */
  readonly at: number;
  readonly from: string | null;
  readonly to: string | null;
  /** Where the two lines cross (between two points of the series), for `price` and `best`. */
  readonly cross?: { readonly x: number; readonly y: number };
}

type Values = readonly (number | null)[];

/** Whether `a` is better than `b` on a criterion of `direction`. */
function better(a: number, b: number, direction: Direction): boolean {
  return direction === 'lower' ? a < b : a > b;
}

/**
 * Where the lines `a` (better before) and `b` (better after) cross between the
 * points k-1 and k, as the chart draws them (straight between points); null
 * when they do not cross there.
 */
function crossing(points: readonly number[], a: Values, b: Values, k: number, direction: Direction): { x: number; y: number } | null {
  const a0 = a[k - 1];
  const a1 = a[k];
  const b0 = b[k - 1];
  const b1 = b[k];
  const x0 = points[k - 1];
  const x1 = points[k];
  if (a0 == null || a1 == null || b0 == null || b1 == null || x0 === undefined || x1 === undefined) return null;
  // b is not better before and is better after: the order of the lines changes in between.
  if (better(b0, a0, direction) || !better(b1, a1, direction)) return null;
  const d0 = b0 - a0;
  const d1 = b1 - a1;
  const t = d0 === d1 ? 0 : d0 / (d0 - d1);
  return { x: x0 + (x1 - x0) * t, y: a0 + (a1 - a0) * t };
}

/** The first grid value at which `b` is better, the lines crossing at `x` (between `before` and `after`). */
function firstAfter(factor: NumberFactor, x: number, after: number): number {
  const grid = gridOf(factor);
  let i = grid.ceil(x);
  if (grid.value(i) <= x) i++;
  return Math.min(grid.value(i), after);
}

/** The option with the best value at point k, keeping `previous` on a tie; null when no option has a value. */
function bestAt(series: CriterionSeries, k: number, previous: string | null, direction: Direction): string | null {
  let best: { id: string; value: number } | null = null;
  for (const option of series.options) {
    const v = option.values[k];
    if (v == null) continue;
    if (!best || better(v, best.value, direction) || (v === best.value && option.optionId === previous))
      best = { id: option.optionId, value: v };
  }
  return best?.id ?? null;
}

/** The option best on the criterion (the cheapest, for a cost) at the series point nearest `x`; null when none is open there. */
export function bestNear(series: CriterionSeries, x: number, direction: Direction): string | null {
  let k = 0;
  series.points.forEach((p, i) => {
    if (Math.abs(p - x) < Math.abs((series.points[k] ?? p) - x)) k = i;
  });
  return bestAt(series, k, null, direction);
}

/**
 * The chart's marks in order along the factor: every threshold of the core
 * with its reason, and every change of the best line that is not also a
 * change of the advice at the same point.
 */
export function chartMarks(
  series: CriterionSeries,
  thresholds: readonly Threshold[],
  factor: NumberFactor,
  direction: Direction,
): ChartMark[] {
  const values = new Map(series.options.map((o) => [o.optionId, o.values]));
  const none: Values = [];
  const marks: ChartMark[] = [];
  for (const t of thresholds) {
    const k = series.points.indexOf(t.at);
    const from = t.from === null ? none : (values.get(t.from) ?? none);
    const to = t.to === null ? none : (values.get(t.to) ?? none);
    if (k < 1) {
      marks.push({ kind: 'weights', at: t.at, from: t.from, to: t.to });
      continue;
    }
    if (t.to === null) marks.push({ kind: 'closes', at: t.at, from: t.from, to: t.to });
    else if (t.from === null || to[k - 1] == null) marks.push({ kind: 'opens', at: t.at, from: t.from, to: t.to });
    else if (from[k] == null) marks.push({ kind: 'closes', at: t.at, from: t.from, to: t.to });
    else {
      const cross = crossing(series.points, from, to, k, direction);
      marks.push(
        cross ? { kind: 'price', at: t.at, from: t.from, to: t.to, cross } : { kind: 'weights', at: t.at, from: t.from, to: t.to },
      );
    }
  }
  let previous = bestAt(series, 0, null, direction);
  for (let k = 1; k < series.points.length; k++) {
    const current = bestAt(series, k, previous, direction);
    if (current !== null && previous !== null && current !== previous) {
      const a = values.get(previous) ?? none;
      const b = values.get(current) ?? none;
      const after = series.points[k] as number;
      const cross = crossing(series.points, a, b, k, direction);
      const at = cross ? firstAfter(factor, cross.x, after) : after;
      const told = marks.some((m) => m.kind === 'price' && m.at === at && m.from === previous && m.to === current);
      if (!told) marks.push({ kind: 'best', at, from: previous, to: current, ...(cross ? { cross } : {}) });
    }
    if (current !== null) previous = current;
  }
  return marks.sort((m, n) => m.at - n.at || (m.kind === 'best' ? 1 : 0) - (n.kind === 'best' ? 1 : 0));
}
