import type { AdviceError, AdviceState, RankResult } from '@advice-kit/core';
import type { AdviceAction } from './context.js';

/** Detail of `advice-change`: the person changed something and this is the new advice. */
export interface AdviceChangeDetail {
  readonly action: AdviceAction;
  readonly state: AdviceState;
  /** The ranking of the situation being looked at (the active scenario, if any). */
  readonly result: RankResult;
}

/** Which part of the advice a person opened or looked at. */
export type AdviceView =
  | 'ranking'
  | 'why'
  | 'tipping-point'
  | 'chart'
  | 'chart-table'
  | 'stability'
  | 'scenarios'
  | 'handoff'
  | 'references';

export interface AdviceViewDetail {
  readonly view: AdviceView;
  readonly factorId?: string;
  readonly criterionId?: string;
}

export interface AdviceHandoffDetail {
  readonly action: 'copy-link' | 'copy-summary' | 'print' | 'share';
  /** False when the browser refused (no clipboard permission, say). */
  readonly ok: boolean;
}

export interface AdviceErrorDetail {
  readonly error: AdviceError;
  /** The element that hit the error. */
  readonly source: string;
}

export interface AdviceStepDetail {
  /** 1-based. */
  readonly step: number;
  readonly total: number;
  readonly factorId: string;
}

export interface AdviceEventMap {
  'advice-change': CustomEvent<AdviceChangeDetail>;
  'advice-view': CustomEvent<AdviceViewDetail>;
  'advice-handoff': CustomEvent<AdviceHandoffDetail>;
  'advice-error': CustomEvent<AdviceErrorDetail>;
  'advice-step': CustomEvent<AdviceStepDetail>;
}

declare global {
  interface HTMLElementEventMap extends AdviceEventMap {}
}

/** Dispatches an `advice-*` event that bubbles and crosses shadow roots. */
export function emit<K extends keyof AdviceEventMap>(
  target: EventTarget,
  type: K,
  detail: AdviceEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
