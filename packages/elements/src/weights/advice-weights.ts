import {
  type AdviceModel,
  activeWeights,
  type Criterion,
  type CriterionWorth,
  cheapestWeights,
  costCriterion,
  initialState,
  localize,
  type WeightInterval,
  type WeightStabilityResult,
  type Weights,
  weightShares,
  weightStability,
  weightWorth,
  wholePercentages,
} from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { AdviceElement } from '../shared/advice-element.js';
import type { AdviceAction } from '../shared/context.js';
import { situationEvaluation } from '../shared/controllers.js';
import { formatMoney, formatShare } from '../shared/format.js';
import { renderHeading } from '../shared/heading.js';
import { registerPart } from '../shared/registry.js';
import { styleProps } from '../shared/style-props.js';
import { baseStyles, overlayRangeStyles } from '../shared/styles.js';
import { type WeightsStrings, weightsStrings } from './advice-weights.strings.js';
import { weightsStyles } from './advice-weights.styles.js';

/** A button that sets every weight at once. */
interface Preset {
  readonly id: string;
  readonly label: string;
  readonly weights: Weights;
}

/** Shares differing less than this count as the same weighting (a preset is "on"). */
const SAME_SHARE = 1e-9;

/**
 * How much each criterion matters to the person: a slider per criterion with
 * its share of the total, presets, a reset, and on every track the stretch
 * within which the advice stays the same.
 *
 * Sliders hold the person's raw weights (0 to `max`); the share in % is the
 * weight divided by the total. The highlighted band on each track and the
 * sentence under it come from the core's `weightStability`.
 *
 * @summary How much each criterion matters to the person.
 *
 * @event {Event} input - Native, from a slider while the person moves it.
 * @event {Event} change - Native, from a slider when the person lets go (stays inside the shadow root, as native `change` does).
 *
 * @csspart heading - The title, when `heading-level` is set.
 * @csspart presets - The group of preset buttons.
 * @csspart preset - One preset button.
 * @csspart criterion - One criterion: label, share, slider and sentence.
 * @csspart label - A criterion's label.
 * @csspart share - A criterion's share of the total ("75 %").
 * @csspart slider - The slider: track, band and native range input.
 * @csspart track - A slider's track.
 * @csspart band - The stretch of a track within which the advice stays the same.
 * @csspart stability - The sentence saying how far the weight may move.
 * @csspart reset - The reset button.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message with its retry button.
 *
 * @cssproperty --advice-weights-heading-font-size - Size of the title (with `heading-level`).
 * @cssproperty --advice-weights-thumb-size - Diameter of a slider's handle.
 * @cssproperty --advice-weights-thumb-background-color - Fill of a slider's handle.
 * @cssproperty --advice-weights-thumb-border-color - Ring around a slider's handle.
 * @cssproperty --advice-weights-thumb-focus-border-color - Ring around a focused slider's handle.
 * @cssproperty --advice-weights-track-height - Thickness of a slider's track.
 * @cssproperty --advice-weights-track-background-color - Fill of a slider's track.
 * @cssproperty --advice-weights-track-border-color - Border of a slider's track.
 * @cssproperty --advice-weights-band-background-color - Fill of the stretch where the advice stays the same.
 * @cssproperty --advice-weights-band-border-color - Border of the stretch where the advice stays the same.
 * @cssproperty --advice-weights-preset-pressed-background-color - Fill of the preset that matches the current weights.
 * @cssproperty --advice-weights-preset-pressed-color - Text of the preset that matches the current weights.
 * @cssproperty --advice-weights-criterion-gap - Space between the criteria.
 */
export class AdviceWeightsElement extends AdviceElement {
  static override styles = [baseStyles, overlayRangeStyles, weightsStyles];

  /** Renders a title at this heading level (2–6). Without it, no title: the surrounding page gives one. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number | undefined;

  /** Highest value of every slider (the person's weight scale). Grows when a weight is higher. */
  @property({ type: Number }) max = 100;

  /** Step of every slider. */
  @property({ type: Number }) step = 1;

  private readonly stability = situationEvaluation<WeightStabilityResult>(this, this.advice, weightStability);

  private get strings(): WeightsStrings {
    return weightsStrings[this.locale];
  }

  /** The person's weight per criterion, the model's default where none is given. */
  private rawWeights(model: AdviceModel): Record<string, number> {
    const given = this.advice.weights ?? {};
    const out: Record<string, number> = {};
    for (const c of model.criteria) {
      const w = Object.hasOwn(given, c.id) ? given[c.id] : undefined;
      out[c.id] = typeof w === 'number' && Number.isFinite(w) && w >= 0 ? w : c.defaultWeight;
    }
    return out;
  }

  private scaleMax(weights: Record<string, number>): number {
    const wanted = Number.isFinite(this.max) && this.max > 0 ? this.max : 100;
    return Math.max(wanted, ...Object.values(weights).map((w) => Math.ceil(w)));
  }

