/**
 * A remote model's assessments: one request per batch (split at the batch
 * size), answers cached by situation, duplicates asked once (also across
 * concurrent calls), and a request nobody waits for any more cancelled.
 */
import { type AdviceModel, type AssessContext, type Assessments, createAssessmentCache, type ResolvedSituation } from '@advice-kit/core';
import type { RemoteBreakpoints } from './breakpoints.js';
import type { AssessRequest, SituationEntry } from './contract.js';
import { isRecord } from './json.js';
import type { RemoteStats } from './remote.js';
import { malformed, readAssessments } from './responses.js';
import { aborted, type Request } from './transport.js';

/** A request under way, shared by every caller that waits for one of its situations. */
interface Flight {
  readonly done: Promise<void>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
}

/** What the batches share with the rest of the remote model. */
export interface BatchesContext {
  readonly request: Request;
  readonly stats: RemoteStats;
  /** The model's definition: its options and criteria check every assessment. */
  readonly model: AdviceModel;
  readonly breakpoints: RemoteBreakpoints;
  readonly batchSize: number;
  readonly cacheSize: number;
  /** Ask the breakpoints along when the engine asks about one situation alone. */
  readonly prefetch: boolean;
  readonly keyOf: (situation: ResolvedSituation) => string;
  readonly newId: () => string;
}

export class AssessmentBatches {
  private readonly cache: ReturnType<typeof createAssessmentCache>;
  private readonly inflight = new Map<string, { flight: Flight; result: Promise<Assessments> }>();

  constructor(private readonly context: BatchesContext) {
    this.cache = createAssessmentCache(context.cacheSize);
  }

  clear(): void {
    this.cache.clear();
  }

  /** The model's `assessMany`: cached answers, answers under way, and one request per batch for the rest. */
  async assessMany(situations: readonly ResolvedSituation[], context?: AssessContext): Promise<Assessments[]> {
    const signal = context?.signal;
    if (signal?.aborted) throw aborted();
    const { keys, answers, flights, missing } = this.lookUp(situations);
    const { batchSize, prefetch, breakpoints } = this.context;
    const withBreakpoints =
      prefetch && situations.length === 1 && missing.length === 1 && !breakpoints.has((missing[0] as { key: string }).key);
    for (let start = 0; start < missing.length; start += batchSize) {
      flights.add(this.send(missing.slice(start, start + batchSize), withBreakpoints));
    }
    for (const m of missing) answers.set(m.key, (this.inflight.get(m.key) as { result: Promise<Assessments> }).result);
    return waitFor(flights, Promise.all(keys.map((key) => answers.get(key) as Assessments | Promise<Assessments>)), signal);
  }

  /** Each distinct situation's answer from the cache or from a request under way, and the situations still to ask. */
  private lookUp(situations: readonly ResolvedSituation[]) {
    const { stats, keyOf } = this.context;
    const keys = situations.map(keyOf);
    const answers = new Map<string, Assessments | Promise<Assessments>>();
    const flights = new Set<Flight>();
    const missing: { key: string; situation: ResolvedSituation }[] = [];
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key)) return;
      seen.add(key);
      const cached = this.cache.get(key);
      const pending = cached ? undefined : this.inflight.get(key);
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
    return { keys, answers, flights, missing };
  }

  /** Sends one batch; resolves once every assessment in it is cached. */
  private send(batch: readonly { key: string; situation: ResolvedSituation }[], withBreakpoints: boolean): Flight {
    const { request, stats, model, breakpoints, newId } = this.context;
    const { cache, inflight } = this;
    const controller = new AbortController();
    const entries: SituationEntry[] = batch.map((b) => ({ id: newId(), values: b.situation }));
    const ids = new Map(entries.map((e, i) => [e.id, (batch[i] as { key: string }).key]));
    const body: AssessRequest = { situations: entries, ...(withBreakpoints ? { breakpoints: entries.map((e) => e.id) } : {}) };
    stats.assessRequests += 1;
    stats.situations += entries.length;
    // The answers of this batch, for its own callers: a small cache may already have evicted some.
    const results = new Map<string, Assessments>();
    const flight: Flight = {
      controller,
      waiters: 0,
      settled: false,
      done: request('assess', body, controller.signal).then((answer) => {
        const checked = readAssessments(answer, entries, model);
        breakpoints.keepFrom(isRecord(answer) ? answer.breakpoints : undefined, ids);
        checked.forEach((a, i) => {
          results.set((batch[i] as { key: string }).key, a);
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
        const a = results.get(b.key);
        if (!a) throw malformed('an assessment went missing.'); // cannot happen: every entry was checked above
        return a;
      });
      result.catch(() => {}); // callers see the error through their own await
      inflight.set(b.key, { flight, result });
    }
    return flight;
  }
}

/**
 * Waits for the answers as one caller of the flights it needs. When the
 * caller's signal aborts, it stops waiting, and a flight nobody waits for
 * any more is cancelled.
 */
function waitFor(flights: ReadonlySet<Flight>, all: Promise<Assessments[]>, signal: AbortSignal | undefined): Promise<Assessments[]> {
  for (const f of flights) f.waiters += 1;
  const leave = () => {
    for (const f of flights) f.waiters -= 1;
  };
  if (!signal) return all.finally(leave);
  return new Promise<Assessments[]>((resolve, reject) => {
    let done = false;
    const onAbort = () => {
      if (done) return;
      done = true;
      leave();
      for (const f of flights) if (f.waiters <= 0 && !f.settled) f.controller.abort(); // nobody waits for it any more
      reject(aborted());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = (finish: () => void) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      leave();
      finish();
    };
    all.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}
