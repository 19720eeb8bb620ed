import { css } from 'lit';

export const weightsStyles = css`
  :host {
    --_thumb: var(--advice-weights-thumb-size, 1.5rem);
    --_band: var(--advice-weights-band-background-color, color-mix(in srgb, var(--_advice-primary) 30%, var(--_advice-surface)));
    --_band-border: var(--advice-weights-band-border-color, var(--_advice-primary));
  }
  p {
    margin: 0 0 0.75rem;
  }
  .heading {
    margin: 0 0 0.75rem;
    font-size: var(--advice-weights-heading-font-size, 1.25rem);
    line-height: 1.3;
  }
  .intro {
    color: var(--_advice-muted);
  }
  .legend {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    color: var(--_advice-muted);
    font-size: 0.9375rem;
  }
  .legend-swatch {
    flex: none;
    width: 1.5rem;
    height: 0.875rem;
    margin-top: 0.25rem;
    background: var(--_band);
    border: 2px solid var(--_band-border);
    border-radius: 999px;
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0 0 var(--_advice-space);
  }
  .presets-label {
    margin: 0;
    font-weight: 600;
    width: 100%;
  }
  .preset[aria-pressed='true'] {
    background: var(--advice-weights-preset-pressed-background-color, var(--_advice-primary));
    color: var(--advice-weights-preset-pressed-color, var(--_advice-on-primary));
  }
  .preset[aria-pressed='true']::before {
    content: '✓ ';
  }
  .criteria {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--advice-weights-criterion-gap, var(--_advice-space));
  }
  .criterion {
    min-width: 0;
  }
  .criterion-header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75rem;
    align-items: baseline;
  }
  label {
    font-weight: 600;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .share {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .help {
    margin: 0;
    color: var(--_advice-muted);
    font-size: 0.9375rem;
  }
  .slider {
    position: relative;
    height: 2.75rem;
    min-width: 0;
  }
  .track {
    position: absolute;
    inset-inline: calc(var(--_thumb) / 2);
    top: 50%;
    height: var(--advice-weights-track-height, 0.5rem);
    transform: translateY(-50%);
    background: var(--advice-weights-track-background-color, var(--_advice-subtle));
    border: 1px solid var(--advice-weights-track-border-color, var(--_advice-border));
    border-radius: 999px;
  }
  .band {
    position: absolute;
    top: -0.3125rem;
    bottom: -0.3125rem;
    min-width: 0.25rem;
    background: var(--_band);
    border: 2px solid var(--_band-border);
    border-radius: 999px;
  }
  input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    appearance: none;
    width: var(--_thumb);
    height: var(--_thumb);
    margin-top: calc((2.75rem - var(--_thumb)) / 2);
    border-radius: 50%;
    background: var(--advice-weights-thumb-background-color, var(--_advice-primary));
    border: 3px solid var(--advice-weights-thumb-border-color, var(--_advice-surface));
    box-shadow: 0 0 0 1px var(--advice-weights-thumb-background-color, var(--_advice-primary));
  }
  input[type='range']::-moz-range-thumb {
    box-sizing: border-box;
    width: var(--_thumb);
    height: var(--_thumb);
    border-radius: 50%;
    background: var(--advice-weights-thumb-background-color, var(--_advice-primary));
    border: 3px solid var(--advice-weights-thumb-border-color, var(--_advice-surface));
    box-shadow: 0 0 0 1px var(--advice-weights-thumb-background-color, var(--_advice-primary));
  }
  input[type='range']:focus-visible {
    outline: var(--_advice-focus-outline);
    outline-offset: var(--_advice-focus-offset);
    border-radius: var(--_advice-radius);
  }
  input[type='range']:focus-visible::-webkit-slider-thumb {
    box-shadow: 0 0 0 3px var(--advice-weights-thumb-focus-border-color, var(--_advice-focus));
  }
  input[type='range']:focus-visible::-moz-range-thumb {
    box-shadow: 0 0 0 3px var(--advice-weights-thumb-focus-border-color, var(--_advice-focus));
  }
  .stability {
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
  }
  .reset-row {
    margin-top: var(--_advice-space);
  }
  @media (forced-colors: active) {
    .slider {
      forced-color-adjust: none;
    }
    .track {
      background: Canvas;
      border-color: CanvasText;
    }
    .band,
    .legend-swatch {
      forced-color-adjust: none;
      background: Highlight;
      border-color: CanvasText;
    }
    input[type='range']::-webkit-slider-thumb {
      background: ButtonText;
      border-color: ButtonFace;
      box-shadow: 0 0 0 1px ButtonText;
    }
    input[type='range']::-moz-range-thumb {
      background: ButtonText;
      border-color: ButtonFace;
    }
    input[type='range']:focus-visible {
      outline-color: Highlight;
    }
    .preset[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
