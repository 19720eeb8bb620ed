import type { AdviceAction, AdviceModel, AdviceState, AdviceStore, AssessmentCache, EngineOptions, Locale } from '@advice-kit/core';
import { createContext } from '@lit/context';

export type { AdviceAction };

/**
 * What `<advice-module>` provides to the pattern elements inside it. A new
 * object whenever the model, the locale or the evaluation settings change;
 * state changes travel through the store.
 */
export interface AdviceContext {
  readonly model: AdviceModel;
  readonly store: AdviceStore;
  readonly locale: Locale;
  /** Assessments shared by every element, so no situation is assessed twice. */
  readonly cache: AssessmentCache;
  /** Longest wait for an asynchronous model, in ms. */
  readonly timeout: number;
  /** Bumped by a retry, so that every element asks the model again. */
  readonly attempt: number;
  /** Changes the state on behalf of the person; the module then reports the change with an `advice-change` event. */
  act(action: AdviceAction, change: (store: AdviceStore) => void): void;
  /** Asks the model again after an error. */
  retry(): void;
}

/** Options for an engine call from an element: the module's shared cache, timeout and language, and the run's signal. */
export function engineOptions(ctx: AdviceContext, signal: AbortSignal): EngineOptions {
  return { signal, cache: ctx.cache, timeout: ctx.timeout, locale: ctx.locale };
}

export const adviceContext = createContext<AdviceContext | undefined>(Symbol.for('advice-kit/context'));

export type { AdviceState };
