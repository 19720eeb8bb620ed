/** A remote model's breakpoints: kept per situation up to the cache size, asked once per situation, read leniently. */
import { AdviceError, type ResolvedSituation } from '@advice-kit/core';
import type { BreakpointsRequest, SituationEntry } from './contract.js';
import { isRecord } from './json.js';
import { type FactorBreakpoints, malformed, readBreakpoints } from './responses.js';
import type { Request } from './transport.js';

/** What the breakpoints share with the rest of the remote model. */
export interface BreakpointsContext {
  readonly request: Request;
  readonly stats: { breakpointRequests: number };
  readonly numberFactors: readonly string[];
  readonly cacheSize: number;
  readonly keyOf: (situation: ResolvedSituation) => string;
  readonly newId: () => string;
}

export class RemoteBreakpoints {
  private readonly kept = new Map<string, FactorBreakpoints>();
  private readonly inflight = new Map<string, Promise<FactorBreakpoints>>();

  constructor(private readonly context: BreakpointsContext) {}

  /** Whether the breakpoints of a situation (by key) are known. */
  has(key: string): boolean {
    return this.kept.has(key);
  }

  clear(): void {
    this.kept.clear();
  }

  /** Reads the breakpoints of an answer (`ids`: request id → situation key) and keeps them. */
  keepFrom(value: unknown, ids: ReadonlyMap<string, string>): Map<string, FactorBreakpoints> {
    const read = readBreakpoints(value, ids, this.context.numberFactors);
    for (const [key, factors] of read) {
      this.kept.set(key, factors);
      if (this.kept.size > this.context.cacheSize) this.kept.delete(this.kept.keys().next().value as string);
    }
    return read;
  }

  /** The model's `breakpoints`: known ones, or one `/breakpoints` request per situation, shared by every caller. */
  async of(factorId: string, situation: ResolvedSituation): Promise<readonly number[]> {
    const { numberFactors, keyOf } = this.context;
    if (!numberFactors.includes(factorId))
      throw new AdviceError('unknown-factor', `"${factorId}" is not a number factor of the remote model.`);
    const key = keyOf(situation);
    const factors = this.kept.get(key) ?? (await this.fetch(key, situation));
    const list = factors[factorId];
    // A factor the server left out has no known breakpoints: the engine samples it instead.
    if (!list) throw new AdviceError('model-failed', `The remote model gives no breakpoints for "${factorId}".`);
    return list;
  }

  private fetch(key: string, situation: ResolvedSituation): Promise<FactorBreakpoints> {
    let pending = this.inflight.get(key);
    if (pending) return pending;
    const entry: SituationEntry = { id: this.context.newId(), values: situation };
    const body: BreakpointsRequest = { situations: [entry] };
    this.context.stats.breakpointRequests += 1;
    pending = this.context.request('breakpoints', body).then((answer) => {
      if (!isRecord(answer)) throw malformed('/breakpoints did not send { breakpoints: [...] }.');
      // Read from the answer itself: a cache of size 0 keeps nothing.
      const found = this.keepFrom(answer.breakpoints, new Map([[entry.id, key]])).get(key);
      if (!found) throw malformed(`/breakpoints sent nothing for situation "${entry.id}".`);
      return found;
    });
    this.inflight.set(key, pending);
    const forget = () => this.inflight.delete(key);
    pending.then(forget, forget);
    return pending;
  }
}
