import type {
  PlannedTask,
  Questionnaire,
  StudyDesign,
  StudyEvent,
  StudyLocale,
  StudyScreens,
  StudySession,
  StudyTask,
  Variant,
} from './types.js';

/**
 * Row `index` of a balanced Latin square (Williams design) over `conditions`:
 * the order in which participant number `index` (0-based) meets them. Over
 * every full round of rows each condition comes at each position equally
 * often, and (for an even number of conditions) follows every other condition
 * equally often. For two conditions: A B, B A, A B, …
 */
export function counterbalance<T>(conditions: readonly T[], index: number): T[] {
  const n = conditions.length;
  if (n === 0) return [];
  // First row of a Williams square: 0, 1, n−1, 2, n−2, …
  const first: number[] = [0];
  for (let k = 1, lo = 1, hi = n - 1; k < n; k++) first.push(k % 2 === 1 ? lo++ : hi--);
  const rows = n % 2 === 0 ? n : 2 * n;
  const r = ((Math.floor(index) % rows) + rows) % rows;
  const shift = r % n;
  const row = first.map((c) => conditions[(c + shift) % n] as T);
  // Odd n needs the mirrored rows too for carry-over balance.
  return r >= n ? row.reverse() : row;
}

/** How many rows the counterbalancing square of `n` conditions has before it repeats. */
export const squareSize = (n: number): number => (n % 2 === 0 ? n : 2 * n);

/**
 * The next order index for a `within` session: the number of `within` sessions
 * given, so orders A and B alternate as participants come in. Pass the
 * completed sessions only (see `nextAssignment`): an abandoned session must not
 * shift the alternation.
 */
export function nextOrderIndex(sessions: readonly Pick<StudySession, 'design'>[]): number {
  return sessions.filter((s) => s.design === 'within').length;
}

/** What the next participant of a design gets: the variant order (or variant) and the task order. */
export interface Assignment {
  /** `within`: row of the square over the variants (0 = order A, classic first). */
  readonly orderIndex: number | null;
  /** `single`: the variant, alternating classic, interactive, classic… */
  readonly variant: Variant | null;
  /** Row of the Latin square over the tasks. */
  readonly taskOrderIndex: number;
  /** How many completed sessions of this design there are (the next participant's 0-based number). */
  readonly completed: number;
}

/**
 * The counterbalanced assignment for the next participant of `design`, from
 * the **completed** sessions of that design only (a session that was
 * abandoned does not count, so it cannot unbalance the design). Within: the
 * variant order alternates A, B, A, B… and the task order moves one row of the
 * tasks' Latin square after every full round of variant orders, so that each
 * task meets each variant at each position equally often. Between: the
 * variant alternates classic, interactive…, and the task order likewise.
 */
export function nextAssignment(completed: readonly Pick<StudySession, 'design'>[], design: StudyDesign, taskCount: number): Assignment {
  const k = completed.filter((s) => s.design === design).length;
  const taskOrderIndex = Math.floor(k / 2) % squareSize(Math.max(1, taskCount));
  return design === 'within'
    ? { orderIndex: k % 2, variant: null, taskOrderIndex, completed: k }
    : { orderIndex: null, variant: k % 2 === 0 ? 'classic' : 'interactive', taskOrderIndex, completed: k };
}

/** The plan: task i uses variant order[i mod order.length]. */
export function planTasks(tasks: readonly StudyTask[], order: readonly Variant[]): PlannedTask[] {
  if (order.length === 0) throw new Error('planTasks: no variant');
  return tasks.map((task, i) => ({ task, variant: order[i % order.length] as Variant }));
}

export interface SessionSetup {
  readonly participant: string;
  readonly tasks: readonly StudyTask[];
  readonly questionnaire: Questionnaire;
  readonly locale: StudyLocale;
  /** A single variant for every task… */
  readonly variant?: Variant;
  /** …or the row of the counterbalancing square over both variants (0 = classic first). */
  readonly orderIndex?: number;
  /** The row of the Latin square over the tasks (default 0: the tasks as given). */
  readonly taskOrderIndex?: number;
  /** The optional screens to show (consent, background, preference). */
  readonly screens?: StudyScreens;
  readonly id?: string;
  readonly now?: number;
}

/** A random id; crypto.randomUUID where there is one. */
export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Trims a participant code; codes are short identifiers, never names. */
export function normaliseParticipant(code: string): string {
  return code.trim().replace(/\s+/g, ' ').slice(0, 40);
}

