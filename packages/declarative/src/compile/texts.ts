/**
 * Texts with `{{ expression }}` placeholders: compiled once with the other
 * expressions (`{{ expr }}`, `{{ expr | percent }}`, `{{ expr | raw }}`) and
 * rendered per situation in each language's own number format.
 */
import type { Text } from '@advice-kit/core';
import type { CompiledFeel } from '../feel.js';
import { describe, fail, runBoolean } from './evaluate.js';
import type { Expressions } from './expressions.js';
import { isRecord } from './json.js';

/** How a placeholder's value is written: `{{ expr }}`, `{{ expr | percent }}`, `{{ expr | raw }}`. */
type Format = 'number' | 'percent' | 'raw';
const FORMATS: readonly Format[] = ['number', 'percent', 'raw'];

export interface Placeholder {
  readonly expr: CompiledFeel;
  readonly format: Format;
}

export interface CompiledText {
  /** Per language: the text in pieces, literal strings and placeholders. */
  readonly nl?: readonly (string | Placeholder)[];
  readonly en?: readonly (string | Placeholder)[];
  readonly plain?: Text;
}

export interface CompiledConditional {
  readonly when: CompiledFeel | null;
  readonly text: CompiledText;
}

const PLACEHOLDER = /\{\{([\s\S]*?)\}\}/g;

const numberFormats = new Map<string, Intl.NumberFormat>();
const formatted = new Map<string, string>();
/** `number`: up to 2 decimals; `percent`: a share as a percentage (0.34 → 34%), up to 1 decimal. In the language's own way. */
function formatNumber(n: number, locale: 'nl' | 'en', format: 'number' | 'percent'): string {
  const key = `${locale}:${format}`;
  const memo = `${key}:${n}`;
  const known = formatted.get(memo);
  if (known !== undefined) return known;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(
      locale === 'nl' ? 'nl-NL' : 'en-GB',
      format === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 },
    );
    numberFormats.set(key, nf);
  }
  const text = nf.format(n);
  if (formatted.size > 10_000) formatted.clear();
  formatted.set(memo, text);
  return text;
}

/** A text (a string or `{ nl, en }`) in pieces, its placeholders compiled; a text without placeholders stays as it is. */
export function compileText(text: unknown, path: string, expressions: Expressions): CompiledText {
  const pieces = (s: string, p: string): (string | Placeholder)[] => {
    const out: (string | Placeholder)[] = [];
    let last = 0;
    for (const m of s.matchAll(PLACEHOLDER)) {
      out.push(s.slice(last, m.index));
      let source = (m[1] ?? '').trim();
      let format: Format = 'number';
      const piped = /^([\s\S]*?)\|\s*([A-Za-z]+)$/.exec(source);
      if (piped) {
        source = (piped[1] ?? '').trim();
        const name = piped[2] as Format;
        if (FORMATS.includes(name)) format = name;
        else
          expressions.problems.push({
            path: p,
            message: `unknown format "| ${name}" in {{ }}: use ${FORMATS.map((f) => `| ${f}`).join(', ')}`,
          });
      }
      if (source === '') expressions.problems.push({ path: p, message: 'an empty {{ }} placeholder' });
      else {
        const expr = expressions.compile(source, p);
        if (expr) out.push({ expr, format });
      }
      last = m.index + m[0].length;
    }
    out.push(s.slice(last));
    return out.filter((x) => x !== '');
  };
  if (typeof text === 'string') return text.includes('{{') ? { nl: pieces(text, path), en: pieces(text, path) } : { plain: text };
  if (!isRecord(text)) return { plain: '' };
  if (![text.nl, text.en].some((s) => typeof s === 'string' && s.includes('{{'))) return { plain: text as Text };
  return {
    ...(typeof text.nl === 'string' ? { nl: pieces(text.nl, `${path}/nl`) } : {}),
    ...(typeof text.en === 'string' ? { en: pieces(text.en, `${path}/en`) } : {}),
  };
}

/** A list of texts, each plain or `{ when, text }`. */
export const compileConditionals = (list: readonly unknown[], path: string, expressions: Expressions): CompiledConditional[] =>
  list.map((item, j) =>
    isRecord(item) && 'text' in item
      ? {
          when: item.when === undefined ? null : expressions.compile(item.when, `${path}/${j}/when`),
          text: compileText(item.text, `${path}/${j}/text`, expressions),
        }
      : { when: null, text: compileText(item, `${path}/${j}`, expressions) },
  );

/** A compiled text for one situation (`args`: the factors' and definitions' values). */
export function renderText(text: CompiledText, args: readonly unknown[]): Text {
  if (text.plain !== undefined) return text.plain;
  const one = (pieces: readonly (string | Placeholder)[], locale: 'nl' | 'en') =>
    pieces
      .map((p) => {
        if (typeof p === 'string') return p;
        const { value, warnings } = p.expr.run(args);
        if (typeof value === 'number' && Number.isFinite(value))
          return p.format === 'raw' ? String(value) : formatNumber(value, locale, p.format);
        if (typeof value === 'string' || typeof value === 'boolean') return String(value);
        throw fail(p.expr, `gave ${describe(value)}, not a number or text to show`, warnings);
      })
      .join('');
  const nl = text.nl ? one(text.nl, 'nl') : undefined;
  const en = text.en ? one(text.en, 'en') : undefined;
  return nl !== undefined && en !== undefined ? { nl, en } : nl !== undefined ? { nl } : { en: en ?? '' };
}

/** The texts whose `when` holds (or that have none), rendered. */
export const pickTexts = (list: readonly CompiledConditional[], args: readonly unknown[]): Text[] =>
  list.filter((c) => c.when === null || runBoolean(c.when, args)).map((c) => renderText(c.text, args));
