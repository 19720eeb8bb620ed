/**
 * The Chart.js configuration of `<advice-chart>`, built from data the core
 * computed. Type-only imports from Chart.js: this module never loads it.
 */
import { type Criterion, decimals, type Locale, localize, type NumberFactor } from '@advice-kit/core';
import type { ChartConfiguration, Plugin, PointStyle, ScriptableContext } from 'chart.js';
import { formatCriterion, formatFactorNumber, formatNumber } from '../shared/format.js';
import { intlLocale } from '../shared/locale.js';
import type { MarkKind } from './marks.js';
import type { CriterionSeries } from './series.js';
import type { Bounds } from './zoom.js';

/** One point of a line; `y: null` leaves a gap (the option is not open there). */
export interface ChartPoint {
  readonly x: number;
  readonly y: number | null;
}

/** Line patterns per option, so colour is not the only difference. */
export const DASHES: readonly (readonly number[])[] = [[], [10, 5], [3, 4], [12, 4, 3, 4], [6, 3], [2, 2], [16, 6], [8, 3, 2, 3, 2, 3]];
/** Point shapes per option, shown at a few points of each line and in the legend. */
export const POINT_STYLES: readonly PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'rectRounded', 'cross'];

/** Resolved colours and font: a canvas cannot read CSS custom properties itself. */
export interface ChartLook {
  /** Per option, in the model's order. */
  readonly options: readonly string[];
  readonly text: string;
  readonly grid: string;
  readonly threshold: string;
  readonly marker: string;
  readonly surface: string;
  readonly fontFamily: string;
  readonly fontSize: number;
}

/** A mark as drawn: its number in the key, where it holds and where its lines cross. */
export interface DrawnMark {
  readonly kind: MarkKind;
  /** Its number in the key under the chart, drawn in a tag above the plot. */
  readonly number: number;
  readonly at: number;
  readonly cross?: { readonly x: number; readonly y: number };
}

/** What is drawn over the lines: the marks, and the person's answer. */
export interface ChartMarkers {
  readonly marks: readonly DrawnMark[];
  /** The person's value (the middle of an uncertain answer) and, for an uncertain answer, its range. */
  readonly person: {
    readonly value: number;
    readonly label: string;
    readonly range?: { readonly min: number; readonly max: number };
  } | null;
}

export interface ChartView {
  readonly series: CriterionSeries;
  /** Option labels in the model's order. */
  readonly optionLabels: readonly string[];
  readonly factor: NumberFactor;
  readonly criterion: Criterion;
  readonly locale: Locale;
  readonly markers: ChartMarkers;
  readonly reducedMotion: boolean;
  /** The stretch shown: around the person's answer, or (undefined) everything. */
  readonly bounds: Bounds | undefined;
}

/** Height of one row of labels in the strip above the plot (the answer's label, the marks' tags). */
export function stripRow(look: ChartLook): number {
  return look.fontSize + 8;
}

/** A criterion value on an axis tick: the criterion's format without forced decimals ("€ 40", "7 punten"). */
export function formatTick(criterion: Criterion, value: number, locale: Locale): string {
  const digits = Math.min(decimals(value), 6);
  const text = formatNumber(value, locale, { ...criterion.format, minimumFractionDigits: 0, maximumFractionDigits: digits });
  const unit = localize(criterion.unit, locale);
  return unit ? `${text} ${unit}` : text;
}

/** The factor's axis title: its label and unit, on two lines when long. */
export function factorTitle(factor: NumberFactor, locale: Locale): string | string[] {
  const label = localize(factor.label, locale);
  const unit = localize(factor.unit, locale);
  if (!unit) return label;
  return label.length + unit.length > 40 ? [label, `(${unit})`] : `${label} (${unit})`;
}

/** The criterion's axis title: its label, and its unit when the format does not show one. */
export function criterionTitle(criterion: Criterion, locale: Locale): string {
  const label = localize(criterion.label, locale);
  const unit = localize(criterion.unit, locale);
  return unit ? `${label} (${unit})` : label;
}

/**
 * Shows a point shape every few points when more than 30 are in view, so
 * lines of many points stay readable. With 30 or fewer (the part around an
 * answer, mostly) every point has one, and Chart.js can share one set of
 * options between them instead of working them out point by point.
 */
