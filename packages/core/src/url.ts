import type { AdviceModel, Factor, FactorValue, ValueRange, Weights } from './model.js';
import type { Scenario } from './scenarios.js';
import { completeWeights } from './score.js';
import { isValueRange, snapToFactor } from './situation.js';
import { type AdviceState, initialState } from './state.js';

/** The version written by {@link encodeState}. */
export const STATE_VERSION = 1;
/** Longest input read; the rest is ignored. */
const MAX_INPUT = 16_384;
const MAX_PARAMS = 500;
const MAX_SCENARIOS = 20;
const MAX_NAME = 80;
/** Highest weight kept from a URL. */
const MAX_WEIGHT = 1000;

function encodeValue(value: FactorValue | ValueRange): string {
  if (isValueRange(value)) return `${value.min}~${value.max}`;
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

function writeOverrides(params: URLSearchParams, prefix: string, values: Readonly<Record<string, unknown>>, model: AdviceModel): void {
  for (const factor of model.factors) {
    if (!Object.hasOwn(values, factor.id)) continue;
    const value = values[factor.id];
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || isValueRange(value)) {
      params.set(`${prefix}f.${factor.id}`, encodeValue(value));
    } else if (value && typeof value === 'object' && typeof (value as { per?: unknown }).per === 'string') {
      params.set(`${prefix}f.${factor.id}`, `/${(value as { per: string }).per}`);
    } else if (value && typeof value === 'object' && ('add' in value || 'multiply' in value)) {
      const v = value as { add?: number; multiply?: number };
      params.set(`${prefix}f.${factor.id}`, typeof v.add === 'number' ? `+${v.add}` : `*${v.multiply}`);
    }
  }
}

/**
 * The state as a URL-safe string (`v=1&f.tripsPerWeek=10&w.monthlyCost=60…`),
 * for a hash or query. Every factor is written, so a shared link keeps its
 * meaning when a model's defaults change.
 */
export function encodeState(model: AdviceModel, state: AdviceState): string {
  const params = new URLSearchParams();
  params.set('v', String(STATE_VERSION));
  const situation: Record<string, unknown> = {};
  for (const factor of model.factors) {
    situation[factor.id] = Object.hasOwn(state.situation, factor.id) ? state.situation[factor.id] : factor.default;
  }
  writeOverrides(params, '', situation, model);
  const weights = completeWeights(model, state.weights);
  for (const c of model.criteria) params.set(`w.${c.id}`, String(weights[c.id]));
  let active = -1;
  state.scenarios.slice(0, MAX_SCENARIOS).forEach((scenario, i) => {
    params.set(`s${i}.n`, scenario.name);
    if (scenario.suggestion) params.set(`s${i}.g`, scenario.suggestion);
    writeOverrides(params, `s${i}.`, scenario.overrides, model);
    if (scenario.weights) {
      const sw = completeWeights(model, scenario.weights);
      for (const c of model.criteria) params.set(`s${i}.w.${c.id}`, String(sw[c.id]));
    }
    if (scenario.id === state.activeScenario) active = i;
  });
  if (active >= 0) params.set('a', String(active));
  return params.toString();
}

function parseNumber(text: string): number | null {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

type Decoded = FactorValue | ValueRange | { add: number } | { multiply: number } | { per: string };

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * A URL value as a valid value of `factor`, clamped and snapped, and whether
 * that changed it; null when it cannot be one.
 */
function decodeValue(factor: Factor, text: string, allowRelative: boolean): { value: Decoded; adjusted: boolean } | null {
  switch (factor.kind) {
    case 'number': {
      if (allowRelative && (text.startsWith('+') || text.startsWith('*'))) {
        const n = parseNumber(text.slice(1));
        if (n === null) return null;
        const kept = text.startsWith('+') ? clamp(n, -1e9, 1e9) : clamp(n, 0, 1e6);
        return { value: text.startsWith('+') ? { add: kept } : { multiply: kept }, adjusted: kept !== n };
      }
      const parts = text.split('~');
      if (parts.length === 2) {
        const a = parseNumber(parts[0] as string);
        const b = parseNumber(parts[1] as string);
        if (a === null || b === null) return null;
        const lo = snapToFactor(factor, Math.min(a, b));
        const hi = snapToFactor(factor, Math.max(a, b));
        return { value: lo === hi ? lo : { min: lo, max: hi }, adjusted: lo !== Math.min(a, b) || hi !== Math.max(a, b) };
      }
      const n = parseNumber(text);
      if (n === null) return null;
      const snapped = snapToFactor(factor, n);
      return { value: snapped, adjusted: snapped !== n };
    }
    case 'choice': {
      const value = factor.choices.find((c) => c.value === text)?.value;
      return value === undefined ? null : { value, adjusted: false };
    }
    case 'boolean':
      if (text === '1' || text === 'true') return { value: true, adjusted: false };
      if (text === '0' || text === 'false') return { value: false, adjusted: false };
      return null;
  }
}

/**
 * Something in a state's URL that could not be used as it was:
 * - `version`: the text is not a state of this version; the defaults are used;
 * - `unreadable`: a value could not be read; the default (or, in a scenario, "as now") is used;
 * - `adjusted`: a value was outside its range or between steps; the nearest valid value is used.
 */
export interface StateProblem {
  readonly code: 'version' | 'unreadable' | 'adjusted';
  /** The URL key, e.g. `f.tripsPerWeek` or `s0.w.monthlyCost`. */
  readonly key: string;
  readonly factorId?: string;
  readonly criterionId?: string;
}

/** A state read from a URL, and what in it could not be used as it was. */
export interface ReadState {
  readonly state: AdviceState;
  readonly problems: readonly StateProblem[];
}

function cleanName(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim()
      .slice(0, MAX_NAME)
  );
}

