/** The options of `remoteModel`: what each means, and a check that fills in the defaults and names every unusable one. */
import { AdviceError, MAX_TIMEOUT } from '@advice-kit/core';
import { isRecord } from './json.js';

export interface RemoteModelOptions {
  /** The `fetch` to use; default the global one. */
  readonly fetch?: typeof fetch;
  /** How long one attempt may take, in ms. Default 8 000. */
  readonly timeout?: number;
  /** Attempts after the first, on network errors, timeouts, 429 and 5xx. Default 2, at most 10. */
  readonly retries?: number;
  /**
   * Wait before retry `n` (0, 1, ...), in ms: a number is the first wait,
   * doubled each time (with up to 25 % random extra); or a function. Default 250.
   * A `Retry-After` header of a 429 or 503 answer is honoured up to 10 s.
   */
  readonly backoff?: number | ((attempt: number) => number);
  /** Most situations per request; the server's `maxBatch` caps it. Default 500. */
  readonly batchSize?: number;
  /** Sent with every request (authentication, tracing). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Situations whose assessments are kept between calls (0 or more; Infinity keeps all). Default 5 000. */
  readonly cacheSize?: number;
  /**
   * When the engine asks about one situation alone (the person's own: how
   * rank, tipping points and flips start), ask its breakpoints along in the
   * same request, so the tipping-point search needs no extra round trip.
   * Default true.
   */
  readonly prefetchBreakpoints?: boolean;
  /** Cancels fetching the definition. */
  readonly signal?: AbortSignal;
}

/** Most retries, whatever is asked: `retries: Infinity` against a failing server must still end. */
export const MAX_RETRIES = 10;

/** The options with defaults filled in; throws an `invalid-model` AdviceError naming each unusable one. */
export function checkRemoteOptions(options: RemoteModelOptions): {
  timeout: number;
  retries: number;
  batchSize: number;
  cacheSize: number;
} {
  const problems: string[] = [];
  const number = (key: keyof RemoteModelOptions, fallback: number, min: number, whole: boolean): number => {
    const value = options[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || Number.isNaN(value) || value < min || (whole && Number.isFinite(value) && !Number.isInteger(value))) {
      problems.push(
        `${key} must be ${whole ? 'a whole number' : 'a number'} of ${min} or more (got ${typeof value === 'number' ? value : typeof value})`,
      );
      return fallback;
    }
    return value;
  };
  const timeout = Math.min(MAX_TIMEOUT, number('timeout', 8000, 1, false));
  const retries = Math.min(MAX_RETRIES, number('retries', 2, 0, true));
  const batchSize = number('batchSize', 500, 1, true);
  // Any cache size works, 0 included: a batch keeps its own answers until its callers have them.
  const cacheSize = number('cacheSize', 5000, 0, true);
  const { fetch: f, backoff, headers, signal } = options;
  if (f !== undefined && typeof f !== 'function') problems.push('fetch must be a function');
  if (
    backoff !== undefined &&
    typeof backoff !== 'function' &&
    !(typeof backoff === 'number' && backoff >= 0 && Number.isFinite(backoff))
  ) {
    problems.push('backoff must be a finite number of 0 or more, or a function');
  }
  if (headers !== undefined && (!isRecord(headers) || !Object.values(headers).every((v) => typeof v === 'string'))) {
    problems.push('headers must be an object of strings');
  }
  if (signal !== undefined && !(isRecord(signal) && typeof (signal as AbortSignal).addEventListener === 'function')) {
    problems.push('signal must be an AbortSignal');
  }
  if (problems.length > 0) throw new AdviceError('invalid-model', `The remote model's options are not usable: ${problems.join('; ')}.`);
  return { timeout, retries, batchSize, cacheSize };
}
