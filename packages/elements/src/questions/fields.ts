/** The fields of the questions: a number's slider and text field or range, a choice's radio buttons or select. */
import {
  type BooleanFactor,
  type ChoiceFactor,
  type Factor,
  type FactorValue,
  type Locale,
  localize,
  type NumberFactor,
  type SituationIssue,
  type ValueRange,
} from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatFactorNumber } from '../shared/format.js';
import type { QuestionsStrings } from './advice-questions.strings.js';

/** A text field of a number question: the single value, or one end of a range. */
export type Field = 'value' | 'min' | 'max';

/** Text a person typed that is not (yet) shown from the store. */
export type Draft = Partial<Record<Field, string>>;

export interface FieldIssue {
  readonly issue: SituationIssue;
  /** The fields the issue is about (marked aria-invalid). */
  readonly fields: readonly Field[];
  /** Shown once the person leaves the field; while typing, only a shown message is updated. */
  readonly visible: boolean;
}

/** What the field renderers need of the element: its language, the answers, the drafts and the handlers. */
export interface QuestionView {
  readonly locale: Locale;
  readonly strings: QuestionsStrings;
  /** The id of the step-by-step progress text, which every field is also described by. */
  readonly progressId: string | undefined;
  answerOf(factor: Factor): FactorValue | ValueRange;
  draftOf(factorId: string): Draft | undefined;
  /** A number as a person types it. */
  plain(value: number): string;
  onChoice(factor: Factor, value: FactorValue): void;
  onSlider(factor: NumberFactor, event: Event): void;
  onText(factor: NumberFactor, event: Event): void;
  onRangeText(factor: NumberFactor, field: 'min' | 'max', event: Event): void;
  onFieldChange(factor: NumberFactor): void;
}

/** The ids of a question's pieces, for labels and descriptions. */
export function fieldIds(factor: Factor) {
  const id = factor.id;
  return {
    label: `${id}-label`,
    help: `${id}-help`,
    unit: `${id}-unit`,
    error: `${id}-error`,
    field: `${id}-field`,
    min: `${id}-min`,
    max: `${id}-max`,
    minLabel: `${id}-min-label`,
    maxLabel: `${id}-max-label`,
    rangeHelp: `${id}-range-help`,
  };
}

/** An aria-describedby value of the ids that apply. */
export function describedBy(...ids: (string | false | undefined)[]): string {
  return ids.filter((id): id is string => Boolean(id)).join(' ');
}

/** A number question's slider and text field. */
export function renderSingle(v: QuestionView, factor: NumberFactor, value: number, found: FieldIssue | undefined): TemplateResult {
  const ids = fieldIds(factor);
  const locale = v.locale;
  const help = localize(factor.help, locale);
  const unit = localize(factor.unit, locale);
  const draft = v.draftOf(factor.id)?.value;
  const invalid = Boolean(found?.visible);
  return html`<div class="number-row">
    <input
      type="range"
      class="slider"
      part="slider"
      min=${factor.min}
      max=${factor.max}
      step=${factor.step}
      .value=${live(String(value))}
      aria-labelledby=${ids.label}
      aria-describedby=${describedBy(help && ids.help, v.progressId)}
      aria-valuetext=${formatFactorNumber(factor, value, locale)}
      @input=${(e: Event) => v.onSlider(factor, e)}
    />
    <span class="field-wrap">
      <input
        type="text"
        inputmode="decimal"
        autocomplete="off"
        class="field"
        part="field"
        id=${ids.field}
        .value=${live(draft ?? v.plain(value))}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(unit && ids.unit, invalid && ids.error, help && ids.help, v.progressId)}
        @input=${(e: Event) => v.onText(factor, e)}
        @change=${() => v.onFieldChange(factor)}
      />
      ${unit ? html`<span class="unit" part="unit" id=${ids.unit}>${unit}</span>` : nothing}
    </span>
  </div>`;
}

