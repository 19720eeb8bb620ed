import {
  type AdviceError,
  type AdviceModel,
  type CostComparison,
  compareCosts,
  completeWeights,
  costCriterion,
  localize,
  type NearestFlipsResult,
  nearestFlips,
  type RankedOption,
  type RankResult,
  rank,
  weightShares,
  weightWorth,
} from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdviceElement } from '../shared/advice-element.js';
import type { AdviceContext } from '../shared/context.js';
import { situationEvaluation } from '../shared/controllers.js';
import { emit } from '../shared/events.js';
import { formatCriterion, formatNumber } from '../shared/format.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { registerPart } from '../shared/registry.js';
import { SettledAdvice } from '../shared/settled.js';
import { styleProps } from '../shared/style-props.js';
import { baseStyles } from '../shared/styles.js';
import { type ResultStrings, resultStrings } from './advice-result.strings.js';
import { resultStyles } from './advice-result.styles.js';
import { type MoneyView, renderCostComparison, renderWhyMoney } from './money.js';
import { renderClosed, renderRanking } from './ranking.js';
import { flipSentence, renderUncertain } from './sentences.js';

/** A lead of at least this much score (scores run from 0 to 1) is a clear lead. */
export const CLEAR_MARGIN = 0.1;
/** Below this lead, the best option and the runner-up fit almost equally well. */
export const SMALL_MARGIN = 0.03;
/** How long the best option must stay the same before the change is announced, in ms. */
export const ANNOUNCE_AFTER = 750;

const POINTS: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

/** Only links a person can safely follow: http(s), mail, phone, or relative to the page. */
function safeLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link, document.baseURI);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? link : undefined;
  } catch {
    return undefined;
  }
}

function percent(share: number): string {
  return `${Math.min(100, Math.max(0, share * 100))}%`;
}

/**
 * The advice: the best option, how sure it is, what would change it, why,
 * and every option compared. Announces a new advice to screen readers once
 * it has settled.
 *
 * @summary The advice: the best option, how sure it is, and why.
 *
 * @event {CustomEvent<AdviceViewDetail>} advice-view - The person opened the explanation (`view: 'why'`) or the comparison of all options (`view: 'ranking'`).
 * @event {CustomEvent<AdviceErrorDetail>} advice-error - The model failed or timed out; the element shows a message with a retry button.
 *
 * @csspart best - The best option with its description, values, notes and link.
 * @csspart best-label - The name of the best option.
 * @csspart values - The best option's value on each criterion.
 * @csspart notes - Remarks that go with the best option.
 * @csspart link - The link to the best option's page.
 * @csspart cost - Under the advice: that it is the cheapest option, or which option is cheaper, by how much, and what the advice gives for it.
 * @csspart scenario - The notice that the advice belongs to a scenario, with the way back to the person's own situation.
 * @csspart sure - How sure the advice is.
 * @csspart flips - What would change the advice.
 * @csspart why - The explanation per criterion (a disclosure).
 * @csspart bar - A bar showing the points a criterion gives.
 * @csspart ranking - Every option compared (a disclosure).
 * @csspart option-notes - The model's remarks on an option in the comparison, such as that its price is an example.
 * @csspart none - The message when no option fits.
 * @csspart status - The loading message.
 * @csspart error - The error message with its retry button.
 * @csspart heading - The title, when `heading-level` is set.
 *
 * @cssproperty --advice-result-gap - Space between the parts.
 * @cssproperty --advice-result-heading-font-size - Size of the headings of the parts.
 * @cssproperty --advice-result-best-background-color - Background of the best option.
 * @cssproperty --advice-result-best-border-color - Accent line beside the best option.
 * @cssproperty --advice-result-best-label-font-size - Size of the best option's name.
 * @cssproperty --advice-result-best-label-color - Colour of the best option's name.
 * @cssproperty --advice-result-link-color - Colour of links.
 * @cssproperty --advice-result-details-border-color - Border of the disclosures (why, all options).
 * @cssproperty --advice-result-bar-background-color - Fill of the bars: the points gained.
 * @cssproperty --advice-result-bar-possible-border-color - Outline of the points a criterion could give at most.
 * @cssproperty --advice-result-bar-track-background-color - Track behind the bars.
 * @cssproperty --advice-result-none-border-color - Border of the message when no option fits.
 * @cssproperty --advice-option-N-color - Colour of the n-th option (1-based) in the comparison bars.
 */
export class AdviceResultElement extends AdviceElement {
  static override styles = [baseStyles, resultStyles];

  /** When set (2–6), the element shows its own title as a heading of this level; its parts get the level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number | undefined;

  /** What the live region says: set only when the best option changed and then stayed the same for a moment. */
  @state() private announcement = '';

  private readonly ranking = situationEvaluation<RankResult>(this, this.advice, rank, {
    onSettled: (value, error) => this.onRanked(value, error),
  });

