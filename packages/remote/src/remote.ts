/**
 * Remote advice models: the model lives behind an HTTP API (a rules engine,
 * a decision service); `remoteModel` turns it into an {@link AdviceModel}.
 *
 * `@advice-kit/remote`. The contract is in `contract.ts` and the
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
import { situationKey } from '@advice-kit/core';
import { AssessmentBatches } from './batches.js';
import { RemoteBreakpoints } from './breakpoints.js';
import { checkRemoteOptions, type RemoteModelOptions } from './options.js';
import { checkDocument } from './responses.js';
import { createTransport } from './transport.js';

export { checkRemoteOptions, MAX_RETRIES, type RemoteModelOptions } from './options.js';

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

/**
 * An {@link AdviceModel} whose facts come from a server speaking the
 * remote-model contract. Fetches the definition once; rejects with an
 * `AdviceError` when it cannot (`model-failed` when unreachable, `timeout`,
 * `invalid-model` when the definition is not usable).
 *
 * The phases, each in a file of its own: check the options (`options.ts`),
 * fetch and check the definition over the transport (`transport.ts`,
 * `responses.ts`), then assemble the model from its assessment batches and
 * cache (`batches.ts`) and its breakpoints (`breakpoints.ts`).
 */
export async function remoteModel(url: string, options: RemoteModelOptions = {}): Promise<RemoteAdviceModel> {
  const { timeout, retries, batchSize: asked, cacheSize } = checkRemoteOptions(options);
  const stats: RemoteStats = { requests: 0, assessRequests: 0, breakpointRequests: 0, retries: 0, situations: 0, cacheHits: 0 };
  const request = createTransport(url, options, { timeout, retries }, stats);
  const { model: data, breakpoints: hasBreakpoints, maxBatch } = checkDocument(await request('model', undefined, options.signal));

  let nextId = 0;
  const newId = () => `s${(nextId++).toString(36)}`;
  // `situationKey` reads only `factors`; the model object is built below.
  const keyOf = (s: ResolvedSituation) => situationKey(data as AdviceModel, s);
  const numberFactors = data.factors.filter((f) => f.kind === 'number').map((f) => f.id);
  const breakpoints = new RemoteBreakpoints({ request, stats, numberFactors, cacheSize, keyOf, newId });
  const batches = new AssessmentBatches({
    request,
    stats,
    // `checkAssessments` reads only `options` and `criteria`, which the model shares with its definition.
    model: data as AdviceModel,
    breakpoints,
    batchSize: Math.max(1, Math.min(asked, maxBatch)),
    cacheSize,
    prefetch: hasBreakpoints && options.prefetchBreakpoints !== false,
    keyOf,
    newId,
  });

  const assessMany = (situations: readonly ResolvedSituation[], context?: AssessContext) => batches.assessMany(situations, context);
  return {
    ...data,
    assess: (situation) => assessMany([situation]).then((list) => list[0] as Assessments),
    assessMany,
    ...(hasBreakpoints ? { breakpoints: (factorId: string, situation: ResolvedSituation) => breakpoints.of(factorId, situation) } : {}),
    remote: {
      url,
      stats,
      clearCache() {
        batches.clear();
        breakpoints.clear();
      },
    },
  };
}
