import { modelProblems } from './define.js';
import { AdviceError, toAdviceError } from './errors.js';
import { type AssessmentCache, assessBatch, createAssessmentCache, type EvaluateOptions } from './evaluate.js';
import type { AdviceModel, Assessments, Locale, ResolvedSituation, Situation, Weights } from './model.js';
import { bestFor, weightShares } from './score.js';
import { resolveSituation, validateSituation } from './situation.js';

/** Options of the engine functions that read a situation. */
export interface EngineOptions extends EvaluateOptions {
  /** Language of validation messages in errors. Default `nl`. */
  readonly locale?: Locale;
}

/** What every engine call works from once its inputs are checked. */
export interface Context {
  readonly model: AdviceModel;
  readonly situation: Situation;
  readonly resolved: ResolvedSituation;
  readonly shares: Readonly<Record<string, number>>;
  readonly options: EngineOptions;
  readonly cache: AssessmentCache;
  assess(situations: readonly ResolvedSituation[]): Promise<Assessments[]>;
  best(assessments: Assessments): string | null;
}

/** Checks model and situation; returns the context or the error that stops the call. */
export function prepare(
  model: AdviceModel,
  situation: Situation | undefined,
  weights: Weights | undefined | null,
  options: EngineOptions = {},
): Context | AdviceError {
  const problems = modelProblems(model);
  if (problems.length > 0) {
    return new AdviceError(
      'invalid-model',
      `The advice model has ${problems.length} problem(s); first: ${problems[0]?.path}: ${problems[0]?.message}`,
      {
        problems,
      },
    );
  }
  const validation = validateSituation(model, situation ?? {}, options.locale ?? 'nl');
  if (!validation.valid) {
    return new AdviceError('invalid-situation', validation.issues.map((i) => `${i.factorId}: ${i.message}`).join(' '), {
      issues: validation.issues,
    });
  }
  const shares = weightShares(model, weights);
  const cache = options.cache ?? createAssessmentCache(Number.POSITIVE_INFINITY);
  return {
    model,
    situation: validation.situation,
    resolved: resolveSituation(model, validation.situation),
    shares,
    options,
    cache,
    assess: (situations) => assessBatch(model, situations, options, cache),
    best: (assessments) => bestFor(model, assessments, shares),
  };
}

/** Runs engine work and turns anything thrown into a typed error. */
export async function guarded<T>(work: () => Promise<T>): Promise<T | AdviceError> {
  try {
    return await work();
  } catch (error) {
    return toAdviceError(error);
  }
}
