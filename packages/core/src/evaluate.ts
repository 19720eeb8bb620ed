import { AdviceError, toAdviceError } from './errors.js';
import type { AdviceModel, Assessment, Assessments, ResolvedSituation } from './model.js';
import { utility } from './score.js';
import { situationKey } from './situation.js';
import { isText } from './text.js';

/** Counters of the work a call did: how often the model was asked, and in how many round trips. */
export interface EvaluationStats {
  /** Situations assessed by the model (cache hits not counted). */
  evaluations: number;
  /** Calls to `assess`/`assessMany` batches: the round trips a remote model needs. */
  batches: number;
}

/** A cache of assessments by situation, shared between calls (see {@link createAssessmentCache}). */
export interface AssessmentCache {
  get(key: string): Assessments | undefined;
  set(key: string, value: Assessments): void;
  clear(): void;
}

/** A least-recently-used cache of assessments, at most `limit` situations. */
export function createAssessmentCache(limit = 5000): AssessmentCache {
  const map = new Map<string, Assessments>();
  return {
    get(key) {
      const value = map.get(key);
      if (value !== undefined) {
        map.delete(key);
        map.set(key, value);
      }
      return value;
    },
    set(key, value) {
      map.delete(key);
      map.set(key, value);
      if (map.size > limit) map.delete(map.keys().next().value as string);
    },
    clear: () => map.clear(),
  };
}

/** Options every engine function takes. */
export interface EvaluateOptions {
  /** Cancels the work: the result then has an `aborted` error. */
  readonly signal?: AbortSignal;
  /** How long an asynchronous model may take per batch, in ms. Default 10 000. */
  readonly timeout?: number;
  /** Keeps assessments between calls. By default each call has its own. */
  readonly cache?: AssessmentCache;
  /** Counts the work done; the engine adds to it. */
  readonly stats?: EvaluationStats;
}

const DEFAULT_TIMEOUT = 10_000;
/** Largest utility (in criterion ranges) a value may have: keeps every score and its 1e-9 comparison key finite and exact. */
const MAX_UTILITY = 1e6;

export function isThenable<T>(value: unknown): value is PromiseLike<T> {
  return (
    value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function'
  );
}

function finite(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Checks what a model returned; throws a `malformed-assessment` error on anything off. */
export function checkAssessments(model: AdviceModel, value: unknown): Assessments {
  const fail = (message: string) => new AdviceError('malformed-assessment', `The advice model returned an invalid assessment: ${message}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw fail('expected an object keyed by option id');
  const record = value as Record<string, unknown>;
  const out: Record<string, Assessment> = {};
  for (const option of model.options) {
    const a = Object.hasOwn(record, option.id) ? record[option.id] : undefined;
    if (a === null || typeof a !== 'object' || Array.isArray(a)) throw fail(`option "${option.id}" has no assessment`);
    const { eligible, reason, values, notes } = a as Record<string, unknown>;
    if (typeof eligible !== 'boolean') throw fail(`option "${option.id}": eligible must be true or false`);
    if (reason !== undefined && !isText(reason)) throw fail(`option "${option.id}": reason must be a text`);
    if (notes !== undefined && (!Array.isArray(notes) || !notes.every(isText))) {
      throw fail(`option "${option.id}": notes must be a list of texts`);
    }
    const vals: Record<string, number> = {};
    const given = values !== null && typeof values === 'object' ? (values as Record<string, unknown>) : {};
    for (const criterion of model.criteria) {
      const v = Object.hasOwn(given, criterion.id) ? given[criterion.id] : undefined;
      if (finite(v)) {
        // Utilities are not clipped, but one a million ranges away is a model error and would overflow scores to ±Infinity/NaN.
        if (Math.abs(utility(criterion, v)) > MAX_UTILITY) {
          throw fail(
            `option "${option.id}": value of "${criterion.id}" (${v}) lies too far outside its range [${criterion.range.min}, ${criterion.range.max}]`,
          );
        }
        vals[criterion.id] = v;
      } else if (eligible || v !== undefined) {
        throw fail(`option "${option.id}": value of "${criterion.id}" must be a finite number (got ${String(v)})`);
      }
    }
    out[option.id] = {
      eligible,
      values: vals,
      ...(reason === undefined ? {} : { reason: reason as Assessment['reason'] }),
      ...(notes === undefined ? {} : { notes: notes as Assessment['notes'] }),
    };
  }
  return out;
}

/** Settles with `promise`, or rejects with a `timeout` or `aborted` error first. */
export function withTimeout<T>(promise: PromiseLike<T>, options: EvaluateOptions): Promise<T> {
  const ms = options.timeout ?? DEFAULT_TIMEOUT;
  const signal = options.signal;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const done = () => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (settled) return;
      done();
      reject(new AdviceError('aborted', 'The evaluation was cancelled.'));
    };
    const timer = setTimeout(() => {
      if (settled) return;
      done();
      reject(new AdviceError('timeout', `The advice model did not answer within ${ms} ms.`));
    }, ms);
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted) onAbort();
    promise.then(
      (value) => {
        if (settled) return;
        done();
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        done();
        reject(toAdviceError(error));
      },
    );
  });
}

/** Calls the model for a batch of distinct situations; sync models stay synchronous inside. */
async function callModel(model: AdviceModel, situations: readonly ResolvedSituation[], options: EvaluateOptions): Promise<unknown[]> {
  if (options.signal?.aborted) throw new AdviceError('aborted', 'The evaluation was cancelled.');
  let raw: unknown;
  try {
    raw = model.assessMany
      ? model.assessMany(situations, options.signal ? { signal: options.signal } : {})
      : (() => {
          const answers = situations.map((s) => model.assess(s));
          return answers.some((a) => isThenable(a)) ? Promise.all(answers) : answers;
        })();
  } catch (error) {
    throw toAdviceError(error);
  }
  const answers = isThenable<unknown>(raw) ? await withTimeout(raw, options) : raw;
  if (!Array.isArray(answers) || answers.length !== situations.length) {
    throw new AdviceError(
      'malformed-assessment',
      `The advice model answered ${Array.isArray(answers) ? answers.length : 'no list'} for ${situations.length} situations.`,
    );
  }
  return answers;
}

/**
 * Asks the model about several situations in one round trip: cache hits are
 * served, duplicates asked once, the rest sent as one batch. Rejects with an
 * {@link AdviceError} only.
 */
export async function assessBatch(
  model: AdviceModel,
  situations: readonly ResolvedSituation[],
  options: EvaluateOptions,
  cache: AssessmentCache,
): Promise<Assessments[]> {
  const keys = situations.map((s) => situationKey(model, s));
  const missing = new Map<string, ResolvedSituation>();
  keys.forEach((key, i) => {
    if (!cache.get(key) && !missing.has(key)) missing.set(key, situations[i] as ResolvedSituation);
  });
  if (missing.size > 0) {
    const batch = [...missing.values()];
    const answers = await callModel(model, batch, options);
    if (options.stats) {
      options.stats.evaluations += batch.length;
      options.stats.batches += 1;
    }
    const missingKeys = [...missing.keys()];
    for (const [i, answer] of answers.entries()) cache.set(missingKeys[i] as string, checkAssessments(model, answer));
  }
  // A tiny cache could have evicted an entry of this very batch; ask again for those.
  const out = keys.map((key) => cache.get(key));
  if (out.every((a) => a !== undefined)) return out as Assessments[];
  const fallback = createAssessmentCache(situations.length + 1);
  return assessBatch(model, situations, options, fallback);
}
