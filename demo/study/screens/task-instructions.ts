/**
 * `<study-instructions>`: a task's instructions before it starts, with the
 * button that starts it. Fires `study-begin` once. Light DOM, so the page's
 * styles apply.
 */
import { type BuiltInLocale as Locale, localize } from '@advice-kit/core';
import type { StudyText } from '@advice-kit/study';
import { html, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { studyStrings } from '../strings.js';

export class StudyInstructionsElement extends LitElement {
  @property() locale: Locale = 'nl';
  /** 0-based position of the task in the session's plan. */
  @property({ type: Number }) index = 0;
  @property({ type: Number }) total = 1;
  @property({ attribute: false }) instructions: StudyText | undefined;
  @property({ type: Boolean, attribute: 'focus-heading' }) focusHeading = false;
  @state() private busy = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    if (this.focusHeading) this.querySelector<HTMLElement>('#task-heading')?.focus();
  }

  private readonly onBegin = (): void => {
    this.busy = true;
    this.dispatchEvent(new CustomEvent('study-begin', { bubbles: true }));
  };

  protected override render(): TemplateResult {
    const s = studyStrings[this.locale];
    return html`<section class="study-card" aria-labelledby="task-heading">
      <h2 id="task-heading" tabindex="-1">${s.taskHeading(this.index + 1, this.total)}</h2>
      <p class="study-instructions">${localize(this.instructions, this.locale)}</p>
      <button type="button" class="button-primary" ?disabled=${this.busy} @click=${this.onBegin}>${s.begin}</button>
    </section>`;
  }
}

if (!customElements.get('study-instructions')) customElements.define('study-instructions', StudyInstructionsElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-instructions': StudyInstructionsElement;
  }
}
