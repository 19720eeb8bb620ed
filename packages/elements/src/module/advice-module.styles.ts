import { css } from 'lit';

export const moduleStyles = css`
  :host {
    container-type: inline-size;
  }
  :host {
    --_advice-sticky-top: calc(var(--advice-module-sticky-inset-block-start, 0px) + 0.5rem);
  }
  /* A column (not a grid) on a phone: the advice bar's sticky area is then the whole layout, not one grid cell. */
  .layout {
    display: flex;
    flex-direction: column;
    gap: var(--advice-module-gap, var(--_advice-space));
    max-width: var(--advice-module-max-width, 80rem);
    margin-inline: auto;
  }
  .aside {
    display: contents;
  }
  /* Stays in reach: at the bottom of the screen while the questions are answered, at the top below the advice. */
  .layout > .aside > .bar {
    position: sticky;
    inset-block-start: var(--_advice-sticky-top);
    inset-block-end: var(--advice-module-bar-inset-block-end, 0.5rem);
    z-index: 2;
  }
  /* Until every part has rendered once (STAGED in shared/tasks.ts). */
  .layout[data-advice-staged] {
    visibility: hidden;
  }
  /* A part whose element the page defines later (it loads the part's code later) is left out until it has
     rendered once: no heading over nothing. The layout does not wait for it. */
  .card[data-advice-staged],
  .bar[data-advice-staged] {
    display: none;
  }
  .card {
    background: var(--advice-module-card-background-color, var(--_advice-surface));
    border: 1px solid var(--advice-module-card-border-color, var(--_advice-quiet-border));
    border-radius: var(--advice-module-card-border-radius, var(--_advice-radius));
    padding: var(--advice-module-card-padding, var(--_advice-space));
    min-width: 0;
  }
  .card.result {
    border: 2px solid var(--_advice-primary);
  }
  .link-notice {
    margin-block-end: var(--advice-module-gap, var(--_advice-space));
    padding: var(--_advice-space);
    border: 2px solid var(--advice-module-notice-border-color, var(--_advice-primary));
    border-radius: var(--_advice-radius);
    background: var(--advice-module-notice-background-color, var(--_advice-subtle));
  }
  .link-notice p,
  .link-notice ul {
    margin: 0;
  }
  .link-notice ul {
    margin-block-start: 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .contact-default {
    margin: 0;
  }
  .stack {
    display: grid;
    gap: calc(2 * var(--advice-module-gap, var(--_advice-space)));
  }
  .heading {
    font-size: var(--advice-module-heading-font-size, 1.375rem);
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  /* Wide: the questions on the left, the advice and the ways to explore it on the right. */
  /*
   * The questions column stays in view while the advice, weights and scenarios on the right
   * scroll: it sticks to the top, at most a screen high, the questions scrolling within it,
   * with the advice bar under them.
   */
  @container (min-width: 56rem) {
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      grid-template-rows: repeat(6, auto) 1fr;
      row-gap: 0;
      column-gap: var(--advice-module-gap, var(--_advice-space));
      align-items: start;
    }
    .card {
      grid-column: 2;
      margin-block-end: var(--advice-module-gap, var(--_advice-space));
    }
    .aside {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      grid-column: 1;
      grid-row: 1 / -1;
      position: sticky;
      inset-block-start: var(--_advice-sticky-top);
      max-height: calc(100vh - var(--_advice-sticky-top) - 0.5rem);
      max-height: calc(100dvh - var(--_advice-sticky-top) - 0.5rem);
    }
    .aside > .card.questions {
      margin: 0;
      min-height: 0;
      overflow: auto;
      overscroll-behavior: contain;
    }
    .layout > .aside > .bar {
      position: static;
      flex: none;
    }
  }
  @media (forced-colors: active) {
    .card,
    .card.result,
    .link-notice {
      border-color: CanvasText;
    }
  }
`;
