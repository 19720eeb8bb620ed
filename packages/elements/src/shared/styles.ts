import { css } from 'lit';

/**
 * Base styles every element shares. Components read their own tokens
 * (`--advice-<component>-…`), falling back to these common ones, then to a
 * default. Private plumbing is `--_advice-*`.
 *
 * Every shared token falls back along one chain: the `--advice-*` token, then
 * the NL Design System tokens that theme packages define (`--utrecht-*`
 * document, focus, button, form-control, link and heading tokens; `--basis-*`
 * where a theme uses those), then the kit's own default. Font and text colour
 * inherit from the page when nothing is set, so the kit looks native in any
 * NL Design System theme without a mapping. Tints are mixed from the primary
 * colour and the surface, so no fixed hue stays behind under another theme.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--advice-font-family, var(--utrecht-document-font-family, var(--basis-text-font-family-default, inherit)));
    font-size: var(--advice-font-size, var(--utrecht-document-font-size, 1rem));
    line-height: var(--advice-line-height, var(--utrecht-document-line-height, 1.5));
    color: var(--advice-color, var(--utrecht-document-color, var(--basis-color-default-color-document, inherit)));
    --_advice-ink: var(--advice-color, var(--utrecht-document-color, var(--basis-color-default-color-document, #1a1a1a)));
    --_advice-primary: var(--advice-primary-background-color, var(--utrecht-button-primary-action-background-color, #1d4ed8));
    --_advice-on-primary: var(--advice-primary-color, var(--utrecht-button-primary-action-color, #ffffff));
    --_advice-muted: var(--advice-muted-color, var(--utrecht-form-field-description-color, var(--basis-color-default-color-subtle, #4b5563)));
    --_advice-border: var(--advice-border-color, var(--utrecht-form-control-border-color, var(--utrecht-textbox-border-color, var(--basis-color-default-border-default, #6b7280))));
    --_advice-surface: var(--advice-surface-background-color, var(--utrecht-form-control-background-color, var(--utrecht-document-background-color, #ffffff)));
    --_advice-subtle: var(--advice-subtle-background-color, var(--basis-color-default-bg-subtle, color-mix(in srgb, var(--_advice-ink) 5%, var(--_advice-surface))));
    --_advice-quiet-border: color-mix(in srgb, var(--_advice-border) 45%, var(--_advice-surface));
    --_advice-tint: color-mix(in srgb, var(--_advice-primary) 8%, var(--_advice-surface));
    --_advice-radius: var(--advice-border-radius, var(--utrecht-form-control-border-radius, var(--utrecht-textbox-border-radius, 0.5rem)));
    --_advice-input-radius: var(--advice-input-border-radius, var(--utrecht-form-control-border-radius, var(--utrecht-textbox-border-radius, 0.25rem)));
    --_advice-input-border-width: var(--advice-input-border-width, var(--utrecht-form-control-border-width, var(--utrecht-textbox-border-width, 2px)));
    --_advice-focus: var(--advice-focus-outline-color, var(--utrecht-focus-outline-color, var(--basis-focus-outline-color, #111827)));
    --_advice-focus-width: var(--advice-focus-outline-width, var(--utrecht-focus-outline-width, var(--basis-focus-outline-width, 3px)));
    --_advice-focus-style: var(--advice-focus-outline-style, var(--utrecht-focus-outline-style, solid));
    --_advice-focus-offset: var(--advice-focus-outline-offset, var(--utrecht-focus-outline-offset, 2px));
    --_advice-focus-outline: var(--_advice-focus-width) var(--_advice-focus-style) var(--_advice-focus);
    --_advice-link: var(--advice-link-color, var(--utrecht-link-color, var(--_advice-primary)));
    --_advice-error: var(--advice-error-color, var(--utrecht-form-field-error-message-color, var(--utrecht-feedback-danger-color, #b91c1c)));
    --_advice-space: var(--advice-space, 1rem);
    /* Model texts may hold words of any length ("Arbeidsongeschiktheidsverzekering", or worse):
       they break anywhere rather than push the page sideways. Inherited by every part. */
    overflow-wrap: anywhere;
    min-width: 0;
    max-width: 100%;
  }
  select,
  input,
  textarea,
  table,
  img,
  svg,
  canvas {
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_advice-focus-outline);
    outline-offset: var(--_advice-focus-offset);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--advice-heading-font-family, var(--utrecht-heading-font-family, var(--basis-heading-font-family, inherit)));
    font-weight: var(--advice-heading-font-weight, var(--utrecht-heading-font-weight, var(--basis-heading-font-weight, 700)));
    color: var(--advice-heading-color, var(--utrecht-heading-color, var(--basis-heading-color, inherit)));
  }
  button {
    font: inherit;
    font-weight: var(--advice-button-font-weight, var(--utrecht-button-font-weight, inherit));
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--advice-button-border-radius, var(--utrecht-button-border-radius, var(--_advice-radius)));
    border: 2px solid var(--_advice-primary);
    background: var(--_advice-surface);
    color: var(--_advice-primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_advice-primary);
    color: var(--_advice-on-primary);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .status {
    color: var(--_advice-muted);
  }
  .error {
    color: var(--_advice-error);
  }
  .error-box {
    border: 2px solid var(--_advice-error);
    border-radius: var(--_advice-radius);
    padding: var(--_advice-space);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonText;
    }
    .error-box {
      border-color: CanvasText;
    }
  }
`;

/**
 * Colours of the options, in the model's order, for bands and charts.
 * Each meets 4.5:1 against white text and 3:1 against a white page.
 */
export const OPTION_COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'] as const;

/** The CSS colour of the n-th option: `--advice-option-<n>-color` or the palette. */
export function optionColor(index: number): string {
  const n = (index % OPTION_COLORS.length) + 1;
  return `var(--advice-option-${n}-color, ${OPTION_COLORS[index % OPTION_COLORS.length]})`;
}

/**
 * A native range input laid transparently over a drawn track (weights,
 * tipping-point band): the input keeps keyboard, pointer and screen-reader
 * behaviour; the element draws the track and styles the thumb.
 */
export const overlayRangeStyles = css`
  input[type='range'] {
    appearance: none;
    -webkit-appearance: none;
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    background: transparent;
    cursor: pointer;
  }
  input[type='range']::-webkit-slider-runnable-track {
    height: 100%;
    background: transparent;
  }
  input[type='range']::-moz-range-track {
    background: transparent;
  }
`;
