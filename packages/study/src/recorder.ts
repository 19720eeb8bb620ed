import { ADVICE_EVENTS } from '@advice-kit/core';
import type { StudyJournal } from './journal.js';
import {
  type AdviceChangeLike,
  type AdviceSnapshot,
  adviceChangeData,
  adviceDetailData,
  type ControlInfo,
  controlData,
  lastSnapshot,
} from './record.js';
import type { StudyStorage } from './storage.js';
import type { Json, NewStudyEvent, StudyEvent, StudyEventType } from './types.js';

export interface StudyRecorderOptions {
  readonly storage: StudyStorage;
  readonly sessionId: string;
  /** The plan index events belong to at the moment (null outside a task). Default: null. */
  readonly taskIndex?: () => number | null;
  /** Epoch milliseconds. Default: Date.now. */
  readonly now?: () => number;
  /** Called when a write fails (storage full, database closed…). Default: console.error. */
  readonly onError?: (error: unknown) => void;
  /** The events already in the log, so changes after a reload are told apart from the last state before it. */
  readonly previous?: readonly StudyEvent[];
  /**
   * Where events wait, synchronously, until their write has committed, so
   * that a reload or a closed tab loses none of them (see `recoverJournal`).
   * Default: none.
   */
  readonly journal?: StudyJournal;
}

/** Every `advice-*` event of the core's contract but `advice-change`, which the recorder reads in full. */
const ADVICE_DETAIL_EVENTS = ADVICE_EVENTS.filter((type) => type !== 'advice-change');

interface Pending {
  readonly event: NewStudyEvent;
  readonly resolve: (stored: StudyEvent) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Records a study session's events durably. `attach(element)` listens for the
 * advice module's `advice-change`, `advice-view`, `advice-handoff`,
 * `advice-step` and `advice-error` events and for native `input` and `change`
 * events, and appends each to the log; `record()` appends the study's own
 * events (task start, choice, questionnaire…).
 *
 * Durability: each event is written through to the storage as it happens, and
 * the promise `record()` returns settles only when the write has committed.
 * Events that arrive while a write is under way go together in the next write
 * (one transaction). A reload, a crash or a closed tab aborts the write in
 * flight; with a `journal`, every event is also kept there synchronously until
 * its write has committed, and `recoverJournal` appends what did not reach the
 * log when the study opens again. Without one, such an interruption can lose
 * the events of the write in flight (normally the single last event).
 */
export class StudyRecorder {
  private readonly queue: Pending[] = [];
  /** Handed over and not yet committed, in order: the write under way, then the queue. */
  private readonly uncommitted: NewStudyEvent[] = [];
  private writing: Promise<void> | undefined;
  private snapshot: AdviceSnapshot | undefined;
  private readonly now: () => number;
  private readonly taskIndex: () => number | null;
  private readonly onError: (error: unknown) => void;

  constructor(private readonly options: StudyRecorderOptions) {
    this.now = options.now ?? Date.now;
    this.taskIndex = options.taskIndex ?? (() => null);
    this.onError = options.onError ?? ((error) => console.error('advice-kit study: an event could not be stored', error));
    this.snapshot = options.previous ? lastSnapshot(options.previous) : undefined;
  }

  /** Events handed over but not yet committed. */
  get pending(): number {
    return this.queue.length + (this.writing ? 1 : 0);
  }

  /** Appends an event; resolves once it is stored. */
  record(type: StudyEventType, data: { [key: string]: Json } = {}, taskIndex: number | null = this.taskIndex()): Promise<StudyEvent> {
    const event: NewStudyEvent = { type, at: this.now(), taskIndex, data };
    this.uncommitted.push(event);
    this.options.journal?.save(this.options.sessionId, this.uncommitted);
    return new Promise<StudyEvent>((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      this.writing ??= this.drain();
    });
  }

  /** Resolves when every event handed over so far has been written (or failed). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** Starts listening on `target` (the `<advice-module>`, a container or the document); returns the function that stops. */
  attach(target: EventTarget): () => void {
    const listeners: [string, EventListener][] = [
      ['advice-change', (e) => this.onAdviceChange(e as CustomEvent<AdviceChangeLike>)],
      ...ADVICE_DETAIL_EVENTS.map((type): [string, EventListener] => [
        type,
        (e) => this.keep(type, adviceDetailData(type, (e as CustomEvent).detail)),
      ]),
      ['input', (e) => this.onControl('input', e)],
      ['change', (e) => this.onControl('change', e)],
    ];
    for (const [type, listener] of listeners) target.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }

  private keep(type: StudyEventType, data: { [key: string]: Json }): void {
    this.record(type, data).catch(() => undefined); // reported through onError by drain
  }

  private onAdviceChange(event: CustomEvent<AdviceChangeLike>): void {
    if (!event.detail?.state || !event.detail.result) return;
    const { data, snapshot } = adviceChangeData(event.detail, this.snapshot);
    this.snapshot = snapshot;
    this.keep('advice-change', data);
  }

  private onControl(type: 'input' | 'change', event: Event): void {
    const control = event.composedPath()[0];
    if (!(control instanceof Element)) return;
    this.keep(type, controlData(describeControl(control, event)));
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      try {
        const stored = await this.options.storage.appendAll(
          this.options.sessionId,
          batch.map((p) => p.event),
        );
        batch.forEach((p, i) => {
          p.resolve(stored[i] as StudyEvent);
        });
      } catch (error) {
        this.onError(error);
        for (const p of batch) p.reject(error);
      }
      // Committed, or refused by the storage (reported above): either way no longer waiting in the journal.
      this.uncommitted.splice(0, batch.length);
      this.options.journal?.save(this.options.sessionId, this.uncommitted);
    }
    this.writing = undefined;
  }
}

/** The control's tag, type, id, name, value and the `advice-*` element around it. */
export function describeControl(control: Element, event?: Event): ControlInfo {
  const c = control as Partial<HTMLInputElement>;
  const path = event?.composedPath() ?? [];
  const host = path.find(
    (n): n is Element => n instanceof Element && n !== control && n.localName.startsWith('advice-') && n.shadowRoot !== null,
  );
  return {
    tag: control.localName,
    ...(typeof c.type === 'string' ? { type: c.type } : {}),
    ...(control.id ? { id: control.id } : {}),
    ...(typeof c.name === 'string' && c.name ? { name: c.name } : {}),
    ...(typeof c.value === 'string' ? { value: c.value } : {}),
    ...(typeof c.checked === 'boolean' ? { checked: c.checked } : {}),
    ...(control.getAttribute('inputmode') ? { inputMode: control.getAttribute('inputmode') as string } : {}),
    ...(host ? { host: host.localName } : {}),
  };
}
