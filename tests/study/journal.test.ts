import {
  createSession,
  JOURNAL_PREFIX,
  type JournalStore,
  MemoryStorage,
  type NewStudyEvent,
  recoverJournal,
  recoverJournals,
  type StudyEvent,
  StudyRecorder,
  webStorageJournal,
} from '@advice-kit/study';
import { describe, expect, it } from 'vitest';
import { small, tasks } from './fixtures.js';

/** Web Storage in memory, as localStorage behaves. */
class MapStore implements JournalStore {
  readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

/** A storage whose writes never finish: the page goes away during the write. */
class InterruptedStorage extends MemoryStorage {
  /** Commit the write, but let the page die before it hears so (the journal is not cleared). */
  commitThenDie = false;
  override appendAll(sessionId: string, events: readonly NewStudyEvent[]): Promise<StudyEvent[]> {
    if (this.commitThenDie) void super.appendAll(sessionId, events);
    return new Promise(() => {});
  }
}

async function setUp(storage: MemoryStorage) {
  const session = createSession({ participant: 'P1', tasks, questionnaire: small, locale: 'nl', id: 'S1', now: 1_700_000_000_000 });
  await storage.putSession(session);
  return session;
}

const summary = (log: StudyEvent[]) => log.map((e) => [e.seq, e.type, e.at]);

/** The same database, opened again by a new page: what was committed, with writes that work. */
async function reopen(storage: MemoryStorage): Promise<MemoryStorage> {
  const fresh = new MemoryStorage();
  await fresh.putSession((await storage.getSession('S1')) as never);
  await fresh.appendAll('S1', await storage.events('S1'));
  return fresh;
}

describe('the journal: no event lost when the page goes away during a write', () => {
  it('recovers the write under way and the events queued after it, once, in order', async () => {
    const store = new MapStore();
    const journal = webStorageJournal(store, () => 5);
    const storage = new InterruptedStorage();
    await setUp(storage);
    // Two events committed before.
    const before = await MemoryStorage.prototype.appendAll.call(storage, 'S1', [
      { type: 'task-start', at: 1, taskIndex: 0, data: {} },
      { type: 'input', at: 2, taskIndex: 0, data: { value: '4' } },
    ]);
    expect(before).toHaveLength(2);

    // Then the page records three events and is closed while the first write is under way.
    let t = 10;
    const rec = new StudyRecorder({ storage, sessionId: 'S1', journal, now: () => t++, taskIndex: () => 0 });
    void rec.record('input', { value: '5' });
    void rec.record('input', { value: '6' });
    void rec.record('choice', { option: 'month' });
    expect(store.getItem(`${JOURNAL_PREFIX}S1`)).not.toBeNull();

    // The study opens again.
    const fresh = await reopen(storage);
    const appended = await recoverJournal(fresh, journal, 'S1');
    expect(appended.map((e) => e.type)).toEqual(['input', 'input', 'choice']);
    expect(summary(await fresh.events('S1'))).toEqual([
      [1, 'task-start', 1],
      [2, 'input', 2],
      [3, 'input', 10],
      [4, 'input', 11],
      [5, 'choice', 12],
    ]);
    expect(store.getItem(`${JOURNAL_PREFIX}S1`)).toBeNull();
    // Recovering again appends nothing.
    expect(await recoverJournal(fresh, journal, 'S1')).toEqual([]);
  });

  it('does not append twice a write that committed just before the page went away', async () => {
    const store = new MapStore();
    const journal = webStorageJournal(store);
    const storage = new InterruptedStorage();
    await setUp(storage);
    storage.commitThenDie = true;
    let t = 10;
    const rec = new StudyRecorder({ storage, sessionId: 'S1', journal, now: () => t++, taskIndex: () => 0 });
    void rec.record('input', { value: '5' }); // this write commits; the page never hears so
    storage.commitThenDie = false;
    void rec.record('input', { value: '5' }); // the same again, queued: not committed
    await new Promise((r) => setTimeout(r, 0));
    expect((await storage.events('S1')).map((e) => e.at)).toEqual([10]);

    const fresh = await reopen(storage);
    const appended = await recoverJournal(fresh, journal, 'S1');
    expect(appended.map((e) => e.at)).toEqual([11]);
    expect(summary(await fresh.events('S1'))).toEqual([
      [1, 'input', 10],
      [2, 'input', 11],
    ]);
  });

  it('clears the journal as each write commits, so a page that keeps running leaves nothing to recover', async () => {
    const store = new MapStore();
    const journal = webStorageJournal(store);
    const storage = new MemoryStorage();
    await setUp(storage);
    const rec = new StudyRecorder({ storage, sessionId: 'S1', journal });
    const writes: string[] = [];
    const setItem = store.setItem.bind(store);
    store.setItem = (k, v) => {
      writes.push(v);
      setItem(k, v);
    };
    await Promise.all([rec.record('task-start'), rec.record('input', { value: '3' })]);
    await rec.flush();
    expect(writes.length).toBeGreaterThan(0);
    expect(store.map.size).toBe(0);
    expect(await recoverJournal(storage, journal, 'S1')).toEqual([]);
    expect(await storage.events('S1')).toHaveLength(2);
  });

  it('leaves a recent journal alone (it may be live in another tab), recovers an old one, and drops one of an erased session', async () => {
    const store = new MapStore();
    let now = 1000;
    const journal = webStorageJournal(store, () => now);
    const storage = new MemoryStorage();
    await setUp(storage);
    journal.save('S1', [{ type: 'input', at: 900, taskIndex: 0, data: {} }]);
    journal.save('erased', [{ type: 'input', at: 900, taskIndex: 0, data: {} }]);
    expect(await recoverJournals(storage, journal, 5000, () => now)).toBe(0);
    now += 5000;
    expect(await recoverJournals(storage, journal, 5000, () => now)).toBe(1);
    expect((await storage.events('S1')).map((e) => e.at)).toEqual([900]);
    expect(await storage.events('erased')).toEqual([]);
    expect(store.map.size).toBe(0);
  });

  it('reads garbage in the storage as nothing, and works on when the storage refuses to save', async () => {
    const store = new MapStore();
    const journal = webStorageJournal(store);
    store.setItem(`${JOURNAL_PREFIX}S1`, '{"events":[{"type":"rm -rf","at":1,"taskIndex":0,"data":{}},{"type":"input","at":"x"},null,7]}');
    expect(journal.load('S1').events).toEqual([]);
    store.setItem(`${JOURNAL_PREFIX}S1`, 'not json');
    expect(journal.load('S1').events).toEqual([]);
    store.setItem(`${JOURNAL_PREFIX}S1`, '{"events":[{"type":"choice","at":3,"taskIndex":null,"data":{"option":"year"}}]}');
    expect(journal.load('S1').events).toEqual([{ type: 'choice', at: 3, taskIndex: null, data: { option: 'year' } }]);

    const full = new MapStore();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const storage = new MemoryStorage();
    await setUp(storage);
    const rec = new StudyRecorder({ storage, sessionId: 'S1', journal: webStorageJournal(full) });
    await rec.record('task-start');
    expect(await storage.events('S1')).toHaveLength(1);
  });
});
