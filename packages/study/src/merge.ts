/**
 * Merging the JSON exports of several laptops into one set of sessions:
 * every file is checked (format, every session's log intact), sessions are
 * deduplicated by their id, and anything that does not fit is reported, never
 * silently dropped or overwritten.
 */
import type { SessionLog } from './export.js';
import type { StudyEvent, StudySession } from './types.js';

/** A file the researcher chose, as text. */
export interface ImportFile {
  readonly name: string;
  readonly text: string;
}

export type MergeProblemCode =
  /** Not JSON, or not an advice-kit study export (or a version this code does not read). */
  | 'not-an-export'
  /** A session whose log is broken: missing or doubled numbers, events of another session, an id that does not match. */
  | 'damaged'
  /** The same session id with a different participant, plan or events that are not a continuation of each other. */
  | 'conflict';

export interface MergeProblem {
  readonly file: string;
  readonly code: MergeProblemCode;
  readonly sessionId?: string;
  readonly participant?: string;
  /** What exactly is wrong, in English, for the researcher's notes (the screen says it in its own words by `code`). */
  readonly detail: string;
}

export interface MergeResult {
  /** Every session after the merge, the ones already there first. */
  readonly logs: readonly SessionLog[];
  /** Sessions that were not there before. */
  readonly added: readonly string[];
  /** Sessions met again with more events that carry on from the ones kept (a later export of the same session): the longer log is kept. */
  readonly extended: readonly string[];
  /** Sessions met again with the same events, or with fewer that the kept log carries on from (the same export twice, or an earlier one). */
  readonly duplicates: readonly string[];
  readonly problems: readonly MergeProblem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Why a session's log cannot be trusted, or null when it is intact. */
export function checkLog(session: unknown, events: unknown): string | null {
  if (!isObject(session) || typeof session.id !== 'string' || session.id === '') return 'the session has no id';
  if (typeof session.participant !== 'string' || !Array.isArray(session.plan)) return 'the session has no participant or plan';
  if (!Array.isArray(events)) return 'the session has no event list';
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Partial<StudyEvent> | undefined;
    if (!isObject(e)) return `event ${i + 1} is not an event`;
    if (e.sessionId !== session.id) return `event ${i + 1} belongs to another session (${String(e.sessionId)})`;
    if (e.seq !== i + 1) return `event ${i + 1} is numbered ${String(e.seq)}: events are missing, doubled or out of order`;
    if (e.id !== `${session.id}/${e.seq}`) return `event ${i + 1} has the id ${String(e.id)}`;
    if (typeof e.type !== 'string' || typeof e.at !== 'number' || !Number.isFinite(e.at)) return `event ${i + 1} has no type or time`;
    if (!(e.taskIndex === null || (Number.isInteger(e.taskIndex) && (e.taskIndex as number) >= 0)))
      return `event ${i + 1} has a bad task number`;
    if (!isObject(e.data)) return `event ${i + 1} has no data`;
  }
  return null;
}

/** The sessions in one export file, or the reason it is not one. */
function readFile(file: ImportFile): { logs: SessionLog[]; problems: MergeProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text);
  } catch {
    return { logs: [], problems: [{ file: file.name, code: 'not-an-export', detail: 'not JSON' }] };
  }
  if (!isObject(parsed) || parsed.format !== 'advice-kit-study' || parsed.version !== 1 || !Array.isArray(parsed.sessions)) {
    return { logs: [], problems: [{ file: file.name, code: 'not-an-export', detail: 'not an advice-kit study export, version 1' }] };
  }
  const logs: SessionLog[] = [];
  const problems: MergeProblem[] = [];
  for (const entry of parsed.sessions as unknown[]) {
    const session = isObject(entry) ? entry.session : undefined;
    const events = isObject(entry) ? entry.events : undefined;
    const damage = checkLog(session, events);
    if (damage) {
      const s = isObject(session) ? session : {};
      problems.push({
        file: file.name,
        code: 'damaged',
        detail: damage,
        ...(typeof s.id === 'string' ? { sessionId: s.id } : {}),
        ...(typeof s.participant === 'string' ? { participant: s.participant } : {}),
      });
    } else logs.push({ session: session as StudySession, events: events as StudyEvent[] });
  }
  return { logs, problems };
}

/**
 * Merges export files into the sessions already kept (`existing`), by
 * session id: a new id is added; the same session with the same events is a
 * duplicate; the same session with more events that continue the ones kept
 * extends it; anything else with the same id is a conflict, reported and not
 * applied (the kept version stays). Damaged sessions and files that are not
 * exports are reported and skipped.
 */
export function mergeExports(existing: readonly SessionLog[], files: readonly ImportFile[]): MergeResult {
  const byId = new Map<string, SessionLog>(existing.map((l) => [l.session.id, l]));
  const order = existing.map((l) => l.session.id);
  const added: string[] = [];
  const extended: string[] = [];
  const duplicates: string[] = [];
  const problems: MergeProblem[] = [];
  for (const file of files) {
    const read = readFile(file);
    problems.push(...read.problems);
    for (const log of read.logs) {
      const id = log.session.id;
      const kept = byId.get(id);
      const conflict = (detail: string) =>
        problems.push({ file: file.name, code: 'conflict', sessionId: id, participant: log.session.participant, detail });
      if (!kept) {
        byId.set(id, log);
        order.push(id);
        added.push(id);
        continue;
      }
      if (!same(kept.session, log.session)) {
        conflict('the same session id with a different participant, plan or set-up');
        continue;
      }
      const shorter = kept.events.length <= log.events.length ? kept.events : log.events;
      const longer = shorter === kept.events ? log.events : kept.events;
      if (!shorter.every((e, i) => same(e, longer[i]))) {
        conflict(`the events differ from event ${shorter.findIndex((e, i) => !same(e, longer[i])) + 1} on`);
        continue;
      }
      if (log.events.length > kept.events.length) {
        byId.set(id, log);
        if (!extended.includes(id)) extended.push(id);
      } else if (!duplicates.includes(id)) duplicates.push(id);
    }
  }
  return { logs: order.map((id) => byId.get(id) as SessionLog), added, extended, duplicates, problems };
}
