import type { AdviceError, Locale } from '@advice-kit/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { AdviceConsumer } from './controllers.js';
import { emit } from './events.js';
import { resolveLocale } from './locale.js';
import { type CommonStrings, common } from './strings.js';

/**
 * What every pattern element shares: the connection to the nearest
 * `<advice-module>`, the language, and the designed error and empty states.
 */
export abstract class AdviceElement extends LitElement {
  protected readonly advice = new AdviceConsumer(this);
  private reportedError: AdviceError | undefined;

  /** The module's language, else the nearest `lang`. */
  protected get locale(): Locale {
    return this.advice.context?.locale ?? resolveLocale(this);
  }

  protected get common(): CommonStrings {
    return common[this.locale];
  }

  /** Shown when the element is not inside an `<advice-module>`. */
  protected renderNoModule(): TemplateResult {
    return html`<p class="status" part="status">${this.common.noModule}</p>`;
  }

  /** An error with a retry button that asks the model again. */
  protected renderError(error: AdviceError | undefined): TemplateResult | typeof nothing {
    if (!error) return nothing;
    if (this.reportedError !== error) {
      this.reportedError = error;
      queueMicrotask(() => emit(this, 'advice-error', { error, source: this.localName }));
    }
    return html`<div class="error-box" role="alert" part="error">
      <p>${this.common.error[error.code] ?? this.common.error['model-failed']}</p>
      <button type="button" @click=${() => this.advice.context?.retry()}>${this.common.retry}</button>
    </div>`;
  }

  /** A polite busy message, shown only when the work takes a moment. */
  protected renderLoading(slow: boolean): TemplateResult | typeof nothing {
    return slow ? html`<p class="status" part="status" role="status">${this.common.loading}</p>` : nothing;
  }
}
