import { css } from 'lit';

export const moduleStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--advice-module-gap, var(--_advice-space));
    max-width: var(--advice-module-max-width, 80rem);
    margin-inline: auto;
  }
  /* Until every part has rendered once (STAGED in shared/tasks.ts). */
  .layout[data-advice-staged] {
    visibility: hidden;
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
  @container (min-width: 56rem) {
    .layout {
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
    .card.questions {
      grid-column: 1;
      grid-row: 1 / -1;
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
