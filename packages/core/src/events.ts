/**
 * The event contract of an advice module: the names of the `advice-*` events
 * and the types of their details. The elements dispatch them (as DOM
 * `CustomEvent`s that bubble and cross shadow roots); a study, an analytics-free
 * host page or a framework wrapper listens to them. Defined here, below both,
 * so that every listener reads the same types without depending on the
 * elements. Data only: no DOM.
 */
import type { AdviceError } from './errors.js';
import type { RankResult } from './rank.js';
import type { AdviceState } from './state.js';

/** What a person did, for the events the module dispatches. */
export type AdviceAction =
  | 'answer'
  | 'weight'
  | 'preset'
  | 'scenario-add'
  | 'scenario-duplicate'
  | 'scenario-edit'
  | 'scenario-remove'
  | 'scenario-restore'
  | 'scenario-activate'
  | 'reset';

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

/** Detail of `advice-view`: a part of the advice was opened or came into view. */
export interface AdviceViewDetail {
  readonly view: AdviceView;
  readonly factorId?: string;
  readonly criterionId?: string;
}

/** Detail of `advice-handoff`: the person acted on the hand-off to an employee. */
export interface AdviceHandoffDetail {
  /** `contact`: the person followed a link in the organisation's contact options. */
  readonly action: 'copy-link' | 'copy-summary' | 'print' | 'share' | 'contact';
  /** False when the browser refused (no clipboard permission, say). */
  readonly ok: boolean;
}

/** Detail of `advice-error`: an element could not show the advice. */
export interface AdviceErrorDetail {
  readonly error: AdviceError;
  /** The element that hit the error. */
  readonly source: string;
}

/** Detail of `advice-step`: the questions moved to another step. */
export interface AdviceStepDetail {
  /** 1-based. */
  readonly step: number;
  readonly total: number;
  readonly factorId: string;
}

/** Every `advice-*` event by name, with the type of its detail. */
export interface AdviceEventDetails {
  'advice-change': AdviceChangeDetail;
  'advice-view': AdviceViewDetail;
  'advice-handoff': AdviceHandoffDetail;
  'advice-error': AdviceErrorDetail;
  'advice-step': AdviceStepDetail;
}

export type AdviceEventName = keyof AdviceEventDetails;

/** The names of every `advice-*` event, in a fixed order (a listener attaches to each). */
export const ADVICE_EVENTS = [
  'advice-change',
  'advice-view',
  'advice-handoff',
  'advice-error',
  'advice-step',
] as const satisfies readonly AdviceEventName[];

/** The compiler keeps `ADVICE_EVENTS` complete: an event added to the details but not to the list fails here. */
type Missing = Exclude<AdviceEventName, (typeof ADVICE_EVENTS)[number]>;
const complete: Missing extends never ? true : Missing = true;
void complete;
