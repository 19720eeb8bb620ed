/**
 * `<study-task>`: one task as the participant does it — the task brief, the
 * variant (mounted by the page into `container`), and the choice of a travel
 * product, checked on submit. Fires `study-choice` with `{ option }` once.
 * Light DOM, so the page's styles apply and the study recorder, listening on
 * this element, hears the variant's events and the choice's controls.
 */
import { type BuiltInLocale as Locale, localize, type Option } from '@advice-kit/core';
import type { StudyText } from '@advice-kit/study';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { studyStrings } from '../strings.js';

export class StudyTaskElement extends LitElement {
  @property() locale: Locale = 'nl';
  @property({ type: Number }) index = 0;
  @property({ type: Number }) total = 1;
  @property({ attribute: false }) instructions: StudyText | undefined;
  /** The products to choose from (the model's options). */
  @property({ attribute: false }) options: readonly Pick<Option, 'id' | 'label'>[] = [];
  @property({ type: Boolean, attribute: 'focus-heading' }) focusHeading = false;

  @state() private missing = false;
  @state() private busy = false;

  /** Where the page mounts the variant: left alone by this element's rendering. */
  @query('.study-module') container!: HTMLElement;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    if (this.focusHeading) this.querySelector<HTMLElement>('#task-heading')?.focus();
  }

  private readonly onChange = (event: Event): void => {
    if ((event.target as HTMLInputElement).name === 'choice') this.missing = false;
  };

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const picked = this.querySelector<HTMLInputElement>('input[name="choice"]:checked');
    if (!picked) {
      this.missing = true;
      await this.updateComplete;
      this.querySelector<HTMLInputElement>('input[name="choice"]')?.focus();
      return;
    }
    this.busy = true;
    this.dispatchEvent(new CustomEvent('study-choice', { detail: { option: picked.value }, bubbles: true }));
  };

  protected override render(): TemplateResult {
    const s = studyStrings[this.locale];
    return html`<section class="study-card study-brief" aria-labelledby="task-heading">
        <h2 id="task-heading" tabindex="-1">${s.taskHeading(this.index + 1, this.total)}</h2>
        <p class="study-instructions">${localize(this.instructions, this.locale)}</p>
      </section>
      <div class="study-module"></div>
      <form class="study-card study-choice" aria-labelledby="choice-heading" novalidate @submit=${this.onSubmit} @change=${this.onChange}>
        <h2 id="choice-heading">${s.choiceHeading}</h2>
        <fieldset class="study-field" aria-describedby=${this.missing ? 'choice-error' : nothing}>
          <legend>${s.choiceLegend}</legend>
          ${this.missing ? html`<p class="study-error" id="choice-error">${s.choiceMissing}</p>` : nothing}
          ${this.options.map(
            (o) =>
              html`<label class="study-option"><input type="radio" name="choice" value=${o.id} /> ${localize(o.label, this.locale)}</label>`,
          )}
        </fieldset>
        <button type="submit" class="button-primary" ?disabled=${this.busy}>${s.choose}</button>
      </form>`;
  }
}

if (!customElements.get('study-task')) customElements.define('study-task', StudyTaskElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-task': StudyTaskElement;
  }
}
