import { css } from 'lit';

/**
 * Base styles every element shares. Components read their own tokens
 * (`--advice-<component>-…`), falling back to these common ones, then to a
 * default. Private plumbing is `--_advice-*`.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--advice-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--advice-font-size, 1rem);
    line-height: var(--advice-line-height, 1.5);
    color: var(--advice-color, #1a1a1a);
    --_advice-primary: var(--advice-primary-background-color, #1d4ed8);
    --_advice-on-primary: var(--advice-primary-color, #ffffff);
    --_advice-muted: var(--advice-muted-color, #4b5563);
    --_advice-border: var(--advice-border-color, #6b7280);
    --_advice-surface: var(--advice-surface-background-color, #ffffff);
    --_advice-subtle: var(--advice-subtle-background-color, #f3f4f6);
    --_advice-radius: var(--advice-border-radius, 0.5rem);
    --_advice-focus: var(--advice-focus-outline-color, #111827);
    --_advice-error: var(--advice-error-color, #b91c1c);
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
    outline: 3px solid var(--_advice-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--advice-button-border-radius, var(--_advice-radius));
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
