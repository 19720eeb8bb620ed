import { css } from 'lit';

export const handoffStyles = css`
  :host {
    container-type: inline-size;
    --_advice-handoff-gap: var(--advice-handoff-gap, var(--_advice-space));
  }
  .base {
    display: grid;
    gap: var(--_advice-handoff-gap);
    min-width: 0;
  }
  p {
    margin: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--advice-handoff-heading-font-size, 1.25rem);
    line-height: 1.3;
  }
  .intro,
  .hint {
    color: var(--_advice-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions button {
    flex: 0 1 auto;
  }
  .message {
    font-weight: 600;
    color: var(--advice-handoff-message-color, inherit);
  }
  .message:empty {
    /* Stays in the accessibility tree, so the first message is announced. */
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .message.failed {
    color: var(--_advice-error);
  }
  .fallback {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem var(--_advice-space);
    border: 2px solid var(--advice-handoff-fallback-border-color, var(--_advice-border));
    border-radius: var(--_advice-radius);
  }
  .fallback label {
    font-weight: 600;
  }
  textarea {
    font: inherit;
    font-size: 0.9375rem;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem;
    color: inherit;
    background: var(--advice-handoff-fallback-background-color, var(--_advice-surface));
    border: var(--_advice-input-border-width) solid var(--_advice-border);
    border-radius: var(--_advice-input-radius);
    resize: vertical;
  }

  /* The summary itself. */
  .summary {
    display: grid;
    gap: var(--_advice-handoff-gap);
    min-width: 0;
    padding: var(--advice-handoff-summary-padding, var(--_advice-space));
    background: var(--advice-handoff-summary-background-color, var(--_advice-surface));
    border: 1px solid var(--advice-handoff-summary-border-color, var(--_advice-border));
    border-radius: var(--advice-handoff-summary-border-radius, var(--_advice-radius));
    overflow-wrap: anywhere;
  }
  .summary-title {
    font-weight: 700;
    font-size: 1.125rem;
  }
  section {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .section-heading {
    margin: 0;
    font-size: var(--advice-handoff-section-heading-font-size, 1.0625rem);
    line-height: 1.3;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.375rem;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 0.25rem 1rem;
  }
  dt {
    color: var(--_advice-muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  @container (max-width: 28rem) {
    dl > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .actions button {
      flex: 1 1 auto;
    }
  }
  .best {
    font-size: 1.125rem;
  }
  .best strong {
    color: var(--advice-handoff-best-color, var(--_advice-primary));
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.375rem;
  }
  .tag {
    display: inline-block;
    padding: 0 0.375rem;
    border-radius: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
    border: 1px solid currentColor;
    background: var(--advice-handoff-tag-background-color, #fef3c7);
    color: var(--advice-handoff-tag-color, #78350f);
  }
  a {
    color: var(--advice-handoff-link-color, var(--_advice-link));
    text-underline-offset: 0.15em;
  }
  .note {
    color: var(--_advice-muted);
  }
  ::slotted(*) {
    margin: 0;
  }

  @media (forced-colors: active) {
    .summary,
    .fallback,
    textarea,
    .tag {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }

  details[part='more-references'] > summary {
    cursor: pointer;
    min-height: 2.75rem;
    padding-block: 0.5rem;
  }
  @media print {
    /* A printout shows what the person sees: the other sources only when opened. */
    details[part='more-references']:not([open]) {
      display: none;
    }
    :host {
      color: #000;
      font-size: 11pt;
    }
    .actions,
    .message,
    .fallback,
    .intro,
    .error-box button {
      display: none !important;
    }
    .summary {
      border: 0;
      padding: 0;
      background: none;
    }
    section {
      break-inside: avoid;
    }
    .best strong,
    a,
    dt,
    .note {
      color: #000;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .tag {
      background: none;
      color: #000;
    }
  }
`;
