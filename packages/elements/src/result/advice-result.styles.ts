import { css } from 'lit';

export const resultStyles = css`
  :host {
    container-type: inline-size;
  }
  .content {
    display: grid;
    gap: var(--advice-result-gap, 1.25rem);
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--advice-result-heading-font-size, 1.125rem);
    line-height: 1.3;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0;
  }
  .best {
    display: grid;
    gap: 0.5rem;
    padding: var(--_advice-space);
    background: var(--advice-result-best-background-color, var(--_advice-tint));
    border-inline-start: 0.375rem solid var(--advice-result-best-border-color, var(--_advice-primary));
    border-radius: var(--_advice-radius);
    min-width: 0;
  }
  .cost {
    display: grid;
    gap: 0.375rem;
  }
  .cheaper {
    font-weight: 600;
  }
  .scenario {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding: 0.625rem var(--_advice-space);
    border: 2px solid var(--advice-result-best-border-color, var(--_advice-primary));
    border-radius: var(--_advice-radius);
  }
  .scenario-name {
    font-weight: 700;
  }
  .rule-label {
    font-weight: 600;
  }
  .why-not {
    grid-column: 1 / -1;
  }
  /* Secondary text on the tinted advice: a theme's muted colour that only just passes on white is darkened a quarter towards the text. */
  .best-intro,
  .values dt {
    color: color-mix(in srgb, var(--_advice-muted) 75%, var(--_advice-ink));
  }
  .best-label {
    font-size: var(--advice-result-best-label-font-size, clamp(1.375rem, 0.75rem + 3cqi, 1.75rem));
    font-weight: 700;
    line-height: 1.2;
    color: var(--advice-result-best-label-color, inherit);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .values {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .values div {
    min-width: 0;
  }
  .values dt {
    font-size: 0.875rem;
  }
  .values dd {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 600;
  }
  .notes-title {
    font-weight: 600;
  }
  .notes {
    padding-inline-start: 1.25rem;
  }
  a {
    color: var(--advice-result-link-color, var(--_advice-link));
    text-underline-offset: 0.15em;
    justify-self: start;
    display: inline-block;
    padding-block: 0.5rem;
  }
  /* On the tinted advice a theme's link colour that only just passes on white would not: darken it a fifth towards the text. */
  .best a {
    color: var(--advice-result-link-color, color-mix(in srgb, var(--_advice-link) 80%, var(--_advice-ink)));
  }
  .part {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .list {
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  details {
    border: 1px solid var(--advice-result-details-border-color, var(--_advice-border));
    border-radius: var(--_advice-radius);
    min-width: 0;
  }
  summary {
    cursor: pointer;
    padding: 0.625rem var(--_advice-space);
    min-height: 2.75rem;
    font-weight: 600;
  }
  .details-body {
    display: grid;
    gap: 0.75rem;
    padding: 0 var(--_advice-space) var(--_advice-space);
  }
  .contributions,
  .ranking-list,
  .closed-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .contribution,
  .ranked {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .bar {
    position: relative;
    height: 0.75rem;
    background: var(--advice-result-bar-track-background-color, var(--_advice-subtle));
    border-radius: 0.25rem;
    overflow: hidden;
  }
  .bar-possible,
  .bar-fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    border-radius: 0.25rem;
  }
  .bar-possible {
    border: 1px solid var(--advice-result-bar-possible-border-color, var(--_advice-border));
  }
  .bar-fill {
    background: var(--advice-result-bar-background-color, var(--_advice-primary));
  }
  .points,
  .meta,
  .option-notes {
    font-size: 0.875rem;
    color: var(--_advice-muted);
  }
  .option-notes {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .ranked {
    grid-template-columns: 1.5rem minmax(0, 1fr);
    column-gap: 0.5rem;
  }
  .ranked > * {
    grid-column: 2;
  }
  .position {
    grid-column: 1;
    grid-row: 1;
    font-weight: 700;
  }
  .rank-label {
    font-weight: 600;
  }
  .closed-title {
    font-weight: 600;
  }
  .none {
    display: grid;
    gap: 0.5rem;
    padding: var(--_advice-space);
    border: 2px solid var(--advice-result-none-border-color, var(--_advice-border));
    border-radius: var(--_advice-radius);
  }
  .none-title {
    font-weight: 700;
    font-size: 1.125rem;
  }
  .busy {
    opacity: 0.75;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar-fill {
      transition: width 150ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .best {
      border: 1px solid CanvasText;
      border-inline-start: 0.375rem solid CanvasText;
    }
    .bar {
      border: 1px solid CanvasText;
    }
    .bar-possible {
      border-color: CanvasText;
    }
    .bar-fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    details,
    .none {
      border-color: CanvasText;
    }
  }
`;