/** A new session from the facilitator's setup. */
export function createSession(setup: SessionSetup): StudySession {
  const participant = normaliseParticipant(setup.participant);
  if (participant === '') throw new Error('createSession: a participant code is needed');
  if (setup.tasks.length === 0) throw new Error('createSession: no tasks');
  const design: StudyDesign = setup.variant ? 'single' : 'within';
  const orderIndex = design === 'within' ? (setup.orderIndex ?? 0) : null;
  const order: Variant[] = setup.variant ? [setup.variant] : counterbalance<Variant>(['classic', 'interactive'], orderIndex ?? 0);
  const taskOrderIndex = Math.max(0, Math.floor(setup.taskOrderIndex ?? 0));
  const screens: StudyScreens = {
    ...(setup.screens?.consent ? { consent: setup.screens.consent } : {}),
    ...(setup.screens?.background ? { background: setup.screens.background } : {}),
    // Which version someone preferred only means something after using both.
    ...(setup.screens?.preference && design === 'within' ? { preference: setup.screens.preference } : {}),
  };
  return {
    id: setup.id ?? newId(),
    participant,
    design,
    order,
    orderIndex,
    taskOrderIndex,
    screens,
    plan: planTasks(counterbalance(setup.tasks, taskOrderIndex), order),
    questionnaire: setup.questionnaire,
    createdAt: setup.now ?? Date.now(),
    locale: setup.locale,
  };
}

/** Where a session is, derived from its event log alone (so a reload resumes it). */
export type SessionPhase =
  | { readonly kind: 'consent' }
  | { readonly kind: 'background' }
  | { readonly kind: 'instructions'; readonly taskIndex: number }
  | { readonly kind: 'task'; readonly taskIndex: number }
  | { readonly kind: 'questionnaire'; readonly taskIndex: number }
  | { readonly kind: 'preference' }
  | { readonly kind: 'done' };

/**
 * The phase of a session: consent (when configured) until `consent`, done at
 * once when it was declined; background questions (when configured) until
 * `background`; then for each task in the plan, in order: instructions until
 * `task-start`, the task until `choice`, the questionnaire until
 * `questionnaire`; after the last task the preference question (when
 * configured) until `preference`; then done.
 */
export function sessionPhase(session: Pick<StudySession, 'plan' | 'screens'>, events: readonly StudyEvent[]): SessionPhase {
  const screens = session.screens ?? {};
  if (screens.consent) {
    const consent = events.find((e) => e.type === 'consent');
    if (!consent) return { kind: 'consent' };
    if (consent.data.agreed !== true) return { kind: 'done' };
  }
  if (screens.background && !events.some((e) => e.type === 'background')) return { kind: 'background' };
  for (let taskIndex = 0; taskIndex < session.plan.length; taskIndex++) {
    const has = (type: StudyEvent['type']) => events.some((e) => e.type === type && e.taskIndex === taskIndex);
    if (!has('task-start')) return { kind: 'instructions', taskIndex };
    if (!has('choice')) return { kind: 'task', taskIndex };
    if (!has('questionnaire')) return { kind: 'questionnaire', taskIndex };
  }
  if (screens.preference && !events.some((e) => e.type === 'preference')) return { kind: 'preference' };
  return { kind: 'done' };
}

/** True once the session has a `session-end` event. */
export const isEnded = (events: readonly StudyEvent[]): boolean => events.some((e) => e.type === 'session-end');

/**
 * True when the session was carried out to the end: every task chosen and
 * answered (and consent given where it was asked). Only such sessions count
 * for the counterbalancing.
 */
export function isCompleted(session: Pick<StudySession, 'plan' | 'screens'>, events: readonly StudyEvent[]): boolean {
  if (session.screens?.consent && events.find((e) => e.type === 'consent')?.data.agreed !== true) return false;
  return session.plan.every((_, i) => events.some((e) => e.type === 'questionnaire' && e.taskIndex === i));
}

/** Sessions of another participant with the same code (compared without case and spaces). */
export function sameParticipant<S extends Pick<StudySession, 'participant'>>(sessions: readonly S[], code: string): S[] {
  const key = (c: string) => normaliseParticipant(c).replace(/\s+/g, '').toLowerCase();
  const wanted = key(code);
  return wanted === '' ? [] : sessions.filter((s) => key(s.participant) === wanted);
}
