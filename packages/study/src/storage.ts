import type { NewStudyEvent, StudyEvent, StudySession } from './types.js';

/**
 * Where sessions and their append-only event logs are kept. `append` resolves
 * only once the event is stored durably (for IndexedDB: its transaction has
 * committed), with the event's number in its session.
 */
export interface StudyStorage {
  putSession(session: StudySession): Promise<void>;
  getSession(id: string): Promise<StudySession | undefined>;
  /** Every session, oldest first. */
  listSessions(): Promise<StudySession[]>;
  append(sessionId: string, event: NewStudyEvent): Promise<StudyEvent>;
  /** Appends several events in one write (one transaction): all are stored, or none. */
  appendAll(sessionId: string, events: readonly NewStudyEvent[]): Promise<StudyEvent[]>;
  /** A session's events in the order they were appended. */
  events(sessionId: string): Promise<StudyEvent[]>;
  /** Number of events per session id. */
  countEvents(): Promise<Map<string, number>>;
  /** Erases every session and event. */
  eraseAll(): Promise<void>;
}

/** The event as stored: its id and number in the session. */
export function storedEvent(sessionId: string, seq: number, event: NewStudyEvent): StudyEvent {
  return { id: `${sessionId}/${seq}`, sessionId, seq, type: event.type, at: event.at, taskIndex: event.taskIndex, data: event.data };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Keeps everything in memory: for tests and for pages that must not store anything. */
export class MemoryStorage implements StudyStorage {
  private readonly sessions = new Map<string, StudySession>();
  private readonly logs = new Map<string, StudyEvent[]>();

  async putSession(session: StudySession): Promise<void> {
    this.sessions.set(session.id, clone(session));
  }

  async getSession(id: string): Promise<StudySession | undefined> {
    const s = this.sessions.get(id);
    return s && clone(s);
  }

  async listSessions(): Promise<StudySession[]> {
    return [...this.sessions.values()].sort((a, b) => a.createdAt - b.createdAt).map(clone);
  }

  async append(sessionId: string, event: NewStudyEvent): Promise<StudyEvent> {
    const [stored] = await this.appendAll(sessionId, [event]);
    return stored as StudyEvent;
  }

  async appendAll(sessionId: string, events: readonly NewStudyEvent[]): Promise<StudyEvent[]> {
    const log = this.logs.get(sessionId) ?? [];
    const stored = events.map((event, i) => storedEvent(sessionId, log.length + i + 1, clone(event)));
    log.push(...stored);
    this.logs.set(sessionId, log);
    return clone(stored);
  }

  async events(sessionId: string): Promise<StudyEvent[]> {
    return clone(this.logs.get(sessionId) ?? []);
  }

  async countEvents(): Promise<Map<string, number>> {
    return new Map([...this.logs].map(([id, log]) => [id, log.length]));
  }

  async eraseAll(): Promise<void> {
    this.sessions.clear();
    this.logs.clear();
  }
}
