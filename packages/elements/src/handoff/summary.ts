import {
  type AdviceModel,
  type AdviceState,
  applyScenario,
  type CompareScenariosResult,
  type Locale,
  localize,
  weightShares,
} from '@advice-kit/core';
import { formatCriterion, formatFactorValue, formatShare } from '../shared/format.js';
import type { HandoffStrings } from './advice-handoff.strings.js';

/** A label and its formatted value. */
export interface Line {
  readonly label: string;
  readonly value: string;
}

/** A rule or tariff behind the advice, ready to show. */
export interface ReferenceItem {
  readonly id: string;
  readonly label: string;
  /** Only an http(s) address; anything else is shown as plain text. */
  readonly href: string | null;
  readonly year?: number;
  readonly illustrative: boolean;
}

export interface ScenarioItem {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly changes: readonly Line[];
  /** The best option's label, '' when nothing fits, null while unknown. */
  readonly advice: string | null;
  readonly changed: boolean;
  readonly failed: boolean;
}

export type AdviceSummary =
  | { readonly status: 'pending' }
  | { readonly status: 'error' }
  | {
      readonly status: 'ready';
      /** The best option's label, or null when none is open. */
      readonly option: string | null;
      readonly description: string;
      readonly values: readonly Line[];
      readonly href: string | null;
    };

/** Everything `<advice-handoff>` shows, in the person's language, from the state and the core's results. */
export interface HandoffSummary {
  readonly title: string;
  readonly situation: readonly Line[];
  readonly weights: readonly Line[];
  readonly advice: AdviceSummary;
  readonly active: { readonly name: string; readonly advice: string | null } | null;
  readonly scenarios: readonly ScenarioItem[];
  readonly references: { readonly used: readonly ReferenceItem[]; readonly other: readonly ReferenceItem[] };
}

/** An http(s) address (relative ones resolved against the page), or null: `javascript:` and friends never become links. */
export function safeHref(url: unknown, base: string = document.baseURI): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Builds the summary. `result` is the core's `compareScenarios` for the state (undefined while it is computed). */
export function buildSummary(
  model: AdviceModel,
  state: AdviceState,
  result: CompareScenariosResult | undefined,
  failed: boolean,
  locale: Locale,
  strings: HandoffStrings,
): HandoffSummary {
  const optionLabel = (id: string | null): string =>
    id === null ? '' : localize(model.options.find((o) => o.id === id)?.label, locale) || id;
  const situation = model.factors.map((f) => ({
    label: localize(f.label, locale),
    value: formatFactorValue(f, Object.hasOwn(state.situation, f.id) ? state.situation[f.id] : f.default, locale),
  }));
  const shares = weightShares(model, state.weights);
  const weights = model.criteria.map((c) => ({ label: localize(c.label, locale), value: formatShare(shares[c.id] ?? 0, locale) }));

  let advice: AdviceSummary;
  const base = result?.base;
  if (failed || base?.error) advice = { status: 'error' };
  else if (!base) advice = { status: 'pending' };
  else {
    const best = base.ranking.find((r) => r.optionId === base.best);
    const option = model.options.find((o) => o.id === base.best);
    advice = {
      status: 'ready',
      option: base.best === null ? null : optionLabel(base.best),
      description: localize(option?.description, locale),
      values: best
        ? model.criteria
            .filter((c) => best.values[c.id] !== undefined)
            .map((c) => ({ label: localize(c.label, locale), value: formatCriterion(c, best.values[c.id] as number, locale) }))
        : [],
      href: safeHref(option?.link),
    };
  }

  const outcomes = new Map((result?.scenarios ?? []).map((o) => [o.id, o]));
  const scenarios = state.scenarios.map((scenario): ScenarioItem => {
    const applied = applyScenario(model, state.situation, scenario);
    const outcome = outcomes.get(scenario.id);
    return {
      id: scenario.id,
      name: scenario.name,
      active: scenario.id === state.activeScenario,
      changes: model.factors
        .filter((f) => Object.hasOwn(scenario.overrides, f.id) && scenario.overrides[f.id] !== undefined)
        .map((f) => ({ label: localize(f.label, locale), value: formatFactorValue(f, applied[f.id], locale) })),
      advice: outcome && !outcome.error ? optionLabel(outcome.best) : null,
      changed: outcome?.changed ?? false,
      failed: Boolean(outcome?.error),
    };
  });
  const activeItem = scenarios.find((s) => s.active);

  const bestId = advice.status === 'ready' ? base?.best : null;
  const usedIds = new Set(model.options.find((o) => o.id === bestId)?.references ?? []);
  const references = (model.references ?? []).map(
    (r): ReferenceItem => ({
      id: r.id,
      label: localize(r.label, locale) || r.id,
      href: safeHref(r.url),
      ...(typeof r.year === 'number' ? { year: r.year } : {}),
      illustrative: r.illustrative === true,
    }),
  );

  return {
    title: strings.summaryTitle(localize(model.title, locale)),
    situation,
    weights,
    advice,
    active: activeItem ? { name: activeItem.name, advice: activeItem.advice } : null,
    scenarios,
    references: { used: references.filter((r) => usedIds.has(r.id)), other: references.filter((r) => !usedIds.has(r.id)) },
  };
}