  private get sliderStep(): number {
    return Number.isFinite(this.step) && this.step > 0 ? this.step : 1;
  }

  /** Changes the weights where the person is looking (the store's rule: `setActiveWeights`). `next` returns null for no change. */
  private write(action: AdviceAction, next: (current: Weights) => Weights | null): void {
    this.advice.context?.act(action, (store) => {
      const weights = next(activeWeights(store.getState()));
      if (weights) store.setActiveWeights(weights);
    });
  }

  /**
   * The presets, each meaning what its label says: "as cheap as possible" is
   * the cost alone (equal prices decided by the rest), "X first" gives X 60 %
   * and shares the other 40 % equally, "balanced" weighs all the same. Their
   * weights add up to 100, so each slider's thumb sits at its percentage.
   */
  private presets(model: AdviceModel, locale: 'nl' | 'en'): Preset[] {
    if (model.criteria.length < 2) return [];
    const n = model.criteria.length;
    const low = Math.floor(40 / (n - 1));
    const high = 100 - low * (n - 1);
    const cheapest = cheapestWeights(model);
    const cost = costCriterion(model);
    const presets: Preset[] = model.criteria.map((c) => ({
      id: c.id,
      label: c === cost ? this.strings.cheapest : this.strings.first(localize(c.label, locale)),
      weights: c === cost && cheapest ? cheapest : Object.fromEntries(model.criteria.map((o) => [o.id, o.id === c.id ? high : low])),
    }));
    const even = Math.floor(100 / n);
    presets.push({ id: '', label: this.strings.balanced, weights: Object.fromEntries(model.criteria.map((c) => [c.id, even])) });
    return presets;
  }

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const criterionId = input.dataset.criterion;
    const value = Number(input.value);
    if (!criterionId || !Number.isFinite(value) || value < 0) return;
    this.write('weight', (current) => (current[criterionId] === value ? null : { ...current, [criterionId]: value }));
  };

  private choosePreset(preset: Preset): void {
    this.write('preset', () => preset.weights);
  }

  private readonly onReset = (): void => {
    const ctx = this.advice.context;
    if (!ctx) return;
    const defaults = initialState(ctx.model).weights;
    this.write('reset', () => defaults);
  };

  private optionLabel(model: AdviceModel, id: string | null): string {
    return id === null ? '' : localize(model.options.find((o) => o.id === id)?.label, this.locale) || id;
  }

  /**
   * The stability interval in money, for every criterion but the cost of a
   * model that has one: "Flexibel is u tot € 5,00 per maand waard. Het advies
   * blijft Jaarabonnement zolang dat tussen € 0,00 en € 39,94 ligt."
   */
  private renderWorth(model: AdviceModel, criterion: Criterion, worth: CriterionWorth, interval: WeightInterval, best: string): string {
    const s = this.strings;
    const locale = this.locale;
    const cost = costCriterion(model) as Criterion;
    const label = localize(criterion.label, locale);
    if (worth.worth === null) return s.worthNoPrice(label);
    const money = (x: number) => {
      const text = formatMoney(cost, x, locale);
      return cost.costPeriod ? `${text} ${s.per[cost.costPeriod]}` : text;
    };
    const option = this.optionLabel(model, best);
    const lower = interval.from > 0 && worth.from !== null && worth.from > 0;
    const upper = interval.to < 1 && worth.to !== null;
    const main =
      lower && upper
        ? s.worthBetween(option, money(worth.from as number), money(worth.to as number))
        : upper
          ? s.worthAtMost(option, money(worth.to as number))
          : lower
            ? s.worthAtLeast(option, money(worth.from as number))
            : s.worthAlways(option);
    const less = interval.below !== null && lower ? ` ${s.worthLess(this.optionLabel(model, interval.below))}` : '';
    const more = interval.above !== null && upper ? ` ${s.worthMore(this.optionLabel(model, interval.above))}` : '';
    return `${s.worth(label, money(worth.worth))} ${main}${less}${more}`;
  }

  private renderSentence(model: AdviceModel, criterion: Criterion, interval: WeightInterval, best: string): TemplateResult {
    const s = this.strings;
    const locale = this.locale;
    const cost = costCriterion(model);
    if (cost && criterion !== cost) {
      const worth = weightWorth(model, this.rawWeights(model), [interval]).find((w) => w.criterionId === criterion.id);
      if (worth) return html`${this.renderWorth(model, criterion, worth, interval, best)}`;
    }
    const option = this.optionLabel(model, best);
    const label = localize(criterion.label, locale);
    const lower = interval.from > 0;
    const upper = interval.to < 1;
    const main =
      lower && upper
        ? s.holdsBetween(option, label, formatShare(interval.from, locale), formatShare(interval.to, locale))
        : upper
          ? s.holdsAtMost(option, label, formatShare(interval.to, locale))
          : lower
            ? s.holdsAtLeast(option, label, formatShare(interval.from, locale))
            : s.holdsAlways(option, label);
    const less = interval.below !== null && lower ? ` ${s.less(this.optionLabel(model, interval.below))}` : '';
    const more = interval.above !== null && upper ? ` ${s.more(this.optionLabel(model, interval.above))}` : '';
    return html`${main}${less}${more}`;
  }

  private renderPresets(model: AdviceModel, shares: Record<string, number>): TemplateResult | typeof nothing {
    const presets = this.presets(model, this.locale);
    if (presets.length === 0) return nothing;
    return html`<div class="presets" part="presets" role="group" aria-labelledby="presets-label">
      <p class="presets-label" id="presets-label">${this.strings.presets}</p>
      ${presets.map((preset) => {
        const target = weightShares(model, preset.weights);
        const pressed = model.criteria.every((c) => Math.abs((target[c.id] ?? 0) - (shares[c.id] ?? 0)) < SAME_SHARE);
        return html`<button
          type="button"
          class="preset"
          part="preset"
          aria-pressed=${pressed ? 'true' : 'false'}
          @click=${() => this.choosePreset(preset)}
        >
          ${preset.label}
        </button>`;
      })}
    </div>`;
  }

  private renderCriterion(
    model: AdviceModel,
    criterion: Criterion,
    weight: number,
    percent: number,
    max: number,
    stability: WeightStabilityResult | undefined,
  ): TemplateResult {
    const locale = this.locale;
    const id = criterion.id;
    const help = localize(criterion.help, locale);
    const interval = stability?.best ? stability.criteria.find((i) => i.criterionId === id) : undefined;
    const best = stability?.best ?? null;
    const describedBy = [help ? `help-${id}` : '', interval ? `stability-${id}` : ''].filter(Boolean).join(' ');
    const clamp = (x: number) => Math.min(1, Math.max(0, x));
    const band = interval
      ? {
          from: clamp(interval.weightFrom / max),
          to: interval.weightTo === null ? 1 : clamp(interval.weightTo / max),
        }
      : undefined;
    return html`<li class="criterion" part="criterion">
      <div class="criterion-header">
        <label for="weight-${id}" part="label">${localize(criterion.label, locale)}</label>
        <span class="share" part="share">${formatShare(percent / 100, locale)}</span>
      </div>
      ${help ? html`<p class="help" id="help-${id}">${help}</p>` : nothing}
      <div class="slider" part="slider">
        <div class="track" part="track">
          ${
            band
              ? html`<div
                class="band"
                part="band"
                data-from=${band.from}
                data-to=${band.to}
                style=${styleProps({ left: `${band.from * 100}%`, width: `${(band.to - band.from) * 100}%` })}
              ></div>`
              : nothing
          }
        </div>
        <input
          type="range"
          id="weight-${id}"
          data-criterion=${id}
          min="0"
          max=${max}
          step=${this.sliderStep}
          .value=${live(String(weight))}
          aria-valuetext=${this.strings.valueText(formatShare(percent / 100, locale))}
          aria-describedby=${describedBy || nothing}
          @input=${this.onInput}
        />
      </div>
      ${
        interval && best
          ? html`<p class="stability" part="stability" id="stability-${id}">${this.renderSentence(model, criterion, interval, best)}</p>`
          : nothing
      }
    </li>`;
  }

  protected override render() {
    const ctx = this.advice.context;
    if (!ctx || !this.advice.state) return this.renderNoModule();
    const model = ctx.model;
    const strings = this.strings;
    const weights = this.rawWeights(model);
    const shares = weightShares(model, weights);
    // Whole percentages that add up to exactly 100 (largest remainder), the same in the label and the spoken value.
    const percentages = wholePercentages(
      shares,
      model.criteria.map((c) => c.id),
    );
    const max = this.scaleMax(weights);
    const evaluation = this.stability;
    const stability = evaluation.error ? undefined : evaluation.value;
    const noneOpen = !evaluation.error && evaluation.status !== 'loading' && stability !== undefined && stability.best === null;
    return html`
      ${this.headingLevel ? renderHeading(this.headingLevel, strings.title) : nothing}
      <p class="intro">${strings.intro}</p>
      ${this.renderPresets(model, shares)}
      ${this.renderError(evaluation.error)}
      ${evaluation.value === undefined && !evaluation.error ? this.renderLoading(evaluation.slow) : nothing}
      ${noneOpen ? html`<p class="status" part="status">${this.common.noEligible}</p>` : nothing}
      ${
        stability?.best
          ? html`<p class="legend"><span class="legend-swatch" aria-hidden="true"></span><span>${strings.bandLegend}</span></p>`
          : nothing
      }
      <ul class="criteria" role="list">
        ${model.criteria.map((c) => this.renderCriterion(model, c, weights[c.id] ?? 0, percentages[c.id] ?? 0, max, stability))}
      </ul>
      <div class="reset-row">
        <button type="button" part="reset" @click=${this.onReset}>${strings.reset}</button>
      </div>
    `;
  }
}

registerPart('weights', AdviceWeightsElement);
