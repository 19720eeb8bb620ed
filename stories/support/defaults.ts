/** Sensible attribute values for a model, so switching the model in Controls keeps a story working. */
import type { AdviceModel } from '@advice-kit/core';
import { MODELS, type ModelKey } from './module.js';

/** The model's first number factor that may be explored. */
export function firstNumberFactor(model: AdviceModel): string {
  return model.factors.find((f) => f.kind === 'number' && f.explorable !== false)?.id ?? '';
}

/** `factor` unless it is empty or not in the model; then the model's first number factor. */
export function factorFor(key: ModelKey, factor: unknown): string {
  const model = MODELS[key];
  if (typeof factor === 'string' && factor !== '') return factor;
  return firstNumberFactor(model);
}

/** `criterion` unless it is empty; then the model's first criterion. */
export function criterionFor(key: ModelKey, criterion: unknown): string {
  if (typeof criterion === 'string' && criterion !== '') return criterion;
  return MODELS[key].criteria[0]?.id ?? '';
}