export function pointRadius(view: ChartView): number | ((ctx: ScriptableContext<'line'>) => number) {
  const { points } = view.series;
  const xMin = view.bounds?.xMin ?? Number.NEGATIVE_INFINITY;
  const xMax = view.bounds?.xMax ?? Number.POSITIVE_INFINITY;
  const count = points.filter((x) => x >= xMin && x <= xMax).length;
  if (count <= 30) return 3.5;
  const every = Math.ceil(count / 10);
  return (ctx) => (ctx.dataIndex % every === 0 ? 3.5 : 0);
}

/** The font of the markers' labels. */
export function canvasFont(look: ChartLook): string {
  return `${look.fontSize}px ${look.fontFamily}`;
}

/** The configuration of the line chart for `view`, drawn in `look`, with `plugins` (the markers). */
export function chartConfig(view: ChartView, look: ChartLook, plugins: Plugin<'line'>[] = []): ChartConfiguration<'line', ChartPoint[]> {
  const { series, factor, criterion, locale } = view;
  const font = { family: look.fontFamily, size: look.fontSize };
  const datasets = series.options.map((option, i) => ({
    label: view.optionLabels[i] ?? option.optionId,
    data: series.points.map((x, k) => ({ x, y: option.values[k] ?? null })),
    borderColor: look.options[i] ?? look.text,
    backgroundColor: look.options[i] ?? look.text,
    borderWidth: 2.5,
    borderDash: [...(DASHES[i % DASHES.length] ?? [])],
    pointStyle: POINT_STYLES[i % POINT_STYLES.length] ?? 'circle',
    pointRadius: pointRadius(view),
    pointHoverRadius: 5,
    spanGaps: false,
    tension: 0,
  }));
  return {
    type: 'line',
    data: { datasets },
    plugins,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: view.reducedMotion ? false : { duration: 400 },
      locale: intlLocale(locale),
      color: look.text,
      parsing: false,
      normalized: true,
      interaction: { mode: 'index', intersect: false },
      // Above the plot, a strip of two rows: the answer's label, then the marks' numbers. Nothing is written over the lines.
      layout: { padding: { top: 2 * stripRow(look) + 4, right: 14 } },
      scales: {
        x: {
          type: 'linear',
          min: view.bounds?.xMin ?? factor.min,
          max: view.bounds?.xMax ?? factor.max,
          title: { display: true, text: factorTitle(factor, locale), color: look.text, font },
          ticks: {
            color: look.text,
            font,
            precision: decimals(factor.step),
            // No extra labels at the ends of a zoomed axis, which would crowd the round ones.
            includeBounds: false,
            callback: (value) => formatFactorNumber(factor, Number(value), locale, false),
          },
          grid: { color: look.grid },
          border: { color: look.text },
        },
        y: {
          type: 'linear',
          ...(view.bounds ? { min: view.bounds.yMin, max: view.bounds.yMax } : { beginAtZero: true }),
          title: { display: true, text: criterionTitle(criterion, locale), color: look.text, font },
          ticks: { color: look.text, font, callback: (value) => formatTick(criterion, Number(value), locale) },
          grid: { color: look.grid },
          border: { color: look.text },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            color: look.text,
            font,
            usePointStyle: true,
            boxHeight: 8,
            // An option open nowhere in the range has no line: leave it out of the legend too.
            filter: (item) => series.options[item.datasetIndex ?? -1]?.values.some((v) => v !== null) ?? true,
          },
        },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          usePointStyle: true,
          callbacks: {
            title: (items) => (items[0] ? formatFactorNumber(factor, items[0].parsed.x ?? Number.NaN, locale) : ''),
            label: (item) => {
              const y = item.parsed.y;
              return `${item.dataset.label ?? ''}: ${typeof y === 'number' ? formatCriterion(criterion, y, locale) : ''}`;
            },
          },
        },
      },
    },
  };
}

export type LineChart = Parameters<NonNullable<Plugin<'line'>['afterDraw']>>[0];

/** Moves a drawn chart's axes to `view`'s part around the answer (its series unchanged), with the points' shapes that part needs; the caller updates the chart. */
export function moveBounds(chart: LineChart, view: ChartView): void {
  const { bounds } = view;
  const { x, y } = chart.options.scales ?? {};
  if (!bounds || !x || !y) return;
  Object.assign(x, { min: bounds.xMin, max: bounds.xMax });
  Object.assign(y, { min: bounds.yMin, max: bounds.yMax });
  const radius = pointRadius(view);
  for (const dataset of chart.data.datasets) (dataset as { pointRadius?: unknown }).pointRadius = radius;
}
