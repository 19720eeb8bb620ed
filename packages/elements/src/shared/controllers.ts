import {
  type AdviceError,
  type AdviceModel,
  type AdviceState,
  activeSituation,
  activeWeights,
  type CompareScenariosResult,
  compareScenarios,
  type EngineOptions,
  type Situation,
  type Weights,
} from '@advice-kit/core';
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type AdviceContext, adviceContext, engineOptions } from './context.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Connects an element to the nearest `<advice-module>`: the context and the
 * current state, re-rendering the host when either changes.
 */
export class AdviceConsumer implements ReactiveController {
  context: AdviceContext | undefined;
  state: AdviceState | undefined;
  private readonly host: Host;
  private unsubscribe: (() => void) | undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: adviceContext,
      subscribe: true,
      callback: (value) => this.attach(value),
    });
  }

  /** The situation being looked at: the person's own, or the active scenario's. */
  get situation(): Situation | undefined {
    return this.context && this.state ? activeSituation(this.context.model, this.state) : undefined;
  }

  get weights(): Weights | undefined {
    return this.state ? activeWeights(this.state) : undefined;
  }

  hostConnected(): void {
    if (this.context && !this.unsubscribe) this.attach(this.context);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private attach(context: AdviceContext | undefined): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.context = context;
    this.state = context?.store.getState();
    if (context) {
      this.unsubscribe = context.store.subscribe((state) => {
        this.state = state;
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }
}

export type EvaluationStatus = 'idle' | 'loading' | 'ready' | 'error';

/** How long a computation may run before the element shows that it is busy. */
const SLOW_AFTER = 200;

/**
 * How long an update waits for its element's computations before it renders
 * without them (one frame). A model that answers at once (in microtasks) so
 * costs one render per change instead of two; a slow one is not held up.
 */
const RENDER_WAIT = 16;

// biome-ignore lint/suspicious/noExplicitAny: any evaluation of the host, whatever it computes
const evaluationsOf = new WeakMap<Host, Evaluation<any>[]>();

/**
 * Starts the host's computations whose inputs changed and resolves when they
 * have all settled, or after one frame; undefined when nothing is running.
 * `AdviceElement` awaits it before each update, so an element renders a change
 * together with its computed result instead of once before and once after.
 */
export function evaluationsSettled(host: Host): Promise<void> | undefined {
  const running = (evaluationsOf.get(host) ?? []).flatMap((e) => e.prepare() ?? []);
  if (running.length === 0) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, RENDER_WAIT);
  });
  return Promise.race([Promise.all(running), deadline]).then(() => clearTimeout(timer));
}

/**
 * Owns one asynchronous computation of an element (a ranking, tipping
 * points...): runs it when its inputs change, cancels the stale run, never
 * lets an older answer overwrite a newer one, and keeps the last good value
 * visible while a new one is on its way. Elements only render its fields.
 */
export class Evaluation<T extends { readonly error?: AdviceError }> implements ReactiveController {
  status: EvaluationStatus = 'idle';
  /** The last good value; stays while a newer one is computed or when it fails. */
  value: T | undefined;
  error: AdviceError | undefined;
  /** True once a run has taken longer than a moment: time to show a loading state. */
  slow = false;

  private readonly host: Host;
  private readonly compute: (signal: AbortSignal) => Promise<T> | null;
  private readonly inputs: () => readonly unknown[];
  private readonly onSettled: ((value: T | undefined, error: AdviceError | undefined) => void) | undefined;
  private lastInputs: readonly unknown[] | undefined;
  private run = 0;
  private abort: AbortController | undefined;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  /** The run in progress; settles when its result is stored (it never rejects). */
  private running: Promise<void> | undefined;

  /**
   * @param compute returns the work for the current inputs, or null when there is nothing to compute.
   * @param inputs what the work depends on; compared by identity before every render.
   */
  constructor(
    host: Host,
    compute: (signal: AbortSignal) => Promise<T> | null,
    inputs: () => readonly unknown[],
    onSettled?: (value: T | undefined, error: AdviceError | undefined) => void,
  ) {
    this.host = host;
    this.compute = compute;
    this.inputs = inputs;
    this.onSettled = onSettled;
    host.addController(this);
    evaluationsOf.set(host, [...(evaluationsOf.get(host) ?? []), this]);
  }

  hostUpdate(): void {
    this.prepare();
  }

  /** Starts a run when the inputs changed; returns the run in progress, if any. */
  prepare(): Promise<void> | undefined {
    if (!this.host.isConnected) return undefined; // removed: no model call; a reconnection updates and starts again
    const inputs = this.inputs();
    const previous = this.lastInputs;
    if (!previous || previous.length !== inputs.length || !previous.every((v, i) => Object.is(v, inputs[i]))) {
      this.lastInputs = inputs;
      this.running = this.start();
    }
    return this.status === 'loading' ? this.running : undefined;
  }

  hostDisconnected(): void {
    this.abort?.abort();
    clearTimeout(this.slowTimer);
    this.lastInputs = undefined;
  }

  private async start(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const run = ++this.run;
    const work = this.compute(abort.signal);
    clearTimeout(this.slowTimer);
    if (!work) {
      this.status = 'idle';
      this.slow = false;
      return;
    }
    this.status = 'loading';
    this.slowTimer = setTimeout(() => {
      if (run === this.run && this.status === 'loading') {
        this.slow = true;
        this.host.requestUpdate();
      }
    }, SLOW_AFTER);
    const result = await work;
    if (run !== this.run) return; // a newer run owns the element now
    clearTimeout(this.slowTimer);
    this.slow = false;
    if (result.error?.code === 'aborted') return;
    if (result.error) {
      this.status = 'error';
      this.error = result.error;
    } else {
      this.status = 'ready';
      this.error = undefined;
      this.value = result;
    }
    this.onSettled?.(this.value, this.error);
    this.host.requestUpdate();
  }
}

/**
 * An evaluation of what the person is looking at (their own situation, or the
 * active scenario's, with its weights), run again when the module's context or
 * state changes, or one of `moreInputs`. `compute` may return null when there
 * is nothing to compute (an unknown factor, say).
 */
export function situationEvaluation<T extends { readonly error?: AdviceError }>(
  host: Host,
  advice: AdviceConsumer,
  compute: (model: AdviceModel, situation: Situation, weights: Weights | undefined, options: EngineOptions) => Promise<T> | null,
  options: { onSettled?: (value: T | undefined, error: AdviceError | undefined) => void; moreInputs?: () => readonly unknown[] } = {},
): Evaluation<T> {
  return new Evaluation<T>(
    host,
    (signal) => {
      const ctx = advice.context;
      const situation = advice.situation;
      if (!ctx || !situation) return null;
      return compute(ctx.model, situation, advice.weights, engineOptions(ctx, signal));
    },
    () => [advice.context, advice.state, ...(options.moreInputs?.() ?? [])],
    options.onSettled,
  );
}

/** The person's own situation compared with each of their scenarios, run again when any of them changes. */
export function scenarioComparison(host: Host, advice: AdviceConsumer): Evaluation<CompareScenariosResult> {
  return new Evaluation<CompareScenariosResult>(
    host,
    (signal) => {
      const ctx = advice.context;
      const s = advice.state;
      if (!ctx || !s) return null;
      return compareScenarios(ctx.model, s.situation, s.scenarios, s.weights, engineOptions(ctx, signal));
    },
    () => {
      const s = advice.state;
      return [advice.context, s?.situation, s?.scenarios, s?.weights];
    },
  );
}
