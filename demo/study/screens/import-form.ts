/**
 * `<study-import>`: the researcher picks exports from other laptops (JSON
 * files); fires `study-import` with `{ files }` (name and text of each). The
 * page merges them and says what did not fit in `problems`, in an alert that
 * is on the page from the start (so it is announced when it fills). Light DOM, so the
 * page's styles apply.
 */
import type { BuiltInLocale as Locale } from '@advice-kit/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { findingsStrings } from './findings-strings.js';

export interface StudyImportDetail {
  readonly files: readonly { name: string; text: string }[];
}

export class StudyImportElement extends LitElement {
  @property() locale: Locale = 'nl';
  /** What did not fit in the last import, one sentence each. */
  @property({ attribute: false }) problems: readonly string[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly onChange = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const files = await Promise.all(Array.from(input.files ?? [], async (file) => ({ name: file.name, text: await file.text() })));
    if (files.length === 0) return;
    const detail: StudyImportDetail = { files };
    this.dispatchEvent(new CustomEvent('study-import', { detail, bubbles: true }));
  };

  protected override render(): TemplateResult {
    const f = findingsStrings[this.locale];
    return html`<section class="study-card" aria-labelledby="import-heading">
      <h2 id="import-heading">${f.importHeading}</h2>
      <label for="import-files">${f.importLabel}</label>
      <p class="study-hint" id="import-hint">${f.importHint}</p>
      <input type="file" id="import-files" accept=".json,application/json" multiple aria-describedby="import-hint" @change=${this.onChange} />
      <div role="alert">
        ${this.problems.length > 0 ? html`<ul class="study-problems" id="import-problems">${this.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
      </div>
    </section>`;
  }
}

if (!customElements.get('study-import')) customElements.define('study-import', StudyImportElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-import': StudyImportElement;
  }
}
