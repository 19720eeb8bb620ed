import type { SituationIssue, SituationIssueCode } from './errors.js';
import { decimals, gridOf, onGrid } from './grid.js';
import type { AdviceModel, Factor, FactorValue, Locale, NumberFactor, ResolvedSituation, Situation, ValueRange } from './model.js';

type Params = Readonly<Record<string, number>>;

const MESSAGES: Record<SituationIssueCode, Record<Locale, (p: Params, f: (n: number) => string) => string>> = {
  'not-a-number': { nl: () => 'Vul een getal in.', en: () => 'Enter a number.' },
  'below-min': {
    nl: (p, f) => `Vul een getal in van ${f(p.min ?? 0)} of meer.`,
    en: (p, f) => `Enter a number of ${f(p.min ?? 0)} or more.`,
  },
  'above-max': {
    nl: (p, f) => `Vul een getal in van ${f(p.max ?? 0)} of minder.`,
    en: (p, f) => `Enter a number of ${f(p.max ?? 0)} or less.`,
  },
  'off-step': {
    nl: (p, f) => `Vul een getal in met stappen van ${f(p.step ?? 1)}, bijvoorbeeld ${f(p.near ?? 0)}.`,
    en: (p, f) => `Enter a number in steps of ${f(p.step ?? 1)}, for example ${f(p.near ?? 0)}.`,
  },
  'unknown-choice': { nl: () => 'Kies een van de mogelijkheden.', en: () => 'Choose one of the options.' },
  'not-a-boolean': { nl: () => 'Kies ja of nee.', en: () => 'Choose yes or no.' },
  'range-not-allowed': { nl: () => 'Vul hier één antwoord in.', en: () => 'Give a single answer here.' },
  'range-reversed': {
    nl: () => 'Het eerste getal moet kleiner zijn dan het tweede.',
    en: () => 'The first number must be lower than the second.',
  },
};

/** English or a regional English (`en-GB`). */
const ENGLISH = /^en(-|$)/i;

function issue(factorId: string, code: SituationIssueCode, locale: Locale, params: Params = {}): SituationIssue {
  const places = Math.min(6, Math.max(decimals(params.step ?? 1), decimals(params.min ?? 0), decimals(params.near ?? 0)));
  const fmt = (l: Locale) => {
    const nf = new Intl.NumberFormat(l === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: places });
    return (n: number) => nf.format(n);
  };
  const messages = { nl: MESSAGES[code].nl(params, fmt('nl')), en: MESSAGES[code].en(params, fmt('en')) };
  // Any other language (or an untyped caller's junk) gets Dutch, never "undefined"; the elements translate code and params.
  return { factorId, code, params: { ...params }, message: ENGLISH.test(String(locale)) ? messages.en : messages.nl, messages };
}

export function isValueRange(value: unknown): value is ValueRange {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'min' in value &&
    'max' in value &&
    Object.keys(value).length === 2
  );
}

function checkNumber(factor: NumberFactor, value: unknown, locale: Locale): SituationIssue | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return issue(factor.id, 'not-a-number', locale);
  if (value < factor.min) return issue(factor.id, 'below-min', locale, { min: factor.min });
  if (value > factor.max) return issue(factor.id, 'above-max', locale, { max: factor.max });
  if (!onGrid(factor, value)) {
    const grid = gridOf(factor);
    return issue(factor.id, 'off-step', locale, { step: factor.step, near: grid.value(grid.nearest(value)), min: factor.min });
  }
  return null;
}

/** The problem with one factor value, or null when it is valid. Ranges are allowed on number factors. */
export function checkFactorValue(factor: Factor, value: unknown, locale: Locale = 'nl'): SituationIssue | null {
  switch (factor.kind) {
    case 'number': {
      if (isValueRange(value)) {
        const problem = checkNumber(factor, value.min, locale) ?? checkNumber(factor, value.max, locale);
        if (problem) return problem;
        if ((value.min as number) > (value.max as number)) return issue(factor.id, 'range-reversed', locale);
        return null;
      }
      return checkNumber(factor, value, locale);
    }
    case 'choice':
      if (isValueRange(value)) return issue(factor.id, 'range-not-allowed', locale);
      return typeof value === 'string' && factor.choices.some((c) => c.value === value) ? null : issue(factor.id, 'unknown-choice', locale);
    case 'boolean':
      if (isValueRange(value)) return issue(factor.id, 'range-not-allowed', locale);
      return typeof value === 'boolean' ? null : issue(factor.id, 'not-a-boolean', locale);
  }
}

export interface SituationValidation {
  readonly valid: boolean;
  /** One issue per invalid factor, in the model's factor order. */
  readonly issues: readonly SituationIssue[];
  /** Issues keyed by factor id, for showing each next to its field. */
  readonly byFactor: Readonly<Record<string, SituationIssue>>;
  /** The valid values given, with defaults for missing and invalid ones. Unknown keys are dropped. */
  readonly situation: Situation;
}

function own(situation: unknown, key: string): unknown {
  if (situation === null || typeof situation !== 'object') return undefined;
  return Object.hasOwn(situation, key) ? (situation as Record<string, unknown>)[key] : undefined;
}

/**
 * Checks every factor value of a situation and returns localised messages for
 * the invalid ones (nl or en; Dutch for other languages). Missing factors take their defaults and are
 * valid; keys the model does not know are ignored.
 */
export function validateSituation(model: AdviceModel, situation: unknown, locale: Locale = 'nl'): SituationValidation {
  const issues: SituationIssue[] = [];
  const byFactor: Record<string, SituationIssue> = {};
  const clean: Record<string, FactorValue | ValueRange> = {};
  for (const factor of model.factors) {
    const value = own(situation, factor.id);
    if (value === undefined) {
      clean[factor.id] = factor.default;
      continue;
    }
    const problem = checkFactorValue(factor, value, locale);
    if (problem) {
      issues.push(problem);
      byFactor[factor.id] = problem;
      clean[factor.id] = factor.default;
    } else if (isValueRange(value)) {
      clean[factor.id] = value.min === value.max ? value.min : { min: value.min, max: value.max };
    } else {
      clean[factor.id] = value as FactorValue;
    }
  }
  return { valid: issues.length === 0, issues, byFactor, situation: clean };
}

/**
 * The exact situation a model is asked about: defaults for missing factors,
 * and the middle of each uncertain range (on the factor's grid). Assumes the
 * situation passed {@link validateSituation}.
 */
export function resolveSituation(model: AdviceModel, situation: Situation): ResolvedSituation {
  const resolved: Record<string, FactorValue> = {};
  for (const factor of model.factors) {
    const value = own(situation, factor.id) as FactorValue | ValueRange | undefined;
    if (value === undefined) resolved[factor.id] = factor.default;
    else if (isValueRange(value)) {
      const grid = gridOf(factor as NumberFactor);
      resolved[factor.id] = grid.value(grid.nearest((value.min + value.max) / 2));
    } else resolved[factor.id] = value;
  }
  return resolved;
}

/** The situation of every factor's default. */
export function defaultSituation(model: AdviceModel): ResolvedSituation {
  return resolveSituation(model, {});
}

/** A stable key for a resolved situation, for caches. */
export function situationKey(model: AdviceModel, situation: ResolvedSituation): string {
  return JSON.stringify(model.factors.map((f) => situation[f.id]));
}

/** Brings a number onto a factor's grid: clamped to [min, max] and rounded to the nearest step. */
export function snapToFactor(factor: NumberFactor, value: number): number {
  const grid = gridOf(factor);
  return grid.value(grid.nearest(Number.isFinite(value) ? value : factor.default));
}