  private readonly flips = situationEvaluation<NearestFlipsResult>(this, this.advice, (model, situation, weights, options) =>
    nearestFlips(model, situation, weights, { ...options, limit: 3 }),
  );

  private readonly settled = new SettledAdvice(
    this,
    ANNOUNCE_AFTER,
    () => (this.ranking.status === 'ready' ? this.ranking.value?.best : undefined),
    (best) => {
      this.announcement = best === null ? this.strings.announceNone : this.strings.announce(this.optionLabel(best));
    },
  );

  private get strings(): ResultStrings {
    return resultStrings[this.locale];
  }

  /** Announces a new best option once it has stayed the same for a moment: once per settled change, never at start-up. */
  private onRanked(value: RankResult | undefined, error: AdviceError | undefined): void {
    const model = this.advice.context?.model;
    if (error || !value || !model) return;
    this.settled.observe(model, value.best);
  }

  private onToggle(event: Event, view: 'why' | 'ranking'): void {
    if ((event.target as HTMLDetailsElement).open) emit(this, 'advice-view', { view });
  }

  private optionLabel(id: string): string {
    const option = this.advice.context?.model.options.find((o) => o.id === id);
    return option ? localize(option.label, this.locale) : id;
  }

  /** The model's remarks on an option, in the person's language. */
  private notesOf(entry: RankedOption): string[] {
    return entry.notes.map((n) => localize(n, this.locale)).filter(Boolean);
  }

  private moneyView(model: AdviceModel): MoneyView {
    return { model, locale: this.locale, strings: this.strings, label: (id) => this.optionLabel(id) };
  }

  /** Whether the person's weights are the model's defaults (as shares). */
  private defaultWeights(model: AdviceModel): boolean {
    const own = weightShares(model, this.advice.weights);
    const defaults = weightShares(model, null);
    return model.criteria.every((c) => Math.abs((own[c.id] ?? 0) - (defaults[c.id] ?? 0)) < 1e-9);
  }

  private get partLevel(): number {
    return this.headingLevel === undefined ? 3 : Math.min(6, headingLevel(this.headingLevel) + 1);
  }

  private renderBest(model: AdviceModel, entry: RankedOption, costs: CostComparison | null): TemplateResult {
    const s = this.strings;
    const locale = this.locale;
    const option = model.options.find((o) => o.id === entry.optionId);
    const label = this.optionLabel(entry.optionId);
    const description = localize(option?.description, locale);
    const link = safeLink(option?.link);
    const notes = this.notesOf(entry);
    return html`<div class="best" part="best">
      <p class="best-intro">${s.bestIntro}</p>
      <p class="best-label" part="best-label">${label}</p>
      ${description ? html`<p class="description">${description}</p>` : nothing}
      <dl class="values" part="values">
        ${model.criteria.map((c) => {
          const value = entry.values[c.id];
          return value === undefined
            ? nothing
            : html`<div><dt>${localize(c.label, locale)}</dt><dd>${formatCriterion(c, value, locale)}</dd></div>`;
        })}
      </dl>
      ${renderCostComparison(this.moneyView(model), costs)}
      ${
        notes.length > 0
          ? html`<div part="notes">
            <p class="notes-title">${s.notes}:</p>
            <ul class="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>
          </div>`
          : nothing
      }
      ${link ? html`<a part="link" href=${link}>${s.moreAbout(label)}</a>` : nothing}
    </div>`;
  }

  private renderSure(model: AdviceModel, result: RankResult): TemplateResult {
    const s = this.strings;
    const best = this.optionLabel(result.best as string);
    const lead =
      result.runnerUp === null
        ? s.onlyOne(best)
        : result.margin >= CLEAR_MARGIN
          ? s.clearLead(best, this.optionLabel(result.runnerUp))
          : result.margin >= SMALL_MARGIN
            ? s.smallLead(best, this.optionLabel(result.runnerUp))
            : s.tinyLead(best, this.optionLabel(result.runnerUp));
    const rule = this.defaultWeights(model) ? localize(model.weightingNote, this.locale) : '';
    return html`<div class="part" part="sure">
      ${renderHeading(this.partLevel, s.sure)}
      <p class="lead">${lead}</p>
      ${rule ? html`<p class="rule"><span class="rule-label">${s.defaultRule}</span> ${rule}</p>` : nothing}
      ${result.uncertain.map((u) => renderUncertain(this.moneyView(model), result, u))}
    </div>`;
  }

  private renderFlips(model: AdviceModel): TemplateResult | typeof nothing {
    const result = this.flips.value;
    if (!result || this.flips.status === 'error') return nothing;
    const s = this.strings;
    return html`<div class="part" part="flips">
      ${renderHeading(this.partLevel, s.change)}
      ${
        result.flips.length === 0
          ? html`<p>${s.noFlips}</p>`
          : html`<ul class="list flips">${result.flips.map((flip) => html`<li>${flipSentence(this.moneyView(model), flip)}</li>`)}</ul>`
      }
    </div>`;
  }

