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
function canvasFont(look: ChartLook): string {
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

/** What the markers are drawn from: the markers and the resolved look. */
export interface MarkerDrawing {
  readonly markers: ChartMarkers;
  readonly look: ChartLook;
}

type LineChart = Parameters<NonNullable<Plugin<'line'>['afterDraw']>>[0];

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

/** A vertical line over the plot area at `px`. */
function markerLine(ctx: CanvasRenderingContext2D, chart: LineChart, px: number, color: string, dash: number[]): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(px, chart.chartArea.top);
  ctx.lineTo(px, chart.chartArea.bottom);
  ctx.stroke();
}

/** The x pixel of `value`, when it lies within the plot area. */
function pixelInside(chart: LineChart, value: number): number | undefined {
  const px = chart.scales.x?.getPixelForValue(value);
  const area = chart.chartArea;
  return px !== undefined && Number.isFinite(px) && px >= area.left - 0.5 && px <= area.right + 0.5 ? px : undefined;
}

/** Centres for labels of `widths` wanted at `xs` (ascending), moved apart so that none overlap, within [left, right]. */
export function spread(xs: readonly number[], widths: readonly number[], left: number, right: number, gap = 3): number[] {
  const out = xs.map((x, i) => Math.max(left + (widths[i] ?? 0) / 2, x));
  for (let i = 1; i < out.length; i++) {
    const min = (out[i - 1] as number) + ((widths[i - 1] ?? 0) + (widths[i] ?? 0)) / 2 + gap;
    if ((out[i] as number) < min) out[i] = min;
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const max =
      i === out.length - 1 ? right - (widths[i] ?? 0) / 2 : (out[i + 1] as number) - ((widths[i] ?? 0) + (widths[i + 1] ?? 0)) / 2 - gap;
    if ((out[i] as number) > max) out[i] = max;
  }
  return out;
}

/** A numbered tag (a filled circle) centred at `cx` in the strip's second row. */
function markTag(ctx: CanvasRenderingContext2D, chart: LineChart, look: ChartLook, text: string, cx: number): void {
  const row = stripRow(look);
  const cy = chart.chartArea.top - row / 2 - 2;
  ctx.fillStyle = look.threshold;
  ctx.beginPath();
  ctx.arc(cx, cy, row / 2 - 1, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = look.surface;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, cx, cy + 0.5);
}

/** Where the tag of each mark goes: its line's x (the crossing's for a change of the best line), moved apart. */
function tagPlaces(chart: LineChart, look: ChartLook, marks: readonly DrawnMark[]): { mark: DrawnMark; px: number; cx: number }[] {
  const shown = marks
    .map((mark) => ({ mark, px: pixelInside(chart, mark.kind === 'best' && mark.cross ? mark.cross.x : mark.at) }))
    .filter((m): m is { mark: DrawnMark; px: number } => m.px !== undefined)
    .sort((a, b) => a.px - b.px);
  const size = stripRow(look);
  const centres = spread(
    shown.map((m) => m.px),
    shown.map(() => size),
    0,
    chart.width,
  );
  return shown.map((m, i) => ({ ...m, cx: centres[i] ?? m.px }));
}

/**
 * Draws the marks over the datasets: a dashed vertical line where the advice
 * changes, a ring where two lines cross, and above the plot each mark's
 * number (the key under the chart says what it means); and has `drawPerson`
 * follow every time Chart.js draws (a resize, an update, an animation frame).
 * A plugin of one chart instance, never registered globally; reads the
 * markers through `get` so that an update needs no new plugin.
 */
