// Over 400 lines: the element's input handling (drafts while typing, ranges, "not sure", one question at a
// time with its summary), each with its message and announcement; the fields themselves render in fields.ts.
import {
  type AdviceModel,
  checkFactorValue,
  type Factor,
  type FactorValue,
  isValueRange,
  localize,
  type NumberFactor,
  type Situation,
  type SituationIssue,
  snapToFactor,
  type ValueRange,
} from '@advice-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { AdviceElement } from '../shared/advice-element.js';
import { emit } from '../shared/events.js';
import { formatFactorValue, formatNumber, parseNumber } from '../shared/format.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { issueMessage } from '../shared/issues.js';
import { registerPart } from '../shared/registry.js';
import { baseStyles } from '../shared/styles.js';
import { type QuestionsStrings, questionsStrings } from './advice-questions.strings.js';
import { questionsStyles } from './advice-questions.styles.js';
import {
  type Draft,
  type Field,
  type FieldIssue,
  fieldIds,
  type QuestionView,
  renderRadios,
  renderRange,
  renderSelect,
  renderSingle,
} from './fields.js';

/** Choice factors with more choices than this get a select instead of radio buttons. */
const MAX_RADIOS = 5;

/** A new "I'm not sure" range spans this share of the factor's range on each side of the value. */
const RANGE_SPREAD = 0.1;

function sameValue(a: unknown, b: unknown): boolean {
  if (isValueRange(a) && isValueRange(b)) return a.min === b.min && a.max === b.max;
  return Object.is(a, b);
}

/**
 * The questions about the person's situation: numbers as a slider with a
 * text field, choices as radio buttons or a list, yes/no questions as radio
 * buttons. All at once or one at a time.
 *
 * @summary The questions about the person's situation.
 *
 * @event {CustomEvent<AdviceStepDetail>} advice-step - The person moved to another question in step-by-step mode; `detail` has `step` (1-based), `total` and `factorId`.
 *
 * @csspart question - One question with its label, help, fields and message.
 * @csspart label - The question text.
 * @csspart help - The help text under a question.
 * @csspart slider - The slider of a number question.
 * @csspart field - A text field of a number question.
 * @csspart unit - The unit beside a number field.
 * @csspart not-sure - The "I'm not sure" checkbox with its label.
 * @csspart range - The "between … and …" fields of an uncertain answer.
 * @csspart choices - The radio buttons of a choice or yes/no question.
 * @csspart select - The list of a choice question with many choices.
 * @csspart error-message - The message next to a field whose value is not right.
 * @csspart progress - The progress text and bar in step-by-step mode.
 * @csspart navigation - The back and next buttons in step-by-step mode.
 * @csspart summary - The overview of all answers after the last step.
 * @csspart heading - The title, when `heading-level` is set.
 *
 * @cssproperty --advice-questions-gap - Space between questions.
 * @cssproperty --advice-questions-heading-font-size - Size of the title (with `heading-level`).
 * @cssproperty --advice-questions-label-font-weight - Weight of the question text.
 * @cssproperty --advice-questions-help-color - Colour of help texts.
 * @cssproperty --advice-questions-slider-accent-color - Colour of sliders, checkboxes and radio buttons.
 * @cssproperty --advice-questions-input-background-color - Background of text fields and lists.
 * @cssproperty --advice-questions-input-border-color - Border colour of text fields and lists.
 * @cssproperty --advice-questions-input-border-radius - Corner radius of text fields and lists.
 * @cssproperty --advice-questions-input-invalid-border-color - Border colour of a field whose value is not right.
 * @cssproperty --advice-questions-unit-color - Colour of the unit beside a number field.
 * @cssproperty --advice-questions-error-color - Colour of the message next to a field whose value is not right.
 * @cssproperty --advice-questions-progress-accent-color - Colour of the progress bar in step-by-step mode.
 * @cssproperty --advice-questions-summary-border-color - Lines between the answers in the summary.
 */
export class AdviceQuestionsElement extends AdviceElement {
  static override styles = [baseStyles, questionsStyles];

  /** `all` questions on one page, or `stepwise`: one at a time with back and next. */
  @property() layout: 'all' | 'stepwise' = 'all';