/** A number question answered as a range ("I am not sure"): two text fields. */
export function renderRange(v: QuestionView, factor: NumberFactor, range: ValueRange, found: FieldIssue | undefined): TemplateResult {
  const ids = fieldIds(factor);
  const s = v.strings;
  const unit = localize(factor.unit, v.locale);
  const draft = v.draftOf(factor.id) ?? {};
  const field = (which: 'min' | 'max', label: string, hidden: string) => {
    const invalid = Boolean(found?.visible && found.fields.includes(which));
    const labelId = which === 'min' ? ids.minLabel : ids.maxLabel;
    return html`<label id=${labelId} for=${ids[which]}>${label}<span class="visually-hidden"> (${hidden})</span></label>
      <input
        type="text"
        inputmode="decimal"
        autocomplete="off"
        class="field"
        part="field"
        id=${ids[which]}
        .value=${live(draft[which] ?? v.plain(range[which]))}
        aria-labelledby=${`${ids.label} ${labelId}`}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(unit && ids.unit, found?.visible && ids.error, ids.rangeHelp, v.progressId)}
        @input=${(e: Event) => v.onRangeText(factor, which, e)}
        @change=${() => v.onFieldChange(factor)}
      />`;
  };
  return html`<div class="range-row" part="range">
      ${field('min', s.between, s.lowest)} ${field('max', s.and, s.highest)}
      ${unit ? html`<span class="unit" part="unit" id=${ids.unit}>${unit}</span>` : nothing}
    </div>
    <p class="help" part="help" id=${ids.rangeHelp}>${s.rangeHelp}</p>`;
}

/** A yes/no or short choice question as radio buttons. */
export function renderRadios(v: QuestionView, factor: ChoiceFactor | BooleanFactor): TemplateResult {
  const ids = fieldIds(factor);
  const locale = v.locale;
  const help = localize(factor.help, locale);
  const value = v.answerOf(factor);
  const choices: { value: FactorValue; label: string; help: string }[] =
    factor.kind === 'boolean'
      ? [
          { value: true, label: v.strings.yes, help: '' },
          { value: false, label: v.strings.no, help: '' },
        ]
      : factor.choices.map((c) => ({ value: c.value, label: localize(c.label, locale), help: localize(c.help, locale) }));
  return html`<fieldset class="question" part="question" aria-describedby=${describedBy(help && ids.help, v.progressId) || nothing}>
    <legend class="label" part="label">${localize(factor.label, locale)}</legend>
    ${help ? html`<p class="help" part="help" id=${ids.help}>${help}</p>` : nothing}
    <div class="choices" part="choices">
      ${choices.map((choice, i) => {
        const helpId = `${factor.id}-choice-${i}-help`;
        return html`<div class="choice-item">
          <label class="choice">
            <input
              type="radio"
              name=${factor.id}
              value=${String(choice.value)}
              .checked=${live(choice.value === value)}
              aria-describedby=${choice.help ? helpId : nothing}
              @change=${() => v.onChoice(factor, choice.value)}
            />
            ${choice.label}
          </label>
          ${choice.help ? html`<p class="choice-help" id=${helpId}>${choice.help}</p>` : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/** A choice question with many choices as a select. */
export function renderSelect(v: QuestionView, factor: ChoiceFactor): TemplateResult {
  const ids = fieldIds(factor);
  const locale = v.locale;
  const help = localize(factor.help, locale);
  const value = v.answerOf(factor);
  return html`<div class="question" part="question">
    <label class="label" part="label" for=${ids.field}>${localize(factor.label, locale)}</label>
    ${help ? html`<p class="help" part="help" id=${ids.help}>${help}</p>` : nothing}
    <select
      class="select"
      part="select"
      id=${ids.field}
      aria-describedby=${describedBy(help && ids.help, v.progressId) || nothing}
      @change=${(e: Event) => v.onChoice(factor, (e.target as HTMLSelectElement).value)}
    >
      ${factor.choices.map((c) => html`<option value=${c.value} .selected=${live(c.value === value)}>${localize(c.label, locale)}</option>`)}
    </select>
  </div>`;
}
