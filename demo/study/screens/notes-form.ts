/**
 * `<study-notes>`: the facilitator's notes per task, on the facilitator's side
 * of the end screen, with what to watch for from tasks.json as each field's
 * hint. Fires `study-notes` with `{ notes }` (plan index → text); the page
 * keeps each as a `note` event. Light DOM, so the page's styles apply.
 */
import { type BuiltInLocale as Locale, localize } from '@advice-kit/core';
import type { PlannedTask } from '@advice-kit/study';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { screenStrings } from './strings.js';

export class StudyNotesElement extends LitElement {
  @property({ attribute: false }) plan: readonly PlannedTask[] = [];
  /** The notes saved before, per plan index. */
  @property({ attribute: false }) saved: Readonly<Record<number, string>> = {};
  @property() locale: Locale = 'nl';
  @state() private status = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const notes: Record<number, string> = {};
    this.plan.forEach((_, i) => {
      const text = this.querySelector<HTMLTextAreaElement>(`#note-${i}`)?.value.trim() ?? '';
      if (text !== (this.saved[i] ?? '')) notes[i] = text;
    });
    this.dispatchEvent(new CustomEvent('study-notes', { detail: { notes }, bubbles: true }));
    this.status = '';
    void this.updateComplete.then(() => {
      this.status = screenStrings[this.locale].notesSaved;
    });
  };

  protected override render(): TemplateResult {
    const s = screenStrings[this.locale];
    return html`<form class="study-card" aria-labelledby="notes-heading" novalidate @submit=${this.onSubmit}>
      <h2 id="notes-heading">${s.notesHeading}</h2>
      <p class="study-hint">${s.notesIntro}</p>
      ${this.plan.map(
        (p, i) => html`<div class="study-field">
          <label for="note-${i}">${s.notesLabel(i + 1, localize(p.task.title, this.locale))}</label>
          ${p.task.notes ? html`<p class="study-hint" id="note-${i}-hint">${localize(p.task.notes, this.locale)}</p>` : nothing}
          <textarea id="note-${i}" rows="3" aria-describedby=${p.task.notes ? `note-${i}-hint` : nothing} .value=${this.saved[i] ?? ''}></textarea>
        </div>`,
      )}
      <button type="submit" class="button-secondary">${s.saveNotes}</button>
      <p class="study-status" role="status">${this.status}</p>
    </form>`;
  }
}

if (!customElements.get('study-notes')) customElements.define('study-notes', StudyNotesElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-notes': StudyNotesElement;
  }
}
