import {
  checkFactorValue,
  type Factor,
  type FactorValue,
  isValueRange,
  type Locale,
  localize,
  type NumberFactor,
  type RelativeChange,
  type Scenario,
  type ValueRange,
} from '@advice-kit/core';
import { formatNumber, parseNumber } from '../shared/format.js';
import { issueMessage } from '../shared/issues.js';
import { scenariosStrings } from './advice-scenarios.strings.js';

/** One override as a scenario holds it. */
export type Override = Scenario['overrides'][string];

/** Whether an override is relative to the person's own value (`{ add: 6 }`). */
export function isRelative(value: unknown): value is RelativeChange {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.add === 'number' || typeof v.multiply === 'number' || typeof v.per === 'string';
}

/** A number as a person would type it in a field: no grouping, no unit. */
function plain(value: number, locale: Locale): string {
  return formatNumber(value, locale, { maximumFractionDigits: 6, useGrouping: false });
}

/** What a number field shows for a value of the scenario: "12", or "8 – 12" for a range. */
export function numberFieldText(value: FactorValue | ValueRange | undefined, locale: Locale): string {
  if (isValueRange(value)) return `${plain(value.min, locale)} – ${plain(value.max, locale)}`;
  return typeof value === 'number' ? plain(value, locale) : '';
}

/** A relative change as a person reads it: "+6 keer per maand", "× 0,6", "in verhouding tot: Reisdagen". */
export function formatRelative(factor: NumberFactor, change: RelativeChange, locale: Locale, factors: readonly Factor[] = []): string {
  if ('per' in change) {
    const label = localize(factors.find((f) => f.id === change.per)?.label, locale) || change.per;
    return scenariosStrings(locale).inProportionTo(label);
  }
  if ('add' in change) {
    const unit = localize(factor.unit, locale);
    const sign = change.add >= 0 ? '+' : '−';
    const text = `${sign}${formatNumber(Math.abs(change.add), locale, { maximumFractionDigits: 6 })}`;
    return unit ? `${text} ${unit}` : text;
  }
  return `× ${formatNumber(change.multiply, locale, { maximumFractionDigits: 6 })}`;
}

const RANGE = /^\s*(-?[\d.,\s]+?)\s*(?:–|—|-|\btot\b|\bto\b)\s*(-?[\d.,\s]+?)\s*$/i;

/** The outcome of reading what a person typed into an override field. */
export type ParsedOverride =
  | { readonly kind: 'as-now' }
  | { readonly kind: 'value'; readonly value: FactorValue | ValueRange }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Reads a number field: empty means "as now" (no override); a number or a
 * range ("8 – 12") is checked against the factor and returned, or the
 * factor's own message in the person's language.
 */
export function parseNumberOverride(factor: NumberFactor, text: string, locale: Locale): ParsedOverride {
  const t = text.trim();
  if (t === '') return { kind: 'as-now' };
  let value: number | ValueRange | null = parseNumber(t, locale);
  if (value === null) {
    const m = RANGE.exec(t);
    const min = m ? parseNumber(m[1] ?? '', locale) : null;
    const max = m ? parseNumber(m[2] ?? '', locale) : null;
    value = min !== null && max !== null ? (min === max ? min : { min, max }) : null;
  }
  const problem = checkFactorValue(factor, value ?? Number.NaN, locale);
  if (problem || value === null) return { kind: 'invalid', message: problem ? issueMessage(problem, locale) : '' };
  return { kind: 'value', value };
}

/** Whether two override values are the same. */
export function sameOverride(a: Override | undefined, b: Override | undefined): boolean {
  if (isValueRange(a) && isValueRange(b)) return a.min === b.min && a.max === b.max;
  if (isRelative(a) && isRelative(b)) return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b);
}

/** The value of a select for a choice or boolean factor: '' for "as now". */
export function selectValue(factor: Factor, override: Override | undefined): string {
  if (override === undefined || isRelative(override) || isValueRange(override)) return '';
  if (factor.kind === 'boolean') return override === true ? 'true' : override === false ? 'false' : '';
  return typeof override === 'string' ? override : '';
}

/** A select's value as an override; null for "as now". */
export function fromSelect(factor: Factor, value: string): FactorValue | null {
  if (value === '') return null;
  if (factor.kind === 'boolean') return value === 'true';
  return value;
}
