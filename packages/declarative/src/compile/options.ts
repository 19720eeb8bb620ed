/**
 * Phase 3 of compiling, the options and factors: each option's eligibility,
 * reasons, criterion values and notes, and each number factor's breakpoints,
 * compiled; a value for an unknown criterion, or a criterion without a value,
 * is a problem.
 */
import type { CompiledFeel } from '../feel.js';
import type { DocumentParts } from './document.js';
import type { Expressions } from './expressions.js';
import { isRecord, pointer } from './json.js';
import type { ProblemList } from './problems.js';
import { type CompiledConditional, compileConditionals, compileText } from './texts.js';

export interface CompiledOption {
  readonly id: string;
  readonly index: number;
  readonly eligible: CompiledFeel | null;
  readonly reasons: readonly CompiledConditional[];
  readonly values: readonly { readonly criterion: string; readonly constant?: number; readonly expr?: CompiledFeel }[];
  readonly notes: readonly CompiledConditional[];
}

/** Every option with an id, in order. */
export function compileOptions(parts: DocumentParts, expressions: Expressions, report: ProblemList): CompiledOption[] {
  const criterionIds = parts.criteria.map((c) => c.id).filter((id): id is string => typeof id === 'string');
  const compiled: CompiledOption[] = [];
  parts.options.forEach((o, i) => {
    if (!isRecord(o) || typeof o.id !== 'string') return;
    const values = isRecord(o.values) ? o.values : {};
    for (const key of Object.keys(values)) {
      if (!criterionIds.includes(key)) {
        report.add({
          path: pointer('options', i, 'values', key),
          message: `${JSON.stringify(key)} is not one of the criteria (${criterionIds.join(', ')})`,
        });
      }
    }
    if (isRecord(o.values)) {
      for (const c of criterionIds) {
        if (!(c in values)) report.add({ path: pointer('options', i, 'values'), message: `no value for criterion ${JSON.stringify(c)}` });
      }
    }
    compiled.push({
      id: o.id,
      index: i,
      eligible: o.eligible === undefined ? null : expressions.compile(o.eligible, pointer('options', i, 'eligible')),
      reasons: Array.isArray(o.reason)
        ? compileConditionals(o.reason, pointer('options', i, 'reason'), expressions)
        : o.reason === undefined
          ? []
          : [{ when: null, text: compileText(o.reason, pointer('options', i, 'reason'), expressions) }],
      values: criterionIds
        .filter((c) => c in values)
        .map((c) => {
          const v = values[c];
          if (typeof v === 'number') return { criterion: c, constant: v };
          const expr = expressions.compile(v, pointer('options', i, 'values', c));
          return expr ? { criterion: c, expr } : { criterion: c };
        }),
      notes: Array.isArray(o.notes) ? compileConditionals(o.notes, pointer('options', i, 'notes'), expressions) : [],
    });
  });
  return compiled;
}

/** Factor id → its compiled `breakpoints` expression, for the factors that have one. */
export function compileBreakpoints(parts: DocumentParts, expressions: Expressions): Map<string, CompiledFeel> {
  const compiled = new Map<string, CompiledFeel>();
  parts.factors.forEach((f, i) => {
    if (f.breakpoints === undefined || typeof f.id !== 'string') return;
    const expr = expressions.compile(f.breakpoints, pointer('factors', i, 'breakpoints'));
    if (expr) compiled.set(f.id, expr);
  });
  return compiled;
}
