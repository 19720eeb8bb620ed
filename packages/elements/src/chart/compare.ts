/**
 * Whether a new view of the chart differs from the one drawn, and how: the
 * chart element redraws only as much as the change needs.
 */
import type { ChartLook, ChartMarkers, ChartView } from './chart-config.js';
import type { CriterionSeries } from './series.js';

/** Whether two views need the same chart options: same axes, labels, language and motion. */
export function sameAxes(a: ChartView, b: ChartView): boolean {
  return (
    a.factor === b.factor &&
    a.criterion === b.criterion &&
    a.locale === b.locale &&
    a.reducedMotion === b.reducedMotion &&
    a.bounds?.xMin === b.bounds?.xMin &&
    a.bounds?.xMax === b.bounds?.xMax &&
    a.bounds?.yMin === b.bounds?.yMin &&
    a.bounds?.yMax === b.bounds?.yMax &&
    a.optionLabels.length === b.optionLabels.length &&
    a.optionLabels.every((label, i) => label === b.optionLabels[i]) &&
    a.series.points.length === b.series.points.length &&
    a.series.options.length === b.series.options.length &&
    // the legend leaves out options open nowhere: the same ones must be drawn
    a.series.options.every((o, i) => o.values.some((v) => v !== null) === b.series.options[i]?.values.some((v) => v !== null))
  );
}

/** Whether `b` is `a` with only the part shown around the answer moved (both show a part, not the whole chart). */
export function onlyBoundsMoved(a: ChartView, b: ChartView): boolean {
  return a.bounds !== undefined && b.bounds !== undefined && sameAxes({ ...a, bounds: b.bounds }, b);
}

/** Whether two series have the same points and values (the chart's lines would not move). */
export function sameSeries(a: CriterionSeries, b: CriterionSeries): boolean {
  if (a === b) return true;
  if (!a.points.every((x, k) => x === b.points[k])) return false;
  return a.options.every((option, i) => {
    const other = b.options[i];
    return other !== undefined && option.optionId === other.optionId && option.values.every((v, k) => v === other.values[k]);
  });
}

export function sameMarks(a: ChartMarkers, b: ChartMarkers): boolean {
  return (
    a.marks.length === b.marks.length &&
    a.marks.every((m, i) => {
      const n = b.marks[i];
      return n !== undefined && m.at === n.at && m.kind === n.kind && m.cross?.x === n.cross?.x && m.cross?.y === n.cross?.y;
    })
  );
}

export function samePerson(a: ChartMarkers, b: ChartMarkers): boolean {
  const p = a.person;
  const q = b.person;
  return (
    p === q ||
    (p !== null &&
      q !== null &&
      p.value === q.value &&
      p.label === q.label &&
      p.range?.min === q.range?.min &&
      p.range?.max === q.range?.max)
  );
}

export function sameLook(a: ChartLook, b: ChartLook): boolean {
  return (Object.keys(a) as (keyof ChartLook)[]).every((key) => {
    const x = a[key];
    const y = b[key];
    return Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
  });
}
