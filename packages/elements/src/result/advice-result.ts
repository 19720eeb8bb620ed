import {
  type AdviceError,
  type AdviceModel,
  type Flip,
  localize,
  type NearestFlipsResult,
  nearestFlips,
  type RankedOption,
  type RankResult,
  rank,
  type UncertainFactor,
} from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdviceElement } from '../shared/advice-element.js';
import { type AdviceContext, engineOptions } from '../shared/context.js';
import { Evaluation } from '../shared/controllers.js';
import { emit } from '../shared/events.js';
import { formatCriterion, formatFactorNumber, formatFactorValue, formatNumber } from '../shared/format.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { styleProps } from '../shared/style-props.js';
import { baseStyles, optionColor } from '../shared/styles.js';
import { type ResultStrings, resultStrings } from './advice-result.strings.js';
import { resultStyles } from './advice-result.styles.js';

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

  /** The best option last announced (or found at start-up); undefined until the first advice. */
  private announced: string | null | undefined;
  private pending: string | null | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private announcedModel: AdviceModel | undefined;

  private readonly ranking = new Evaluation<RankResult>(
    this,
    (signal) => {
      const ctx = this.advice.context;
      const situation = this.advice.situation;
      if (!ctx || !situation) return null;
      return rank(ctx.model, situation, this.advice.weights, engineOptions(ctx, signal));
    },
    () => [this.advice.context, this.advice.state],
    (value, error) => this.onRanked(value, error),
  );

  private readonly flips = new Evaluation<NearestFlipsResult>(
    this,
    (signal) => {
      const ctx = this.advice.context;
      const situation = this.advice.situation;
      if (!ctx || !situation) return null;
      return nearestFlips(ctx.model, situation, this.advice.weights, { ...engineOptions(ctx, signal), limit: 3 });
    },
    () => [this.advice.context, this.advice.state],
  );

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  private get strings(): ResultStrings {
    return resultStrings[this.locale];
  }

  /** Announces a new best option once it has stayed the same for a moment: once per settled change, never at start-up. */
  private onRanked(value: RankResult | undefined, error: AdviceError | undefined): void {
    const model = this.advice.context?.model;
    if (error || !value || !model) return;
    if (model !== this.announcedModel || this.announced === undefined) {
      this.announcedModel = model;
      this.announced = value.best;
      this.pending = undefined;
      clearTimeout(this.announceTimer);
      this.announceTimer = undefined;
      return;
    }
    if (value.best === this.announced) {
      this.pending = undefined;
      clearTimeout(this.announceTimer);
      this.announceTimer = undefined;
      return;
    }
    if (value.best === this.pending && this.announceTimer !== undefined) return;
    this.pending = value.best;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announce(), ANNOUNCE_AFTER);
  }

  private announce(): void {
    this.announceTimer = undefined;
    if (this.ranking.status === 'loading') return; // the next answer starts the wait again
    const best = this.ranking.value?.best;
    if (this.ranking.status !== 'ready' || best === undefined || best !== this.pending) return;
    this.announced = best;
    this.pending = undefined;
    this.announcement = best === null ? this.strings.announceNone : this.strings.announce(this.optionLabel(best));
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

  private get partLevel(): number {
    return this.headingLevel === undefined ? 3 : Math.min(6, headingLevel(this.headingLevel) + 1);
  }

  private renderBest(model: AdviceModel, entry: RankedOption): TemplateResult {
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
    return html`<div class="part" part="sure">
      ${renderHeading(this.partLevel, s.sure)}
      <p class="lead">${lead}</p>
      ${result.uncertain.map((u) => this.renderUncertain(model, result, u))}
    </div>`;
  }

  private renderUncertain(model: AdviceModel, result: RankResult, u: UncertainFactor): TemplateResult | typeof nothing {
    const factor = model.factors.find((f) => f.id === u.factorId);
    if (factor?.kind !== 'number') return nothing;
    const s = this.strings;
    const locale = this.locale;
    const range = formatFactorValue(factor, { min: u.min, max: u.max }, locale);
    const first = u.segments[0];
    if (u.holds && first) {
      return html`<p class="holds">${s.holds(first.best === null ? s.noOption : this.optionLabel(first.best), range)}</p>`;
    }
    const middle = result.situation[factor.id];
    return html`<p class="depends">${s.dependsOn(localize(factor.label, locale), range)}</p>
      <ul class="list segments">
        ${u.segments.map((segment) => {
          const where =
            segment.from === segment.to
              ? s.at(formatFactorNumber(factor, segment.from, locale))
              : s.stretch(formatFactorNumber(factor, segment.from, locale, false), formatFactorNumber(factor, segment.to, locale));
          return html`<li>${where}: ${segment.best === null ? s.noOption : this.optionLabel(segment.best)}</li>`;
        })}
      </ul>
      ${typeof middle === 'number' ? html`<p class="meta">${s.middle(formatFactorNumber(factor, middle, locale))}</p>` : nothing}`;
  }

  private flipSentence(model: AdviceModel, flip: Flip): string {
    const s = this.strings;
    const locale = this.locale;
    const factor = model.factors.find((f) => f.id === flip.factorId);
    if (!factor) return '';
    const option = flip.best === null ? null : this.optionLabel(flip.best);
    if (factor.kind === 'number' && typeof flip.to === 'number') {
      const value = formatFactorNumber(factor, flip.to, locale);
      if (flip.direction === 'decrease') return option === null ? s.flipDownNone(value) : s.flipDown(value, option);
      return option === null ? s.flipUpNone(value) : s.flipUp(value, option);
    }
    const question = localize(factor.label, locale);
    const answer = formatFactorValue(factor, flip.to, locale);
    return option === null ? s.flipChoiceNone(question, answer) : s.flipChoice(question, answer, option);
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
          : html`<ul class="list flips">${result.flips.map((flip) => html`<li>${this.flipSentence(model, flip)}</li>`)}</ul>`
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

  private renderClosed(closed: readonly RankedOption[]): TemplateResult {
    const s = this.strings;
    return html`<ul class="closed-list">
      ${closed.map(
        (entry) =>
          html`<li><span class="rank-label">${this.optionLabel(entry.optionId)}</span>: ${localize(entry.reason, this.locale) || s.noReason}</li>`,
      )}
    </ul>`;
  }

  /**
   * The model's remarks on an option in the ranking, such as that its price is
   * an example: the values beside it should not be read without them.
   */
  private renderOptionNotes(entry: RankedOption): TemplateResult | typeof nothing {
    const notes = this.notesOf(entry);
    if (notes.length === 0) return nothing;
    return html`<ul class="option-notes" part="option-notes" aria-label=${this.strings.notesOf(this.optionLabel(entry.optionId))}>
      ${notes.map((n) => html`<li>${n}</li>`)}
    </ul>`;
  }

  private renderRanking(model: AdviceModel, result: RankResult): TemplateResult {
    const s = this.strings;
    const locale = this.locale;
    const open = result.ranking.filter((r) => r.eligible);
    const closed = result.ranking.filter((r) => !r.eligible);
    return html`<details class="ranking" part="ranking" @toggle=${(e: Event) => this.onToggle(e, 'ranking')}>
      <summary>${s.ranking}</summary>
      <div class="details-body">
        <p>${s.rankingIntro}</p>
        <ol class="ranking-list">
          ${open.map((entry, i) => {
            const index = model.options.findIndex((o) => o.id === entry.optionId);
            const score = entry.score ?? 0;
            return html`<li class="ranked">
              <span class="position" aria-hidden="true">${i + 1}.</span>
              <span class="rank-label">${this.optionLabel(entry.optionId)}</span>
              <div class="bar" aria-hidden="true">
                <div class="bar-fill" style=${styleProps({ width: percent(score), background: optionColor(Math.max(0, index)) })}></div>
              </div>
              <span class="meta">
                ${s.score(formatNumber(score * 100, locale, POINTS))} ·
                ${model.criteria
                  .filter((c) => entry.values[c.id] !== undefined)
                  .map((c) => `${localize(c.label, locale)}: ${formatCriterion(c, entry.values[c.id] as number, locale)}`)
                  .join(' · ')}
              </span>
              ${this.renderOptionNotes(entry)}
            </li>`;
          })}
        </ol>
        ${closed.length > 0 ? html`<p class="closed-title">${s.notOpen}:</p>${this.renderClosed(closed)}` : nothing}
      </div>
    </details>`;
  }

  private renderNone(model: AdviceModel, result: RankResult): TemplateResult {
    const s = this.strings;
    return html`<div class="none" part="none">
        <p class="none-title">${s.noneTitle}</p>
        <p>${s.noneIntro}</p>
        ${this.renderClosed(result.ranking)}
      </div>
      ${this.renderFlips(model)}`;
  }

  private renderAdvice(model: AdviceModel, result: RankResult): TemplateResult {
    const best = result.ranking[0];
    if (result.best === null || !best?.eligible) return this.renderNone(model, result);
    return html`${this.renderBest(model, best)} ${this.renderSure(model, result)} ${this.renderFlips(model)}
    ${this.renderWhy(model, result, best)} ${this.renderRanking(model, result)}`;
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
