/**
 * `<study-findings>`: the findings per version for the researcher — n,
 * mean and median with 95 % intervals, the test the design calls for with its
 * effect size and a plain warning when n is too small, a strip chart of the
 * values per version (Chart.js, loaded on first use) with the same values as a
 * table, and the exports (CSV of the numbers, PNG of each chart). Light DOM.
 */
import { type BuiltInLocale as Locale, localize } from '@advice-kit/core';
import { type DesignTest, digitsOf, type Findings, type MeasureFinding, type Questionnaire, VARIANTS } from '@advice-kit/study';
import type { Chart } from 'chart.js';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { type FindingsStrings, findingsStrings } from './findings-strings.js';

const COLORS = { classic: '#35557a', interactive: '#c8001a' } as const;

export class StudyFindingsElement extends LitElement {
  @property({ attribute: false }) findings: Findings | undefined;
  @property({ attribute: false }) questionnaire: Questionnaire | undefined;
  @property() locale: Locale = 'nl';

  private charts: Chart[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const c of this.charts) c.destroy();
    this.charts = [];
  }

  protected override async updated(): Promise<void> {
    for (const c of this.charts) c.destroy();
    this.charts = [];
    const f = this.findings;
    if (!f || f.sessions === 0) return;
    const { stripChart } = await import('./findings-chart.js');
    for (const m of f.measures) {
      const canvas = this.querySelector<HTMLCanvasElement>(`#chart-${m.measure.id}`);
      if (!canvas) continue;
      const series = VARIANTS.map((v) => ({
        label: this.s.variant[v],
        color: COLORS[v],
        values: m.values[v],
        mean: m.byVariant[v].mean,
      }));
      this.charts.push(stripChart(canvas, series, (x) => this.num(x, digitsOf(m.measure))));
    }
  }

  private get s(): FindingsStrings {
    return findingsStrings[this.locale];
  }

  private num(value: number, digits: number): string {
    return new Intl.NumberFormat(this.locale === 'nl' ? 'nl-NL' : 'en-GB', {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
    }).format(value);
  }

  private label(m: MeasureFinding): string {
    const d = m.measure.dimension;
    if (d) return this.s.dimension(localize(this.questionnaire?.dimensions.find((x) => x.id === d)?.label, this.locale) || d);
    return this.s.measure[m.measure.id] ?? m.measure.id;
  }

  private p(value: number | null): string {
    if (value === null) return '–';
    return value < 0.001 ? `< ${this.num(0.001, 3)}` : this.num(value, 3);
  }

  private renderTest(test: DesignTest | null, kind: 'within' | 'between'): TemplateResult | typeof nothing {
    if (!test) return nothing;
    if (test.p === null) return html`<p>${this.s.noTest}</p>`;
    const text = this.s[kind](this.p(test.p), this.num(test.effect ?? 0, 2), test.n, test.method === 'exact');
    return html`<p>${text}</p>${test.tooSmall ? html`<p class="study-warning">${this.s.tooSmall}</p>` : nothing}`;
  }

  private renderMeasure(m: MeasureFinding): TemplateResult {
    const s = this.s;
    const digits = digitsOf(m.measure);
    const label = this.label(m);
    const interval = (i: { low: number; high: number } | null) =>
      i ? s.interval(this.num(i.low, digits), this.num(i.high, digits)) : s.noInterval;
    const id = m.measure.id;
    const longest = Math.max(m.values.classic.length, m.values.interactive.length);
    return html`<section class="study-card study-finding" aria-labelledby="finding-${id}">
      <h3 id="finding-${id}">${label}</h3>
      <div class="study-table-wrap" role="region" aria-labelledby="finding-${id}-caption" tabindex="0">
        <table class="study-table study-table-reflow">
          <caption id="finding-${id}-caption" class="visually-hidden">${label}</caption>
          <thead><tr><th scope="col">${s.colVariant}</th><th scope="col">${s.colN}</th><th scope="col">${s.colMean}</th><th scope="col">${s.colMedian}</th></tr></thead>
          <tbody>
            ${VARIANTS.map((v) => {
              const d = m.byVariant[v];
              return html`<tr>
                <th scope="row">${s.variant[v]}</th>
                <td data-label=${s.colN}>${d.n}</td>
                <td data-label=${s.colMean}>${d.mean === null ? '–' : `${this.num(d.mean, digits)} (${interval(d.meanCi)})`}</td>
                <td data-label=${s.colMedian}>${d.median === null ? '–' : `${this.num(d.median, digits)} (${interval(d.medianCi)})`}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${this.renderTest(m.within, 'within')} ${this.renderTest(m.between, 'between')}
      <div class="study-chart"><canvas id="chart-${id}" role="img" aria-label=${s.chartLabel(label)}></canvas></div>
      <details class="study-details">
        <summary>${s.showTable}</summary>
        <div class="study-table-wrap" role="region" aria-labelledby="values-${id}" tabindex="0">
          <table class="study-table">
            <caption id="values-${id}">${s.valuesCaption(label)}</caption>
            <thead><tr><th scope="col">${s.participant}</th>${VARIANTS.map((v) => html`<th scope="col">${s.variant[v]}</th>`)}</tr></thead>
            <tbody>
              ${Array.from(
                { length: longest },
                (_, i) =>
                  html`<tr><th scope="row">${i + 1}</th>${VARIANTS.map((v) => {
                    const x = m.values[v][i];
                    return html`<td>${x === undefined ? '' : this.num(x, digits)}</td>`;
                  })}</tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
      <button type="button" class="button-secondary" @click=${() => this.savePng(id, label)}>${s.png(label)}</button>
    </section>`;
  }

  private savePng(id: string, label: string): void {
    const canvas = this.querySelector<HTMLCanvasElement>(`#chart-${id}`);
    canvas?.toBlob((blob) => {
      if (!blob) return;
      this.dispatchEvent(new CustomEvent('study-download', { detail: { name: `findings-${id}.png`, blob, label }, bubbles: true }));
    }, 'image/png');
  }

  protected override render(): TemplateResult {
    const f = this.findings;
    const s = this.s;
    if (!f || f.sessions === 0) return html`<p>${s.none}</p>`;
    const prefs = Object.entries(f.preference);
    return html`<p>${s.intro(f.sessions, f.withinSessions, f.betweenSessions)}</p>
      ${prefs.length > 0 ? html`<p>${s.preference(prefs.map(([k, n]) => `${s.preferenceName[k] ?? k} ${n}×`).join(', '))}</p>` : nothing}
      ${f.measures.map((m) => this.renderMeasure(m))}`;
  }
}

if (!customElements.get('study-findings')) customElements.define('study-findings', StudyFindingsElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-findings': StudyFindingsElement;
  }
}
