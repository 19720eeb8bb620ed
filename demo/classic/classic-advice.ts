/**
 * The classic one-shot form, as a good government form does it (GOV.UK and
 * NL Design System patterns): every question empty, plain fields (no sliders,
 * no "not sure" ranges, no weights, scenarios or tipping points), checked on
 * submit with an error summary that links to each field, then one result page
 * with the same facts the interactive variant shows for that option (price,
 * conditions, the model's notes such as "Voorbeeldtarief", its link), the
 * answers, a way to change them, and the contact hand-off.
 *
 * Rendered in the light DOM so the page's styles apply. The draft lives in
 * `history.state`, so a reload keeps the answers (nothing is stored elsewhere).
 */
import {
  type AdviceModel,
  checkFactorValue,
  type Factor,
  type BuiltInLocale as Locale,
  localize,
  type RankResult,
  rank,
} from '@advice-kit/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type ClassicStrings, classicStrings } from './strings.js';

/** `classic-submit`: the person pressed the submit button. */
export interface ClassicSubmitDetail {
  readonly valid: boolean;
  /** Factor ids of the questions with a problem, in the form's order. */
  readonly fields: readonly string[];
  /** The problem per field: `missing`, or the core's issue code (`not-a-number`, `below-min`…). */
  readonly codes: readonly string[];
}

/** `classic-advice`: the result page shows this advice. */
export interface ClassicAdviceDetail {
  readonly best: string | null;
  readonly runnerUp: string | null;
  readonly monthlyCost: number | null;
  readonly situation: Readonly<Record<string, string | number | boolean>>;
  readonly error: string | null;
}

interface Draft {
  readonly answers: Readonly<Record<string, string>>;
  readonly phase: 'form' | 'result';
}

const STATE_KEY = 'classicAdvice';
type Problem = { readonly code: string; readonly message: string };

const safeLink = (link: string | undefined): string | undefined => {
  if (!link) return undefined;
  try {
    return ['http:', 'https:'].includes(new URL(link, document.baseURI).protocol) ? link : undefined;
  } catch {
    return undefined;
  }
};

