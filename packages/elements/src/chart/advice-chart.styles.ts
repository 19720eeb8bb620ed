import { css } from 'lit';

export const chartStyles = css`
  :host {
    --_advice-chart-threshold: var(--advice-chart-threshold-color, var(--_advice-muted));
    --_advice-chart-marker: var(--advice-chart-marker-color, var(--_advice-ink));
    --_advice-chart-grid: var(--advice-chart-grid-color, #e5e7eb);
    min-width: 0;
  }
  [hidden] {
    display: none !important;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: var(--advice-chart-heading-font-size, 1.125rem);
  }
  .figure {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
    margin: 0 0 0.75rem;
  }
  .canvas-box {
    position: relative;
    width: 100%;
    min-width: 0;
    height: var(--advice-chart-height, 22rem);
  }
  /* Before Chart.js sizes it (the chart is drawn when first seen), a canvas is 300 px wide: never wider than its box. */
  canvas {
    display: block;
    max-width: 100%;
  }
  /* A canvas is 300 px wide until its chart is drawn: never wider than its box, so a phone never scrolls sideways meanwhile. */
  .canvas-box canvas {
    display: block;
    max-width: 100%;
  }
  .overlay {
    position: absolute;
    /* Canvas pixels are physical: the layer sits exactly over the chart's canvas, whatever the direction. */
    top: 0;
    left: 0;
    pointer-events: none;
  }
  .key {
    margin: 0;
    color: var(--_advice-muted);
    font-size: var(--advice-chart-key-font-size, 0.875rem);
  }
  .marks {
    margin: 0;
    padding-inline-start: 1.75rem;
    font-size: var(--advice-chart-key-font-size, 0.875rem);
  }
  .marks li::marker {
    font-weight: 700;
  }
  .range {
    margin: 0;
    font-size: var(--advice-chart-key-font-size, 0.875rem);
  }
  .caption-note {
    font-weight: normal;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  button[aria-pressed='true'] {
    background: var(--advice-chart-toggle-pressed-background-color, var(--_advice-primary));
    color: var(--advice-chart-toggle-pressed-color, var(--_advice-on-primary));
  }
  .table-box {
    max-height: var(--advice-chart-table-max-height, 24rem);
    overflow: auto;
    min-width: 0;
    border: 1px solid var(--advice-chart-table-border-color, var(--_advice-border));
    border-radius: var(--_advice-radius);
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    /* Stays in view when a wide table scrolls sideways. */
    position: sticky;
    left: 0;
    max-width: 100cqi;
    text-align: start;
    font-weight: 600;
    padding: 0.5rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--advice-chart-table-row-border-color, var(--_advice-quiet-border));
    text-align: end;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--advice-chart-table-header-background-color, var(--_advice-subtle));
    vertical-align: bottom;
  }
  th:first-child {
    text-align: start;
  }
  tbody th {
    font-weight: normal;
  }
  tbody th,
  td {
    white-space: nowrap;
  }
  tr.yours > * {
    font-weight: 700;
    background: var(--advice-chart-table-row-current-background-color, var(--_advice-subtle));
  }
  .tag {
    display: block;
    font-size: 0.8125rem;
    font-weight: normal;
    color: var(--_advice-muted);
    white-space: normal;
  }
  .na {
    color: var(--_advice-muted);
    font-style: italic;
  }
  @media (forced-colors: active) {
    .canvas-box {
      border: 1px solid CanvasText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    tr.yours > * {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
  }
`;
