import { css } from 'lit';

export const scenariosStyles = css`
  :host {
    container-type: inline-size;
    --_advice-scenarios-gap: var(--advice-scenarios-gap, var(--_advice-space));
    --_advice-scenarios-changed: var(--advice-scenarios-tag-background-color, #fef3c7);
    --_advice-scenarios-on-changed: var(--advice-scenarios-tag-color, #78350f);
  }
  .base {
    display: grid;
    gap: var(--_advice-scenarios-gap);
    min-width: 0;
  }
  p {
    margin: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--advice-scenarios-heading-font-size, 1.25rem);
    line-height: 1.3;
  }
  .intro,
  .hint {
    color: var(--_advice-muted);
  }
  .hint {
    font-size: 0.9375rem;
  }

  /* The banner while a scenario is being viewed. */
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem var(--_advice-space);
    border-inline-start: 0.375rem solid var(--advice-scenarios-banner-border-color, var(--_advice-primary));
    background: var(--advice-scenarios-banner-background-color, var(--_advice-subtle));
    border-radius: var(--_advice-radius);
  }
  .banner p {
    flex: 1 1 12rem;
    font-weight: 600;
  }

  /* The person's scenarios. */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_advice-scenarios-gap);
  }
  .item {
    min-width: 0;
    display: grid;
    gap: 0.75rem;
    padding: var(--advice-scenarios-item-padding, var(--_advice-space));
    background: var(--advice-scenarios-item-background-color, var(--_advice-surface));
    border: 1px solid var(--advice-scenarios-item-border-color, var(--_advice-border));
    border-radius: var(--advice-scenarios-item-border-radius, var(--_advice-radius));
  }
  .item.active {
    border-width: 3px;
    border-color: var(--advice-scenarios-item-active-border-color, var(--_advice-primary));
  }
  .name {
    font-weight: 700;
    font-size: 1.125rem;
    overflow-wrap: anywhere;
  }
  .name:focus-visible {
    outline-offset: 4px;
  }
  .viewing {
    font-weight: 600;
    color: var(--advice-scenarios-item-active-color, var(--_advice-primary));
  }
  .changes {
    margin: 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions button {
    flex: 0 1 auto;
  }
  button[aria-pressed='true'] {
    background: var(--_advice-primary);
    color: var(--_advice-on-primary);
  }

  /* The editor of one scenario. */
  .editor {
    display: grid;
    gap: 0.75rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--advice-scenarios-item-border-color, var(--_advice-border));
  }
  .editor[hidden] {
    display: none;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: grid;
    gap: 0.75rem;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .field {
    display: grid;
    /* One column that may shrink below a select's longest option, so 320 px does not scroll sideways. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    min-width: 0;
  }
  .field label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  input,
  select {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.375rem 0.5rem;
    min-width: 0;
    max-width: 100%;
    color: inherit;
    background: var(--advice-scenarios-input-background-color, var(--_advice-surface));
    border: var(--_advice-input-border-width) solid var(--advice-scenarios-input-border-color, var(--_advice-border));
    border-radius: var(--advice-scenarios-input-border-radius, var(--_advice-input-radius));
  }
  input.number {
    width: 8rem;
  }
  input.name-field {
    width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_advice-error);
  }
  .field .error {
    font-weight: 600;
  }

  /* Undo after removal. */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem var(--_advice-space);
    background: var(--advice-scenarios-notice-background-color, var(--_advice-subtle));
    border: 1px solid var(--advice-scenarios-notice-border-color, var(--_advice-border));
    border-radius: var(--_advice-radius);
  }
  .notice p {
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }

  /* Adding. */
  .add {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .suggestions {
    display: grid;
    gap: 0.5rem;
  }
  .suggestions p {
    font-weight: 600;
  }
  .suggestions ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .suggestions li {
    display: grid;
    gap: 0.25rem;
    max-width: 100%;
  }
  .suggestions button {
    text-align: start;
    max-width: 100%;
    overflow-wrap: anywhere;
  }

  /* The comparison. */
  .compare {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .verdict {
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--advice-scenarios-table-border-color, var(--_advice-border));
    border-radius: var(--_advice-radius);
  }
  .table-wrap[aria-busy='true'] {
    opacity: 0.7;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.5rem 0.75rem;
  }
  .caption-text {
    /* Stays in view while the table scrolls sideways. */
    display: inline-block;
    position: sticky;
    left: 0.75rem;
    max-width: calc(100cqi - 2rem);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.75rem;
    border-block-start: 1px solid var(--advice-scenarios-table-border-color, var(--_advice-border));
    min-width: 7rem;
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--advice-scenarios-table-header-background-color, var(--_advice-subtle));
  }
  tbody th {
    font-weight: 600;
    background: var(--advice-scenarios-item-background-color, var(--_advice-surface));
  }
  th[scope='row'],
  thead th:first-child {
    /* The row headers stay in view while the table scrolls sideways. */
    position: sticky;
    left: 0;
    z-index: 1;
    box-shadow: inset -1px 0 0 var(--advice-scenarios-table-border-color, var(--_advice-border));
  }
  td.changed {
    background: var(--advice-scenarios-changed-background-color, #fffbeb);
  }
  td.changed strong {
    font-weight: 700;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.375rem;
    border-radius: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
    background: var(--_advice-scenarios-changed);
    color: var(--_advice-scenarios-on-changed);
    border: 1px solid currentColor;
  }
  td .error {
    font-size: 0.9375rem;
  }

  @container (max-width: 30rem) {
    .actions button {
      flex: 1 1 auto;
    }
    th,
    td {
      min-width: 5.5rem;
      padding: 0.375rem 0.5rem;
    }
  }

  @media (forced-colors: active) {
    .item,
    .notice,
    .banner,
    .table-wrap,
    th,
    td,
    input,
    select {
      border-color: CanvasText;
    }
    .item.active {
      border-style: double;
      border-width: 6px;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    td.changed {
      border: 2px solid CanvasText;
    }
    .tag {
      border-color: CanvasText;
    }
  }
`;
