/**
 * The HTTP transport of a remote model: one request is a GET or a JSON POST
 * with a timeout; network errors, timeouts, 429 and 5xx are retried with
 * exponential backoff (a `Retry-After` honoured up to 10 s), 4xx never.
 * Failures reject with the engine's typed errors.
 */
import { AdviceError, type AdviceErrorCode } from '@advice-kit/core';
import { isRecord } from './json.js';
import type { RemoteModelOptions } from './options.js';
import { malformed } from './responses.js';

/** Sends one request to a path of the model's URL (`body` undefined: a GET) and gives the parsed JSON answer. */
export type Request = (path: string, body: unknown, signal?: AbortSignal) => Promise<unknown>;

type Fetch = typeof fetch;

const TRANSIENT_STATUS = (status: number) => status === 429 || status >= 500;
const MAX_RETRY_AFTER = 10_000;
/** Longest wait before one retry. */
const MAX_BACKOFF = 30_000;

class Transient extends Error {
  constructor(
    readonly error: AdviceError,
    readonly retryAfter?: number,
  ) {
    super(error.message);
  }
}

export const aborted = () => new AdviceError('aborted', 'The request to the remote model was cancelled.');

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A shared HTTP client: attempts with timeout, retries with backoff, typed errors. */
export function createTransport(
  base: string,
  options: RemoteModelOptions,
  limits: { readonly timeout: number; readonly retries: number },
  /** The counters this transport adds to (every attempt, every retry). */
  stats: { requests: number; retries: number },
): Request {
  const doFetch: Fetch = options.fetch ?? ((...args) => fetch(...args));
  const { timeout, retries } = limits;
  const backoff = options.backoff ?? 250;
  const delay = (attempt: number) => {
    const ms = typeof backoff === 'function' ? backoff(attempt) : backoff * 2 ** attempt * (1 + (backoff > 0 ? Math.random() * 0.25 : 0));
    // A backoff function answering NaN, a negative or a huge number still gives a wait a timer can hold.
    return typeof ms === 'number' && ms > 0 ? Math.min(MAX_BACKOFF, ms) : 0;
  };
  const url = (path: string) => new URL(path, base.endsWith('/') ? base : `${base}/`).toString();

  async function attempt(path: string, body: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    if (signal?.aborted) throw aborted();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    stats.requests += 1;
    try {
      let response: Response;
      try {
        response = await doFetch(url(path), {
          method: body === undefined ? 'GET' : 'POST',
          headers: {
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...options.headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: controller.signal,
        });
      } catch (error) {
        if (signal?.aborted) throw aborted();
        if (timedOut) throw new Transient(new AdviceError('timeout', `The remote model did not answer within ${timeout} ms.`));
        const detail = error instanceof Error ? error.message : String(error);
        throw new Transient(new AdviceError('model-failed', `The remote model could not be reached (${detail}).`, { cause: error }));
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        if (signal?.aborted) throw aborted();
        if (timedOut) throw new Transient(new AdviceError('timeout', `The remote model did not answer within ${timeout} ms.`));
        throw new Transient(new AdviceError('model-failed', 'The connection to the remote model broke off.', { cause: error }));
      }
      if (!response.ok) {
        let message = text.slice(0, 300);
        let code: AdviceErrorCode = 'model-failed';
        try {
          const parsed = JSON.parse(text) as unknown;
          if (isRecord(parsed) && isRecord(parsed.error) && typeof parsed.error.message === 'string') {
            message = parsed.error.message;
            if (parsed.error.code === 'malformed-assessment') code = 'malformed-assessment';
          }
        } catch {
          // not JSON: keep the text
        }
        const error = new AdviceError(code, `The remote model answered ${response.status} to ${path}: ${message || response.statusText}`);
        if (TRANSIENT_STATUS(response.status)) {
          const after = Number(response.headers.get('retry-after'));
          throw new Transient(error, Number.isFinite(after) && after >= 0 ? Math.min(after * 1000, MAX_RETRY_AFTER) : undefined);
        }
        throw error;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw malformed(`${path} did not send JSON (${JSON.stringify(text.slice(0, 60))}).`);
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return async function request(path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
    for (let n = 0; ; n++) {
      try {
        return await attempt(path, body, signal);
      } catch (error) {
        if (!(error instanceof Transient)) throw error;
        if (n >= retries) throw error.error;
        stats.retries += 1;
        await sleep(error.retryAfter ?? delay(n), signal);
      }
    }
  };
}
