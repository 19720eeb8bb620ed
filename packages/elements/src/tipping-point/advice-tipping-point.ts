import {
  type AdviceModel,
  type Alternative,
  type BooleanFactor,
  type ChoiceFactor,
  type Factor,
  type FactorValue,
  gridOf,
  isValueRange,
  localize,
  type NumberFactor,
  resolveSituation,
  type Segment,
  type TippingPointsResult,
  tippingPoints,
  type ValueRange,
} from '@advice-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { AdviceElement } from '../shared/advice-element.js';
import { situationEvaluation } from '../shared/controllers.js';
import { emit } from '../shared/events.js';
import { formatFactorNumber, formatFactorValue } from '../shared/format.js';
import { renderHeading } from '../shared/heading.js';
import { registerPart } from '../shared/registry.js';
import { FirstSight } from '../shared/sight.js';
import { styleProps } from '../shared/style-props.js';
import { baseStyles, optionColor, overlayRangeStyles } from '../shared/styles.js';
import { type TippingPointStrings, tippingPointStrings } from './advice-tipping-point.strings.js';
import { tippingPointStyles } from './advice-tipping-point.styles.js';
import { NONE_COLOR, NONE_PATTERN, optionPattern } from './option-pattern.js';

/**
 * Where the advice changes along one factor: the factor's whole range as a
 * band of segments coloured and labelled by the best option, thresholds
 * labelled, the person's answer marked and movable, with a text equivalent.
 *
 * For a number factor the band holds a native range slider over the factor's
 * grid: clicking the band or pressing the arrow keys changes the person's
 * answer. For a choice or yes/no factor, a list of the values with the best
 * option for each, the person's own marked, and buttons to switch. Every
 * segment, threshold and best option comes from the core's `tippingPoints`.
 *
 * @summary Where the advice changes along one number question.
 *
 * @event {CustomEvent<AdviceViewDetail>} advice-view - Once, when the element is first seen (half of it in view, the page visible, for a second; see `onFirstSight`): `{ view: 'tipping-point', factorId }`.
 * @event {Event} input - Native, from the band's slider while the person moves it.
 * @event {Event} change - Native, from the band's slider when the person lets go (stays inside the shadow root, as native `change` does).
 *
 * @csspart heading - The title (the factor's question), when `heading-level` is set.
 * @csspart try-label - The visible name of the band's slider or of the list of other answers.
 * @csspart label - The factor's question, when there is no title.
 * @csspart band - The band: marker, segments, slider and axis.
 * @csspart segment - One stretch of the band with one best option.
 * @csspart segment-label - The option's name inside a segment.
 * @csspart marker - The mark at the person's answer, with its value.
 * @csspart range - The mark of an uncertain answer ("between 8 and 12").
 * @csspart threshold - A threshold's tick and label on the axis.
 * @csspart legend - The options shown in the band, with their colour and pattern.
 * @csspart summary - The text equivalent: one line per segment.
 * @csspart alternatives - Choice and yes/no factors: the list of values.
 * @csspart alternative - One value's button.
 * @csspart note - Remarks under the band (your answer, estimates).
 * @csspart reasons - Why the advice changes at each threshold: a price crossing, or the person's weights.
 * @csspart status - Loading, empty and unknown-factor messages.
 * @csspart error - The error message with its retry button.
 *
 * @cssproperty --advice-tipping-point-heading-font-size - Size of the title (with `heading-level`).
 * @cssproperty --advice-tipping-point-band-height - Height of the band.
 * @cssproperty --advice-tipping-point-band-border-color - Border around the band and between segments.
 * @cssproperty --advice-tipping-point-segment-color - Text of the option's name inside a segment.
 * @cssproperty --advice-tipping-point-segment-none-background-color - Segments where no option is open.
 * @cssproperty --advice-tipping-point-thumb-width - Width of the slider's handle.
 * @cssproperty --advice-tipping-point-thumb-background-color - Fill of the slider's handle.
 * @cssproperty --advice-tipping-point-thumb-border-color - Border of the slider's handle.
 * @cssproperty --advice-tipping-point-thumb-focus-border-color - Ring around the focused handle.
 * @cssproperty --advice-tipping-point-marker-background-color - Fill of the mark at the person's answer.
 * @cssproperty --advice-tipping-point-marker-color - Text of the mark at the person's answer.
 * @cssproperty --advice-tipping-point-range-border-color - Outline of an uncertain answer's range.
 * @cssproperty --advice-tipping-point-threshold-color - Ticks and labels of the thresholds.
 * @cssproperty --advice-tipping-point-alternative-current-border-color - Border of the person's own value in the choice list.
 */
