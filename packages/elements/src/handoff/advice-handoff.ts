import { encodeState } from '@advice-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { AdviceElement } from '../shared/advice-element.js';
import { scenarioComparison } from '../shared/controllers.js';
import { type AdviceHandoffDetail, emit } from '../shared/events.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { registerPart } from '../shared/registry.js';
import { FirstSight } from '../shared/sight.js';
import { baseStyles } from '../shared/styles.js';
import { type HandoffStrings, handoffStrings } from './advice-handoff.strings.js';
import { handoffStyles } from './advice-handoff.styles.js';
import { buildSummary, type HandoffSummary, type Line, type ReferenceItem, referenceNote, scenarioText, summaryText } from './summary.js';

const SECTION_TAGS = [3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

type CopyKind = 'link' | 'summary';

/**
 * A summary of the person's situation, weights, advice and scenarios to show
 * an employee — copy it, print it or share it as a link — with the
 * organisation's contact options and the rules and tariffs behind the
 * advice.
 *
 * The link holds the whole state (`#` + the core's `encodeState`), so an
 * `<advice-module url-state>` opened from it shows the same advice.
 *
 * @summary A summary of the situation and advice to show an employee, with the contact options.
 *
 * @slot contact - The organisation's contact options (phone, chat, desk). Without it a short default text is shown.
 *
 * @event {CustomEvent<AdviceHandoffDetail>} advice-handoff - After each action: `detail.action` is `copy-link`, `copy-summary`, `print`, `share`, or `contact` (a link in the contact slot followed); `detail.ok` is false when the browser refused.
 * @event {CustomEvent<AdviceViewDetail>} advice-view - Once, with `detail.view` `handoff`, when the summary is first seen (half of it in view, the page visible, for a second; see `onFirstSight`). Seeing is not using: a study counts the hand-off as opened only on `advice-handoff`.
 * @event {CustomEvent<AdviceErrorDetail>} advice-error - The model failed or timed out.
 *
 * @csspart heading - The title, only when `heading-level` is set.
 * @csspart actions - The row of buttons.
 * @csspart action - Each button: copy link, copy summary, print, share.
 * @csspart message - The confirmation ("Link gekopieerd") or failure message.
 * @csspart fallback - The selected text field shown when copying was refused.
 * @csspart summary - The summary.
 * @csspart more-references - The disclosure that holds the sources not behind this advice.
 * @csspart section - Each part of the summary (situation, weights, advice, scenarios, contact, references).
 * @csspart section-heading - The heading of each part.
 * @csspart best - The best option.
 * @csspart tag - The "different from now" marker of a scenario.
 * @csspart reference - One reference in the list.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message with its retry button.
 *
 * @cssproperty --advice-handoff-gap - Space between the parts.
 * @cssproperty --advice-handoff-heading-font-size - Size of the title.
 * @cssproperty --advice-handoff-section-heading-font-size - Size of the headings inside the summary.
 * @cssproperty --advice-handoff-message-color - Text of the confirmation message.
 * @cssproperty --advice-handoff-fallback-background-color - Background of the text field shown when copying was refused.
 * @cssproperty --advice-handoff-fallback-border-color - Border around that field and its help.
 * @cssproperty --advice-handoff-summary-background-color - Background of the summary.
 * @cssproperty --advice-handoff-summary-border-color - Border of the summary.
 * @cssproperty --advice-handoff-summary-border-radius - Corners of the summary.
 * @cssproperty --advice-handoff-summary-padding - Space inside the summary.
 * @cssproperty --advice-handoff-best-color - Text of the best option.
 * @cssproperty --advice-handoff-link-color - Links to options and references.
 * @cssproperty --advice-handoff-tag-background-color - Background of the "different from now" marker.
 * @cssproperty --advice-handoff-tag-color - Text of that marker.
 */
export class AdviceHandoffElement extends AdviceElement {
  static override styles = [baseStyles, handoffStyles];

  /** Renders a title at this heading level (2–6); the summary's own headings are one level lower. Without it the element has no title and its headings are `h3`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number | undefined;

  /** The confirmation or failure after the last action. */
  @state() private message = '';
  @state() private failed = false;
  /** The text to copy by hand after the clipboard refused. */
  @state() private fallback: { kind: CopyKind; text: string } | null = null;
  /** Whether `navigator.share` exists here. */
  @state() private canShare = false;

  /** Seen by the first-sight rule; the view is reported once the element is also inside a module. */
  private readonly sight = new FirstSight(this);
  private viewed = false;

  private readonly comparison = scenarioComparison(this, this.advice);

  private get strings(): HandoffStrings {
    return handoffStrings[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.canShare = typeof navigator.share === 'function';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportView();
  }

  // ---- event handlers --------------------------------------------------------

  /** `advice-view` once, the first time the summary is on screen inside a module. */
  private reportView(): void {
    if (this.viewed || !this.sight.seen || !this.advice.context) return;
    this.viewed = true;
    emit(this, 'advice-view', { view: 'handoff' });
  }

  /** The page's address with the whole state in its hash. */
  private link(): string {
    const ctx = this.advice.context;
    const s = this.advice.state;
    const url = new URL(window.location.href);
    if (ctx && s) url.hash = encodeState(ctx.model, s);
    return url.href;
  }

  private text(): string {
    const summary = this.summary();
    return summary ? summaryText(summary, this.strings, this.link()) : '';
  }

  private async say(message: string, failed: boolean): Promise<void> {
    this.message = '';
    await this.updateComplete;
    this.message = message;
    this.failed = failed;
  }

  private async copy(kind: CopyKind): Promise<void> {
    const text = kind === 'link' ? this.link() : this.text();
    let ok = false;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = false;
    }
    if (ok) {
      this.fallback = null;
      await this.say(kind === 'link' ? this.strings.linkCopied : this.strings.summaryCopied, false);
    } else {
      this.fallback = { kind, text };
      await this.say(this.strings.copyFailed, true);
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#fallback-field');
      field?.focus();
      field?.select();
    }
    this.report({ action: kind === 'link' ? 'copy-link' : 'copy-summary', ok });
  }

  private readonly copyLink = (): Promise<void> => this.copy('link');
  private readonly copySummary = (): Promise<void> => this.copy('summary');

  private readonly print = (): void => {
    let ok = true;
    try {
      window.print();
    } catch {
      ok = false;
    }
    this.report({ action: 'print', ok });
  };

  private readonly share = async (): Promise<void> => {
    let ok = false;
    let cancelled = false;
    const summary = this.summary();
    try {
      await navigator.share({ title: summary?.title ?? document.title, text: this.text(), url: this.link() });
      ok = true;
    } catch (error) {
      cancelled = error instanceof DOMException && error.name === 'AbortError';
    }
    if (ok) await this.say(this.strings.shared, false);
    else if (cancelled) this.message = '';
    else await this.say(this.strings.shareFailed, true);
    this.report({ action: 'share', ok });
  };

  /** A link in the contact options was followed (clicked, or Enter on it): the person reached for the organisation. */
  private readonly onContactClick = (event: Event): void => {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.href !== '');
    if (link) this.report({ action: 'contact', ok: true });
  };

  private report(detail: AdviceHandoffDetail): void {
    emit(this, 'advice-handoff', detail);
  }

  // ---- render helpers --------------------------------------------------------

  private summary(): HandoffSummary | undefined {
    const ctx = this.advice.context;
    const s = this.advice.state;
    if (!ctx || !s) return undefined;
    const failed = this.comparison.status === 'error';
    return buildSummary(ctx.model, s, this.comparison.value, failed, this.locale, this.strings);
  }

  private get sectionLevel(): number {
    return this.headingLevel ? Math.min(6, headingLevel(this.headingLevel) + 1) : 3;
  }

  private sectionHeading(content: unknown, id: string): TemplateResult {
    const tag = SECTION_TAGS[this.sectionLevel - 3];
    return staticHtml`<${tag} class="section-heading" part="section-heading" id=${id}>${content}</${tag}>`;
  }

  private renderLines(lines: readonly Line[]): TemplateResult {
    return html`<dl>
      ${lines.map((l) => html`<div><dt>${l.label}</dt><dd>${l.value}</dd></div>`)}
    </dl>`;
  }

  private renderAdvice(summary: HandoffSummary): TemplateResult {
    const advice = summary.advice;
    let body: unknown;
    if (advice.status === 'error') body = this.renderError(this.comparison.error);
    else if (advice.status === 'pending') body = html`<p class="status" part="status">${this.strings.pending}</p>`;
    else if (advice.option === null) body = html`<p part="best">${this.common.noEligible}</p>`;
    else {
      body = html`<p class="best" part="best">${this.strings.bestOption}: <strong>${advice.option}</strong></p>
        ${advice.description ? html`<p>${advice.description}</p>` : nothing}
        ${advice.values.length > 0 ? html`<p>${this.strings.keyValues}</p>${this.renderLines(advice.values)}` : nothing}
        ${
          advice.href
            ? html`<p>
              <a href=${advice.href} rel="noopener noreferrer" target="_blank"
                >${this.strings.moreAbout(advice.option)}<span class="visually-hidden"> ${this.strings.newTab}</span></a
              >
            </p>`
            : nothing
        }`;
    }
    const active = summary.active;
    return html`<section part="section" aria-labelledby="advice-heading">
      ${this.sectionHeading(this.strings.advice, 'advice-heading')} ${body}
      ${active ? html`<p>${this.strings.viewing(active.name)}</p>` : nothing}
      ${
        active && active.advice !== null
          ? html`<p>${this.strings.viewingAdvice(active.name, active.advice || this.strings.none)}</p>`
          : nothing
      }
    </section>`;
  }

  private renderScenarios(summary: HandoffSummary): TemplateResult | typeof nothing {
    if (summary.scenarios.length === 0) return nothing;
    return html`<section part="section" aria-labelledby="scenarios-heading">
      ${this.sectionHeading(this.strings.scenarios, 'scenarios-heading')}
      <ul>
        ${summary.scenarios.map(
          (s) => html`<li>
            ${scenarioText(s, this.strings, false)}
            ${s.changed ? html` <span class="tag" part="tag">${this.strings.differs}</span>` : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderReference(ref: ReferenceItem): TemplateResult {
    const note = referenceNote(ref, this.strings);
    return html`<li part="reference">
      ${
        ref.href
          ? html`<a href=${ref.href} rel="noopener noreferrer" target="_blank"
              >${ref.label}<span class="visually-hidden"> ${this.strings.newTab}</span></a
            >`
          : ref.label
      }${note ? html` <span class="note">(${note})</span>` : nothing}
    </li>`;
  }

  private renderReferences(summary: HandoffSummary): TemplateResult | typeof nothing {
    const { used, other } = summary.references;
    if (used.length === 0 && other.length === 0) return nothing;
    const list = (label: string, refs: readonly ReferenceItem[], id: string) =>
      refs.length === 0
        ? nothing
        : html`<p id=${id}>${label}</p>
            <ul aria-labelledby=${id}>
              ${refs.map((r) => this.renderReference(r))}
            </ul>`;
    // The sources not behind this advice (often many links) wait behind a disclosure.
    const more = (label: string, refs: readonly ReferenceItem[]) =>
      refs.length === 0
        ? nothing
        : html`<details part="more-references">
            <summary>${label}</summary>
            <ul>
              ${refs.map((r) => this.renderReference(r))}
            </ul>
          </details>`;
    return html`<section part="section" aria-labelledby="references-heading">
      ${this.sectionHeading(this.strings.references, 'references-heading')}
      ${
        used.length > 0
          ? html`${list(this.strings.referencesUsed, used, 'references-used')} ${more(this.strings.referencesOther, other)}`
          : more(this.strings.referencesAll, other)
      }
    </section>`;
  }

  private renderFallback(): TemplateResult | typeof nothing {
    if (!this.fallback) return nothing;
    const { kind, text } = this.fallback;
    return html`<div class="fallback" part="fallback">
      <p id="fallback-help">${this.strings.fallbackHelp}</p>
      <label for="fallback-field">${kind === 'link' ? this.strings.fallbackLink : this.strings.fallbackSummary}</label>
      <textarea id="fallback-field" readonly rows=${kind === 'link' ? 3 : 10} aria-describedby="fallback-help" .value=${text}></textarea>
    </div>`;
  }

  protected override render() {
    const heading = this.headingLevel ? renderHeading(this.headingLevel, this.strings.title) : nothing;
    const summary = this.summary();
    if (!summary) return html`${heading}${this.renderNoModule()}`;
    return html`<div class="base">
      ${heading}
      <p class="intro">${this.strings.intro}</p>
      <div class="actions" part="actions" role="group" aria-label=${this.strings.actionsLabel}>
        <button type="button" part="action" @click=${this.copyLink}>${this.strings.copyLink}</button>
        <button type="button" part="action" @click=${this.copySummary}>${this.strings.copySummary}</button>
        <button type="button" part="action" @click=${this.print}>${this.strings.print}</button>
        ${this.canShare ? html`<button type="button" part="action" @click=${this.share}>${this.strings.share}</button>` : nothing}
      </div>
      <p class="message ${this.failed ? 'failed' : ''}" part="message" role="status">${this.message}</p>
      ${this.renderFallback()}
      <article class="summary" part="summary" aria-labelledby="summary-title">
        <p class="summary-title" id="summary-title">${summary.title}</p>
        <section part="section" aria-labelledby="situation-heading">
          ${this.sectionHeading(this.strings.situation, 'situation-heading')} ${this.renderLines(summary.situation)}
        </section>
        <section part="section" aria-labelledby="weights-heading">
          ${this.sectionHeading(this.strings.weights, 'weights-heading')} ${this.renderLines(summary.weights)}
        </section>
        ${this.renderAdvice(summary)} ${this.renderScenarios(summary)}
        <section part="section" aria-labelledby="contact-heading">
          ${this.sectionHeading(this.strings.contact, 'contact-heading')}
          <slot name="contact" @click=${this.onContactClick}><p>${this.strings.contactDefault}</p></slot>
        </section>
        ${this.renderReferences(summary)}
      </article>
    </div>`;
  }
}

registerPart('handoff', AdviceHandoffElement);