/**
 * Reads a state written by {@link encodeState} (with or without a leading `#`
 * or `?`). Never throws: unknown keys are ignored, values outside a factor's
 * range are clamped onto it, garbage falls back to the defaults, and keys such
 * as `__proto__` can reach nothing. An unknown version gives the defaults.
 * See {@link readState} for what could not be used.
 */
export function decodeState(model: AdviceModel, input: unknown): AdviceState {
  return readState(model, input).state;
}

/**
 * {@link decodeState}, with the problems found on the way, so that a page can
 * tell the person that (and where) a link did not hold a valid situation.
 * Unknown keys are not problems: they may belong to the page.
 */
export function readState(model: AdviceModel, input: unknown): ReadState {
  const initial = initialState(model);
  const problems: StateProblem[] = [];
  const done = (state: AdviceState): ReadState => ({ state, problems: Object.freeze(problems) });
  if (typeof input !== 'string') return done(initial);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(input.slice(0, MAX_INPUT).replace(/^[#?]/, ''));
  } catch {
    problems.push({ code: 'version', key: 'v' });
    return done(initial);
  }
  const entries = new Map<string, string>();
  let count = 0;
  for (const [key, value] of params) {
    if (++count > MAX_PARAMS) break;
    if (!entries.has(key)) entries.set(key, value);
  }
  if (entries.get('v') !== String(STATE_VERSION)) {
    if (entries.size > 0) problems.push({ code: 'version', key: 'v' });
    return done(initial);
  }

  const factors = new Map(model.factors.map((f) => [f.id, f]));
  const criteria = new Set(model.criteria.map((c) => c.id));
  const situation: Record<string, FactorValue | ValueRange> = { ...initial.situation };
  const weights: Record<string, number> = { ...initial.weights };
  const scenarios = new Map<
    number,
    { name?: string; suggestion?: string; overrides: Record<string, Scenario['overrides'][string]>; weights?: Record<string, number> }
  >();

  for (const [key, value] of entries) {
    const m = /^(?:s(\d{1,2})\.)?([fwng])(?:\.(.+))?$/.exec(key);
    if (!m) continue;
    const [, scenarioIndex, kind, id] = m;
    let target: { overrides: Record<string, unknown>; weights?: Record<string, number>; name?: string; suggestion?: string } | null = null;
    if (scenarioIndex !== undefined) {
      const index = Number(scenarioIndex);
      if (index >= MAX_SCENARIOS) continue;
      target = scenarios.get(index) ?? { overrides: {} };
      scenarios.set(index, target as never);
    }
    if (kind === 'n' && target && id === undefined) target.name = cleanName(value);
    else if (kind === 'g' && target && id === undefined) target.suggestion = cleanName(value);
    else if (kind === 'f' && id !== undefined) {
      const factor = factors.get(id);
      if (!factor) continue;
      // `/id`: a scenario value that keeps its amount per unit of another number factor (trips per travel day).
      const perId = target !== null && factor.kind === 'number' && value.startsWith('/') ? value.slice(1) : undefined;
      const decoded =
        perId === undefined
          ? decodeValue(factor, value, target !== null)
          : factors.get(perId)?.kind === 'number' && perId !== factor.id
            ? { value: { per: perId }, adjusted: false }
            : null;
      if (decoded === null) {
        problems.push({ code: 'unreadable', key, factorId: factor.id });
        continue;
      }
      if (decoded.adjusted) problems.push({ code: 'adjusted', key, factorId: factor.id });
      if (target) target.overrides[factor.id] = decoded.value;
      else situation[factor.id] = decoded.value as FactorValue | ValueRange;
    } else if (kind === 'w' && id !== undefined && criteria.has(id)) {
      const n = parseNumber(value);
      if (n === null) {
        problems.push({ code: 'unreadable', key, criterionId: id });
        continue;
      }
      const w = clamp(n, 0, MAX_WEIGHT);
      if (w !== n) problems.push({ code: 'adjusted', key, criterionId: id });
      if (target) {
        target.weights ??= {};
        target.weights[id] = w;
      } else weights[id] = w;
    }
  }

  const list: Scenario[] = [];
  let activeScenario: string | null = null;
  const active = parseNumber(entries.get('a') ?? '');
  for (const index of [...scenarios.keys()].sort((a, b) => a - b)) {
    const s = scenarios.get(index);
    if (!s) continue;
    const id = `s${list.length + 1}`;
    const scenario: Scenario = {
      id,
      name: s.name || `${list.length + 1}`,
      overrides: s.overrides,
      ...(s.weights ? { weights: completeWeights(model, s.weights as Weights) } : {}),
      ...(s.suggestion && model.scenarios?.some((x) => x.id === s.suggestion) ? { suggestion: s.suggestion } : {}),
    };
    if (active === index) activeScenario = id;
    list.push(scenario);
  }
  return done(
    Object.freeze({
      situation: Object.freeze(situation),
      weights: Object.freeze(weights),
      scenarios: Object.freeze(list),
      activeScenario,
    }),
  );
}
