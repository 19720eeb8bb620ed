import type { Locale, Text } from './model.js';

/**
 * The text in the given language (`de-AT`), falling back to its base language
 * (`de`), then Dutch, then English, then ''.
 */
export function localize(text: Text | undefined, locale: Locale): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  if (typeof text !== 'object') return '';
  const record = text as Readonly<Record<string, unknown>>;
  const tag = typeof locale === 'string' ? locale : '';
  for (const key of [tag, tag.split('-')[0] ?? '', 'nl', 'en']) {
    const value = key !== '' && Object.hasOwn(record, key) ? record[key] : undefined;
    if (typeof value === 'string') return value;
  }
  return '';
}

/** Whether a value is a usable {@link Text}. */
export function isText(value: unknown): value is Text {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (record.nl === undefined && record.en === undefined) return false;
  // Every language given is a string: { nl, en, de... }.
  return Object.values(record).every((text) => text === undefined || typeof text === 'string');
}
