/**
 * Reading the remote model's answers before anything uses them: the
 * definition document, the assessments of an `/assess` answer (one per
 * situation, in order, each checked by the engine) and breakpoint lists.
 */
import type { AdviceModel, Assessments } from '@advice-kit/core';
import { AdviceError, checkAssessments, ModelDefinitionError, validateModel } from '@advice-kit/core';
import { CONTRACT, type ModelData, type SituationEntry } from './contract.js';
import { isRecord } from './json.js';

/** Breakpoints per number factor, as one situation's answer gives them. */
export type FactorBreakpoints = Readonly<Record<string, readonly number[]>>;

export function malformed(message: string): AdviceError {
  return new AdviceError('malformed-assessment', `The remote model answered something unusable: ${message}`);
}

/** The model's definition document (`GET /model`): its contract, the model (checked by the engine), and what the server offers. */
export function checkDocument(value: unknown): { model: ModelData; breakpoints: boolean; maxBatch: number } {
  if (!isRecord(value) || value.contract !== CONTRACT || !isRecord(value.model)) {
    throw new AdviceError('invalid-model', `The remote model's definition is not a "${CONTRACT}" document; check the model's URL.`);
  }
  const problems = validateModel({ ...value.model, assess: () => ({}) });
  if (problems.length > 0) throw new ModelDefinitionError(problems.map((p) => ({ path: `model.${p.path}`, message: p.message })));
  const maxBatch = typeof value.maxBatch === 'number' && value.maxBatch >= 1 ? Math.floor(value.maxBatch) : Number.POSITIVE_INFINITY;
  return { model: value.model as unknown as ModelData, breakpoints: value.breakpoints === true, maxBatch };
}

/** The assessments of an `/assess` answer, one per situation sent and in the same order; throws `malformed-assessment` otherwise. */
export function readAssessments(answer: unknown, entries: readonly SituationEntry[], model: AdviceModel): Assessments[] {
  if (!isRecord(answer) || !Array.isArray(answer.assessments)) throw malformed('/assess did not send { assessments: [...] }.');
  const list = answer.assessments as unknown[];
  if (list.length !== entries.length) throw malformed(`/assess answered ${list.length} assessments for ${entries.length} situations.`);
  return list.map((item, i) => {
    const id = (entries[i] as SituationEntry).id;
    if (!isRecord(item) || item.id !== id) {
      throw malformed(
        `assessment ${i} is for ${isRecord(item) ? JSON.stringify(item.id) : 'nothing'}, not for situation "${id}" (answers out of order?).`,
      );
    }
    return checkAssessments(model, item.options);
  });
}

/**
 * The usable breakpoints of an answer, by situation key (`ids`: request id →
 * key). Malformed ones are dropped, not thrown: breakpoints only make tipping
 * points exact, so a bad list costs exactness (the engine samples that
 * factor) and never the advice.
 */
export function readBreakpoints(
  value: unknown,
  ids: ReadonlyMap<string, string>,
  numberFactors: readonly string[],
): Map<string, Record<string, readonly number[]>> {
  const read = new Map<string, Record<string, readonly number[]>>();
  if (!Array.isArray(value)) return read;
  for (const entry of value as unknown[]) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || !ids.has(entry.id) || !isRecord(entry.factors)) continue;
    const factors: Record<string, readonly number[]> = {};
    for (const [factorId, list] of Object.entries(entry.factors)) {
      if (!numberFactors.includes(factorId)) continue;
      if (!Array.isArray(list) || !list.every((x) => typeof x === 'number' && Number.isFinite(x))) continue;
      factors[factorId] = list as number[];
    }
    read.set(ids.get(entry.id) as string, factors);
  }
  return read;
}
