/** The editor of one scenario (its name and the answers it changes), and the list of those changes. */
import {
  type AdviceModel,
  type AdviceState,
  applyScenario,
  type Factor,
  type Locale,
  localize,
  type NumberFactor,
  type Scenario,
} from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatFactorValue } from '../shared/format.js';
import type { ScenariosStrings } from './advice-scenarios.strings.js';
import { baseValue } from './comparison.js';
import { formatRelative, isRelative, selectValue } from './overrides.js';

/** What the editor of one scenario shows, and where the person's changes go. */
export interface EditorView {
  readonly scenario: Scenario;
  readonly state: AdviceState;
  readonly model: AdviceModel;
  readonly locale: Locale;
  readonly strings: ScenariosStrings;
  /** The idref-safe id of the scenario's pieces. */
  readonly uid: string;
  /** Whether the editor is open. */
  readonly open: boolean;
  /** What the person typed that could not be used, by `scenario|factor` (or `scenario|name`). */
  readonly drafts: Readonly<Record<string, string>>;
  /** The message next to such a field. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** What a number field shows for the scenario's value ('' for "as now"). */
  numberText(factor: NumberFactor): string;
  rename(input: HTMLInputElement): void;
  numberChange(factor: NumberFactor, input: HTMLInputElement): void;
  selectChange(factor: Factor, select: HTMLSelectElement): void;
}

/** Enter in a text field commits it, as leaving the field does. */
function onEnter(event: KeyboardEvent, commit: (input: HTMLInputElement) => void): void {
  if (event.key === 'Enter') commit(event.target as HTMLInputElement);
}

function renderNumberField(v: EditorView, factor: NumberFactor): TemplateResult {
  const scenario = v.scenario;
  const id = `${v.uid}-f-${factor.id}`;
  const key = `${scenario.id}|${factor.id}`;
  const override = scenario.overrides[factor.id];
  const error = v.fieldErrors[key];
  const unit = localize(factor.unit, v.locale);
  const asNow = formatFactorValue(factor, baseValue(factor, v.state), v.locale);
  const describedBy = [`${id}-hint`, isRelative(override) ? `${id}-relative` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${localize(factor.label, v.locale)}</label>
    <div class="control">
      <input
        id=${id}
        class="number"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${v.drafts[key] ?? v.numberText(factor)}
        aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${(e: Event) => v.numberChange(factor, e.target as HTMLInputElement)}
        @keydown=${(e: KeyboardEvent) => onEnter(e, (input) => v.numberChange(factor, input))}
      />
      ${unit ? html`<span>${unit}</span>` : nothing}
    </div>
    <p class="hint" id="${id}-hint">${v.strings.asNowHint(asNow)}</p>
    ${
      isRelative(override)
        ? html`<p class="hint" id="${id}-relative">${v.strings.relativeHint(formatRelative(factor, override, v.locale, v.model.factors))}</p>`
        : nothing
    }
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

function renderSelectField(v: EditorView, factor: Factor): TemplateResult {
  const scenario = v.scenario;
  const id = `${v.uid}-f-${factor.id}`;
  const current = selectValue(factor, scenario.overrides[factor.id]);
  const asNow = `${v.strings.asNow} (${formatFactorValue(factor, baseValue(factor, v.state), v.locale)})`;
  const choices =
    factor.kind === 'choice'
      ? factor.choices.map((c) => ({ value: c.value, label: localize(c.label, v.locale) || c.value }))
      : [
          { value: 'true', label: v.strings.yes },
          { value: 'false', label: v.strings.no },
        ];
  return html`<div class="field">
    <label for=${id}>${localize(factor.label, v.locale)}</label>
    <div class="control">
      <select id=${id} @change=${(e: Event) => v.selectChange(factor, e.target as HTMLSelectElement)}>
        <option value="" .selected=${current === ''}>${asNow}</option>
        ${choices.map((c) => html`<option value=${c.value} .selected=${current === c.value}>${c.label}</option>`)}
      </select>
    </div>
  </div>`;
}

export function renderEditor(v: EditorView): TemplateResult {
  const { scenario, model } = v;
  const uid = v.uid;
  const key = `${scenario.id}|name`;
  const nameError = v.fieldErrors[key];
  return html`<div class="editor" id="${uid}-editor" part="editor" ?hidden=${!v.open}>
    <div class="field">
      <label for="${uid}-name-field">${v.strings.nameLabel}</label>
      <input
        id="${uid}-name-field"
        class="name-field"
        type="text"
        maxlength="80"
        autocomplete="off"
        .value=${v.drafts[key] ?? scenario.name}
        aria-invalid=${nameError ? 'true' : 'false'}
        aria-describedby=${nameError ? `${uid}-name-error` : nothing}
        @change=${(e: Event) => v.rename(e.target as HTMLInputElement)}
        @keydown=${(e: KeyboardEvent) => onEnter(e, v.rename)}
      />
      ${nameError ? html`<p class="error" id="${uid}-name-error">${nameError}</p>` : nothing}
    </div>
    <fieldset>
      <legend>${v.strings.changesLegend(scenario.name)}</legend>
      ${model.factors.map((f) => (f.kind === 'number' ? renderNumberField(v, f) : renderSelectField(v, f)))}
    </fieldset>
  </div>`;
}

/** The scenario's changes to the person's own situation, in a short list. */
export function renderChanges(v: EditorView): TemplateResult {
  const { scenario, model } = v;
  const applied = applyScenario(v.model, v.state.situation, v.scenario);
  const changed = model.factors.filter((f) => Object.hasOwn(scenario.overrides, f.id) && scenario.overrides[f.id] !== undefined);
  if (changed.length === 0) return html`<p class="hint">${v.strings.noChanges}</p>`;
  return html`<ul class="changes">
    ${changed.map((f) => html`<li>${localize(f.label, v.locale)} <strong>${formatFactorValue(f, applied[f.id], v.locale)}</strong></li>`)}
  </ul>`;
}
