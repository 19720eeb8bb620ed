/**
 * `<study-questionnaire>`: the questions after a task (the dimensions of
 * personal service on a 7-point scale, then the SUS), one radio group per
 * item, checked on submit: a summary that gets focus says how many are open,
 * and each open item says so under its question. Fires `study-questionnaire`
 * with `{ answers }` (item id → value) once. Light DOM, so the page's styles apply.
 */
import { type BuiltInLocale as Locale, localize } from '@advice-kit/core';
import type { Answers, Questionnaire, QuestionnaireSection } from '@advice-kit/study';
import { unanswered } from '@advice-kit/study';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { studyStrings } from '../strings.js';

export class StudyQuestionnaireElement extends LitElement {
  @property() locale: Locale = 'nl';
  @property({ attribute: false }) questionnaire: Questionnaire | undefined;
  /** 0-based position of the task the questions are about. */
  @property({ type: Number }) index = 0;
  @property({ type: Number }) total = 1;
  @property({ type: Boolean, attribute: 'focus-heading' }) focusHeading = false;

  @state() private answers: Record<string, number> = {};
  /** Items found open at the last submit (and not answered since). */
  @state() private flagged: readonly string[] = [];
  @state() private summary = false;
  @state() private busy = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    if (this.focusHeading) this.querySelector<HTMLElement>('#questionnaire-heading')?.focus();
  }

  private get open(): string[] {
    return this.questionnaire ? unanswered(this.questionnaire, this.answers as Answers) : [];
  }

  private readonly onChange = (event: Event): void => {
    const radio = event.target as HTMLInputElement;
    if (radio.type !== 'radio') return;
    this.answers = { ...this.answers, [radio.name]: Number(radio.value) };
    this.flagged = this.flagged.filter((id) => id !== radio.name);
    if (this.summary && this.open.length === 0) this.summary = false;
  };

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const open = this.open;
    this.flagged = open;
    if (open.length > 0) {
      this.summary = true;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#questionnaire-summary')?.focus();
      return;
    }
    this.busy = true;
    this.dispatchEvent(new CustomEvent('study-questionnaire', { detail: { answers: { ...this.answers } }, bubbles: true }));
  };

  private renderSection(section: QuestionnaireSection): TemplateResult {
    const l = this.locale;
    const s = studyStrings[l];
    const points = Array.from({ length: section.scale.points }, (_, i) => i + 1);
    const min = localize(section.scale.minLabel, l);
    const max = localize(section.scale.maxLabel, l);
    return html`<section class="study-section" aria-labelledby="section-${section.id}">
      <h3 id="section-${section.id}">${localize(section.title, l)}</h3>
      ${section.intro ? html`<p>${localize(section.intro, l)}</p>` : nothing}
      ${section.items.map((item) => {
        const missing = this.flagged.includes(item.id);
        return html`<fieldset class="study-likert" id="item-${item.id}" aria-describedby=${missing ? `error-${item.id}` : nothing}>
          <legend>${localize(item.text, l)}</legend>
          ${missing ? html`<p class="study-error" id="error-${item.id}">${s.unansweredItem}</p>` : nothing}
          <div class="study-likert-options" data-points=${section.scale.points}>
            ${points.map((value) => {
              // The ends' words are part of the radio's name, and shown once under the row (not squeezed into a column).
              const end = value === 1 ? min : value === section.scale.points ? max : null;
              return html`<label class="study-likert-option"
                ><input type="radio" name=${item.id} value=${value} .checked=${this.answers[item.id] === value} /><span
                  class="study-likert-number"
                  >${value}</span
                >${end ? html`<span class="visually-hidden"> ${end}</span>` : nothing}</label
              >`;
            })}
          </div>
          <div class="study-likert-ends" data-points=${section.scale.points} aria-hidden="true"><span>${min}</span><span>${max}</span></div>
        </fieldset>`;
      })}
    </section>`;
  }

  protected override render(): TemplateResult {
    const s = studyStrings[this.locale];
    const open = this.summary ? this.open.length : 0;
    // The summary gets focus after a submit with open items (as an error summary does), so it needs no live region.
    return html`<form class="study-card study-questionnaire" aria-labelledby="questionnaire-heading" novalidate @submit=${this.onSubmit} @change=${this.onChange}>
      <h2 id="questionnaire-heading" tabindex="-1">${s.questionnaireHeading(this.index + 1, this.total)}</h2>
      <p>${s.questionnaireIntro}</p>
      <p class="study-error-box" id="questionnaire-summary" tabindex="-1" ?hidden=${open === 0}>${open === 0 ? '' : s.unansweredSummary(open)}</p>
      ${(this.questionnaire?.sections ?? []).map((section) => this.renderSection(section))}
      <button type="submit" class="button-primary" ?disabled=${this.busy}>${s.saveAnswers}</button>
    </form>`;
  }
}

if (!customElements.get('study-questionnaire')) customElements.define('study-questionnaire', StudyQuestionnaireElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-questionnaire': StudyQuestionnaireElement;
  }
}
