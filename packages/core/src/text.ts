import type { Locale, Text } from './model.js';

/** The text in the given language, falling back to Dutch, then English, then ''. */
export function localize(text: Text | undefined, locale: Locale): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  if (typeof text !== 'object') return '';
  const own = text[locale];
  if (typeof own === 'string') return own;
  if (typeof text.nl === 'string') return text.nl;
  if (typeof text.en === 'string') return text.en;
  return '';
}

/** Whether a value is a usable {@link Text}. */
export function isText(value: unknown): value is Text {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const nl = record.nl;
  const en = record.en;
  if (nl === undefined && en === undefined) return false;
  return (nl === undefined || typeof nl === 'string') && (en === undefined || typeof en === 'string');
}
