import type { PlannedTask, Questionnaire, StudyDesign, StudyEvent, StudyLocale, StudySession, StudyTask, Variant } from './types.js';

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
 * already kept, so orders A and B alternate as participants come in.
 */
export function nextOrderIndex(sessions: readonly Pick<StudySession, 'design'>[]): number {
  return sessions.filter((s) => s.design === 'within').length;
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
  return {
    id: setup.id ?? newId(),
    participant,
    design,
    order,
    orderIndex,
    plan: planTasks(setup.tasks, order),
    questionnaire: setup.questionnaire,
    createdAt: setup.now ?? Date.now(),
    locale: setup.locale,
  };
}

/** Where a session is, derived from its event log alone (so a reload resumes it). */
export type SessionPhase =
  | { readonly kind: 'instructions'; readonly taskIndex: number }
  | { readonly kind: 'task'; readonly taskIndex: number }
  | { readonly kind: 'questionnaire'; readonly taskIndex: number }
  | { readonly kind: 'done' };

/**
 * The phase of a session: for each task in the plan, in order: instructions
 * until `task-start`, the task until `choice`, the questionnaire until
 * `questionnaire`; after the last task, done.
 */
export function sessionPhase(session: Pick<StudySession, 'plan'>, events: readonly StudyEvent[]): SessionPhase {
  for (let taskIndex = 0; taskIndex < session.plan.length; taskIndex++) {
    const has = (type: StudyEvent['type']) => events.some((e) => e.type === type && e.taskIndex === taskIndex);
    if (!has('task-start')) return { kind: 'instructions', taskIndex };
    if (!has('choice')) return { kind: 'task', taskIndex };
    if (!has('questionnaire')) return { kind: 'questionnaire', taskIndex };
  }
  return { kind: 'done' };
}

/** True once the session has a `session-end` event. */
export const isEnded = (events: readonly StudyEvent[]): boolean => events.some((e) => e.type === 'session-end');
