// Over 400 lines: one element's lifecycle with Chart.js (lazy loading, the drawing layers, the
// cheapest redraw per change) and its renders; what it shows is worked out in view.ts, marks.ts and zoom.ts,
// what it draws over the lines in drawing.ts, its colours in look.ts.
import { type AdviceModel, type Criterion, type Locale, localize, type NumberFactor } from '@advice-kit/core';
import type { Chart } from 'chart.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdviceElement } from '../shared/advice-element.js';
import { situationEvaluation } from '../shared/controllers.js';
import { emit } from '../shared/events.js';
import { formatCriterion, formatFactorNumber } from '../shared/format.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { registerPart } from '../shared/registry.js';
import { FirstSight } from '../shared/sight.js';
import { baseStyles } from '../shared/styles.js';
import { type ChartStrings, chartStrings } from './advice-chart.strings.js';
import { chartStyles } from './advice-chart.styles.js';
import { type ChartLook, type ChartPoint, type ChartView, chartConfig, formatTick, moveBounds } from './chart-config.js';
import { onlyBoundsMoved, sameAxes, sameLook, sameMarks, samePerson, sameSeries } from './compare.js';
import { drawPerson, type MarkerDrawing, markersPlugin } from './drawing.js';
import { readLook } from './look.js';
import { type ChartData, loadChartData } from './series.js';
import { type Shown, shownOf } from './view.js';

type LineChart = Chart<'line', ChartPoint[]>;
type ChartSetup = typeof import('./chart-setup.js');

let chartSetup: Promise<ChartSetup> | undefined;

/** Chart.js, loaded once and only when a chart is first shown. */
function loadChartSetup(): Promise<ChartSetup> {
  chartSetup ??= import('./chart-setup.js').catch((error: unknown) => {
    chartSetup = undefined; // try again next time
    throw error;
  });
  return chartSetup;
}

/**
 * A line chart of one criterion (cost, say) of every option across the range
 * of a number question — by default the part around the person's answer —
 * with the points where the advice changes (and why) and the
 * person's own answer marked, and the same numbers as a table.
 *
 * Chart.js is loaded only when the chart first comes into view, and only the
 * parts of it a line chart needs. Every number comes from the core: the
 * thresholds from `tippingPoints`, the values from `rank` at each point.
 *
 * @summary One criterion of every option across a number question's range, as a chart and a table.
 *
 * @event {CustomEvent<AdviceViewDetail>} advice-view - The chart was seen for the first time (`view: 'chart'`: half of it in view, the page visible, for a second; see `onFirstSight`), or the person opened the table (`view: 'chart-table'`); `detail` also has `factorId` and `criterionId`.
 * @event {CustomEvent<AdviceErrorDetail>} advice-error - The model failed while the chart was worked out; `detail` has the `error`.
 *
 * @csspart heading - The heading, when `heading-level` is set.
 * @csspart figure - The chart with its key.
 * @csspart canvas-box - The sized box around the canvas.
 * @csspart canvas - The canvas the chart is drawn on.
 * @csspart key - The line under the chart saying what the lines, rings and numbers mean.
 * @csspart marks - The numbered list under the chart: where the advice changes and why (the lines cross, or the person's weights decide), and where the best line (the cheapest) changes.
 * @csspart range - The sentence saying which part of the chart is shown around the person's answer.
 * @csspart range-toggle - The "show the whole chart" button (pressed: everything is shown).
 * @csspart toggle - The "show as table" button.
 * @csspart table-box - The scrollable box around the table.
 * @csspart table - The table with the chart's numbers.
 * @csspart status - Loading and "not possible" messages.
 * @csspart error - The error message with its retry button.
 *
 * @cssproperty --advice-chart-height - Height of the chart with its legend and axes. Default 22rem.
 * @cssproperty --advice-chart-threshold-color - Colour of the dashed lines where the advice changes.
 * @cssproperty --advice-chart-marker-color - Colour of the line at the person's answer.
 * @cssproperty --advice-chart-grid-color - Colour of the chart's grid lines.
 * @cssproperty --advice-chart-heading-font-size - Size of the heading.
 * @cssproperty --advice-chart-key-font-size - Size of the key under the chart.
 * @cssproperty --advice-chart-toggle-pressed-background-color - Background of the table button while the table is shown.
 * @cssproperty --advice-chart-toggle-pressed-color - Text colour of the table button while the table is shown.
 * @cssproperty --advice-chart-table-max-height - Tallest the table grows before it scrolls. Default 24rem.
 * @cssproperty --advice-chart-table-border-color - Border around the table.
 * @cssproperty --advice-chart-table-row-border-color - Line between the table's rows.
 * @cssproperty --advice-chart-table-header-background-color - Background of the table's header row.
 * @cssproperty --advice-chart-table-row-current-background-color - Background of the row of the person's answer.
 * @cssproperty --advice-option-N-color - Colour of the N-th option's line (1–8).
 */
