// Over 400 lines: the element's actions on scenarios (add, suggest, duplicate, remove, undo, view, edit), each
// with its announcement and where focus goes; the comparison renders in comparison.ts, the editor in editor.ts.
import {
  type AdviceError,
  type AdviceModel,
  type AdviceState,
  type AdviceStore,
  applyScenario,
  type Factor,
  localize,
  type NumberFactor,
  type Scenario,
  type SuggestedScenario,
  scenarioFromSuggestion,
} from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdviceElement } from '../shared/advice-element.js';
import type { AdviceAction } from '../shared/context.js';
import { scenarioComparison } from '../shared/controllers.js';
import { emit } from '../shared/events.js';
import { renderHeading } from '../shared/heading.js';
import { registerPart } from '../shared/registry.js';
import { FirstSight } from '../shared/sight.js';
import { baseStyles } from '../shared/styles.js';
import { type ScenariosStrings, scenariosStrings } from './advice-scenarios.strings.js';
import { scenariosStyles } from './advice-scenarios.styles.js';
import { renderComparisonTable } from './comparison.js';
import { type EditorView, renderChanges, renderEditor } from './editor.js';
import { fromSelect, isRelative, numberFieldText, type Override, parseNumberOverride, sameOverride } from './overrides.js';

type Removed = { scenario: Scenario; index: number };

/**
 * "What if": the person adds scenarios (blank or from the model's
 * suggestions), names and edits them, and compares the advice in each side
 * by side with their own situation.
 *
 * Every change goes through the `<advice-module>` around it, which reports it
 * with an `advice-change` event (`action`: `scenario-add`, `scenario-edit`,
 * `scenario-remove`, `scenario-restore` or `scenario-activate`). The
 * comparison comes from the core's `compareScenarios`.
 *
 * @summary "What if": scenarios compared side by side with the person's own situation.
 *
 * @event {CustomEvent<AdviceErrorDetail>} advice-error - The model failed or timed out while comparing (bubbles from the element).
 * @event {CustomEvent<AdviceViewDetail>} advice-view - The comparison of the scenarios was on screen for the first time (`view`: `scenarios`).
 *
 * @csspart heading - The title, only when `heading-level` is set.
 * @csspart banner - The notice shown while a scenario is being viewed, with the way back.
 * @csspart list - The list of the person's scenarios.
 * @csspart scenario - One scenario in the list.
 * @csspart scenario-active - The scenario being viewed (also has part `scenario`).
 * @csspart actions - The buttons of one scenario.
 * @csspart editor - The name field and the changes of one scenario.
 * @csspart notice - The message after removing a scenario, with the undo button.
 * @csspart undo - The undo button.
 * @csspart add - The button that adds a blank scenario.
 * @csspart suggestions - The model's suggested scenarios.
 * @csspart suggestion - One suggestion button.
 * @csspart comparison - The comparison: verdict and table.
 * @csspart verdict - "The advice is the same in every scenario" or how many differ.
 * @csspart table-wrapper - The scrolling box around the table.
 * @csspart table - The comparison table.
 * @csspart tag - The "changed" tag on a value that differs from the person's own situation.
 * @csspart status - Loading and empty messages.
 * @csspart error - The error message with its retry button.
 *
 * @cssproperty --advice-scenarios-gap - Space between the parts.
 * @cssproperty --advice-scenarios-heading-font-size - Size of the title.
 * @cssproperty --advice-scenarios-banner-background-color - Background of the "you are viewing" banner.
 * @cssproperty --advice-scenarios-banner-border-color - Edge of the banner.
 * @cssproperty --advice-scenarios-item-background-color - Background of a scenario.
 * @cssproperty --advice-scenarios-item-border-color - Border of a scenario.
 * @cssproperty --advice-scenarios-item-border-radius - Corners of a scenario.
 * @cssproperty --advice-scenarios-item-padding - Space inside a scenario.
 * @cssproperty --advice-scenarios-item-active-border-color - Border of the scenario being viewed.
 * @cssproperty --advice-scenarios-item-active-color - Text "you are viewing this scenario".
 * @cssproperty --advice-scenarios-input-background-color - Background of the fields.
 * @cssproperty --advice-scenarios-input-border-color - Border of the fields.
 * @cssproperty --advice-scenarios-input-border-radius - Corners of the fields.
 * @cssproperty --advice-scenarios-notice-background-color - Background of the undo message.
 * @cssproperty --advice-scenarios-notice-border-color - Border of the undo message.
 * @cssproperty --advice-scenarios-table-border-color - Lines of the comparison table.
 * @cssproperty --advice-scenarios-table-header-background-color - Background of the column headers.
 * @cssproperty --advice-scenarios-changed-background-color - Background of a cell that differs from the person's own situation.
 * @cssproperty --advice-scenarios-tag-background-color - Background of the "changed" tag.
 * @cssproperty --advice-scenarios-tag-color - Text of the "changed" tag.
 */