/** "Label? value" for questions, "Label: value" otherwise. */
export function joinLine(line: Line): string {
  return /[?:]\s*$/.test(line.label) ? `${line.label} ${line.value}` : `${line.label}: ${line.value}`;
}

/** A reference's year and "illustrative" marker: "2024, voorbeeld". */
export function referenceNote(ref: ReferenceItem, strings: HandoffStrings): string {
  return [ref.year === undefined ? '' : String(ref.year), ref.illustrative ? strings.illustrative : ''].filter(Boolean).join(', ');
}

/**
 * One scenario as a line of text: "Vaker sporten (Hoe vaak…? 12 keer per
 * maand). Advies: Maandpas (anders dan nu)". Without `marker` the last
 * bracket is left out, for a page that marks the difference itself.
 */
export function scenarioText(item: ScenarioItem, strings: HandoffStrings, marker = true): string {
  const changes = item.changes.length > 0 ? item.changes.map(joinLine).join('; ') : strings.noChanges;
  let advice: string;
  if (item.failed) advice = strings.scenarioError;
  else if (item.advice === null) advice = strings.pending;
  else {
    advice = strings.scenarioAdvice(item.advice || strings.none);
    if (marker) advice += ` (${item.changed ? strings.differs : strings.sameAsOwn})`;
  }
  return `${item.name} (${changes}). ${advice}`;
}

/** The summary as plain text for the clipboard or a share sheet. */
export function summaryText(summary: HandoffSummary, strings: HandoffStrings, link: string): string {
  const out: string[] = [summary.title, ''];
  out.push(`${strings.situation}:`, ...summary.situation.map((l) => `- ${joinLine(l)}`), '');
  out.push(`${strings.weights}:`, ...summary.weights.map((l) => `- ${joinLine(l)}`), '');
  const advice = summary.advice;
  if (advice.status === 'ready') {
    out.push(`${strings.advice}: ${advice.option ?? strings.none}`);
    if (advice.values.length > 0) out.push(strings.keyValues, ...advice.values.map((l) => `- ${joinLine(l)}`));
  } else {
    out.push(`${strings.advice}: ${advice.status === 'pending' ? strings.pending : strings.adviceError}`);
  }
  if (summary.active) {
    out.push(strings.viewing(summary.active.name));
    if (summary.active.advice !== null) out.push(strings.viewingAdvice(summary.active.name, summary.active.advice || strings.none));
  }
  out.push('');
  if (summary.scenarios.length > 0) {
    out.push(`${strings.scenarios}:`, ...summary.scenarios.map((s) => `- ${scenarioText(s, strings)}`), '');
  }
  const refs = [...summary.references.used, ...summary.references.other];
  if (refs.length > 0) {
    out.push(`${strings.references}:`);
    for (const r of refs) {
      const note = referenceNote(r, strings);
      out.push(`- ${r.label}${note ? ` (${note})` : ''}${r.href ? `: ${r.href}` : ''}`);
    }
    out.push('');
  }
  out.push(`${strings.link}: ${link}`);
  return out.join('\n');
}
