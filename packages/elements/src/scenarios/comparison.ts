/** The comparison of the person's situation with their scenarios: a one-line verdict and a table. */
import {
  type AdviceError,
  type AdviceModel,
  type AdviceState,
  applyScenario,
  type CompareScenariosResult,
  type Factor,
  type Locale,
  localize,
  type RankResult,
  type Scenario,
  type ScenarioOutcome,
} from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCriterion, formatFactorValue, formatList } from '../shared/format.js';
import type { ScenariosStrings } from './advice-scenarios.strings.js';

/** What the comparison shows, and in which words. */
export interface ComparisonView {
  readonly model: AdviceModel;
  readonly state: AdviceState;
  readonly result: CompareScenariosResult;
  readonly locale: Locale;
  readonly strings: ScenariosStrings;
  /** A newer comparison is on its way. */
  readonly busy: boolean;
  /** Why a scenario could not be evaluated, in the person's words. */
  readonly errorText: (error: AdviceError) => string;
}

/** The person's own value of a factor: their answer, else the factor's default. */
export function baseValue(factor: Factor, s: AdviceState) {
  return Object.hasOwn(s.situation, factor.id) ? s.situation[factor.id] : factor.default;
}

function optionLabel(v: ComparisonView, optionId: string | null): string {
  if (optionId === null) return v.strings.none;
  return localize(v.model.options.find((o) => o.id === optionId)?.label, v.locale) || optionId;
}

function tag(v: ComparisonView): TemplateResult {
  return html` <span class="tag" part="tag">${v.strings.changed}</span>`;
}

function bestValues(result: RankResult): Readonly<Record<string, number>> | undefined {
  return result.ranking.find((r) => r.optionId === result.best)?.values;
}

/** The verdict ("the advice stays X in every scenario" / "changes in …") above the table. */
export function renderComparisonTable(v: ComparisonView): TemplateResult {
  return html`${renderVerdict(v)} ${renderTable(v)}`;
}

function renderVerdict(v: ComparisonView): TemplateResult | typeof nothing {
  const result = v.result;
  const evaluated = result.scenarios.filter((o) => !o.error);
  if (evaluated.length === 0) return nothing;
  const names = evaluated.filter((o) => o.changed).map((o) => `“${o.name}”`);
  const text = result.stable
    ? v.strings.stable(optionLabel(v, result.base.best))
    : v.strings.changedIn(names.length, formatList(names, v.locale));
  return html`<p class="verdict" part="verdict">${text}</p>`;
}

function renderTable(v: ComparisonView): TemplateResult {
  const { result, state: s, model } = v;
  const outcomes = new Map(result.scenarios.map((o) => [o.id, o]));
  const columns = s.scenarios.map((scenario) => ({ scenario, outcome: outcomes.get(scenario.id) }));
  const differing = model.factors.filter((f) => columns.some((c) => c.outcome?.differences.includes(f.id)));
  const baseValues = bestValues(result.base);
  const dash = html`<span aria-hidden="true">–</span><span class="visually-hidden">${v.strings.noValue}</span>`;
  const scenarioCell = (
    column: { scenario: Scenario; outcome: ScenarioOutcome | undefined },
    body: (o: ScenarioOutcome) => { text: unknown; changed: boolean },
  ) => {
    const o = column.outcome;
    if (!o || o.error) return html`<td>${dash}</td>`;
    const { text, changed } = body(o);
    return changed ? html`<td class="changed"><strong>${text}</strong>${tag(v)}</td>` : html`<td>${text}</td>`;
  };
  return html`<div
    class="table-wrap"
    part="table-wrapper"
    role="region"
    aria-labelledby="compare-caption"
    aria-describedby="compare-hint"
    aria-busy=${v.busy ? 'true' : 'false'}
    tabindex="0"
  >
    <table part="table">
      <caption id="compare-caption"><span class="caption-text">${v.strings.compareCaption}</span></caption>
      <thead>
        <tr>
          <th scope="col"><span class="visually-hidden">${v.strings.rowHeader}</span></th>
          <th scope="col">${v.strings.now}</th>
          ${columns.map((c) => html`<th scope="col">${c.scenario.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${v.strings.bestOption}</th>
          <td>${optionLabel(v, result.base.best)}</td>
          ${columns.map((c) =>
            c.outcome?.error
              ? html`<td><span class="error">${v.strings.scenarioError} ${v.errorText(c.outcome.error)}</span></td>`
              : scenarioCell(c, (o) => ({ text: optionLabel(v, o.best), changed: o.changed })),
          )}
        </tr>
        ${model.criteria.map((criterion) => {
          const base = baseValues?.[criterion.id];
          return html`<tr>
            <th scope="row">${v.strings.criterionRow(localize(criterion.label, v.locale))}</th>
            <td>${base === undefined ? dash : formatCriterion(criterion, base, v.locale)}</td>
            ${columns.map((c) =>
              scenarioCell(c, (o) => {
                const value = bestValues(o)?.[criterion.id];
                return value === undefined
                  ? { text: dash, changed: false }
                  : { text: formatCriterion(criterion, value, v.locale), changed: base !== value };
              }),
            )}
          </tr>`;
        })}
        ${differing.map(
          (factor) => html`<tr>
            <th scope="row">${localize(factor.label, v.locale)}</th>
            <td>${formatFactorValue(factor, baseValue(factor, s), v.locale)}</td>
            ${columns.map((c) =>
              scenarioCell(c, (o) => ({
                text: formatFactorValue(factor, applyScenario(model, s.situation, c.scenario)[factor.id], v.locale),
                changed: o.differences.includes(factor.id),
              })),
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>
  <p class="hint" id="compare-hint">${v.strings.compareHint}</p>`;
}