export class AdviceScenariosElement extends AdviceElement {
  static override styles = [baseStyles, scenariosStyles];

  /** Renders a title at this heading level (2–6). Without it the element has no title of its own. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number | undefined;

  /** Scenarios whose editor is open. */
  @state() private open: ReadonlySet<string> = new Set();
  /** The scenario removed last, for undo. */
  @state() private removed: Removed | null = null;
  /** The polite message for screen readers. */
  @state() private announcement = '';
  /** What the person typed into a field that could not be used, by `scenario|factor`. */
  @state() private drafts: Readonly<Record<string, string>> = {};
  /** The message next to such a field. */
  @state() private fieldErrors: Readonly<Record<string, string>> = {};

  private readonly ids = new Map<string, number>();

  private readonly comparison = scenarioComparison(this, this.advice);

  /** `advice-view` once, the first time the person has the comparison of their scenarios (while there is one) on screen. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller, driven by the host's lifecycle
  private readonly comparisonSight = new FirstSight(this, {
    target: () => this.renderRoot?.querySelector('[part=table-wrapper]') ?? null,
    onSeen: () => emit(this, 'advice-view', { view: 'scenarios' }),
  });

  private get strings(): ScenariosStrings {
    return scenariosStrings[this.locale];
  }

  /** A stable, idref-safe id for a scenario's pieces in the shadow root. */
  private uid(scenarioId: string): string {
    let n = this.ids.get(scenarioId);
    if (n === undefined) {
      n = this.ids.size + 1;
      this.ids.set(scenarioId, n);
    }
    return `scenario-${n}`;
  }

  // ---- event handlers --------------------------------------------------------

  private act(action: AdviceAction, change: (store: AdviceStore) => void): void {
    this.advice.context?.act(action, change);
  }

