import type { AdviceError, Locale } from '@advice-kit/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { AdviceConsumer, evaluationsSettled } from './controllers.js';
import { emit } from './events.js';
import { resolveLocale } from './locale.js';
import { type CommonStrings, common } from './strings.js';
import { nextTask, STAGED } from './tasks.js';
import { TranslationsController } from './translations.js';

/**
 * What every pattern element shares: the connection to the nearest
 * `<advice-module>`, the language, and the designed error and empty states.
 *
 * Shared tokens fall back to the NL Design System tokens a theme package
 * defines (named after "then"), then to the kit's default (see tokens.json).
 *
 * @cssproperty --advice-font-family - Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font.
 * @cssproperty --advice-font-size - Base font size; then `--utrecht-document-font-size`.
 * @cssproperty --advice-line-height - Base line height; then `--utrecht-document-line-height`.
 * @cssproperty --advice-color - Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour.
 * @cssproperty --advice-heading-font-family - Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font.
 * @cssproperty --advice-heading-font-weight - Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`.
 * @cssproperty --advice-heading-color - Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour.
 * @cssproperty --advice-primary-background-color - Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface.
 * @cssproperty --advice-primary-color - Text colour on the primary colour; then `--utrecht-button-primary-action-color`.
 * @cssproperty --advice-button-font-weight - Weight of button text; then `--utrecht-button-font-weight`, else the text's weight.
 * @cssproperty --advice-link-color - Colour of links; then `--utrecht-link-color`, else the primary colour.
 * @cssproperty --advice-muted-color - Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`.
 * @cssproperty --advice-border-color - Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface.
 * @cssproperty --advice-input-border-width - Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`.
 * @cssproperty --advice-input-border-radius - Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`.
 * @cssproperty --advice-surface-background-color - Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`.
 * @cssproperty --advice-subtle-background-color - Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface.
 * @cssproperty --advice-border-radius - Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`.
 * @cssproperty --advice-button-border-radius - Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`.
 * @cssproperty --advice-focus-outline-color - Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`.
 * @cssproperty --advice-focus-outline-width - Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`.
 * @cssproperty --advice-focus-outline-style - Style of the focus outline; then `--utrecht-focus-outline-style`.
 * @cssproperty --advice-focus-outline-offset - Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`.
 * @cssproperty --advice-error-color - Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`.
 * @cssproperty --advice-space - Base spacing unit.
 * @cssproperty --advice-option-N-color - Colour of the N-th option of the model (1–8) in bands, charts and legends.
 */
export abstract class AdviceElement extends LitElement {
  protected readonly advice = new AdviceConsumer(this);
  /** Renders again when a language arrives (English loads when first asked for). */
  protected readonly translations = new TranslationsController(this);
  private reportedError: AdviceError | undefined;
  private firstTaskDone = false;

  /**
   * Renders a change once, with its computed results, when they come within a
   * frame. Inside a layout marked STAGED (the module's default layout, which
   * stays invisible until its parts have rendered), the first render waits for
   * a task of its own, and its computations run in the task before it: a page
   * that shows a whole module then has no single long task that blocks a phone.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && !this.firstTaskDone && this.closest(`[${STAGED}]`)) {
      this.firstTaskDone = true;
      return nextTask()
        .then(() => evaluationsSettled(this))
        .then(nextTask)
        .then(() => this.scheduleUpdate());
    }
    const settled = evaluationsSettled(this);
    return settled ? settled.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The module's language, else the nearest `lang`. */
  protected get locale(): Locale {
    return this.advice.context?.locale ?? resolveLocale(this);
  }

  protected get common(): CommonStrings {
    return common(this.locale);
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
