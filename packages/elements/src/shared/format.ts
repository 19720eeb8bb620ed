import { type Criterion, type Factor, type FactorValue, type Locale, localize, type NumberFactor, type ValueRange } from '@advice-kit/core';
import { intlLocale } from './locale.js';
import { common } from './strings.js';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    try {
      nf = new Intl.NumberFormat(intlLocale(locale), options);
    } catch {
      nf = new Intl.NumberFormat(intlLocale(locale)); // a model's format options were invalid: plain numbers
    }
    cache.set(key, nf);
  }
  return nf;
}

/** A plain number in the person's language (never "NaN": non-finite numbers print as "–"). */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return Number.isFinite(value) ? formatter(locale, options).format(value) : '–';
}

/** A percentage from a share (0.35 → "35%", the way `Intl.NumberFormat` writes it in both languages). */
export function formatShare(share: number, locale: Locale): string {
  return formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 0 });
}

/** A criterion value with its format and unit ("€ 104,35", "7 punten"). */
export function formatCriterion(criterion: Criterion, value: number, locale: Locale): string {
  const text = formatNumber(value, locale, criterion.format ?? { maximumFractionDigits: 2 });
  const unit = localize(criterion.unit, locale);
  return unit ? `${text} ${unit}` : text;
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** Items joined as the person's language does: "a, b en c", "a, b and c". */
export function formatList(items: readonly string[], locale: Locale): string {
  let list = listFormats.get(locale);
  if (!list) {
    list = new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' });
    listFormats.set(locale, list);
  }
  return list.format(items);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural category of a count in the person's language ("one" for 1 in Dutch and English). */
export function pluralOf(count: number, locale: Locale): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** One of two words by count: `plural(1, 'dag', 'dagen', 'nl')` is "dag". */
export function plural(count: number, one: string, other: string, locale: Locale): string {
  return pluralOf(count, locale) === 'one' ? one : other;
}

/** A number factor's value with its unit ("14 ritten per week", "1 rit per week"). */
export function formatFactorNumber(factor: NumberFactor, value: number, locale: Locale, withUnit = true): string {
  const text = formatNumber(value, locale, factor.format ?? { maximumFractionDigits: 6 });
  if (!withUnit) return text;
  // The count as shown decides the word: "1,0 km" is shown as 1.
  const shown = Number(formatNumber(value, 'en', { ...(factor.format ?? { maximumFractionDigits: 6 }), useGrouping: false }));
  const one = factor.unitOne !== undefined && pluralOf(Number.isFinite(shown) ? shown : value, locale) === 'one';
  const unit = localize(one ? factor.unitOne : factor.unit, locale);
  return unit ? `${text} ${unit}` : text;
}

/** A money amount in a cost criterion's format ("€ 15,00"). */
export function formatMoney(criterion: Criterion, value: number, locale: Locale): string {
  return formatNumber(value, locale, criterion.format ?? { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Any factor value as a person reads it: a number with unit, a choice's label, yes/no. */
export function formatFactorValue(factor: Factor, value: FactorValue | ValueRange | undefined, locale: Locale): string {
  if (value === undefined) return '–';
  switch (factor.kind) {
    case 'number':
      if (typeof value === 'object') {
        return common(locale).between(formatFactorNumber(factor, value.min, locale, false), formatFactorNumber(factor, value.max, locale));
      }
      return typeof value === 'number' ? formatFactorNumber(factor, value, locale) : '–';
    case 'choice':
      return localize(factor.choices.find((c) => c.value === value)?.label, locale) || String(value);
    case 'boolean':
      return value === true ? common(locale).yes : common(locale).no;
  }
}

/** Whether the language writes a decimal comma ("8,5"), as Dutch and German do. */
function decimalComma(locale: Locale): boolean {
  return (
    formatter(locale)
      .formatToParts(1.5)
      .find((part) => part.type === 'decimal')?.value === ','
  );
}

/**
 * Reads a number a person typed, in the notation of their language or in
 * English notation: "8,5", "8.5", "1.234,5" (nl, de...) or "1,234.5" (en).
 * Null when it is not a number.
 */
export function parseNumber(text: string, locale: Locale): number | null {
  let t = text.trim().replace(/\s|\u00a0/g, '');
  if (t === '') return null;
  if (decimalComma(locale)) {
    if (/,/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  } else {
    t = t.replace(/,/g, '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