/** A typed answer as the factor's value: numbers with a comma or point, choices and yes/no as given. */
function answerValue(factor: Factor, raw: string): unknown {
  if (factor.kind === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  if (factor.kind === 'choice') return raw;
  const text = raw.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

export class ClassicAdviceElement extends LitElement {
  @property({ attribute: false }) model: AdviceModel | undefined;
  @property() locale: Locale = 'nl';

  @state() private answers: Record<string, string> = {};
  @state() private phase: 'form' | 'result' = 'form';
  @state() private problems: Record<string, Problem> = {};
  @state() private result: RankResult | undefined;

  private focusAfterRender: string | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = (history.state as Record<string, unknown> | null)?.[STATE_KEY] as Draft | undefined;
    if (saved && typeof saved === 'object' && saved.answers) {
      this.answers = { ...saved.answers };
      if (saved.phase === 'result') void this.showResult(false);
    }
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    const el = this.querySelector<HTMLElement>(this.focusAfterRender);
    this.focusAfterRender = undefined;
    el?.focus();
  }

  private get s(): ClassicStrings {
    return classicStrings[this.locale];
  }

  private save(): void {
    const draft: Draft = { answers: this.answers, phase: this.phase };
    history.replaceState({ ...(history.state ?? {}), [STATE_KEY]: draft }, '', location.href);
  }

  private problemOf(factor: Factor): Problem | undefined {
    const raw = this.answers[factor.id] ?? '';
    if (raw.trim() === '') {
      return { code: 'missing', message: factor.kind === 'number' ? this.s.missingNumber : this.s.missingChoice };
    }
    const issue = checkFactorValue(factor, answerValue(factor, raw), this.locale);
    return issue ? { code: issue.code, message: issue.message } : undefined;
  }

  private situation(model: AdviceModel): Record<string, string | number | boolean> {
    const out: Record<string, string | number | boolean> = {};
    for (const f of model.factors) out[f.id] = answerValue(f, this.answers[f.id] ?? '') as string | number | boolean;
    return out;
  }

  // ---- event handlers --------------------------------------------------------

  private readonly onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    if (!field.name) return;
    if (field.type === 'radio' && !field.checked) return;
    this.answers = { ...this.answers, [field.name]: field.value };
    this.save();
  };

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const model = this.model;
    if (!model) return;
    const problems: Record<string, Problem> = {};
    for (const f of model.factors) {
      const p = this.problemOf(f);
      if (p) problems[f.id] = p;
    }
    this.problems = problems;
    const fields = Object.keys(problems);
    this.dispatch<ClassicSubmitDetail>('classic-submit', {
      valid: fields.length === 0,
      fields,
      codes: fields.map((id) => problems[id]?.code ?? ''),
    });
    if (fields.length > 0) {
      this.focusAfterRender = '#classic-error-summary';
      return;
    }
    await this.showResult(true);
  };

  private readonly onChange = (): void => {
    this.phase = 'form';
    this.result = undefined;
    this.save();
    this.dispatch('classic-edit', {});
    const first = this.model?.factors[0];
    if (first) this.focusAfterRender = `[name="${first.id}"]`;
  };

  /** A link in the summary: focus the field itself, without touching the address (the page's state lives there). */
  private readonly onSummaryLink = (event: Event): void => {
    const link = (event.target as Element).closest('a');
    const id = link?.getAttribute('href')?.slice(1);
    if (!id) return;
    event.preventDefault();
    const target = this.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };

  /** A contact link followed: the same `advice-handoff` the interactive variant's hand-off sends. */
  private readonly onContactClick = (event: Event): void => {
    if ((event.target as Element).closest('a')) this.dispatch('advice-handoff', { action: 'contact', ok: true });
  };

  private async showResult(announce: boolean): Promise<void> {
    const model = this.model;
    if (!model) return;
    const situation = this.situation(model);
    const result = await rank(model, situation, null, { locale: this.locale });
    this.result = result;
    this.phase = 'result';
    this.save();
    if (!announce) return;
    const monthly = result.ranking.find((r) => r.optionId === result.best)?.values.monthlyCost;
    this.dispatch<ClassicAdviceDetail>('classic-advice', {
      best: result.best,
      runnerUp: result.runnerUp,
      monthlyCost: typeof monthly === 'number' ? monthly : null,
      situation,
      error: result.error?.code ?? null,
    });
    this.focusAfterRender = '#classic-result-heading';
  }

  private dispatch<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // ---- render helpers --------------------------------------------------------

  private describedBy(factor: Factor): string {
    return [this.problems[factor.id] ? `${factor.id}-error` : '', factor.help ? `${factor.id}-hint` : ''].filter(Boolean).join(' ');
  }

  private renderHintAndError(factor: Factor): TemplateResult {
    const problem = this.problems[factor.id];
    return html`${factor.help ? html`<p class="classic-hint" id="${factor.id}-hint">${localize(factor.help, this.locale)}</p>` : nothing}
    ${problem ? html`<p class="classic-error" id="${factor.id}-error"><span class="visually-hidden">${this.s.errorPrefix}: </span>${problem.message}</p>` : nothing}`;
  }

  private renderField(factor: Factor): TemplateResult {
    const locale = this.locale;
    const invalid = this.problems[factor.id] !== undefined;
    const raw = this.answers[factor.id] ?? '';
    const cls = `classic-field${invalid ? ' classic-field-invalid' : ''}`;
    if (factor.kind === 'number') {
      const whole = factor.step % 1 === 0 && factor.min % 1 === 0;
      return html`<div class=${cls}>
        <label for="field-${factor.id}">${localize(factor.label, locale)}</label>
        ${this.renderHintAndError(factor)}
        <span class="classic-input">
          <input id="field-${factor.id}" name=${factor.id} type="text" inputmode=${whole ? 'numeric' : 'decimal'} autocomplete="off"
            spellcheck="false" .value=${raw} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${this.describedBy(factor) || nothing} />
          ${factor.unit ? html`<span class="classic-unit">${localize(factor.unit, locale)}</span>` : nothing}
        </span>
      </div>`;
    }
    const choices =
      factor.kind === 'choice'
        ? factor.choices.map((c) => ({ value: c.value, label: localize(c.label, locale) }))
        : [
            { value: 'true', label: this.s.yes },
            { value: 'false', label: this.s.no },
          ];
    return html`<fieldset class=${cls} aria-describedby=${this.describedBy(factor) || nothing}>
      <legend>${localize(factor.label, locale)}</legend>
      ${this.renderHintAndError(factor)}
      ${choices.map(
        (c, i) => html`<label class="classic-radio"
          ><input type="radio" id="field-${factor.id}-${i}" name=${factor.id} value=${c.value} .checked=${raw === c.value} /> ${c.label}</label
        >`,
      )}
    </fieldset>`;
  }

  private renderSummary(model: AdviceModel): TemplateResult | typeof nothing {
    const open = model.factors.filter((f) => this.problems[f.id]);
    if (open.length === 0) return nothing;
    return html`<div class="classic-error-summary" id="classic-error-summary" tabindex="-1" aria-labelledby="classic-error-summary-heading">
      <h2 id="classic-error-summary-heading">${this.s.errorSummaryHeading}</h2>
      <ul @click=${this.onSummaryLink}>
        ${open.map(
          (f) =>
            html`<li><a href="#field-${f.id}${f.kind === 'number' ? '' : '-0'}">${localize(f.label, this.locale)} ${this.problems[f.id]?.message}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  private renderAnswer(factor: Factor): string {
    const raw = this.answers[factor.id] ?? '';
    if (factor.kind === 'boolean') return raw === 'true' ? this.s.yes : this.s.no;
    if (factor.kind === 'choice') return localize(factor.choices.find((c) => c.value === raw)?.label, this.locale);
    const value = answerValue(factor, raw) as number;
    const number = new Intl.NumberFormat(this.locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
    return factor.unit ? `${number} ${localize(factor.unit, this.locale)}` : number;
  }

  private renderResult(model: AdviceModel, result: RankResult): TemplateResult {
    const s = this.s;
    const locale = this.locale;
    const best = result.ranking.find((r) => r.optionId === result.best);
    const option = model.options.find((o) => o.id === result.best);
    let advice: TemplateResult;
    if (result.error) advice = html`<p class="classic-advice">${s.error}</p>`;
    else if (!best || !option) advice = html`<p class="classic-advice">${s.none}</p>`;
    else {
      const label = localize(option.label, locale);
      const euros = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' });
      const monthly = best.values.monthlyCost;
      const notes = best.notes.map((n) => localize(n, locale)).filter(Boolean);
      const link = safeLink(option.link);
      advice = html`<p class="classic-advice">${s.advice(label)}</p>
        ${typeof monthly === 'number' ? html`<p class="classic-cost">${s.cost(euros.format(monthly))}</p>` : nothing}
        ${option.description ? html`<h3>${s.conditions}</h3><p>${localize(option.description, locale)}</p>` : nothing}
        ${notes.length > 0 ? html`<p class="classic-notes-title">${s.notes}:</p><ul class="classic-notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
        ${link ? html`<p><a href=${link}>${s.moreAbout(label)}</a></p>` : nothing}`;
    }
    return html`<section class="classic-result" aria-labelledby="classic-result-heading">
        <h2 id="classic-result-heading" tabindex="-1">${s.resultHeading}</h2>
        ${advice}
        <h3>${s.answersHeading}</h3>
        <dl class="classic-answers">
          ${model.factors.map((f) => html`<div><dt>${localize(f.label, locale)}</dt><dd>${this.renderAnswer(f)}</dd></div>`)}
        </dl>
        <button type="button" class="button-secondary" @click=${this.onChange}>${s.change}</button>
      </section>
      <section class="classic-result classic-contact" aria-labelledby="classic-contact-heading" @click=${this.onContactClick}>
        <h2 id="classic-contact-heading">${s.contactHeading}</h2>
        <p>${s.contactBefore}<a href="https://www.ret.nl">ret.nl</a>${s.contactAfter}</p>
      </section>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return nothing;
    if (this.phase === 'result' && this.result) return this.renderResult(model, this.result);
    return html`${this.renderSummary(model)}
      <form class="classic-form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput}>
        ${model.factors.map((f) => this.renderField(f))}
        <button type="submit" class="button-primary">${this.s.submit}</button>
      </form>`;
  }
}

if (!customElements.get('classic-advice')) customElements.define('classic-advice', ClassicAdviceElement);

declare global {
  interface HTMLElementTagNameMap {
    'classic-advice': ClassicAdviceElement;
  }
  interface HTMLElementEventMap {
    'classic-submit': CustomEvent<ClassicSubmitDetail>;
    'classic-advice': CustomEvent<ClassicAdviceDetail>;
    'classic-edit': CustomEvent<Record<string, never>>;
  }
}
