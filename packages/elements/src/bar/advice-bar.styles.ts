import { css } from 'lit';

export const barStyles = css`
  :host {
    min-width: 0;
  }
  .bar {
    padding: var(--advice-bar-padding-block, 0.375rem) var(--advice-bar-padding-inline, 0.75rem);
    background: var(--advice-bar-background-color, var(--_advice-surface));
    color: var(--advice-bar-color, inherit);
    border: 2px solid var(--advice-bar-border-color, var(--_advice-primary));
    border-radius: var(--advice-bar-border-radius, var(--_advice-radius));
    box-shadow: var(--advice-bar-box-shadow, 0 0.125rem 0.75rem rgb(0 0 0 / 0.18));
  }
  p,
  .heading {
    margin: 0;
  }
  .heading {
    font-size: var(--advice-bar-heading-font-size, 1rem);
    line-height: inherit;
  }
  .intro {
    color: var(--advice-bar-intro-color, var(--_advice-muted));
    font-weight: 400;
  }
  .option {
    font-size: var(--advice-bar-option-font-size, 1.125rem);
    font-weight: 700;
    color: var(--advice-bar-option-color, inherit);
    overflow-wrap: anywhere;
  }
  /* The price and the link share a line when they fit, and wrap whole when they do not. */
  .detail {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 0.75rem;
    font-size: 0.875rem;
  }
  .detail:empty {
    display: none;
  }
  .price {
    font-variant-numeric: tabular-nums;
    min-width: 0;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: 1.75rem;
    margin-inline-start: auto;
    color: var(--advice-bar-link-color, var(--_advice-link));
    font-weight: 600;
    text-underline-offset: 0.2em;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
      box-shadow: none;
    }
    a {
      color: LinkText;
    }
  }
`;