export class AdviceChartElement extends AdviceElement {
  static override styles = [baseStyles, chartStyles];

  /** Id of the number question along which the chart runs. */
  @property() factor = '';

  /** Id of the criterion shown on the vertical axis. */
  @property() criterion = '';

  /** Renders a heading of this level (2–6) above the chart; none when not set. */
  @property({ attribute: 'heading-level' }) headingLevel: string | undefined;

  /** Whether the table is shown instead of the chart. */
  @state() private tableShown = false;
  /** Whether any of the element has been in view: the chart is drawn (and Chart.js loaded) only from then on, so it is ready by the time the person looks. */
  private readonly near = new FirstSight(this, { ratio: 0, dwellMs: 0 });
  /** Whether the person has seen it by the first-sight rule (half of it in view, page visible, for a second). */
  private readonly sight = new FirstSight(this);
  /** Chart.js could not be loaded: the table is all there is. */
  @state() private chartUnavailable = false;
  /** Whether the whole chart is shown instead of the part around the person's answer. */
  @state() private wholeRange = false;

  private readonly data = situationEvaluation<ChartData>(
    this,
    this.advice,
    (model, situation, weights, options) => {
      const factor = this.numberFactor(model);
      return factor ? loadChartData(model, situation, weights, factor, options) : null;
    },
    { moreInputs: () => [this.factor] },
  );

