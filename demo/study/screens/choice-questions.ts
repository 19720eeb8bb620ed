/**
 * `<study-choice-questions>`: questions with fixed answers on one screen (the
 * background questions, the preference question), checked on submit with an
 * error summary that links to each open question. Fires `study-answers` with
 * `{ answers }` (question id → answer value). Light DOM, so the page's styles apply.
 */
import { type BuiltInLocale as Locale, localize } from '@advice-kit/core';
import type { ChoiceQuestion, StudyText } from '@advice-kit/study';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { screenStrings } from './strings.js';

export class StudyChoiceQuestionsElement extends LitElement {
  @property({ attribute: false }) questions: readonly ChoiceQuestion[] = [];
  @property({ attribute: false }) heading: StudyText | undefined;
  @property({ attribute: false }) intro: StudyText | undefined;
  @property() locale: Locale = 'nl';

  @state() private answers: Record<string, string> = {};
  @state() private open: string[] = [];
  @state() private busy = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    this.querySelector<HTMLElement>('h2')?.focus();
  }

  private readonly onChange = (event: Event): void => {
    const radio = event.target as HTMLInputElement;
    if (radio.type !== 'radio') return;
    this.answers = { ...this.answers, [radio.name]: radio.value };
    this.open = this.open.filter((id) => id !== radio.name);
  };

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    this.open = this.questions.filter((q) => !this.answers[q.id]).map((q) => q.id);
    if (this.open.length > 0) {
      await this.updateComplete;
      this.querySelector<HTMLElement>('.study-error-box')?.focus();
      return;
    }
    this.busy = true;
    this.dispatchEvent(new CustomEvent('study-answers', { detail: { answers: { ...this.answers } }, bubbles: true }));
  };

  private readonly onSummaryLink = (event: Event): void => {
    const id = (event.target as Element).closest('a')?.getAttribute('href')?.slice(1);
    if (!id) return;
    event.preventDefault();
    this.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  };

  private renderQuestion(q: ChoiceQuestion): TemplateResult {
    const s = screenStrings[this.locale];
    const invalid = this.open.includes(q.id);
    const described = [invalid ? `${q.id}-error` : '', q.hint ? `${q.id}-hint` : ''].filter(Boolean).join(' ');
    return html`<fieldset class="study-field" aria-describedby=${described || nothing}>
      <legend>${localize(q.text, this.locale)}</legend>
      ${q.hint ? html`<p class="study-hint" id="${q.id}-hint">${localize(q.hint, this.locale)}</p>` : nothing}
      ${invalid ? html`<p class="study-error" id="${q.id}-error"><span class="visually-hidden">${s.errorPrefix}: </span>${s.answerMissing}</p>` : nothing}
      ${q.options.map(
        (o, i) =>
          html`<label class="study-option"
            ><input type="radio" id="${q.id}-${i}" name=${q.id} value=${o.value} .checked=${this.answers[q.id] === o.value} />
            ${localize(o.label, this.locale)}</label
          >`,
      )}
    </fieldset>`;
  }

  protected override render(): TemplateResult {
    const s = screenStrings[this.locale];
    const open = this.questions.filter((q) => this.open.includes(q.id));
    return html`<form class="study-card" aria-labelledby="choice-questions-heading" novalidate @submit=${this.onSubmit} @change=${this.onChange}>
      <h2 id="choice-questions-heading" tabindex="-1">${localize(this.heading, this.locale)}</h2>
      ${this.intro ? html`<p>${localize(this.intro, this.locale)}</p>` : nothing}
      ${
        open.length > 0
          ? html`<div class="study-error-box" tabindex="-1" aria-labelledby="choice-questions-errors">
            <h3 id="choice-questions-errors">${s.errorSummaryHeading}</h3>
            <ul @click=${this.onSummaryLink}>
              ${open.map((q) => html`<li><a href="#${q.id}-0">${localize(q.text, this.locale)} ${s.answerMissing}</a></li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${this.questions.map((q) => this.renderQuestion(q))}
      <button type="submit" class="button-primary" ?disabled=${this.busy}>${s.next}</button>
    </form>`;
  }
}

if (!customElements.get('study-choice-questions')) customElements.define('study-choice-questions', StudyChoiceQuestionsElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-choice-questions': StudyChoiceQuestionsElement;
  }
}
