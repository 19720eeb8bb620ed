/**
 * What the recorder keeps of each event, as plain data (no DOM here): the
 * `advice-*` details reduced to values, and native input/change events reduced
 * to the control and its value — never free text a participant typed.
 */
import type { AdviceChangeDetail, AdviceEventName } from '@advice-kit/core';
import type { Json } from './types.js';

/**
 * The part of the core's `AdviceChangeDetail` the recorder reads: derived from
 * the event contract in `@advice-kit/core`, so the two cannot drift.
 */
export interface AdviceChangeLike {
  readonly action: AdviceChangeDetail['action'];
  readonly state: Pick<AdviceChangeDetail['state'], 'situation' | 'weights' | 'scenarios' | 'activeScenario'>;
  readonly result: Pick<AdviceChangeDetail['result'], 'best'> &
    Partial<Pick<AdviceChangeDetail['result'], 'runnerUp' | 'margin' | 'holds' | 'error'>>;
}

/** The situation and weights after an `advice-change`, to tell what the next one changed. */
export interface AdviceSnapshot {
  readonly situation: Readonly<Record<string, Json>>;
  readonly weights: Readonly<Record<string, number>>;
}

/** A factor value as JSON: numbers, strings, booleans, and `{min, max}` ranges. */
function toJson(value: unknown): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'object') {
    const v = value as { min?: unknown; max?: unknown };
    if (typeof v.min === 'number' && typeof v.max === 'number') return { min: v.min, max: v.max };
  }
  return null;
}

function changedKeys(now: Readonly<Record<string, Json>>, before: Readonly<Record<string, Json>> | undefined): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(now)) {
    if (!before || JSON.stringify(before[key]) !== JSON.stringify(value)) out[key] = value;
  }
  return out;
}

/**
 * The data kept for an `advice-change`: the action, which answers and weights
 * changed (against `previous`; all of them when there is none), the whole
 * situation and weights, the advice (best, runner-up, margin, whether it
 * holds) and the scenarios by count, id and suggestion — not their names,
 * which a participant may have typed.
 */
export function adviceChangeData(
  detail: AdviceChangeLike,
  previous?: AdviceSnapshot,
): { data: { [key: string]: Json }; snapshot: AdviceSnapshot } {
  const situation: Record<string, Json> = {};
  for (const [key, value] of Object.entries(detail.state.situation)) situation[key] = toJson(value);
  const weights: Record<string, number> = {};
  for (const [key, value] of Object.entries(detail.state.weights)) if (Number.isFinite(value)) weights[key] = value;
  const scenarios = detail.state.scenarios;
  const last = scenarios[scenarios.length - 1];
  const data: { [key: string]: Json } = {
    action: detail.action,
    changedFactors: changedKeys(situation, previous?.situation),
    changedWeights: changedKeys(weights, previous?.weights),
    best: detail.result.best,
    runnerUp: detail.result.runnerUp ?? null,
    margin: typeof detail.result.margin === 'number' && Number.isFinite(detail.result.margin) ? detail.result.margin : null,
    holds: detail.result.holds ?? null,
    scenarioCount: scenarios.length,
    activeScenario: detail.state.activeScenario,
    situation,
    weights,
  };
  if ((detail.action === 'scenario-add' || detail.action === 'scenario-duplicate') && last) {
    data.scenario = last.id;
    data.suggestion = last.suggestion ?? null;
  }
  if (detail.result.error) data.error = detail.result.error.code;
  return { data, snapshot: { situation, weights } };
}

/** The last situation and weights in a log, to carry on telling changes apart after a reload. */
export function lastSnapshot(events: readonly { type: string; data: { readonly [key: string]: Json } }[]): AdviceSnapshot | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.type !== 'advice-change') continue;
    const { situation, weights } = e.data as { situation?: Record<string, Json>; weights?: Record<string, number> };
    if (situation && weights) return { situation, weights };
  }
  return undefined;
}

/** `advice-view`, `advice-handoff`, `advice-step`, `advice-error`: their detail's plain values. */
export function adviceDetailData(type: Exclude<AdviceEventName, 'advice-change'>, detail: unknown): { [key: string]: Json } {
  const d = (detail ?? {}) as Record<string, unknown>;
  const pick = (...keys: string[]) => {
    const out: { [key: string]: Json } = {};
    for (const key of keys) {
      const v = d[key];
      if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out[key] = v;
    }
    return out;
  };
  switch (type) {
    case 'advice-view':
      return pick('view', 'factorId', 'criterionId');
    case 'advice-handoff':
      return pick('action', 'ok');
    case 'advice-step':
      return pick('step', 'total', 'factorId');
    case 'advice-error': {
      const error = d.error as { code?: unknown } | undefined;
      return { ...pick('source'), code: typeof error?.code === 'string' ? error.code : null };
    }
  }
}

/** What the recorder reads off a form control (`event.composedPath()[0]`). */
export interface ControlInfo {
  /** Lower-case tag name: input, select, textarea, button… */
  readonly tag: string;
  readonly type?: string;
  readonly id?: string;
  readonly name?: string;
  readonly value?: string;
  readonly checked?: boolean;
  readonly inputMode?: string;
  /** The `advice-*` element whose shadow root holds the control, if any. */
  readonly host?: string;
}

const NUMBER = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

/**
 * Whether a control's value is kept: choices (radio, checkbox, select),
 * sliders and number fields, and numeric text fields (`inputmode` numeric or
 * decimal) holding a number. Text a participant types (a scenario's name, a
 * note) is never kept.
 */
export function keepsValue(control: ControlInfo): boolean {
  const type = (control.type ?? '').toLowerCase();
  if (control.tag === 'select') return true;
  if (control.tag !== 'input') return false;
  if (['range', 'number', 'radio', 'checkbox'].includes(type)) return true;
  const mode = (control.inputMode ?? '').toLowerCase();
  return (mode === 'numeric' || mode === 'decimal') && NUMBER.test(control.value ?? '');
}

/** The data kept for a native `input` or `change` event. */
export function controlData(control: ControlInfo): { [key: string]: Json } {
  const data: { [key: string]: Json } = {
    control: control.name || control.id || control.tag,
    tag: control.tag,
    type: control.type ?? null,
    id: control.id || null,
    name: control.name || null,
    host: control.host ?? null,
  };
  const kept = keepsValue(control);
  data.value = kept ? (control.value ?? null) : null;
  data.valueKept = kept;
  const type = (control.type ?? '').toLowerCase();
  if (type === 'radio' || type === 'checkbox') data.checked = control.checked ?? null;
  return data;
}