export function markersPlugin(get: () => MarkerDrawing | undefined, overlay: () => HTMLCanvasElement | null): Plugin<'line'> {
  return {
    id: 'adviceMarkers',
    afterDatasetsDraw(chart) {
      const current = get();
      if (!current) return;
      const { ctx } = chart;
      const { look } = current;
      const area = chart.chartArea;
      ctx.save();
      ctx.font = `600 ${canvasFont(look)}`;
      for (const { mark, px, cx } of tagPlaces(chart, look, current.markers.marks)) {
        if (mark.kind === 'best') {
          const ring = mark.cross ? chart.scales.y?.getPixelForValue(mark.cross.y) : undefined;
          const bottom = ring !== undefined && ring >= area.top && ring <= area.bottom ? ring : area.bottom;
          ctx.strokeStyle = look.threshold;
          ctx.lineWidth = 1;
          ctx.setLineDash([2, 3]);
          ctx.beginPath();
          ctx.moveTo(px, area.top);
          ctx.lineTo(px, bottom);
          ctx.stroke();
        } else {
          markerLine(ctx, chart, px, look.threshold, [6, 4]);
        }
        if (mark.cross) crossingRing(ctx, chart, look, mark.cross);
        // A short lead from a tag moved aside to its line.
        if (Math.abs(cx - px) > 1) {
          ctx.strokeStyle = look.threshold;
          ctx.lineWidth = 1;
          ctx.setLineDash([]);
          ctx.beginPath();
          ctx.moveTo(cx, area.top - 2);
          ctx.lineTo(px, area.top);
          ctx.stroke();
        }
        markTag(ctx, chart, look, String(mark.number), cx);
      }
      ctx.restore();
    },
    afterDraw(chart) {
      drawPerson(chart, overlay(), get());
    },
  };
}

/** A ring around the point where two lines cross, when it lies in the plot. */
function crossingRing(ctx: CanvasRenderingContext2D, chart: LineChart, look: ChartLook, cross: { x: number; y: number }): void {
  const area = chart.chartArea;
  const x = chart.scales.x?.getPixelForValue(cross.x);
  const y = chart.scales.y?.getPixelForValue(cross.y);
  if (x === undefined || y === undefined || x < area.left || x > area.right || y < area.top || y > area.bottom) return;
  ctx.setLineDash([]);
  ctx.lineWidth = 4;
  ctx.strokeStyle = look.surface;
  ctx.beginPath();
  ctx.arc(x, y, 7, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.lineWidth = 2;
  ctx.strokeStyle = look.threshold;
  ctx.stroke();
}

/**
 * Draws the person's value (a solid labelled line, an uncertain answer's
 * range shaded) on `canvas`, a transparent canvas laid over the chart's.
 * Moving it is all a slider drag along the chart's own factor changes, and
 * redrawing only this layer costs a fraction of redrawing the chart.
 */
export function drawPerson(chart: LineChart, canvas: HTMLCanvasElement | null, drawing: MarkerDrawing | undefined): void {
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return;
  const ratio = chart.currentDevicePixelRatio;
  if (canvas.width !== chart.canvas.width) canvas.width = chart.canvas.width;
  if (canvas.height !== chart.canvas.height) canvas.height = chart.canvas.height;
  const width = `${chart.width}px`;
  const height = `${chart.height}px`;
  if (canvas.style.width !== width) canvas.style.width = width;
  if (canvas.style.height !== height) canvas.style.height = height;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, chart.width, chart.height);
  const person = drawing?.markers.person;
  if (!drawing || !person) return;
  const { look } = drawing;
  const area = chart.chartArea;
  const x = chart.scales.x;
  ctx.save();
  ctx.font = canvasFont(look);
  ctx.textBaseline = 'top';
  if (person.range && x) {
    const x0 = Math.max(area.left, x.getPixelForValue(person.range.min));
    const x1 = Math.min(area.right, x.getPixelForValue(person.range.max));
    if (Number.isFinite(x0) && Number.isFinite(x1) && x1 > x0) {
      ctx.globalAlpha = 0.12;
      ctx.fillStyle = look.marker;
      ctx.fillRect(x0, area.top, x1 - x0, area.bottom - area.top);
      ctx.globalAlpha = 1;
    }
  }
  const px = pixelInside(chart, person.value);
  if (px !== undefined) {
    markerLine(ctx, chart, px, look.marker, []);
    // The label in the strip's first row, above the marks' tags: over no line.
    const width = ctx.measureText(person.label).width;
    const left = Math.min(Math.max(0, px - width / 2), chart.width - width);
    const row = stripRow(look);
    ctx.fillStyle = look.marker;
    ctx.textBaseline = 'middle';
    ctx.fillText(person.label, left, area.top - row - row / 2 - 2);
  }
  ctx.restore();
}