  private chart: LineChart | undefined;
  private drawnView: ChartView | undefined;
  private drawing: MarkerDrawing | undefined;
  /** The look the chart's options were made with. */
  private drawnLook: ChartLook | undefined;
  private creatingChart = false;
  private shownCache: (Shown & { readonly key: readonly unknown[] }) | undefined;
  /** What this render shows, when it shows a chart. */
  private current: Shown | undefined;
  private viewReported = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal (which destroyed the chart): draw it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
    this.drawnView = undefined;
  }

  protected override willUpdate(): void {
    const ctx = this.advice.context;
    const factor = this.numberFactor(ctx?.model);
    const criterion = ctx?.model.criteria.find((c) => c.id === this.criterion);
    const data = this.data.value;
    this.current = factor && criterion && data ? this.shown(data, factor, criterion, this.locale) : undefined;
  }

  protected override updated(): void {
    const shown = this.current;
    if (shown && this.sight.seen && !this.viewReported) {
      this.viewReported = true;
      emit(this, 'advice-view', { view: 'chart', factorId: shown.factor.id, criterionId: shown.criterion.id });
    }
    void this.syncChart();
  }

  private readonly onToggle = (): void => {
    this.tableShown = !this.tableShown;
    const shown = this.current;
    if (this.tableShown && shown) {
      emit(this, 'advice-view', { view: 'chart-table', factorId: shown.factor.id, criterionId: shown.criterion.id });
    }
  };

  private readonly onWholeRange = (): void => {
    this.wholeRange = !this.wholeRange;
  };

  private get strings(): ChartStrings {
    return chartStrings(this.locale);
  }

  private numberFactor(model: AdviceModel | undefined): NumberFactor | undefined {
    const factor = model?.factors.find((f) => f.id === this.factor);
    return factor?.kind === 'number' ? factor : undefined;
  }

  /** Creates the chart once it is in view, or brings it up to date. */
  private async syncChart(): Promise<void> {
    // Removed from the page: nothing to draw (connectedCallback asks for an update when it comes back).
    if (!this.isConnected) return;
    const canvas = this.renderRoot.querySelector('canvas');
    if (this.chart && this.chart.canvas !== canvas) {
      this.chart.destroy();
      this.chart = undefined;
      this.drawnView = undefined;
    }
    const view = this.current?.view;
    if (!view || !canvas || !this.near.seen || this.tableShown) return;
    if (this.chart) {
      if (this.drawnView !== view) this.applyView(this.chart, view);
      return;
    }
    if (this.creatingChart) return;
    this.creatingChart = true;
    let setup: ChartSetup;
    try {
      setup = await loadChartSetup();
    } catch (error) {
      console.warn('<advice-chart>: Chart.js could not be loaded; showing the table instead.', error);
      this.chartUnavailable = true;
      return;
    } finally {
      this.creatingChart = false;
    }
    const latest = this.current?.view;
    // Removed while Chart.js loaded: stop here. Asking for another update would run this again at once,
    // and again, without end: a loop of microtasks that never lets the page do anything else.
    if (!this.isConnected) return;
    if (this.chart || !latest || this.renderRoot.querySelector('canvas') !== canvas) {
      this.requestUpdate(); // things changed while Chart.js loaded: the next update tries again
      return;
    }
    const look = this.currentLook();
    this.drawing = { markers: latest.markers, look };
    this.chart = setup.createChart(
      canvas,
      chartConfig(latest, look, [
        markersPlugin(
          () => this.drawing,
          () => this.overlay,
        ),
      ]),
    );
    this.drawnView = latest;
    this.drawnLook = look;
  }

  /**
   * Brings the chart up to date with as little work as the change needs (a
   * slider drag must fit in a frame): when only the person's value moved, the
   * layer over the chart with its marker; when a threshold moved too, a
   * redraw; when only the part around the answer moved, new ends for the
   * axes (at once, without an animation); when only the values changed, new
   * data on the same options; otherwise a new configuration, which makes
   * Chart.js resolve every option again.
   */
  private applyView(chart: LineChart, view: ChartView): void {
    const before = this.drawnView;
    const sameFrame = before !== undefined && sameAxes(before, view);
    if (sameFrame && this.drawing && sameSeries(before.series, view.series)) {
      const thresholdsMoved = !sameMarks(this.drawing.markers, view.markers);
      const personMoved = !samePerson(this.drawing.markers, view.markers);
      this.drawing = { markers: view.markers, look: this.drawing.look };
      this.drawnView = view;
      if (thresholdsMoved) chart.draw();
      else if (personMoved) drawPerson(chart, this.overlay, this.drawing);
      return;
    }
    if (before && this.drawing && this.drawnLook && onlyBoundsMoved(before, view) && sameSeries(before.series, view.series)) {
      // Only the part around the answer moved: new ends for the axes, every other option as it was (no new look read, no new configuration to resolve).
      this.drawing = { markers: view.markers, look: this.drawing.look };
      moveBounds(chart, view);
      chart.update('none');
      this.drawnView = view;
      return;
    }
    const look = this.currentLook();
    this.drawing = { markers: view.markers, look };
    const config = chartConfig(view, look);
    if (sameFrame && this.drawnLook !== undefined && sameLook(this.drawnLook, look)) {
      config.data.datasets.forEach((dataset, i) => {
        const target = chart.data.datasets[i];
        if (target) target.data = dataset.data;
      });
    } else {
      chart.data = config.data;
      if (config.options) chart.options = config.options;
    }
    chart.update(view.reducedMotion ? 'none' : undefined);
    this.drawnView = view;
    this.drawnLook = look;
  }

  /** The theme's colours and font now, for this model's options. */
  private currentLook(): ChartLook {
    return readLook(this, this.advice.context?.model.options.length ?? 0);
  }

  /** The transparent canvas over the chart's, on which the person's marker is drawn. */
  private get overlay(): HTMLCanvasElement | null {
    return this.renderRoot.querySelector('canvas.overlay');
  }

  /** What to show for the current results, criterion, language and its strings; the same object until one of those changes. */
  private shown(data: ChartData, factor: NumberFactor, criterion: Criterion, locale: Locale): Shown | undefined {
    if (!data.tipping || data.factorId !== factor.id) return undefined;
    const raw = this.advice.situation?.[factor.id];
    // The strings too: they change when the language's translation arrives (English loads on first use).
    const key = [data, factor, criterion, locale, chartStrings(locale), raw, this.wholeRange];
    const cached = this.shownCache;
    if (cached && cached.key.length === key.length && cached.key.every((k, i) => Object.is(k, key[i]))) return cached;
    const shown = shownOf(data, data.tipping, {
      options: this.advice.context?.model.options ?? [],
      factor,
      criterion,
      locale,
      raw,
      wholeRange: this.wholeRange,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      ...(cached?.focus && cached.factor === factor && cached.criterion === criterion ? { previousFocus: cached.focus } : {}),
    });
    this.shownCache = { ...shown, key };
    return this.shownCache;
  }

  private renderTable(shown: Shown, locale: Locale): TemplateResult {
    const s = this.strings;
    const { factor, criterion, series, tipping } = shown;
    const options = this.advice.context?.model.options ?? [];
    // An option open nowhere in the range gets no column (the caption says so): a column of "not available" helps no one.
    const columns = series.options.flatMap((o, i) =>
      o.values.some((v) => v !== null) ? [{ o, label: localize(options[i]?.label, locale) }] : [],
    );
    const unit = localize(factor.unit, locale);
    const factorHeader = unit ? unit.charAt(0).toLocaleUpperCase(locale) + unit.slice(1) : localize(factor.label, locale);
    const changes = new Set(tipping.thresholds.map((t) => t.at));
    return html`<div class="table-box" part="table-box" role="region" aria-label=${s.tableRegion} tabindex="0">
      <table part="table">
        <caption>${shown.caption}${shown.closed ? html` <span class="caption-note">${shown.closed}</span>` : nothing}</caption>
        <thead>
          <tr>
            <th scope="col">${factorHeader}</th>
            ${columns.map(({ label }) => html`<th scope="col">${label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${series.points.map((x, k) => {
            const yours = x === tipping.value;
            return html`<tr class=${yours ? 'yours' : ''}>
              <th scope="row">
                ${formatFactorNumber(factor, x, locale, false)}
                ${yours ? html`<span class="tag">(${s.rowYours})</span>` : nothing}
                ${changes.has(x) ? html`<span class="tag">(${s.rowChange})</span>` : nothing}
              </th>
              ${columns.map(({ o }) => {
                const v = o.values[k];
                return typeof v === 'number'
                  ? html`<td>${formatCriterion(criterion, v, locale)}</td>`
                  : html`<td class="na">${s.notAvailable}</td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderChart(shown: Shown): TemplateResult {
    const s = this.strings;
    const table = this.tableShown || this.chartUnavailable;
    const { markers, bounds } = shown.view;
    const anyCross = shown.marks.some((m) => m.mark.cross !== undefined);
    const anyChange = shown.marks.some((m) => m.mark.kind !== 'best');
    const key = [
      markers.person ? s.keyYours : '',
      anyChange ? s.keyChange : '',
      anyCross ? s.keyCross : '',
      shown.marks.length > 0 ? s.keyNumbers : '',
    ]
      .filter(Boolean)
      .join(' ');
    const factor = shown.factor;
    const locale = shown.view.locale;
    return html`<div class="figure" part="figure" ?hidden=${table}>
        <div class="canvas-box" part="canvas-box">
          <canvas part="canvas" role="img" aria-label=${shown.summary}></canvas>
          <canvas class="overlay" aria-hidden="true"></canvas>
        </div>
        ${key ? html`<p class="key" part="key">${key}</p>` : nothing}
        ${
          shown.marks.length > 0
            ? html`<ol class="marks" part="marks">
              ${shown.marks.map((m) => html`<li class=${m.mark.kind}>${m.text}</li>`)}
            </ol>`
            : nothing
        }
        ${
          bounds
            ? html`<p class="range" part="range">
              ${s.focused(
                formatFactorNumber(factor, bounds.xMin, locale, false),
                formatFactorNumber(factor, bounds.xMax, locale),
                formatTick(shown.criterion, bounds.yMin, locale),
                formatTick(shown.criterion, bounds.yMax, locale),
              )}
              ${shown.hidden}
            </p>`
            : nothing
        }
      </div>
      ${
        this.chartUnavailable
          ? nothing
          : html`<div class="toolbar">
            ${
              shown.focus && !this.tableShown
                ? html`<button type="button" part="range-toggle" aria-pressed=${this.wholeRange ? 'true' : 'false'} @click=${this.onWholeRange}>
                  ${s.wholeRange}
                </button>`
                : nothing
            }
            <button type="button" part="toggle" aria-pressed=${this.tableShown ? 'true' : 'false'} @click=${this.onToggle}>
              ${s.showTable}
            </button>
          </div>`
      }
      ${table ? this.renderTable(shown, shown.view.locale) : nothing}`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const ctx = this.advice.context;
    if (!ctx) return this.renderNoModule();
    const s = this.strings;
    const locale = this.locale;
    const anyFactor = ctx.model.factors.find((f) => f.id === this.factor);
    if (!anyFactor) return html`<p class="status error" part="status">${s.unknownFactor(this.factor)}</p>`;
    const factor = this.numberFactor(ctx.model);
    if (!factor) return html`<p class="status error" part="status">${s.notNumber(localize(anyFactor.label, locale))}</p>`;
    const criterion = ctx.model.criteria.find((c) => c.id === this.criterion);
    if (!criterion) return html`<p class="status error" part="status">${s.unknownCriterion(this.criterion)}</p>`;

    const shown = this.current;
    const error = this.data.status === 'error' ? this.renderError(this.data.error) : nothing;
    if (!shown) return html`${error}${this.renderLoading(this.data.slow)}`;
    return html`${error}${this.renderLoading(this.data.slow)}
      ${shown.series.anyEligible ? this.renderChart(shown) : html`<p class="status" part="status">${this.common.noEligible}</p>`}`;
  }

  protected override render() {
    const criterion = this.advice.context?.model.criteria.find((c) => c.id === this.criterion);
    const heading =
      this.headingLevel !== undefined && criterion
        ? renderHeading(headingLevel(this.headingLevel), this.strings.title(localize(criterion.label, this.locale)))
        : nothing;
    return html`${heading}${this.renderBody()}`;
  }
}

registerPart('chart', AdviceChartElement);
