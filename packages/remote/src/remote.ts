/**
 * Remote advice models: the model lives behind an HTTP API (a rules engine,
 * a decision service); `remoteModel` turns it into an {@link AdviceModel}.
 *
 * `@advice-kit/core/remote`. The contract is in `contract.ts` and the
 * OpenAPI document `packages/remote/openapi/advice-model.json`.
 *
 * - The definition is fetched once (`GET {url}/model`).
 * - `assessMany` sends one request per engine batch (split at `batchSize`):
 *   the engine's batching is what keeps tipping points to a few round trips.
 * - Answers are cached by situation and duplicates asked once, also across
 *   concurrent calls; a request nobody waits for any more is cancelled.
 * - Network errors, 5xx, 429 and timeouts are retried with exponential
 *   backoff; 4xx never. Failures reject with the engine's typed errors.
 */

import type { AdviceModel, AssessContext, Assessments, ResolvedSituation } from '@advice-kit/core';
import {
  AdviceError,
  type AdviceErrorCode,
  checkAssessments,
  createAssessmentCache,
  ModelDefinitionError,
  situationKey,
  validateModel,
} from '@advice-kit/core';
import { type AssessRequest, type BreakpointsRequest, CONTRACT, type ModelData, type SituationEntry } from './contract.js';

export interface RemoteModelOptions {
  /** The `fetch` to use; default the global one. */
  readonly fetch?: typeof fetch;
  /** How long one attempt may take, in ms. Default 8 000. */
  readonly timeout?: number;
  /** Attempts after the first, on network errors, timeouts, 429 and 5xx. Default 2. */
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
  /** Situations whose assessments are kept. Default 5 000. */
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

/** Counters of the traffic, for tests, benchmarks and diagnostics. */
export interface RemoteStats {
  /** HTTP requests sent (every attempt, the definition included). */
  requests: number;
  /** Requests to `/assess`. */
  assessRequests: number;
  /** Requests to `/breakpoints`. */
  breakpointRequests: number;
  /** Retries after a transient failure. */
  retries: number;
  /** Situations sent to the server. */
  situations: number;
  /** Situations answered from the cache or from a request already under way. */
  cacheHits: number;
}

/** What `remoteModel` returns: an {@link AdviceModel} plus a handle on its traffic. */
export interface RemoteAdviceModel extends AdviceModel {
  /** One request per batch (split at `batchSize`); cached, deduplicated, cancelled by `signal`. */
  assessMany(situations: readonly ResolvedSituation[], context?: AssessContext): Promise<Assessments[]>;
  readonly remote: {
    readonly url: string;
    readonly stats: RemoteStats;
    /** Forgets every cached assessment and breakpoint. */
    clearCache(): void;
  };
}

type Fetch = typeof fetch;

const TRANSIENT_STATUS = (status: number) => status === 429 || status >= 500;
const MAX_RETRY_AFTER = 10_000;

class Transient extends Error {
  constructor(
    readonly error: AdviceError,
    readonly retryAfter?: number,
  ) {
    super(error.message);
  }
}

const aborted = () => new AdviceError('aborted', 'The request to the remote model was cancelled.');

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

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function malformed(message: string): AdviceError {
  return new AdviceError('malformed-assessment', `The remote model answered something unusable: ${message}`);
}

/** A shared HTTP client: attempts with timeout, retries with backoff, typed errors. */
function client(base: string, options: RemoteModelOptions, stats: RemoteStats) {
  const doFetch: Fetch = options.fetch ?? ((...args) => fetch(...args));
  const timeout = options.timeout ?? 8000;
  const retries = Math.max(0, Math.floor(options.retries ?? 2));
  const backoff = options.backoff ?? 250;
  const delay = (attempt: number) =>
    typeof backoff === 'function' ? backoff(attempt) : backoff * 2 ** attempt * (1 + (backoff > 0 ? Math.random() * 0.25 : 0));
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

/** A request under way, shared by every caller that waits for one of its situations. */
interface Flight {
  readonly done: Promise<void>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
}

function checkDocument(value: unknown): { model: ModelData; breakpoints: boolean; maxBatch: number } {
  if (!isRecord(value) || value.contract !== CONTRACT || !isRecord(value.model)) {
    throw new AdviceError('invalid-model', `The remote model's definition is not a "${CONTRACT}" document; check the model's URL.`);
  }
  const problems = validateModel({ ...value.model, assess: () => ({}) });
  if (problems.length > 0) throw new ModelDefinitionError(problems.map((p) => ({ path: `model.${p.path}`, message: p.message })));
  const maxBatch = typeof value.maxBatch === 'number' && value.maxBatch >= 1 ? Math.floor(value.maxBatch) : Number.POSITIVE_INFINITY;
  return { model: value.model as unknown as ModelData, breakpoints: value.breakpoints === true, maxBatch };
}

/**
 * An {@link AdviceModel} whose facts come from a server speaking the
 * remote-model contract. Fetches the definition once; rejects with an
 * `AdviceError` when it cannot (`model-failed` when unreachable, `timeout`,
 * `invalid-model` when the definition is not usable).
 */
export async function remoteModel(url: string, options: RemoteModelOptions = {}): Promise<RemoteAdviceModel> {
  const stats: RemoteStats = { requests: 0, assessRequests: 0, breakpointRequests: 0, retries: 0, situations: 0, cacheHits: 0 };
  const request = client(url, options, stats);
  const { model: data, breakpoints: hasBreakpoints, maxBatch } = checkDocument(await request('model', undefined, options.signal));
  const batchSize = Math.max(1, Math.min(Math.floor(options.batchSize ?? 500), maxBatch));
  const prefetch = hasBreakpoints && options.prefetchBreakpoints !== false;
  const numberFactors = data.factors.filter((f) => f.kind === 'number').map((f) => f.id);

  const cache = createAssessmentCache(options.cacheSize ?? 5000);
  const breakpointCache = new Map<string, Readonly<Record<string, readonly number[]>>>();
  const inflight = new Map<string, { flight: Flight; result: Promise<Assessments> }>();
  const breakpointsInflight = new Map<string, Promise<Readonly<Record<string, readonly number[]>>>>();
  let nextId = 0;
  const newId = () => `s${(nextId++).toString(36)}`;

  // `situationKey` reads only `factors`; the model object is built below.
  const keyOf = (s: ResolvedSituation) => situationKey(data as AdviceModel, s);
  const keep = (key: string, factors: Readonly<Record<string, readonly number[]>>) => {
    breakpointCache.set(key, factors);
    if (breakpointCache.size > (options.cacheSize ?? 5000)) breakpointCache.delete(breakpointCache.keys().next().value as string);
  };
  const readBreakpoints = (value: unknown, ids: ReadonlyMap<string, string>) => {
    if (value === undefined) return;
    if (!Array.isArray(value)) throw malformed('"breakpoints" must be a list.');
    for (const entry of value as unknown[]) {
      if (!isRecord(entry) || typeof entry.id !== 'string' || !ids.has(entry.id) || !isRecord(entry.factors)) {
        throw malformed('a breakpoints entry has no known id or no factors.');
      }
      const factors: Record<string, readonly number[]> = {};
      for (const [factorId, list] of Object.entries(entry.factors)) {
        if (!numberFactors.includes(factorId)) continue;
        if (!Array.isArray(list) || !list.every((x) => typeof x === 'number' && Number.isFinite(x))) {
          throw malformed(`breakpoints of "${factorId}" must be a list of numbers.`);
        }
        factors[factorId] = list as number[];
      }
      keep(ids.get(entry.id) as string, factors);
    }
  };

  /** Sends one batch; resolves once every assessment in it is cached. */
  const send = (batch: readonly { key: string; situation: ResolvedSituation }[], withBreakpoints: boolean): Flight => {
    const controller = new AbortController();
    const entries: SituationEntry[] = batch.map((b) => ({ id: newId(), values: b.situation }));
    const ids = new Map(entries.map((e, i) => [e.id, (batch[i] as { key: string }).key]));
    const body: AssessRequest = { situations: entries, ...(withBreakpoints ? { breakpoints: entries.map((e) => e.id) } : {}) };
    stats.assessRequests += 1;
    stats.situations += entries.length;
    const flight: Flight = {
      controller,
      waiters: 0,
      settled: false,
      done: request('assess', body, controller.signal).then((answer) => {
        if (!isRecord(answer) || !Array.isArray(answer.assessments)) throw malformed('/assess did not send { assessments: [...] }.');
        const list = answer.assessments as unknown[];
        if (list.length !== entries.length)
          throw malformed(`/assess answered ${list.length} assessments for ${entries.length} situations.`);
        const checked = list.map((item, i) => {
          const id = (entries[i] as SituationEntry).id;
          if (!isRecord(item) || item.id !== id) {
            throw malformed(
              `assessment ${i} is for ${isRecord(item) ? JSON.stringify(item.id) : 'nothing'}, not for situation "${id}" (answers out of order?).`,
            );
          }
          return checkAssessments(model, item.options);
        });
        readBreakpoints(answer.breakpoints, ids);
        checked.forEach((a, i) => {
          cache.set((batch[i] as { key: string }).key, a);
        });
      }),
    };
    const cleanup = () => {
      flight.settled = true;
      for (const b of batch) if (inflight.get(b.key)?.flight === flight) inflight.delete(b.key);
    };
    flight.done.then(cleanup, cleanup);
    for (const b of batch) {
      const result = flight.done.then(() => {
        const a = cache.get(b.key);
        if (!a) throw malformed('an assessment went missing.'); // only with a cache smaller than a batch
        return a;
      });
      result.catch(() => {}); // callers see the error through their own await
      inflight.set(b.key, { flight, result });
    }
    return flight;
  };

  async function assessMany(situations: readonly ResolvedSituation[], context?: AssessContext): Promise<Assessments[]> {
    const signal = context?.signal;
    if (signal?.aborted) throw aborted();
    const keys = situations.map(keyOf);
    const answers = new Map<string, Assessments | Promise<Assessments>>();
    const flights = new Set<Flight>();
    const missing: { key: string; situation: ResolvedSituation }[] = [];
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key)) return;
      seen.add(key);
      const cached = cache.get(key);
      const pending = cached ? undefined : inflight.get(key);
      if (cached) answers.set(key, cached);
      else if (pending) {
        answers.set(key, pending.result);
        flights.add(pending.flight);
      } else {
        missing.push({ key, situation: situations[i] as ResolvedSituation });
        return;
      }
      stats.cacheHits += 1;
    });
    const withBreakpoints =
      prefetch && situations.length === 1 && missing.length === 1 && !breakpointCache.has((missing[0] as { key: string }).key);
    for (let start = 0; start < missing.length; start += batchSize) {
      flights.add(send(missing.slice(start, start + batchSize), withBreakpoints));
    }
    for (const m of missing) answers.set(m.key, (inflight.get(m.key) as { result: Promise<Assessments> }).result);

    for (const f of flights) f.waiters += 1;
    const release = () => {
      for (const f of flights) {
        f.waiters -= 1;
        if (f.waiters <= 0 && !f.settled) f.controller.abort(); // nobody waits for it any more
      }
    };
    const all = Promise.all(keys.map((key) => answers.get(key) as Assessments | Promise<Assessments>));
    if (!signal) {
      try {
        return await all;
      } finally {
        for (const f of flights) f.waiters -= 1;
      }
    }
    return new Promise<Assessments[]>((resolve, reject) => {
      let done = false;
      const onAbort = () => {
        if (done) return;
        done = true;
        release();
        reject(aborted());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      all.then(
        (value) => {
          if (done) return;
          done = true;
          signal.removeEventListener('abort', onAbort);
          for (const f of flights) f.waiters -= 1;
          resolve(value);
        },
        (error: unknown) => {
          if (done) return;
          done = true;
          signal.removeEventListener('abort', onAbort);
          for (const f of flights) f.waiters -= 1;
          reject(error);
        },
      );
    });
  }

  async function breakpoints(factorId: string, situation: ResolvedSituation): Promise<readonly number[]> {
    if (!numberFactors.includes(factorId))
      throw new AdviceError('unknown-factor', `"${factorId}" is not a number factor of the remote model.`);
    const key = keyOf(situation);
    let factors = breakpointCache.get(key);
    if (!factors) {
      let pending = breakpointsInflight.get(key);
      if (!pending) {
        const entry: SituationEntry = { id: newId(), values: situation };
        const body: BreakpointsRequest = { situations: [entry] };
        stats.breakpointRequests += 1;
        pending = request('breakpoints', body).then((answer) => {
          if (!isRecord(answer)) throw malformed('/breakpoints did not send { breakpoints: [...] }.');
          readBreakpoints(answer.breakpoints, new Map([[entry.id, key]]));
          const found = breakpointCache.get(key);
          if (!found) throw malformed(`/breakpoints sent nothing for situation "${entry.id}".`);
          return found;
        });
        breakpointsInflight.set(key, pending);
        const forget = () => breakpointsInflight.delete(key);
        pending.then(forget, forget);
      }
      factors = await pending;
    }
    const list = factors[factorId];
    // A factor the server left out has no known breakpoints: the engine samples it instead.
    if (!list) throw new AdviceError('model-failed', `The remote model gives no breakpoints for "${factorId}".`);
    return list;
  }

  const model: RemoteAdviceModel = {
    ...data,
    assess: (situation) => assessMany([situation]).then((list) => list[0] as Assessments),
    assessMany,
    ...(hasBreakpoints ? { breakpoints } : {}),
    remote: {
      url,
      stats,
      clearCache() {
        cache.clear();
        breakpointCache.clear();
      },
    },
  };
  return model;
}
