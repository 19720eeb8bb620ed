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
export function createAssessmentCache(size = 5000): AssessmentCache {
  // NaN or a non-number from untyped callers would make the cache unbounded; a negative size keeps nothing.
  const limit = typeof size === 'number' && !Number.isNaN(size) ? Math.max(0, size) : 5000;
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

/** The longest delay a timer can hold (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMEOUT = 2_147_483_647;

/** The timeout to use: a number of ms clamped to [0, 2^31 − 1]; anything else (NaN, a string) gives the default. */
export function timeoutOf(value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return DEFAULT_TIMEOUT;
  return Math.min(MAX_TIMEOUT, Math.max(0, value));
}

/** The signal to listen to, when it looks like an AbortSignal. */
function signalOf(value: unknown): AbortSignal | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const s = value as AbortSignal;
  return typeof s.addEventListener === 'function' && typeof s.removeEventListener === 'function' ? s : undefined;
}

/**
 * Settles with `promise`, or rejects with a `timeout` or `aborted` error first.
 * Always settles, with an {@link AdviceError} on failure: whatever the promise
 * rejects with (a value without a prototype, a throwing `toString`, a Proxy),
 * and whatever its `then` does.
 */
export function withTimeout<T>(promise: PromiseLike<T>, options: EvaluateOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let signal: AbortSignal | undefined;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        signal?.removeEventListener('abort', onAbort);
      } catch {
        // a hostile signal: nothing more to clean up
      }
      outcome();
    };
    const fail = (error: unknown) => finish(() => reject(toAdviceError(error)));
    const onAbort = () => finish(() => reject(new AdviceError('aborted', 'The evaluation was cancelled.')));
    try {
      const ms = timeoutOf(options.timeout);
      timer = setTimeout(() => finish(() => reject(new AdviceError('timeout', `The advice model did not answer within ${ms} ms.`))), ms);
      signal = signalOf(options.signal);
      signal?.addEventListener('abort', onAbort);
      if (signal?.aborted) onAbort();
      promise.then(
        (value) => {
          // A custom thenable may hand over another thenable that never settles: adopting it would hang past the timer.
          let nested: boolean;
          try {
            nested = isThenable(value);
          } catch (error) {
            fail(error);
            return;
          }
          if (nested) fail(new AdviceError('malformed-assessment', 'The advice model answered with a promise inside its answer.'));
          else finish(() => resolve(value));
        },
        (error: unknown) => fail(error),
      );
    } catch (error) {
      fail(error);
    }
  });
}

/** Calls the model for a batch of distinct situations; sync models stay synchronous inside. */
async function callModel(model: AdviceModel, situations: readonly ResolvedSituation[], options: EvaluateOptions): Promise<unknown[]> {
  const signal = signalOf(options.signal);
  if (signal?.aborted) throw new AdviceError('aborted', 'The evaluation was cancelled.');
  let raw: unknown;
  try {
    raw = model.assessMany
      ? model.assessMany(situations, signal ? { signal } : {})
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
  // Answers of this call are kept here too, so that a small cache (even of size 0) never loses one mid-call.
  const found = new Map<string, Assessments>();
  const missing = new Map<string, ResolvedSituation>();
  keys.forEach((key, i) => {
    if (found.has(key) || missing.has(key)) return;
    const hit = cache.get(key);
    if (hit !== undefined) found.set(key, hit);
    else missing.set(key, situations[i] as ResolvedSituation);
  });
  if (missing.size > 0) {
    const batch = [...missing.values()];
    const answers = await callModel(model, batch, options);
    if (options.stats) {
      options.stats.evaluations += batch.length;
      options.stats.batches += 1;
    }
    const missingKeys = [...missing.keys()];
    for (const [i, answer] of answers.entries()) {
      const checked = checkAssessments(model, answer);
      found.set(missingKeys[i] as string, checked);
      cache.set(missingKeys[i] as string, checked);
    }
  }
  return keys.map((key) => found.get(key) as Assessments);
}
