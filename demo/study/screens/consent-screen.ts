/**
 * `<study-consent>`: what the study is, and taking part or not. Fires
 * `study-consent` with `{ agreed }`. Light DOM, so the page's styles apply.
 */
import { type BuiltInLocale as Locale, localize } from '@advice-kit/core';
import type { StudyScreens } from '@advice-kit/study';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { screenStrings } from './strings.js';

export class StudyConsentElement extends LitElement {
  @property({ attribute: false }) consent: StudyScreens['consent'];
  @property() locale: Locale = 'nl';
  @state() private busy = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    this.querySelector<HTMLElement>('h2')?.focus();
  }

  private answer(agreed: boolean): void {
    this.busy = true;
    this.dispatchEvent(new CustomEvent('study-consent', { detail: { agreed }, bubbles: true }));
  }

  protected override render(): TemplateResult | typeof nothing {
    const c = this.consent;
    if (!c) return nothing;
    const l = this.locale;
    return html`<section class="study-card" aria-labelledby="consent-heading">
      <h2 id="consent-heading" tabindex="-1">${localize(c.title, l)}</h2>
      ${c.paragraphs.map((p) => html`<p>${localize(p, l)}</p>`)}
      <p class="study-hint">${screenStrings[l].agreeHint}</p>
      <div class="study-actions">
        <button type="button" class="button-primary" ?disabled=${this.busy} @click=${() => this.answer(true)}>${localize(c.agree, l)}</button>
        <button type="button" class="button-secondary" ?disabled=${this.busy} @click=${() => this.answer(false)}>${localize(c.decline, l)}</button>
      </div>
    </section>`;
  }
}

if (!customElements.get('study-consent')) customElements.define('study-consent', StudyConsentElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-consent': StudyConsentElement;
  }
}
