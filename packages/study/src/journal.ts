import type { StudyStorage } from './storage.js';
import type { NewStudyEvent, StudyEvent, StudyEventType } from './types.js';

/**
 * A synchronous write-ahead journal of the events a recorder has handed over
 * but whose write has not committed yet. IndexedDB writes are asynchronous, and
 * a reload, a crash or a closed tab aborts the one under way; the journal is
 * written at once (localStorage is synchronous), so those events are recovered
 * when the study mode opens again ({@link recoverJournal}).
 */
export interface StudyJournal {
  /** Replaces the session's uncommitted events (an empty list clears them). Never throws. */
  save(sessionId: string, events: readonly NewStudyEvent[]): void;
  /** The session's uncommitted events and when they were saved (epoch ms); malformed entries are left out. */
  load(sessionId: string): { readonly events: NewStudyEvent[]; readonly savedAt: number };
  /** The sessions with uncommitted events. */
  sessions(): string[];
}

/** The localStorage key prefix of the journal; the session id follows. */
export const JOURNAL_PREFIX = 'advice-kit-study-pending:';

/** Every event type, as a record so that the compiler says when a type is added and not listed. */
const EVENT_TYPES: Record<StudyEventType, true> = {
  'session-start': true,
  'session-end': true,
  'task-start': true,
  resume: true,
  'advice-change': true,
  'advice-view': true,
  'advice-handoff': true,
  'advice-step': true,
  'advice-error': true,
  input: true,
  change: true,
  choice: true,
  questionnaire: true,
  'form-submit': true,
  'form-error': true,
  'form-edit': true,
  'advice-shown': true,
  consent: true,
  background: true,
  preference: true,
  note: true,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An event read back from the journal, or null when it is not one (the storage is the page's: it may hold anything). */
function asEvent(v: unknown): NewStudyEvent | null {
  if (!isRecord(v) || typeof v.type !== 'string' || !Object.hasOwn(EVENT_TYPES, v.type)) return null;
  if (typeof v.at !== 'number' || !Number.isFinite(v.at)) return null;
  if (!(v.taskIndex === null || (Number.isInteger(v.taskIndex) && (v.taskIndex as number) >= 0))) return null;
  if (!isRecord(v.data)) return null;
  return { type: v.type as StudyEventType, at: v.at, taskIndex: v.taskIndex as number | null, data: v.data as NewStudyEvent['data'] };
}

/** The part of the Web Storage API the journal uses. */
export type JournalStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * A journal in Web Storage (localStorage by default). When the storage cannot
 * be used (disabled, full), saving does nothing: the events are still written
 * to the log as usual, only without this extra safety.
 */
export function webStorageJournal(store?: JournalStore, now: () => number = Date.now): StudyJournal {
  const get = (): JournalStore | undefined => {
    try {
      return store ?? globalThis.localStorage;
    } catch {
      return undefined; // a sandboxed page may refuse access to localStorage
    }
  };
  return {
    save(sessionId, events) {
      const s = get();
      try {
        if (events.length === 0) s?.removeItem(JOURNAL_PREFIX + sessionId);
        else s?.setItem(JOURNAL_PREFIX + sessionId, JSON.stringify({ savedAt: now(), events }));
      } catch {
        // full or refused: the log write goes on without the journal
      }
    },
    load(sessionId) {
      try {
        const parsed: unknown = JSON.parse(get()?.getItem(JOURNAL_PREFIX + sessionId) ?? 'null');
        if (!isRecord(parsed) || !Array.isArray(parsed.events)) return { events: [], savedAt: 0 };
        const events = parsed.events.map(asEvent).filter((e): e is NewStudyEvent => e !== null);
        return { events, savedAt: typeof parsed.savedAt === 'number' ? parsed.savedAt : 0 };
      } catch {
        return { events: [], savedAt: 0 };
      }
    },
    sessions() {
      const s = get();
      const ids: string[] = [];
      try {
        for (let i = 0; s && i < s.length; i++) {
          const key = s.key(i);
          if (key?.startsWith(JOURNAL_PREFIX)) ids.push(key.slice(JOURNAL_PREFIX.length));
        }
      } catch {
        // refused: nothing to recover
      }
      return ids;
    },
  };
}

const same = (a: NewStudyEvent, b: NewStudyEvent) =>
  a.type === b.type && a.at === b.at && a.taskIndex === b.taskIndex && JSON.stringify(a.data) === JSON.stringify(b.data);

/**
 * Appends a session's journaled events that did not reach the log, and clears
 * the journal. The journal holds the write that was under way (committed as a
 * whole or not at all, at the end of the log) and the events queued after it:
 * the longest start of the journal that equals the end of the log was
 * committed, the rest was not. Returns the events appended.
 */
export async function recoverJournal(storage: StudyStorage, journal: StudyJournal, sessionId: string): Promise<StudyEvent[]> {
  const { events } = journal.load(sessionId);
  if (events.length === 0 || !(await storage.getSession(sessionId))) {
    // nothing to recover, or the session was erased since
    journal.save(sessionId, []);
    return [];
  }
  const log = await storage.events(sessionId);
  let committed = Math.min(events.length, log.length);
  for (; committed > 0; committed--) {
    const tail = log.slice(log.length - committed);
    if (tail.every((e, i) => same(e, events[i] as NewStudyEvent))) break;
  }
  const missing = events.slice(committed);
  const appended = missing.length > 0 ? await storage.appendAll(sessionId, missing) : [];
  journal.save(sessionId, []);
  return appended;
}

/**
 * Recovers every session's journal that was left behind: saved at least
 * `staleAfter` ms ago (a page that is still recording commits within
 * milliseconds and then clears its journal, so a recent one may be live in
 * another tab). Returns the number of events appended.
 */
export async function recoverJournals(
  storage: StudyStorage,
  journal: StudyJournal,
  staleAfter = 5000,
  now: () => number = Date.now,
): Promise<number> {
  let appended = 0;
  for (const id of journal.sessions()) {
    if (now() - journal.load(id).savedAt < staleAfter) continue;
    appended += (await recoverJournal(storage, journal, id)).length;
  }
  return appended;
}
