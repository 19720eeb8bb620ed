import { css } from 'lit';

export const questionsStyles = css`
  :host {
    container-type: inline-size;
  }
  .questions {
    display: grid;
    gap: var(--advice-questions-gap, 1.5rem);
  }
  .heading {
    margin: 0 0 0.75rem;
    font-size: var(--advice-questions-heading-font-size, 1.25rem);
    line-height: 1.3;
  }
  .question {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .label {
    padding: 0;
    font-weight: var(--advice-questions-label-font-weight, 600);
  }
  .help {
    margin: 0;
    color: var(--advice-questions-help-color, var(--_advice-muted));
  }
  .number-row,
  .range-row,
  .field-wrap {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    min-width: 0;
  }
  .range-row,
  .field-wrap {
    gap: 0.5rem;
  }
  .slider {
    flex: 1 1 10rem;
    min-width: 0;
    min-height: 2.75rem;
    margin: 0;
    accent-color: var(--advice-questions-slider-accent-color, var(--_advice-primary));
    cursor: pointer;
  }
  .field,
  .select {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    color: inherit;
    background: var(--advice-questions-input-background-color, var(--_advice-surface));
    border: var(--_advice-input-border-width) solid var(--advice-questions-input-border-color, var(--_advice-border));
    border-radius: var(--advice-questions-input-border-radius, var(--_advice-input-radius));
  }
  .field {
    width: 6rem;
    max-width: 100%;
  }
  .select {
    max-width: 100%;
    justify-self: start;
  }
  .field[aria-invalid='true'] {
    border-color: var(--advice-questions-input-invalid-border-color, var(--_advice-error));
    box-shadow: 0 0 0 1px var(--advice-questions-input-invalid-border-color, var(--_advice-error));
  }
  .unit {
    color: var(--advice-questions-unit-color, inherit);
  }
  .error {
    margin: 0;
    font-weight: 600;
    color: var(--advice-questions-error-color, var(--_advice-error));
  }
  .check,
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    cursor: pointer;
  }
  .check {
    justify-self: start;
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--advice-questions-slider-accent-color, var(--_advice-primary));
    cursor: pointer;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .choice-item {
    display: grid;
  }
  .choice-help {
    margin: 0 0 0.5rem 1.75rem;
    color: var(--advice-questions-help-color, var(--_advice-muted));
  }
  .progress-text {
    margin: 0;
    font-weight: 600;
  }
  .progress {
    display: block;
    width: 100%;
    height: 0.75rem;
    margin: 0.25rem 0 1rem;
    accent-color: var(--advice-questions-progress-accent-color, var(--_advice-primary));
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.5rem;
  }
  .nav .next {
    margin-inline-start: auto;
  }
  .summary .heading:focus {
    outline: none;
  }
  .summary .heading:focus-visible {
    outline: var(--_advice-focus-outline);
  }
  .answers {
    display: grid;
    gap: 0.75rem;
    margin: 1rem 0 0;
  }
  .answer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding-bottom: 0.75rem;
    border-bottom: 1px solid var(--advice-questions-summary-border-color, var(--_advice-quiet-border));
  }
  .answer dt {
    flex: 1 1 100%;
    font-weight: 600;
  }
  .answer dd {
    display: contents;
  }
  .summary p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .field,
    .select {
      border-color: FieldText;
    }
    .field[aria-invalid='true'] {
      border-style: double;
      border-width: 4px;
      border-color: Mark;
    }
    .answer {
      border-color: CanvasText;
    }
  }
`;
