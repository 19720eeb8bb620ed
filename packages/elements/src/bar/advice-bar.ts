import { type AdviceModel, type Criterion, costCriterion, localize, type RankResult, rank } from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdviceElement } from '../shared/advice-element.js';
import { situationEvaluation } from '../shared/controllers.js';
import { formatCriterion } from '../shared/format.js';
import { renderHeading } from '../shared/heading.js';
import { registerPart } from '../shared/registry.js';
import { SettledAdvice } from '../shared/settled.js';
import { baseStyles } from '../shared/styles.js';
import { type BarStrings, barStrings } from './advice-bar.strings.js';
import { barStyles } from './advice-bar.styles.js';

/** How long the best option must stay the same before the change is announced, in ms (as `<advice-result>`). */
export const BAR_ANNOUNCE_AFTER = 750;

/**
 * The criterion whose value the bar shows as the price: the one named, else
 * the model's primary cost (the core's `costCriterion`), else its first
 * criterion in a currency (models that mark no primary cost).
 */
export function priceCriterion(model: AdviceModel, id?: string): Criterion | undefined {
  if (id) return model.criteria.find((c) => c.id === id);
  return costCriterion(model) ?? model.criteria.find((c) => c.format?.style === 'currency');
}

/**
 * A compact line with the current advice — the best option and its price — to
 * keep in view while answering and exploring, with a link to the full advice.
 * Announces a new advice politely once it has settled.
 *
 * It shows what the core's ranking returns for the situation being looked at
 * (the person's own, or the scenario being viewed); it computes nothing itself.
 * It does not position itself: `<advice-module>`'s default layout makes it
 * stick to the edge of the screen; a page of its own can do the same with
 * `position: sticky`.
 *
 * @summary The current advice and its price in one line that stays in reach, with a link to the full advice.
 *
 * @csspart base - The bar.
 * @csspart heading - The line with the advice, when `heading-level` is set (then it is a heading of that level).
 * @csspart intro - "Our advice", or the scenario being viewed.
 * @csspart option - The name of the best option.
 * @csspart status - In place of the option: that the advice is being worked out, could not be, or that no option fits.
 * @csspart price - The best option's price.
 * @csspart link - The link to the full advice.
 *
 * @cssproperty --advice-bar-background-color - Background of the bar.
 * @cssproperty --advice-bar-color - Text colour of the bar.
 * @cssproperty --advice-bar-border-color - Border of the bar.
 * @cssproperty --advice-bar-border-radius - Rounding of the bar.
 * @cssproperty --advice-bar-box-shadow - Shadow that lifts the bar off the page it floats over.
 * @cssproperty --advice-bar-padding-block - Space above and below the bar's content.
 * @cssproperty --advice-bar-padding-inline - Space before and after the bar's content.
 * @cssproperty --advice-bar-heading-font-size - Size of the line with the advice when it is a heading (`heading-level`).
 * @cssproperty --advice-bar-intro-color - Colour of the line above the option.
 * @cssproperty --advice-bar-option-font-size - Size of the best option's name.
 * @cssproperty --advice-bar-option-color - Colour of the best option's name.
 * @cssproperty --advice-bar-link-color - Colour of the link to the full advice.
 */
export class AdviceBarElement extends AdviceElement {
  static override styles = [baseStyles, barStyles];

  /** Where the link goes: `#id` of the full advice (looked up in the bar's own document or shadow root), or a URL. No link when not set. */
  @property() href: string | undefined;

  /** Id of the criterion shown as the price. Default: the model's primary cost criterion, else its first criterion in a currency; none when there is neither. */
  @property() criterion: string | undefined;

  /** When set (2–6), the line with the advice is a heading of this level, so it can be found in the page's outline. Default: none (a bar is a region of its own). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number | undefined;

  /** Announces nothing: for a page where `<advice-result>` already announces each new advice. */
  @property({ type: Boolean }) quiet = false;

  /** What the live region says: set only when the best option changed and then stayed the same for a moment. */
  @state() private announcement = '';

  private readonly ranking = situationEvaluation<RankResult>(this, this.advice, rank, { onSettled: (value) => this.onRanked(value) });

  private readonly settled = new SettledAdvice(
    this,
    BAR_ANNOUNCE_AFTER,
    () => (this.ranking.status === 'ready' ? this.ranking.value?.best : undefined),
    () => this.announce(),
  );

  private get strings(): BarStrings {
    return barStrings[this.locale];
  }

  /** Announces a new best option once it has settled (the same rule as `<advice-result>`). */
  private onRanked(value: RankResult | undefined): void {
    const model = this.advice.context?.model;
    if (!value || value.error || !model) return;
    this.settled.observe(model, value.best);
  }

  private announce(): void {
    const result = this.ranking.value;
    if (this.quiet || !result) return;
    const shown = this.shown(result);
    this.announcement = shown ? this.strings.announce(shown.option, shown.price) : this.strings.announceNone;
  }

  /** The best option's name and price as the person reads them; undefined when no option fits. */
  private shown(result: RankResult): { option: string; price: string } | undefined {
    const model = this.advice.context?.model;
    const best = result.ranking.find((r) => r.optionId === result.best);
    if (!model || !best?.eligible) return undefined;
    const locale = this.locale;
    const option = model.options.find((o) => o.id === best.optionId);
    const criterion = priceCriterion(model, this.criterion);
    const value = criterion ? best.values[criterion.id] : undefined;
    return {
      option: option ? localize(option.label, locale) : best.optionId,
      price:
        criterion && typeof value === 'number'
          ? this.strings.price(localize(criterion.label, locale), formatCriterion(criterion, value, locale))
          : '',
    };
  }

  /** Follows an in-page link to the full advice, also when it lies in the same shadow root as the bar. */
  private readonly onLink = (event: MouseEvent): void => {
    const href = this.href ?? '';
    if (!href.startsWith('#') || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(decodeURIComponent(href.slice(1)));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
  };

  /** The line above the option: whose situation the advice is for. */
  private intro(): string {
    const state = this.advice.state;
    const scenario = state?.activeScenario ? state.scenarios.find((s) => s.id === state.activeScenario) : undefined;
    return scenario ? this.strings.introScenario(scenario.name) : this.strings.intro;
  }

  private renderText(): TemplateResult {
    const s = this.strings;
    const ranking = this.ranking;
    const result = ranking.value;
    const shown = result ? this.shown(result) : undefined;
    const message = !result ? (ranking.status === 'error' ? s.failed : this.common.loading) : shown ? shown.option : s.none;
    const line = html`<span class="intro" part="intro">${this.intro()}</span>
      <span class="option" part=${shown ? 'option' : 'status'}>${message}</span>`;
    return html`${this.headingLevel === undefined ? html`<p class="text">${line}</p>` : renderHeading(this.headingLevel, line)}
      <div class="detail">
        ${shown?.price ? html`<p class="price" part="price">${shown.price}</p>` : nothing}
        ${this.href ? html`<a part="link" href=${this.href} @click=${this.onLink}>${this.strings.link}</a>` : nothing}
      </div>`;
  }

  protected override render() {
    if (!this.advice.context) return this.renderNoModule();
    const s = this.strings;
    return html`<div class="bar" part="base" role="region" aria-label=${s.region}>
${this.renderText()}</div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}

registerPart('bar', AdviceBarElement);
