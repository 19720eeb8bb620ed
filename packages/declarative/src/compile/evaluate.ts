/** Running compiled expressions per situation: a value of the wrong kind fails with a `model-failed` error that names the expression. */
import { AdviceError } from '@advice-kit/core';
import type { CompiledFeel } from '../feel.js';

/** The error of an expression that gave no usable value: where it is, its text, what it gave, and feelin's warnings. */
export function fail(expr: CompiledFeel, what: string, warnings: readonly string[]): AdviceError {
  const why = warnings.length > 0 ? ` (${warnings.join('; ')})` : '';
  return new AdviceError('model-failed', `The declarative model failed at ${expr.path}: ${quoteExpr(expr.source)} ${what}${why}.`);
}
const quoteExpr = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** A value as an error message names it. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number that is not finite';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a context' : String(value);
}

/** The expression's value, which must be true or false. */
export function runBoolean(expr: CompiledFeel, args: readonly unknown[]): boolean {
  const { value, warnings } = expr.run(args);
  if (typeof value !== 'boolean') throw fail(expr, `gave ${describe(value)}, not true or false`, warnings);
  return value;
}

/** The expression's value, which must be a finite number. */
export function runNumber(expr: CompiledFeel, args: readonly unknown[]): number {
  const { value, warnings } = expr.run(args);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(expr, `gave ${describe(value)}, not a number`, warnings);
  return value;
}
