/**
 * What `<advice-chart>` draws over Chart.js's lines: each mark's line, its
 * numbered tag and the ring where two lines cross (a Chart.js plugin), and
 * the person's answer on a transparent layer of its own, so that moving the
 * answer redraws only that layer. Type-only imports from Chart.js.
 */
import type { Plugin } from 'chart.js';
import { type ChartLook, type ChartMarkers, canvasFont, type DrawnMark, type LineChart, stripRow } from './chart-config.js';

/** What the markers are drawn from: the markers and the resolved look. */
export interface MarkerDrawing {
  readonly markers: ChartMarkers;
  readonly look: ChartLook;
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