  private async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
  }

  private nextBlankName(scenarios: readonly Scenario[]): string {
    // Numbered by position: the third scenario is "Scenario 3" (a higher number only when that name is taken).
    const names = new Set(scenarios.map((s) => s.name));
    let n = scenarios.length + 1;
    while (names.has(this.strings.blankName(n))) n++;
    return this.strings.blankName(n);
  }

  private addBlank(): void {
    const s = this.advice.state;
    if (!s) return;
    let created = undefined as Scenario | undefined;
    this.act('scenario-add', (store) => {
      created = store.addScenario({ name: this.nextBlankName(s.scenarios), overrides: {} });
    });
    if (!created) return;
    this.open = new Set([...this.open, created.id]);
    void this.announce(this.strings.added);
    void this.focusLater(`#${this.uid(created.id)}-name-field`);
  }

  private addSuggestion(suggestion: SuggestedScenario): void {
    const scenario = scenarioFromSuggestion(suggestion, this.locale);
    let created = undefined as Scenario | undefined;
    this.act('scenario-add', (store) => {
      created = store.addScenario({ id: scenario.id, name: scenario.name, overrides: scenario.overrides, suggestion: suggestion.id });
    });
    if (!created) return;
    void this.announce(this.strings.added);
    void this.focusLater(`#${this.uid(created.id)}-name`);
  }

  private duplicate(scenario: Scenario): void {
    let created = undefined as Scenario | undefined;
    this.act('scenario-duplicate', (store) => {
      created = store.addScenario({
        name: this.strings.copyName(scenario.name),
        overrides: { ...scenario.overrides },
        ...(scenario.weights ? { weights: { ...scenario.weights } } : {}),
        ...(scenario.suggestion ? { suggestion: scenario.suggestion } : {}),
      });
    });
    if (!created) return;
    void this.announce(this.strings.added);
    void this.focusLater(`#${this.uid(created.id)}-name`);
  }

  private removeScenario(scenario: Scenario): void {
    let removed = null as Removed | null;
    this.act('scenario-remove', (store) => {
      removed = store.removeScenario(scenario.id);
    });
    if (!removed) return;
    this.removed = removed;
    this.clearFieldState(scenario.id);
    void this.announce(this.strings.removed);
    void this.focusLater('.notice button');
  }

  private undo(): void {
    const removed = this.removed;
    if (!removed) return;
    this.act('scenario-restore', (store) => store.restoreScenario(removed));
    this.removed = null;
    void this.announce(this.strings.restored);
    void this.focusLater(`#${this.uid(removed.scenario.id)}-name`);
  }

  private toggleActive(scenario: Scenario): void {
    const active = this.advice.state?.activeScenario === scenario.id;
    this.act('scenario-activate', (store) => store.setActiveScenario(active ? null : scenario.id));
  }

  private backToOwn(): void {
    const id = this.advice.state?.activeScenario;
    this.act('scenario-activate', (store) => store.setActiveScenario(null));
    if (id) void this.focusLater(`#${this.uid(id)}-view`);
  }

  private toggleEditor(scenario: Scenario): void {
    const next = new Set(this.open);
    if (next.has(scenario.id)) next.delete(scenario.id);
    else next.add(scenario.id);
    this.open = next;
  }

  private rename(scenario: Scenario, input: HTMLInputElement): void {
    const key = `${scenario.id}|name`;
    const name = input.value.trim();
    if (name === '') {
      this.setFieldState(key, input.value, this.strings.nameRequired);
      return;
    }
    this.setFieldState(key, undefined, undefined);
    if (name !== scenario.name) this.act('scenario-edit', (store) => store.updateScenario(scenario.id, { name }));
  }

  private setOverride(scenario: Scenario, factor: Factor, value: Override | null): void {
    const current = scenario.overrides[factor.id];
    if (value === null ? current === undefined : sameOverride(current, value)) return;
    const overrides: Record<string, Override> = { ...scenario.overrides };
    if (value === null) delete overrides[factor.id];
    else overrides[factor.id] = value;
    this.act('scenario-edit', (store) => store.updateScenario(scenario.id, { overrides }));
  }

  private onNumberChange(scenario: Scenario, factor: NumberFactor, input: HTMLInputElement): void {
    const key = `${scenario.id}|${factor.id}`;
    const parsed = parseNumberOverride(factor, input.value, this.locale);
    if (parsed.kind === 'invalid') {
      this.setFieldState(key, input.value, parsed.message);
      return;
    }
    this.setFieldState(key, undefined, undefined);
    if (parsed.kind === 'as-now') {
      this.setOverride(scenario, factor, null);
      return;
    }
    const current = scenario.overrides[factor.id];
    // A relative change stays relative while the person leaves its resulting value alone.
    if (isRelative(current) && input.value.trim() === this.numberText(scenario, factor)) return;
    this.setOverride(scenario, factor, parsed.value);
  }

  private onSelectChange(scenario: Scenario, factor: Factor, select: HTMLSelectElement): void {
    this.setOverride(scenario, factor, fromSelect(factor, select.value));
  }

  private setFieldState(key: string, draft: string | undefined, error: string | undefined): void {
    const drafts = { ...this.drafts };
    const errors = { ...this.fieldErrors };
    if (draft === undefined) delete drafts[key];
    else drafts[key] = draft;
    if (error === undefined) delete errors[key];
    else errors[key] = error;
    this.drafts = drafts;
    this.fieldErrors = errors;
  }

  private clearFieldState(scenarioId: string): void {
    const keep = ([key]: [string, string]) => !key.startsWith(`${scenarioId}|`);
    this.drafts = Object.fromEntries(Object.entries(this.drafts).filter(keep));
    this.fieldErrors = Object.fromEntries(Object.entries(this.fieldErrors).filter(keep));
  }

  // ---- render helpers --------------------------------------------------------

  /** The scenario's situation, as the core applies it. */
  private applied(scenario: Scenario) {
    const ctx = this.advice.context;
    const s = this.advice.state;
    return ctx && s ? applyScenario(ctx.model, s.situation, scenario) : {};
  }

  private numberText(scenario: Scenario, factor: NumberFactor): string {
    const override = scenario.overrides[factor.id];
    if (override === undefined) return '';
    return numberFieldText(this.applied(scenario)[factor.id], this.locale);
  }

  /** What the editor of one scenario shows, and where its changes go. */
  private editorView(scenario: Scenario, s: AdviceState, model: AdviceModel): EditorView {
    return {
      scenario,
      state: s,
      model,
      locale: this.locale,
      strings: this.strings,
      uid: this.uid(scenario.id),
      open: this.open.has(scenario.id),
      drafts: this.drafts,
      fieldErrors: this.fieldErrors,
      numberText: (factor) => this.numberText(scenario, factor),
      rename: (input) => this.rename(scenario, input),
      numberChange: (factor, input) => this.onNumberChange(scenario, factor, input),
      selectChange: (factor, select) => this.onSelectChange(scenario, factor, select),
    };
  }

  private renderScenario(scenario: Scenario, s: AdviceState, model: AdviceModel): TemplateResult {
    const uid = this.uid(scenario.id);
    const active = s.activeScenario === scenario.id;
    const open = this.open.has(scenario.id);
    const name = html`<span class="visually-hidden">(${scenario.name})</span>`;
    return html`<li class="item ${active ? 'active' : ''}" part=${active ? 'scenario scenario-active' : 'scenario'}>
      <p class="name" id="${uid}-name" tabindex="-1">${scenario.name}</p>
      ${active ? html`<p class="viewing">${this.strings.viewing}</p>` : nothing}
      ${renderChanges(this.editorView(scenario, s, model))}
      <div class="actions" part="actions" role="group" aria-labelledby="${uid}-name">
        <button type="button" id="${uid}-view" aria-pressed=${active ? 'true' : 'false'} @click=${() => this.toggleActive(scenario)}>
          ${this.strings.view}${name}
        </button>
        <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="${uid}-editor" @click=${() => this.toggleEditor(scenario)}>
          ${this.strings.edit}${name}
        </button>
        <button type="button" @click=${() => this.duplicate(scenario)}>${this.strings.duplicate}${name}</button>
        <button type="button" @click=${() => this.removeScenario(scenario)}>${this.strings.remove}${name}</button>
      </div>
      ${renderEditor(this.editorView(scenario, s, model))}
    </li>`;
  }

  private renderBanner(s: AdviceState): TemplateResult | typeof nothing {
    const active = s.scenarios.find((sc) => sc.id === s.activeScenario);
    if (!active) return nothing;
    return html`<div class="banner" part="banner">
      <p>${this.strings.viewingBanner(active.name)}</p>
      <button type="button" @click=${this.backToOwn}>${this.strings.backToOwn}</button>
    </div>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    if (!this.removed) return nothing;
    return html`<div class="notice" part="notice">
      <p>${this.strings.removedNotice(this.removed.scenario.name)}</p>
      <button type="button" part="undo" @click=${this.undo}>${this.strings.undo}</button>
    </div>`;
  }

  private renderSuggestions(s: AdviceState, model: AdviceModel): TemplateResult | typeof nothing {
    const taken = new Set(s.scenarios.map((sc) => sc.suggestion).filter(Boolean));
    const open = (model.scenarios ?? []).filter((sg) => !taken.has(sg.id));
    if (open.length === 0) return nothing;
    return html`<div class="suggestions" part="suggestions">
      <p id="suggestions-label">${this.strings.suggestionsLabel}</p>
      <ul aria-labelledby="suggestions-label">
        ${open.map((sg, i) => {
          const description = localize(sg.description, this.locale);
          return html`<li>
            <button
              type="button"
              part="suggestion"
              aria-describedby=${description ? `suggestion-${i}-description` : nothing}
              @click=${() => this.addSuggestion(sg)}
            >
              ${this.strings.suggestion(localize(sg.name, this.locale))}
            </button>
            ${description ? html`<span class="hint" id="suggestion-${i}-description">${description}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private errorText(error: AdviceError): string {
    const issues = error.issues.map((i) => i.messages[this.locale] ?? i.message);
    return issues.length > 0 ? issues.join(' ') : (this.common.error[error.code] ?? this.common.error['model-failed']);
  }

  private renderComparison(s: AdviceState, model: AdviceModel): TemplateResult | typeof nothing {
    const result = this.comparison.value;
    const error = this.comparison.status === 'error' ? this.comparison.error : undefined;
    if (s.scenarios.length === 0 && !error) return nothing;
    return html`<div class="compare" part="comparison">
      ${this.renderError(error)} ${this.renderLoading(this.comparison.slow)}
      ${
        result && s.scenarios.length > 0
          ? renderComparisonTable({
              model,
              state: s,
              result,
              locale: this.locale,
              strings: this.strings,
              busy: this.comparison.status === 'loading',
              errorText: (error) => this.errorText(error),
            })
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const ctx = this.advice.context;
    const s = this.advice.state;
    const heading = this.headingLevel ? renderHeading(this.headingLevel, this.strings.title) : nothing;
    if (!ctx || !s) return html`${heading}${this.renderNoModule()}`;
    const model = ctx.model;
    return html`<div class="base">
      ${heading}
      <p class="intro">${this.strings.intro}</p>
      ${this.renderBanner(s)}
      ${
        s.scenarios.length > 0
          ? html`<ul class="list" part="list" aria-label=${this.strings.listLabel}>
            ${s.scenarios.map((scenario) => this.renderScenario(scenario, s, model))}
          </ul>`
          : html`<p class="status" part="status">${this.strings.empty}</p>`
      }
      ${this.renderNotice()}
      <div class="add">
        <button type="button" class="primary" part="add" @click=${this.addBlank}>${this.strings.add}</button>
      </div>
      ${this.renderSuggestions(s, model)} ${this.renderComparison(s, model)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

registerPart('scenarios', AdviceScenariosElement);
