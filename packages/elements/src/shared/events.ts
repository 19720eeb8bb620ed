import type { AdviceEventDetails } from '@advice-kit/core';

export type {
  AdviceAction,
  AdviceChangeDetail,
  AdviceErrorDetail,
  AdviceHandoffDetail,
  AdviceStepDetail,
  AdviceView,
  AdviceViewDetail,
} from '@advice-kit/core';

/** The `advice-*` events as the DOM carries them: a `CustomEvent` per name, with the core's detail type. */
export type AdviceEventMap = { [K in keyof AdviceEventDetails]: CustomEvent<AdviceEventDetails[K]> };

declare global {
  interface HTMLElementEventMap extends AdviceEventMap {}
}

/** Dispatches an `advice-*` event that bubbles and crosses shadow roots. */
export function emit<K extends keyof AdviceEventDetails>(target: EventTarget, type: K, detail: AdviceEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
