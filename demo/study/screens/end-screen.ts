/**
 * `<study-end>`: the end of a session — thanks (or, when the participant
 * declined, that nothing was kept), then on the facilitator's side the notes
 * per task (`<study-notes>`, whose `study-notes` event bubbles through) and
 * the way on: a new session or the data. Light DOM, so the page's styles apply.
 */
import type { BuiltInLocale as Locale } from '@advice-kit/core';
import type { PlannedTask } from '@advice-kit/study';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { studyStrings } from '../strings.js';
import { studyUrl } from './files.js';
import './notes-form.js';
import { screenStrings } from './strings.js';

export class StudyEndElement extends LitElement {
  @property() locale: Locale = 'nl';
  /** The participant did not take part: no notes, and words that say nothing was kept. */
  @property({ type: Boolean }) declined = false;
  @property({ attribute: false }) plan: readonly PlannedTask[] = [];
  /** The facilitator's notes saved before, per plan index. */
  @property({ attribute: false }) saved: Readonly<Record<number, string>> = {};
  @property({ type: Boolean, attribute: 'focus-heading' }) focusHeading = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    if (this.focusHeading) this.querySelector<HTMLElement>('#end-heading')?.focus();
  }

  protected override render(): TemplateResult {
    const l = this.locale;
    const s = studyStrings[l];
    const d = screenStrings[l];
    return html`<section class="study-card" aria-labelledby="end-heading">
        <h2 id="end-heading" tabindex="-1">${this.declined ? d.declinedHeading : s.endHeading}</h2>
        <p class="study-instructions">${this.declined ? d.declinedText : s.endText}</p>
      </section>
      ${this.declined ? nothing : html`<study-notes .locale=${l} .plan=${this.plan} .saved=${this.saved}></study-notes>`}
      <nav class="study-card" aria-label=${s.endFacilitator}>
        <ul class="study-list">
          <li><a href=${studyUrl(l, 'setup')}>${s.newSession}</a></li>
          <li><a href=${studyUrl(l, 'data')}>${s.dataLink}</a></li>
        </ul>
      </nav>`;
  }
}

if (!customElements.get('study-end')) customElements.define('study-end', StudyEndElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-end': StudyEndElement;
  }
}
