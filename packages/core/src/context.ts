import { modelProblems } from './define.js';
import { AdviceError, describeCause, toAdviceError } from './errors.js';
import { type AssessmentCache, assessBatch, createAssessmentCache, type EvaluateOptions } from './evaluate.js';
import {
  type AdviceModel,
  type Assessments,
  isLanguageTag,
  type Locale,
  type ResolvedSituation,
  type Situation,
  type Weights,
} from './model.js';
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

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/**
 * The options as a plain object, each read once: getters that throw or change
 * their answer, and values of the wrong type, cannot reach the work later.
 */
export function readOptions<O extends EngineOptions>(options: O | undefined | null): O {
  if (!isObject(options)) return {} as O;
  const out: Record<string, unknown> = { ...options };
  const cache = options.cache as unknown;
  if (!(isObject(cache) && typeof cache.get === 'function' && typeof cache.set === 'function')) delete out.cache;
  if (!isObject(options.stats)) delete out.stats;
  // Any language tag is kept (messages fall back to Dutch for languages the core has none in); a non-tag becomes Dutch.
  out.locale = isLanguageTag(options.locale) ? options.locale : 'nl';
  return out as O;
}

/**
 * Checks model and situation; returns the context or the error that stops the
 * call. Never throws: a situation, weights or options object whose getters
 * throw (or a Proxy) comes back as an `invalid-situation` error.
 */
export function prepare(
  model: AdviceModel,
  situation: Situation | undefined,
  weights: Weights | undefined | null,
  options: EngineOptions = {},
): Context | AdviceError {
  try {
    return prepareUnsafe(model, situation, weights, options);
  } catch (error) {
    return new AdviceError('invalid-situation', `The situation, weights or options could not be read: ${describeCause(error)}`, {
      cause: error,
    });
  }
}

function prepareUnsafe(
  model: AdviceModel,
  situation: Situation | undefined,
  weights: Weights | undefined | null,
  given: EngineOptions,
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
  const options = readOptions(given);
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

/**
 * Runs a whole public engine call: anything thrown — while reading hostile
 * input or in the work itself — becomes the fallback result with a typed
 * error. The returned promise always resolves.
 */
export async function settle<T>(work: () => Promise<T>, fallback: (error: AdviceError) => T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    return fallback(toAdviceError(error));
  }
}

/** Runs engine work and turns anything thrown into a typed error. */
export async function guarded<T>(work: () => Promise<T>): Promise<T | AdviceError> {
  try {
    return await work();
  } catch (error) {
    return toAdviceError(error);
  }
}
