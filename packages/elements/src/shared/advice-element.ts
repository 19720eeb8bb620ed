import type { AdviceError, Locale } from '@advice-kit/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { AdviceConsumer, evaluationsSettled } from './controllers.js';
import { emit } from './events.js';
import { resolveLocale } from './locale.js';
import { type CommonStrings, common } from './strings.js';
import { nextTask, STAGED } from './tasks.js';

/**
 * What every pattern element shares: the connection to the nearest
 * `<advice-module>`, the language, and the designed error and empty states.
 *
 * @cssproperty --advice-font-family - Font of every element.
 * @cssproperty --advice-font-size - Base font size.
 * @cssproperty --advice-line-height - Base line height.
 * @cssproperty --advice-color - Text colour.
 * @cssproperty --advice-primary-background-color - Colour of primary buttons, active controls and the advice.
 * @cssproperty --advice-primary-color - Text colour on the primary colour.
 * @cssproperty --advice-muted-color - Colour of secondary text (at least 4.5:1 on the background).
 * @cssproperty --advice-border-color - Colour of control borders (at least 3:1 on the background).
 * @cssproperty --advice-surface-background-color - Background of cards and controls.
 * @cssproperty --advice-subtle-background-color - Background of quiet areas such as tracks and table stripes.
 * @cssproperty --advice-border-radius - Rounding of cards and controls.
 * @cssproperty --advice-button-border-radius - Rounding of buttons.
 * @cssproperty --advice-focus-outline-color - Colour of the focus outline.
 * @cssproperty --advice-error-color - Colour of error messages and borders.
 * @cssproperty --advice-space - Base spacing unit.
 * @cssproperty --advice-option-N-color - Colour of the N-th option of the model (1–8) in bands, charts and legends.
 */
export abstract class AdviceElement extends LitElement {
  protected readonly advice = new AdviceConsumer(this);
  private reportedError: AdviceError | undefined;
  private firstTaskDone = false;

  /**
   * Renders a change once, with its computed results, when they come within a
   * frame. Inside a layout marked STAGED (the module's default layout, which
   * stays invisible until its parts have rendered), the first render waits for
   * a task of its own: a page that shows a whole module then has no single
   * long task that blocks a phone for a quarter of a second.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && !this.firstTaskDone && this.closest(`[${STAGED}]`)) {
      this.firstTaskDone = true;
      return nextTask().then(() => this.scheduleUpdate());
    }
    const settled = evaluationsSettled(this);
    return settled ? settled.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

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
