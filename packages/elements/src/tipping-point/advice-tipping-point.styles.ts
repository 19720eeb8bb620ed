import { css } from 'lit';

export const tippingPointStyles = css`
  :host {
    --_thumb: var(--advice-tipping-point-thumb-width, 1rem);
    --_band-height: var(--advice-tipping-point-band-height, 2.75rem);
    --_band-border: var(--advice-tipping-point-band-border-color, var(--_advice-ink));
    --_threshold: var(--advice-tipping-point-threshold-color, var(--_advice-ink));
    container-type: inline-size;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .heading {
    font-size: var(--advice-tipping-point-heading-font-size, 1.125rem);
    line-height: 1.3;
    margin: 0 0 0.5rem;
  }
  .label {
    display: block;
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .try {
    display: block;
    font-weight: 600;
    font-size: 0.9375rem;
    margin: 0 0 0.25rem;
  }
  .hint {
    color: var(--_advice-muted);
    font-size: 0.9375rem;
  }
  .band {
    position: relative;
    min-width: 0;
    margin-bottom: 0.5rem;
  }
  .marker-row,
  .axis {
    position: relative;
    margin-inline: calc(var(--_thumb) / 2);
  }
  .marker-row {
    height: 2.25rem;
  }
  .marker {
    position: absolute;
    top: 0;
    white-space: nowrap;
    /* A unit with a very long word must not push the page sideways: these labels repeat, for the eye,
       what the summary below says in full (they are aria-hidden), so they may be cut short. */
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    padding: 0.0625rem 0.5rem;
    border-radius: 0.25rem;
    font-weight: 600;
    font-size: 0.9375rem;
    background: var(--advice-tipping-point-marker-background-color, var(--_advice-ink));
    color: var(--advice-tipping-point-marker-color, var(--_advice-surface));
  }
  .marker-caret {
    position: absolute;
    bottom: 0;
    width: 0;
    height: 0;
    transform: translateX(-50%);
    border-inline: 0.4375rem solid transparent;
    border-top: 0.5rem solid var(--advice-tipping-point-marker-background-color, var(--_advice-ink));
  }
  .band-area {
    position: relative;
    height: var(--_band-height);
  }
  .segments {
    position: absolute;
    inset-block: 0;
    inset-inline: calc(var(--_thumb) / 2);
    border: 2px solid var(--_band-border);
    border-radius: 0.25rem;
    overflow: hidden;
  }
  .segment {
    position: absolute;
    top: 0;
    bottom: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    overflow: hidden;
    min-width: 0;
  }
  .segment + .segment {
    border-inline-start: 2px solid var(--_advice-surface);
  }
  .segment-fill {
    position: absolute;
    inset: 0;
  }
  .segment-label {
    position: relative;
    max-width: calc(100% - 0.5rem);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 0 0.375rem;
    border-radius: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--advice-tipping-point-segment-color, #ffffff);
  }
  .range-row {
    position: relative;
    height: 0.75rem;
    margin-inline: calc(var(--_thumb) / 2);
  }
  .range-mark {
    position: absolute;
    top: 0.125rem;
    height: 0.5rem;
    min-width: 0.25rem;
    border: 3px solid var(--advice-tipping-point-range-border-color, var(--_advice-ink));
    border-top: 0;
    border-radius: 0 0 0.25rem 0.25rem;
  }
  input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    appearance: none;
    width: var(--_thumb);
    height: var(--_band-height);
    border-radius: 0.375rem;
    background: var(--advice-tipping-point-thumb-background-color, var(--_advice-surface));
    border: 3px solid var(--advice-tipping-point-thumb-border-color, var(--_advice-ink));
  }
  input[type='range']::-moz-range-thumb {
    box-sizing: border-box;
    width: var(--_thumb);
    height: var(--_band-height);
    border-radius: 0.375rem;
    background: var(--advice-tipping-point-thumb-background-color, var(--_advice-surface));
    border: 3px solid var(--advice-tipping-point-thumb-border-color, var(--_advice-ink));
  }
  input[type='range']:focus-visible {
    outline: var(--_advice-focus-outline);
    outline-offset: calc(var(--_advice-focus-offset) + 1px);
    border-radius: 0.25rem;
  }
  input[type='range']:focus-visible::-webkit-slider-thumb {
    box-shadow: 0 0 0 3px var(--advice-tipping-point-thumb-focus-border-color, var(--_advice-surface)),
      0 0 0 6px var(--advice-tipping-point-thumb-border-color, var(--_advice-ink));
  }
  input[type='range']:focus-visible::-moz-range-thumb {
    box-shadow: 0 0 0 3px var(--advice-tipping-point-thumb-focus-border-color, var(--_advice-surface)),
      0 0 0 6px var(--advice-tipping-point-thumb-border-color, var(--_advice-ink));
  }
  .axis {
    font-size: 0.875rem;
    color: var(--_threshold);
  }
  .axis-label,
  .threshold {
    position: absolute;
    white-space: nowrap;
    line-height: 1.5rem;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .threshold {
    font-weight: 600;
  }
  .tick {
    position: absolute;
    top: 0;
    width: 2px;
    height: 0.5rem;
    transform: translateX(-50%);
    background: var(--_threshold);
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
    padding: 0;
    font-size: 0.9375rem;
  }
  .legend li,
  .alternative-best {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    flex: none;
    display: inline-block;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 0.25rem;
    border: 1px solid var(--_band-border);
  }
  .summary {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .note {
    margin: 0 0 0.5rem;
  }
  .estimate {
    color: var(--_advice-muted);
    font-size: 0.875rem;
  }
  .alternatives {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .alternative {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    width: 100%;
    text-align: start;
    color: inherit;
    border-color: var(--_advice-border);
  }
  .alternative[aria-pressed='true'] {
    border-width: 3px;
    border-color: var(--advice-tipping-point-alternative-current-border-color, var(--_advice-primary));
    background: var(--_advice-subtle);
  }
  .alternative-value {
    font-weight: 600;
  }
  .current {
    font-weight: 600;
    color: var(--_advice-primary);
  }
  @media (forced-colors: active) {
    .segments,
    .segment + .segment,
    .swatch {
      border-color: CanvasText;
    }
    /* The legend keeps the band's colours and patterns, or its squares would all be empty. */
    .segment-fill,
    .swatch {
      forced-color-adjust: none;
    }
    .segment-label {
      forced-color-adjust: none;
      background: Canvas !important;
      color: CanvasText;
    }
    .marker {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .marker-caret {
      forced-color-adjust: none;
      border-top-color: CanvasText;
    }
    .tick {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .range-mark {
      border-color: CanvasText;
    }
    input[type='range']::-webkit-slider-thumb {
      forced-color-adjust: none;
      background: Canvas;
      border-color: Highlight;
    }
    input[type='range']:focus-visible {
      outline-color: Highlight;
    }
    .alternative[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