export class AdviceTippingPointElement extends AdviceElement {
  static override styles = [baseStyles, overlayRangeStyles, tippingPointStyles];

  /** Id of the factor to explore. */
  @property({ reflect: true }) factor = '';

  /** Renders the factor's question as a title at this heading level (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number | undefined;

  /** Seen by the first-sight rule (half of it in view, page visible, for a second); reported once the factor is known. */
  private readonly sight = new FirstSight(this);
  private viewed = false;

  private readonly points = situationEvaluation<TippingPointsResult>(
    this,
    this.advice,
    (model, situation, weights, options) => (this.factorOf(model) ? tippingPoints(model, situation, weights, this.factor, options) : null),
    { moreInputs: () => [this.factor] },
  );

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportView();
  }

  private get strings(): TippingPointStrings {
    return tippingPointStrings[this.locale];
  }

  private factorOf(model: AdviceModel): Factor | undefined {
    return model.factors.find((f) => f.id === this.factor);
  }

  /** Reports the first time the person can see the tipping points (inside a module, for a known factor). */
  private reportView(): void {
    const ctx = this.advice.context;
    if (this.viewed || !this.sight.seen || !ctx || !this.factorOf(ctx.model)) return;
    this.viewed = true;
    emit(this, 'advice-view', { view: 'tipping-point', factorId: this.factor });
  }

  private readonly onSlide = (event: Event): void => {
    const ctx = this.advice.context;
    const factor = ctx ? this.factorOf(ctx.model) : undefined;
    if (!ctx || factor?.kind !== 'number') return;
    const raw = Number((event.target as HTMLInputElement).value);
    if (!Number.isFinite(raw)) return;
    const grid = gridOf(factor);
    const value = grid.value(grid.nearest(raw));
    ctx.act('answer', (store) => store.setFactor(factor.id, value, ctx.locale));
  };

  private choose(factor: Factor, value: FactorValue): void {
    const ctx = this.advice.context;
    if (!ctx) return;
    ctx.act('answer', (store) => store.setFactor(factor.id, value, ctx.locale));
  }

  private optionLabel(model: AdviceModel, id: string | null): string {
    if (id === null) return this.strings.none;
    return localize(model.options.find((o) => o.id === id)?.label, this.locale) || id;
  }

  private optionIndex(model: AdviceModel, id: string | null): number {
    return id === null ? -1 : model.options.findIndex((o) => o.id === id);
  }

  private swatchColor(model: AdviceModel, id: string | null): string {
    const index = this.optionIndex(model, id);
    return index < 0 ? NONE_COLOR : optionColor(index);
  }

  private swatchStyle(model: AdviceModel, id: string | null) {
    const index = this.optionIndex(model, id);
    const color = index < 0 ? NONE_COLOR : optionColor(index);
    const pattern = index < 0 ? NONE_PATTERN : optionPattern(index);
    return styleProps({ background: pattern === 'none' ? color : `${pattern}, ${color}`, '--_swatch-color': color });
  }

  /** The person's value on the factor's grid: the answer, or the middle of an uncertain answer (as the core resolves it). */
  private ownValue(model: AdviceModel, factor: NumberFactor): number {
    const value = resolveSituation(model, this.advice.situation ?? {})[factor.id];
    return typeof value === 'number' ? value : factor.default;
  }

  private stretchText(factor: NumberFactor, segment: Segment, index: number, count: number): string {
    const s = this.strings;
    const locale = this.locale;
    const value = (v: number, unit = true) => formatFactorNumber(factor, v, locale, unit);
    if (count === 1) return s.everywhere(value(segment.from, false), value(segment.to));
    if (index === 0) return s.upTo(value(segment.to));
    if (index === count - 1) return s.from(value(segment.from));
    if (segment.from === segment.to) return s.at(value(segment.from));
    return s.between(value(segment.from, false), value(segment.to));
  }

  private renderLabel(factor: Factor): TemplateResult {
    const label = localize(factor.label, this.locale);
    if (this.headingLevel) return renderHeading(this.headingLevel, label, 'title');
    return html`<p class="label" part="label" id="title">${label}</p>`;
  }

  private renderLegend(model: AdviceModel, segments: readonly Segment[]): TemplateResult {
    const shown = [...new Set(segments.map((s) => s.best))];
    return html`<ul class="legend" part="legend" role="list" aria-hidden="true">
      ${shown.map((id) => html`<li><span class="swatch" style=${this.swatchStyle(model, id)}></span>${this.optionLabel(model, id)}</li>`)}
    </ul>`;
  }

  private renderNumber(model: AdviceModel, factor: NumberFactor, result: TippingPointsResult): TemplateResult {
    const s = this.strings;
    const locale = this.locale;
    const answer = this.advice.situation?.[factor.id];
    const value = this.ownValue(model, factor);
    const span = factor.max - factor.min || 1;
    const half = factor.step / 2;
    const at = (v: number) => Math.min(1, Math.max(0, (v - factor.min) / span));
    const segments = result.segments;
    const own = segments.find((seg) => value >= seg.from && value <= seg.to) ?? null;
    const ownBest = own ? own.best : result.best;
    const formatted = formatFactorNumber(factor, value, locale);
    const p = at(value);
    const range = isValueRange(answer) ? answer : undefined;
    const rows = 1 + Math.min(2, result.thresholds.length);
    const shift = (q: number) => `translateX(${-q * 100}%)`;

    return html`
      ${this.renderLabel(factor)}
      <label class="try" part="try-label" for="band-input">${s.tryLabel}</label>
      <p class="hint" id="hint">${s.hint} ${s.changesAnswer}</p>
      <div class="band" part="band">
        <div class="marker-row" aria-hidden="true">
          <span class="marker" part="marker" data-value=${value} style=${styleProps({ left: `${p * 100}%`, transform: shift(p) })}
            >${range ? formatFactorValue(factor, range, locale) : formatted}</span
          >
          <span class="marker-caret" style=${styleProps({ left: `${p * 100}%` })}></span>
        </div>
        <div class="band-area">
          <div class="segments" aria-hidden="true">
            ${segments.map((seg) => {
              const from = at(seg.from - half);
              const to = at(seg.to + half);
              return html`<div
                class="segment"
                part="segment"
                data-from=${seg.from}
                data-to=${seg.to}
                data-best=${seg.best ?? ''}
                style=${styleProps({ left: `${from * 100}%`, width: `${(to - from) * 100}%` })}
              >
                <span class="segment-fill" style=${this.swatchStyle(model, seg.best)}></span>
                <span class="segment-label" part="segment-label" style=${styleProps({ background: this.swatchColor(model, seg.best) })}
                  >${this.optionLabel(model, seg.best)}</span
                >
              </div>`;
            })}
          </div>
          <input
            type="range"
            id="band-input"
            min=${factor.min}
            max=${factor.max}
            step=${factor.step}
            .value=${live(String(value))}
            aria-label=${s.tryName(localize(factor.label, locale))}
            aria-describedby="hint"
            aria-valuetext=${s.valueText(formatted, this.optionLabel(model, ownBest))}
            @input=${this.onSlide}
          />
        </div>
        ${
          range
            ? html`<div class="range-row" aria-hidden="true">
              <div
                class="range-mark"
                part="range"
                data-min=${range.min}
                data-max=${range.max}
                style=${styleProps({ left: `${at(range.min) * 100}%`, width: `${(at(range.max) - at(range.min)) * 100}%` })}
              ></div>
            </div>`
            : nothing
        }
        <div class="axis" aria-hidden="true" style=${styleProps({ height: `${rows * 1.5 + 0.5}rem` })}>
          <span class="axis-label" style=${styleProps({ left: '0%', top: '0.5rem' })}
            >${formatFactorNumber(factor, factor.min, locale, false)}</span
          >
          <span class="axis-label" style=${styleProps({ left: '100%', top: '0.5rem', transform: shift(1) })}
            >${formatFactorNumber(factor, factor.max, locale, false)}</span
          >
          ${result.thresholds.map((t, k) => {
            const q = at(t.at - half);
            return html`<span class="tick" style=${styleProps({ left: `${q * 100}%` })}></span>
              <span
                class="threshold"
                part="threshold"
                data-at=${t.at}
                style=${styleProps({ left: `${q * 100}%`, top: `${(1 + (k % 2)) * 1.5 + 0.5}rem`, transform: shift(q) })}
                >${formatFactorNumber(factor, t.at, locale)}</span
              >`;
          })}
        </div>
      </div>
      ${this.renderLegend(model, segments)}
      <ul class="summary" part="summary" role="list">
        ${segments.map(
          (seg, i) =>
            html`<li data-best=${seg.best ?? ''}>${s.line(this.stretchText(factor, seg, i, segments.length), this.optionLabel(model, seg.best))}</li>`,
        )}
      </ul>
      ${this.renderReasons(model, factor, result)}
      <p class="note" part="note">${this.yoursText(model, factor, result, range, formatted, ownBest)}</p>
      ${result.exact ? nothing : html`<p class="note estimate" part="note">${s.notExact}</p>`}
    `;
  }

  /** The person's own answer and its advice; a range answer is named as a range. */
  private yoursText(
    model: AdviceModel,
    factor: NumberFactor,
    result: TippingPointsResult,
    range: ValueRange | undefined,
    formatted: string,
    ownBest: string | null,
  ): string {
    const s = this.strings;
    const option = this.optionLabel(model, ownBest);
    if (!range) return s.yours(formatted, option);
    const text = formatFactorValue(factor, range, this.locale);
    const changes = result.thresholds.some((t) => t.at > range.min && t.at <= range.max);
    return changes ? s.yoursRangeMiddle(text, formatted, option) : s.yoursRange(text, option);
  }

  /** Why the advice changes at each threshold, when the model says: a price crossing, or the person's weights. */
  private renderReasons(model: AdviceModel, factor: NumberFactor, result: TippingPointsResult): TemplateResult | typeof nothing {
    const s = this.strings;
    const lines = result.thresholds.flatMap((t) => {
      if (t.from === null || t.to === null) return [];
      const value = formatFactorNumber(factor, t.at, this.locale);
      const to = this.optionLabel(model, t.to);
      const from = this.optionLabel(model, t.from);
      if (t.reason === 'price') return [s.thresholdPrice(value, to, from)];
      if (t.reason === 'weights') return [s.thresholdWeights(value, to, from)];
      return [];
    });
    if (lines.length === 0) return nothing;
    return html`<ul class="reasons" part="reasons" role="list">
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>`;
  }

  private renderAlternatives(
    model: AdviceModel,
    factor: ChoiceFactor | BooleanFactor,
    alternatives: readonly Alternative[],
  ): TemplateResult {
    const s = this.strings;
    const answer = this.advice.situation?.[factor.id];
    const current = answer === undefined ? factor.default : answer;
    return html`
      ${this.renderLabel(factor)}
      <p class="try" part="try-label" aria-hidden="true">${s.chooseLabel}</p>
      <p class="hint" id="choose-hint">${s.changesAnswer}</p>
      <div role="group" aria-label=${s.chooseName(localize(factor.label, this.locale))} aria-describedby="choose-hint">
        <ul class="alternatives" part="alternatives" role="list">
          ${alternatives.map((alt) => {
            const mine = alt.value === current;
            return html`<li>
              <button
                type="button"
                class="alternative"
                part="alternative"
                aria-pressed=${mine ? 'true' : 'false'}
                data-best=${alt.best ?? ''}
                @click=${() => this.choose(factor, alt.value)}
              >
                <span class="alternative-value">${capitalize(formatFactorValue(factor, alt.value, this.locale))}:</span>
                <span class="alternative-best"
                  ><span class="swatch" aria-hidden="true" style=${this.swatchStyle(model, alt.best)}></span>${this.optionLabel(model, alt.best)}</span
                >
                ${mine ? html`<span class="current">(${s.current})</span>` : nothing}
              </button>
            </li>`;
          })}
        </ul>
      </div>
    `;
  }

  protected override render() {
    const ctx = this.advice.context;
    if (!ctx || !this.advice.state) return this.renderNoModule();
    const model = ctx.model;
    const factor = this.factorOf(model);
    if (!factor) return html`<p class="status" part="status">${this.strings.unknownFactor(this.factor)}</p>`;
    const evaluation = this.points;
    if (evaluation.error) return html`${this.renderLabel(factor)}${this.renderError(evaluation.error)}`;
    const result = evaluation.value;
    if (!result || result.factorId !== factor.id) return html`${this.renderLabel(factor)}${this.renderLoading(evaluation.slow)}`;
    const none =
      factor.kind === 'number' ? result.segments.every((seg) => seg.best === null) : result.alternatives.every((alt) => alt.best === null);
    const body =
      factor.kind === 'number' ? this.renderNumber(model, factor, result) : this.renderAlternatives(model, factor, result.alternatives);
    return html`${body}${none ? html`<p class="status" part="status">${this.common.noEligible}</p>` : nothing}`;
  }
}

/** "nee" → "Nee", for a value that starts a line. */
function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

registerPart('tipping-point', AdviceTippingPointElement);
