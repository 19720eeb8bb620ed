/**
 * What `<advice-chart>` shows for one set of the core's results: the series,
 * the marks with their sentences, the part around the answer, the text
 * alternative. No DOM, no Chart.js.
 */
import {
  type Criterion,
  isValueRange,
  type Locale,
  localize,
  type NumberFactor,
  type Option,
  type Situation,
  type TippingPointsResult,
} from '@advice-kit/core';
import { formatFactorNumber, formatFactorValue, formatList } from '../shared/format.js';
import { chartStrings } from './advice-chart.strings.js';
import { type ChartMarkers, type ChartView, formatTick } from './chart-config.js';
import { bestNear, type ChartMark, chartMarks } from './marks.js';
import { type ChartData, type CriterionSeries, seriesOf } from './series.js';
import { type Bounds, focusBounds, fullBounds, outOfView } from './zoom.js';

/** Everything one render shows, derived from the core's results; rebuilt only when those change. */
export interface Shown {
  readonly factor: NumberFactor;
  readonly criterion: Criterion;
  readonly series: CriterionSeries;
  readonly tipping: TippingPointsResult;
  readonly view: ChartView;
  readonly summary: string;
  readonly caption: string;
  /** The marks with their sentences, in the order of their numbers. */
  readonly marks: readonly { readonly mark: ChartMark; readonly text: string }[];
  /** The stretch around the answer, when it shows less than everything. */
  readonly focus: Bounds | undefined;
  /** What the stretch shown leaves out, as a sentence; empty when nothing. */
  readonly hidden: string;
  /** Options open nowhere in the range: no line, no column. */
  readonly closed: string;
}

export interface ShownInput {
  readonly options: readonly Option[];
  readonly factor: NumberFactor;
  readonly criterion: Criterion;
  readonly locale: Locale;
  /** The person's answer to the factor as given (a number or a range). */
  readonly raw: Situation[string] | undefined;
  /** Whether the whole chart is asked for instead of the part around the answer. */
  readonly wholeRange: boolean;
  readonly reducedMotion: boolean;
  /** The stretch shown before, for the same factor and criterion: kept while it still shows what matters (see `focusBounds`). */
  readonly previousFocus?: Bounds;
}

/** The advised option and the runner-up at the series point nearest `x`, as the core ranked them. */
function leaders(data: ChartData, x: number): string[] {
  let k = 0;
  data.points.forEach((p, i) => {
    if (Math.abs(p - x) < Math.abs((data.points[k] ?? p) - x)) k = i;
  });
  return (data.results[k]?.ranking ?? [])
    .filter((r) => r.eligible)
    .slice(0, 2)
    .map((r) => r.optionId);
}

/** What to show for the core's `data` and `tipping` of one factor and criterion. */
export function shownOf(data: ChartData, tipping: TippingPointsResult, input: ShownInput): Shown {
  const { options, factor, criterion, locale, raw } = input;
  const s = chartStrings(locale);
  const series = seriesOf({ options }, factor.id, criterion.id, data.points, data.results);
  const optionLabels = options.map((o) => localize(o.label, locale));
  const labelOf = (id: string | null) => (id === null ? '' : (optionLabels[options.findIndex((o) => o.id === id)] ?? id));
  const at = (x: number) => formatFactorNumber(factor, x, locale);
  const value = typeof tipping.value === 'number' ? tipping.value : null;
  const criterionLabel = localize(criterion.label, locale);
  const money = criterion.format?.style === 'currency' && criterion.direction === 'lower';
  const found = chartMarks(series, tipping.thresholds, factor, criterion.direction);
  const changes = new Set(tipping.thresholds.map((t) => t.at));
  const marks = found.map((mark) => {
    const [from, to, where] = [labelOf(mark.from), labelOf(mark.to), at(mark.at)];
    const text =
      mark.kind === 'price'
        ? s.markPrice(where, to, from, criterionLabel.toLocaleLowerCase(locale), money)
        : mark.kind === 'weights'
          ? s.markWeights(where, to, from, money)
          : mark.kind === 'opens'
            ? s.markOpens(where, to)
            : mark.kind === 'closes'
              ? mark.to === null
                ? s.changeToNone(where)
                : s.markCloses(where, from, to)
              : s.markBest(where, to, from, criterionLabel.toLocaleLowerCase(locale), money, !changes.has(mark.at));
    return { mark, text };
  });
  const person = value === null ? null : { value, ...(isValueRange(raw) ? { range: { min: raw.min, max: raw.max } } : {}) };
  const contenders = person ? [...leaders(data, person.value), bestNear(series, person.value, criterion.direction)] : [];
  const focus = person
    ? focusBounds(series, factor, person, contenders, found, fullBounds(series, factor), input.previousFocus)
    : undefined;
  const bounds = input.wholeRange ? undefined : focus;
  const markers: ChartMarkers = {
    marks: marks.map(({ mark }, i) => ({ kind: mark.kind, number: i + 1, at: mark.at, ...(mark.cross ? { cross: mark.cross } : {}) })),
    person: person === null ? null : { ...person, label: s.yourAnswer },
  };
  const drawn = series.options.filter((o) => o.values.some((v) => v !== null)).map((o) => labelOf(o.optionId));
  const closedIds = series.options.filter((o) => o.values.every((v) => v === null)).map((o) => labelOf(o.optionId));
  const closed = closedIds.length > 0 ? s.notOpen(formatList(closedIds, locale)) : '';
  const caption = s.summary(
    criterionLabel,
    formatList(drawn, locale),
    formatFactorNumber(factor, factor.min, locale, false),
    at(factor.max),
  );
  const away = bounds ? outOfView(series, bounds).map(labelOf) : [];
  const hidden = away.length > 0 ? s.outOfView(formatList(away, locale)) : '';
  const sentences = [caption];
  if (closed) sentences.push(closed);
  if (bounds) {
    sentences.push(
      s.focused(
        formatFactorNumber(factor, bounds.xMin, locale, false),
        at(bounds.xMax),
        formatTick(criterion, bounds.yMin, locale),
        formatTick(criterion, bounds.yMax, locale),
      ),
    );
    if (hidden) sentences.push(hidden);
  }
  if (tipping.thresholds.length === 0) {
    sentences.push(tipping.best === null ? s.noneEverywhere : s.sameEverywhere(labelOf(tipping.best)));
  }
  for (const m of marks) sentences.push(m.text);
  if (value !== null) sentences.push(s.yourValue(formatFactorValue(factor, raw ?? value, locale)));
  const view: ChartView = { series, optionLabels, factor, criterion, locale, markers, reducedMotion: input.reducedMotion, bounds };
  return { factor, criterion, series, tipping, view, summary: sentences.join(' '), caption, marks, focus, hidden, closed };
}
