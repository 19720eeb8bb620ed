/**
 * The Chart.js configuration of `<advice-chart>`, built from data the core
 * computed. Type-only imports from Chart.js: this module never loads it.
 */
import { type Criterion, decimals, type Locale, localize, type NumberFactor } from '@advice-kit/core';
import type { ChartConfiguration, Plugin, PointStyle, ScriptableContext } from 'chart.js';
import { formatCriterion, formatFactorNumber, formatNumber } from '../shared/format.js';
import { intlLocale } from '../shared/locale.js';
import type { CriterionSeries } from './series.js';

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

/** The vertical lines drawn over the chart. */
export interface ChartMarkers {
  readonly thresholds: readonly { readonly at: number; readonly label: string }[];
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

/** Shows a point shape every few points so lines of many points stay readable. */
function pointRadius(count: number): number | ((ctx: ScriptableContext<'line'>) => number) {
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
    pointRadius: pointRadius(series.points.length),
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
      layout: { padding: { top: 4, right: 14 } },
      scales: {
        x: {
          type: 'linear',
          min: factor.min,
          max: factor.max,
          title: { display: true, text: factorTitle(factor, locale), color: look.text, font },
          ticks: {
            color: look.text,
            font,
            precision: decimals(factor.step),
            callback: (value) => formatFactorNumber(factor, Number(value), locale, false),
          },
          grid: { color: look.grid },
          border: { color: look.text },
        },
        y: {
          type: 'linear',
          beginAtZero: true,
          title: { display: true, text: criterionTitle(criterion, locale), color: look.text, font },
          ticks: { color: look.text, font, callback: (value) => formatTick(criterion, Number(value), locale) },
          grid: { color: look.grid },
          border: { color: look.text },
        },
      },
      plugins: {
        legend: {
          position: 'top',
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

/** A label on the surface colour beside the line at `px`: to its right when it fits, else to its left. */
function markerLabel(
  ctx: CanvasRenderingContext2D,
  chart: LineChart,
  look: ChartLook,
  text: string,
  px: number,
  y: number,
  color: string,
): void {
  const area = chart.chartArea;
  const width = ctx.measureText(text).width;
  const pad = 3;
  const right = px + 4 + width + pad * 2 <= area.right;
  const left = right ? px + 4 : Math.max(area.left, px - 4 - width - pad * 2);
  ctx.fillStyle = look.surface;
  ctx.fillRect(left, y, width + pad * 2, look.fontSize + pad * 2);
  ctx.fillStyle = color;
  ctx.fillText(text, left + pad, y + pad);
}

/** The x pixel of `value`, when it lies within the plot area. */
function pixelInside(chart: LineChart, value: number): number | undefined {
  const px = chart.scales.x?.getPixelForValue(value);
  const area = chart.chartArea;
  return px !== undefined && Number.isFinite(px) && px >= area.left - 0.5 && px <= area.right + 0.5 ? px : undefined;
}

/**
 * Draws the thresholds as dashed, labelled vertical lines over the datasets,
 * and has `drawPerson` follow every time Chart.js draws (a resize, an
 * update, an animation frame). A plugin of one chart instance, never
 * registered globally; reads the markers through `get` so that an update
 * needs no new plugin.
 */
export function markersPlugin(get: () => MarkerDrawing | undefined, overlay: () => HTMLCanvasElement | null): Plugin<'line'> {
  return {
    id: 'adviceMarkers',
    afterDatasetsDraw(chart) {
      const current = get();
      if (!current) return;
      const { ctx } = chart;
      ctx.save();
      ctx.font = canvasFont(current.look);
      ctx.textBaseline = 'top';
      for (const t of current.markers.thresholds) {
        const px = pixelInside(chart, t.at);
        if (px === undefined) continue;
        markerLine(ctx, chart, px, current.look.threshold, [6, 4]);
        markerLabel(ctx, chart, current.look, t.label, px, chart.chartArea.top + 2, current.look.threshold);
      }
      ctx.restore();
    },
    afterDraw(chart) {
      drawPerson(chart, overlay(), get());
    },
  };
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
    markerLabel(ctx, chart, look, person.label, px, area.bottom - look.fontSize - 8, look.marker);
  }
  ctx.restore();
}
