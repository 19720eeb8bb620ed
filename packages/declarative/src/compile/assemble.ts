/**
 * Phase 4 of compiling, the model: `assess` and `breakpoints` run the
 * compiled parts for a situation. The definitions are evaluated first, in
 * order; every expression is then called with the factors' and the
 * definitions' values.
 */
import { AdviceError, type AdviceModel, type Assessment, type Assessments, type ResolvedSituation } from '@advice-kit/core';
import type { CompiledFeel } from '../feel.js';
import { describe, fail, runBoolean, runNumber } from './evaluate.js';
import type { CompiledOption } from './options.js';
import { pickTexts } from './texts.js';

/** What the earlier phases compiled. */
export interface CompiledParts {
  readonly factorIds: readonly string[];
  readonly definitions: readonly CompiledFeel[];
  readonly options: readonly CompiledOption[];
  readonly breakpoints: ReadonlyMap<string, CompiledFeel>;
}

export function assembleModel(shape: Omit<AdviceModel, 'assess'>, parts: CompiledParts): AdviceModel {
  const evaluateDefinitions = (s: ResolvedSituation): unknown[] => {
    const args: unknown[] = parts.factorIds.map((id) => s[id]);
    for (const expr of parts.definitions) {
      const { value, warnings } = expr.run(args);
      if ((value === null || value === undefined) && warnings.length > 0) throw fail(expr, 'gave null', warnings);
      args.push(value ?? null);
    }
    return args;
  };

  const assess = (s: ResolvedSituation): Assessments => {
    const args = evaluateDefinitions(s);
    const out: Record<string, Assessment> = {};
    for (const option of parts.options) {
      const eligible = option.eligible ? runBoolean(option.eligible, args) : true;
      if (!eligible) {
        const [reason] = pickTexts(option.reasons, args);
        out[option.id] = { eligible, values: {}, ...(reason === undefined ? {} : { reason }) };
        continue;
      }
      const values: Record<string, number> = {};
      for (const v of option.values) values[v.criterion] = v.expr ? runNumber(v.expr, args) : (v.constant as number);
      const notes = pickTexts(option.notes, args);
      out[option.id] = { eligible, values, ...(notes.length > 0 ? { notes } : {}) };
    }
    return out;
  };

  const breakpoints = (factorId: string, s: ResolvedSituation): number[] => {
    const expr = parts.breakpoints.get(factorId);
    if (!expr) throw new AdviceError('unknown-factor', `The declarative model gives no breakpoints for "${factorId}".`);
    const args = evaluateDefinitions(s);
    const { value, warnings } = expr.run(args);
    const list = typeof value === 'number' ? [value] : value;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw fail(expr, `gave ${describe(value)}, not a list of numbers`, warnings);
    }
    return list as number[];
  };

  return { ...shape, assess, ...(parts.breakpoints.size > 0 ? { breakpoints } : {}) };
}