  /** When set (2–6), the element shows its own title as a heading of this level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number | undefined;

  /** The question shown in step-by-step mode (0-based); the number of factors means the summary. */
  @state() private step = 0;
  @state() private drafts: Readonly<Record<string, Draft>> = {};
  @state() private issues: Readonly<Record<string, FieldIssue>> = {};
  /** Number factors the person answers as a range. */
  @state() private unsure: ReadonlySet<string> = new Set();

  /** The situation the fields were last brought in line with; any other value came from outside. */
  private seen: Situation | undefined;
  private seenModel: AdviceModel | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ctx = this.advice.context;
    const situation = this.advice.state?.situation;
    if (!ctx || !situation) return;
    if (ctx.model !== this.seenModel) {
      this.seenModel = ctx.model;
      this.seen = undefined;
      this.step = 0;
      this.drafts = {};
      this.issues = {};
      this.unsure = new Set();
    }
    if (situation !== this.seen) this.syncFrom(situation, ctx.model);
  }

  /** Brings fields whose value changed outside (URL, reset, another element) in line with the store: typed text and messages go. */
  private syncFrom(situation: Situation, model: AdviceModel): void {
    const previous = this.seen;
    const drafts = { ...this.drafts };
    const issues = { ...this.issues };
    const unsure = new Set(this.unsure);
    for (const factor of model.factors) {
      const value = situation[factor.id];
      if (previous && sameValue(value, previous[factor.id])) continue;
      delete drafts[factor.id];
      delete issues[factor.id];
      if (isValueRange(value)) unsure.add(factor.id);
      else unsure.delete(factor.id);
    }
    this.drafts = drafts;
    this.issues = issues;
    this.unsure = unsure;
    this.seen = situation;
  }

  private get strings(): QuestionsStrings {
    return questionsStrings(this.locale);
  }

  private get factors(): readonly Factor[] {
    return this.advice.context?.model.factors ?? [];
  }

  private answerOf(factor: Factor): FactorValue | ValueRange {
    return this.advice.state?.situation[factor.id] ?? factor.default;
  }

  /** A number as typed in a field: the person's notation, no thousands separators. */
  private plain(value: number): string {
    return formatNumber(value, this.locale, { useGrouping: false, maximumFractionDigits: 6 });
  }

  /** Changes the person's answer through the module, so it reports the change; returns the problem when the value is refused. */
  private commit(factor: Factor, value: FactorValue | ValueRange): SituationIssue | null {
    const ctx = this.advice.context;
    if (!ctx) return null;
    let problem = null as SituationIssue | null;
    ctx.act('answer', (store) => {
      problem = store.setFactor(factor.id, value, this.locale);
    });
    this.seen = ctx.store.getState().situation;
    return problem;
  }

  private clearField(id: string): void {
    if (id in this.drafts) {
      const { [id]: _draft, ...drafts } = this.drafts;
      this.drafts = drafts;
    }
    if (id in this.issues) {
      const { [id]: _issue, ...issues } = this.issues;
      this.issues = issues;
    }
  }

  private setIssue(id: string, problem: SituationIssue | null, fields: readonly Field[]): void {
    const { [id]: previous, ...rest } = this.issues;
    this.issues = problem ? { ...rest, [id]: { issue: problem, fields, visible: previous?.visible ?? false } } : rest;
  }

  private setDraft(id: string, field: Field, text: string): Draft {
    const draft = { ...this.drafts[id], [field]: text };
    this.drafts = { ...this.drafts, [id]: draft };
    return draft;
  }

  private onSlider(factor: NumberFactor, event: Event): void {
    const value = snapToFactor(factor, Number((event.target as HTMLInputElement).value));
    this.clearField(factor.id);
    this.commit(factor, value);
  }

  private onText(factor: NumberFactor, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.setDraft(factor.id, 'value', text);
    const n = parseNumber(text, this.locale);
    const problem = n === null ? checkFactorValue(factor, text, this.locale) : this.commit(factor, n);
    this.setIssue(factor.id, problem, ['value']);
  }

  private onRangeText(factor: NumberFactor, field: 'min' | 'max', event: Event): void {
    const draft = this.setDraft(factor.id, field, (event.target as HTMLInputElement).value);
    const current = this.answerOf(factor);
    const range = isValueRange(current) ? current : { min: current as number, max: current as number };
    const texts = { min: draft.min ?? this.plain(range.min), max: draft.max ?? this.plain(range.max) };
    const min = parseNumber(texts.min, this.locale);
    const max = parseNumber(texts.max, this.locale);
    const minProblem = checkFactorValue(factor, min ?? texts.min, this.locale);
    const maxProblem = checkFactorValue(factor, max ?? texts.max, this.locale);
    let fields: Field[] = [...(minProblem ? (['min'] as const) : []), ...(maxProblem ? (['max'] as const) : [])];
    let problem = minProblem ?? maxProblem;
    if (!problem && min !== null && max !== null) {
      problem = checkFactorValue(factor, { min, max }, this.locale);
      if (problem) fields = ['min', 'max'];
      else problem = this.commit(factor, { min, max });
    }
    this.setIssue(factor.id, problem, fields);
  }

  /** Leaving a field: show its message now, or show the stored value in the person's notation. */
  private onFieldChange(factor: NumberFactor): void {
    const found = this.issues[factor.id];
    if (found) {
      if (!found.visible) this.issues = { ...this.issues, [factor.id]: { ...found, visible: true } };
    } else if (factor.id in this.drafts) {
      const { [factor.id]: _draft, ...drafts } = this.drafts;
      this.drafts = drafts;
    }
  }

  private onNotSure(factor: NumberFactor, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current = this.answerOf(factor);
    const unsure = new Set(this.unsure);
    this.clearField(factor.id);
    if (checked) {
      unsure.add(factor.id);
      this.unsure = unsure;
      if (!isValueRange(current)) {
        const value = current as number;
        const spread = Math.max(factor.step, (factor.max - factor.min) * RANGE_SPREAD);
        this.commit(factor, { min: snapToFactor(factor, value - spread), max: snapToFactor(factor, value + spread) });
      }
    } else {
      unsure.delete(factor.id);
      this.unsure = unsure;
      if (isValueRange(current)) this.commit(factor, snapToFactor(factor, (current.min + current.max) / 2));
    }
  }

  private onChoice(factor: Factor, value: FactorValue): void {
    this.clearField(factor.id);
    this.commit(factor, value);
  }

  private async go(step: number): Promise<void> {
    const factors = this.factors;
    const total = factors.length;
    this.step = Math.min(Math.max(0, step), total);
    const factor = factors[this.step];
    if (factor) emit(this, 'advice-step', { step: this.step + 1, total, factorId: factor.id });
    await this.updateComplete;
    const root = this.shadowRoot;
    if (!root) return;
    if (!factor) {
      const heading = root.querySelector<HTMLElement>('.summary .heading');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
      return;
    }
    root.querySelector<HTMLElement>('.question input[type=radio]:checked, .question input:not([type=radio]), .question select')?.focus();
  }

  /** What the field renderers need of the element: its language, the answers, the drafts and the handlers. */
  private readonly view: QuestionView = (() => {
    // Made once: the fields read the element's current language, answers and drafts through it.
    const element = this;
    return {
      get locale() {
        return element.locale;
      },
      get strings() {
        return element.strings;
      },
      get progressId() {
        return element.layout === 'stepwise' ? 'progress-text' : undefined;
      },
      answerOf: (factor) => this.answerOf(factor),
      draftOf: (id) => this.drafts[id],
      plain: (value) => this.plain(value),
      onChoice: (factor, value) => this.onChoice(factor, value),
      onSlider: (factor, event) => this.onSlider(factor, event),
      onText: (factor, event) => this.onText(factor, event),
      onRangeText: (factor, field, event) => this.onRangeText(factor, field, event),
      onFieldChange: (factor) => this.onFieldChange(factor),
    };
  })();

  private renderMessage(factor: Factor, found: FieldIssue | undefined) {
    return found?.visible
      ? html`<p class="error" part="error-message" id=${fieldIds(factor).error}>${issueMessage(found.issue, this.locale)}</p>`
      : nothing;
  }

  private renderNumber(factor: NumberFactor): TemplateResult {
    const ids = fieldIds(factor);
    const locale = this.locale;
    const value = this.answerOf(factor);
    const range = isValueRange(value) ? value : undefined;
    const unsure = this.unsure.has(factor.id) || range !== undefined;
    const help = localize(factor.help, locale);
    const found = this.issues[factor.id];
    const single = range ? snapToFactor(factor, (range.min + range.max) / 2) : (value as number);
    return html`<div class="question number" part="question">
      <label class="label" part="label" id=${ids.label} for=${unsure ? ids.min : ids.field}>${localize(factor.label, locale)}</label>
      ${help ? html`<p class="help" part="help" id=${ids.help}>${help}</p>` : nothing}
      ${unsure ? renderRange(this.view, factor, range ?? { min: single, max: single }, found) : renderSingle(this.view, factor, single, found)}
      ${this.renderMessage(factor, found)}
      <label class="check" part="not-sure">
        <input type="checkbox" .checked=${live(unsure)} @change=${(e: Event) => this.onNotSure(factor, e)} />
        ${this.strings.notSure}
      </label>
    </div>`;
  }

  private renderQuestion(factor: Factor): TemplateResult {
    switch (factor.kind) {
      case 'number':
        return this.renderNumber(factor);
      case 'choice':
        return factor.choices.length > MAX_RADIOS ? renderSelect(this.view, factor) : renderRadios(this.view, factor);
      case 'boolean':
        return renderRadios(this.view, factor);
    }
  }

  /** An answer as the summary shows it; yes/no in the words of the question's radio buttons. */
  private answerText(factor: Factor): string {
    const value = this.answerOf(factor);
    if (factor.kind === 'boolean') return value === true ? this.strings.yes : this.strings.no;
    return formatFactorValue(factor, value, this.locale);
  }

  private renderSummary(): TemplateResult {
    const s = this.strings;
    const locale = this.locale;
    const level = this.headingLevel === undefined ? 3 : headingLevel(this.headingLevel) + 1;
    return html`<section class="summary" part="summary" aria-labelledby="summary-title">
      ${renderHeading(Math.min(level, 6), s.summaryTitle, 'summary-title')}
      <p>${s.summaryIntro}</p>
      <dl class="answers">
        ${this.factors.map((factor, i) => {
          const label = localize(factor.label, locale);
          return html`<div class="answer">
            <dt>${label}</dt>
            <dd>
              <span>${this.answerText(factor)}</span>
              <button type="button" @click=${() => this.go(i)}>
                ${s.change}<span class="visually-hidden">: ${label}</span>
              </button>
            </dd>
          </div>`;
        })}
      </dl>
    </section>`;
  }

  private renderStepwise(): TemplateResult {
    const s = this.strings;
    const factors = this.factors;
    const total = factors.length;
    const step = Math.min(this.step, total);
    const factor = factors[step];
    return html`<div class="stepper">
      <div part="progress">
        <p class="progress-text" id="progress-text">${factor ? s.progress(step + 1, total) : s.progressDone}</p>
        <progress class="progress" max=${total} .value=${factor ? step + 1 : total} aria-labelledby="progress-text"></progress>
      </div>
      ${factor ? keyed(factor.id, this.renderQuestion(factor)) : this.renderSummary()}
      <div class="nav" part="navigation">
        ${step > 0 ? html`<button type="button" class="back" @click=${() => this.go(step - 1)}>${s.back}</button>` : nothing}
        ${
          factor
            ? html`<button type="button" class="next primary" @click=${() => this.go(step + 1)}>
              ${step + 1 === total ? s.toSummary : s.next}
            </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  protected override render() {
    if (!this.advice.context || !this.advice.state) return this.renderNoModule();
    const title = this.headingLevel === undefined ? nothing : renderHeading(this.headingLevel, this.strings.title);
    if (this.factors.length === 0) return title;
    return html`${title}
      ${
        this.layout === 'stepwise'
          ? this.renderStepwise()
          : html`<div class="questions">${this.factors.map((factor) => this.renderQuestion(factor))}</div>`
      }`;
  }
}

registerPart('questions', AdviceQuestionsElement);
