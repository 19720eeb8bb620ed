import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { type StudyStorage, storedEvent } from './storage.js';
import type { NewStudyEvent, StudyEvent, StudySession } from './types.js';

/** The database's name unless told otherwise. */
export const STUDY_DB_NAME = 'advice-kit-study';

interface StudyDB extends DBSchema {
  sessions: { key: string; value: StudySession };
  /** Keyed by [sessionId, seq]: a session's events are one key range, in order, and a number can never be used twice. */
  events: { key: [string, number]; value: StudyEvent };
}

const range = (sessionId: string) => IDBKeyRange.bound([sessionId, 0], [sessionId, Number.POSITIVE_INFINITY]);

/**
 * Keeps study sessions and their event logs in the browser's IndexedDB
 * (through `idb`), so a reload, a crash or a closed tab loses nothing that
 * was appended. Every write is one transaction with `durability: 'strict'`:
 * `append` resolves after the browser has committed it to disk. Several
 * sessions are kept until `eraseAll`.
 */
export class IndexedDbStorage implements StudyStorage {
  private db: Promise<IDBPDatabase<StudyDB>> | undefined;

  constructor(private readonly name: string = STUDY_DB_NAME) {}

  private open(): Promise<IDBPDatabase<StudyDB>> {
    this.db ??= openDB<StudyDB>(this.name, 1, {
      upgrade(db) {
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('events', { keyPath: ['sessionId', 'seq'] });
      },
      // Another tab wants a newer version or to delete the database: let it.
      blocking: () => this.close(),
      terminated: () => {
        this.db = undefined;
      },
    });
    return this.db;
  }

  /** Closes the connection; the next call opens it again. */
  close(): void {
    const db = this.db;
    this.db = undefined;
    void db?.then((d) => d.close()).catch(() => undefined);
  }

  async putSession(session: StudySession): Promise<void> {
    const db = await this.open();
    const tx = db.transaction('sessions', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(session), tx.done]);
  }

  async getSession(id: string): Promise<StudySession | undefined> {
    return (await this.open()).get('sessions', id);
  }

  async listSessions(): Promise<StudySession[]> {
    const all = await (await this.open()).getAll('sessions');
    return all.sort((a, b) => a.createdAt - b.createdAt);
  }

  async append(sessionId: string, event: NewStudyEvent): Promise<StudyEvent> {
    const [stored] = await this.appendAll(sessionId, [event]);
    return stored as StudyEvent;
  }

  async appendAll(sessionId: string, events: readonly NewStudyEvent[]): Promise<StudyEvent[]> {
    if (events.length === 0) return [];
    const db = await this.open();
    // Read the last number and add in one read-write transaction: transactions on
    // the same store run one after the other, so two tabs cannot take the same number.
    const tx = db.transaction('events', 'readwrite', { durability: 'strict' });
    const done = tx.done;
    done.catch(() => undefined); // awaited below; this only keeps an abort from being reported twice
    const last = await tx.store.openCursor(range(sessionId), 'prev');
    const seq = last?.value.seq ?? 0;
    const stored = events.map((event, i) => storedEvent(sessionId, seq + i + 1, event));
    await Promise.all(stored.map((e) => tx.store.add(e)));
    await done;
    return stored;
  }

  async events(sessionId: string): Promise<StudyEvent[]> {
    return (await this.open()).getAll('events', range(sessionId));
  }

  async countEvents(): Promise<Map<string, number>> {
    const db = await this.open();
    const counts = new Map<string, number>();
    const tx = db.transaction(['sessions', 'events'], 'readonly');
    for (const id of await tx.objectStore('sessions').getAllKeys()) {
      counts.set(id, await tx.objectStore('events').count(range(id)));
    }
    await tx.done;
    return counts;
  }

  async eraseAll(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['sessions', 'events'], 'readwrite', { durability: 'strict' });
    await Promise.all([tx.objectStore('sessions').clear(), tx.objectStore('events').clear(), tx.done]);
  }
}