  private renderWhy(model: AdviceModel, result: RankResult, entry: RankedOption): TemplateResult {
    const s = this.strings;
    const locale = this.locale;
    const label = this.optionLabel(entry.optionId);
    const criteria = model.criteria
      .map((c, order) => ({ c, order, share: result.weights[c.id] ?? 0 }))
      .sort((a, b) => b.share - a.share || a.order - b.order);
    const top = criteria[0];
    const clearTop = top !== undefined && top.share > 0 && top.share > (criteria[1]?.share ?? 0);
    const cost = costCriterion(model);
    if (cost && (result.weights[cost.id] ?? 0) > 0) {
      // In money: the price, and what the rest is worth to the person (no points).
      const worth = weightWorth(model, completeWeights(model, this.advice.weights));
      return html`<details class="why" part="why" @toggle=${(e: Event) => this.onToggle(e, 'why')}>
        <summary>${s.why}</summary>
        <div class="details-body">${renderWhyMoney(this.moneyView(model), result, entry, worth)}</div>
      </details>`;
    }
    return html`<details class="why" part="why" @toggle=${(e: Event) => this.onToggle(e, 'why')}>
      <summary>${s.why}</summary>
      <div class="details-body">
        <p>${s.whyIntro(label)}</p>
        <ul class="contributions">
          ${criteria.map(({ c, share }, i) => {
            const contribution = entry.contributions[c.id] ?? 0;
            const raw = entry.values[c.id];
            const value = raw === undefined ? '–' : formatCriterion(c, raw, locale);
            const name = localize(c.label, locale);
            const sentence =
              share === 0 ? s.countsNot(name, value) : i === 0 && clearTop ? s.countsMost(name, value) : s.countsToo(name, value);
            return html`<li class="contribution">
              <p>${sentence}</p>
              <div class="bar" part="bar" aria-hidden="true">
                <div class="bar-possible" style=${styleProps({ width: percent(share) })}></div>
                <div class="bar-fill" style=${styleProps({ width: percent(Math.min(contribution, share)) })}></div>
              </div>
              <p class="points">${s.points(formatNumber(contribution * 100, locale, POINTS), formatNumber(share * 100, locale, POINTS))}</p>
            </li>`;
          })}
        </ul>
        <p>${s.totalScore(label, formatNumber((entry.score ?? 0) * 100, locale, POINTS))}</p>
      </div>
    </details>`;
  }

  private renderNone(model: AdviceModel, result: RankResult): TemplateResult {
    const s = this.strings;
    return html`<div class="none" part="none">
        <p class="none-title">${s.noneTitle}</p>
        <p>${s.noneIntro}</p>
        ${renderClosed(this.moneyView(model), result.ranking)}
      </div>
      ${this.renderFlips(model)}`;
  }

  /** When a scenario is being looked at, the advice says so, with the way back. */
  private renderScenario(): TemplateResult | typeof nothing {
    const state = this.advice.state;
    const active = state?.scenarios.find((sc) => sc.id === state.activeScenario);
    if (!active) return nothing;
    return html`<div class="scenario" part="scenario">
      <p class="scenario-name">${this.strings.scenarioAdvice(active.name)}</p>
      <button type="button" @click=${this.onBackToOwn}>${this.strings.backToOwn}</button>
    </div>`;
  }

  private readonly onBackToOwn = (): void => {
    this.advice.context?.act('scenario-activate', (store) => store.setActiveScenario(null));
  };

  private renderAdvice(model: AdviceModel, result: RankResult): TemplateResult {
    const best = result.ranking[0];
    if (result.best === null || !best?.eligible) return html`${this.renderScenario()}${this.renderNone(model, result)}`;
    const costs = compareCosts(model, result.ranking);
    return html`${this.renderScenario()}${this.renderBest(model, best, costs)} ${this.renderSure(model, result)} ${this.renderFlips(model)}
    ${this.renderWhy(model, result, best)} ${renderRanking(this.moneyView(model), result, costs, (e) => this.onToggle(e, 'ranking'))}`;
  }

  private renderBody(ctx: AdviceContext): TemplateResult | typeof nothing {
    const ranking = this.ranking;
    if (ranking.status === 'error') return this.renderError(ranking.error);
    const result = ranking.value;
    if (!result) return this.renderLoading(ranking.slow);
    const busy = ranking.status === 'loading';
    return html`${this.renderLoading(ranking.slow)}
      <div class="content ${busy && ranking.slow ? 'busy' : ''}" aria-busy=${busy ? 'true' : 'false'}>${this.renderAdvice(ctx.model, result)}</div>`;
  }

  protected override render() {
    const ctx = this.advice.context;
    const title = this.headingLevel === undefined ? nothing : renderHeading(this.headingLevel, this.strings.title);
    return html`${title}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${ctx ? this.renderBody(ctx) : this.renderNoModule()}`;
  }
}

registerPart('result', AdviceResultElement);
