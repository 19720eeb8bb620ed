/**
 * Study mode of the RET demo (`?study`): a facilitator sets up a session, the
 * participant does the tasks in the planned variants and answers the
 * questionnaire after each, and the researcher exports or erases the data
 * (`?study=data`). Everything is kept in this browser's IndexedDB through
 * @advice-kit/study; nothing is sent. The variants are mounted by the demo's
 * own functions, unchanged. This file routes between the screens (Lit
 * elements in ./screens/); a running session is a SessionRun.
 */
import type { AdviceModel, BuiltInLocale as Locale } from '@advice-kit/core';
import {
  createSession,
  IndexedDbStorage,
  isCompleted,
  isEnded,
  mergeExports,
  nextAssignment,
  type Questionnaire,
  recoverJournal,
  recoverJournals,
  type SessionLog,
  type StudyEvent,
  type StudyScreens,
  type StudySession,
  type StudyTask,
  sessionPhase,
  type Variant,
  validateQuestionnaire,
  webStorageJournal,
} from '@advice-kit/study';
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { isQuotaError, StudyFrame } from './frame.js';
import questionnaireJson from './questionnaire.json' with { type: 'json' };
import { sessionUrl, studyUrl } from './screens/files.js';
import { findingsStrings } from './screens/findings-strings.js';
import type { StudyImportDetail } from './screens/import-form.js';
import type { StudyStartDetail } from './screens/setup-form.js';
import screensJson from './screens.json' with { type: 'json' };
import './screens/data-view.js';
import './screens/setup-form.js';
import { SessionRun } from './session-run.js';
import { type StudyStrings, studyStrings } from './strings.js';
import tasksJson from './tasks.json' with { type: 'json' };
import './study.css';

export { isQuotaError } from './frame.js';

/** What the demo gives study mode: the model, the language, and how to mount each variant. */
export interface StudyHost {
  readonly model: AdviceModel;
  locale(): Locale;
  /** Mounts the variant into `container` (an `<advice-module>` with `url-state` inside). */
  mount(container: HTMLElement, variant: Variant): void;
}

const questionnaire = questionnaireJson as Questionnaire;
const tasks = tasksJson.tasks as StudyTask[];
/** The optional screens (consent, background questions, preference) as configured in screens.json; remove a key to leave it out. */
const screens = screensJson as StudyScreens;

export function mountStudy(app: HTMLElement, host: StudyHost): void {
  void new StudyMode(app, host).start();
}

function navigationType(): string {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type ?? 'navigate';
}

class StudyMode {
  private readonly storage = new IndexedDbStorage();
  /** Events wait here until their write has committed: a reload or a closed tab loses none. */
  private readonly journal = webStorageJournal();
  private readonly frame: StudyFrame;

  constructor(
    app: HTMLElement,
    private readonly host: StudyHost,
  ) {
    this.frame = new StudyFrame(app, () => host.locale());
  }

  private get s(): StudyStrings {
    return studyStrings[this.host.locale()];
  }

  async start(): Promise<void> {
    document.getElementById('variant-nav')?.setAttribute('hidden', '');
    document.querySelector('.dev-settings')?.setAttribute('hidden', '');
    const params = new URLSearchParams(location.search);
    try {
      // What a closed tab or a crash left in the journal goes into the log first.
      await recoverJournals(this.storage, this.journal);
      if (params.get('study') === 'data') await this.showData(false);
      else if (params.get('session')) await this.resume(params.get('session') as string);
      else await this.showSetup(false);
    } catch (error) {
      console.warn('study mode: the browser storage cannot be used', error);
      this.showStorageProblem(isQuotaError(error), true);
    }
  }

  /** The browser's storage cannot be used (or is full): said in plain words, with the way to the data. */
  private showStorageProblem(full: boolean, dataLink: boolean): void {
    const view = () =>
      html`<p class="study-error-box" role="alert">${full ? this.s.storageFull : this.s.storageUnavailable}</p>
        ${dataLink ? html`<p class="study-link"><a href=${studyUrl(this.host.locale(), 'data')}>${this.s.dataLink}</a></p>` : ''}`;
    this.frame.paint({ key: 'no-storage', heading: () => this.s.studyHeading, intro: () => null, view }, false);
  }

  // ---- facilitator: set-up --------------------------------------------------------

  private async showSetup(focus: boolean, notice?: string, startError?: { participant: string; design: string }): Promise<void> {
    this.frame.languageSwitch(true);
    const sessions = await this.storage.listSessions();
    const unfinished: { session: StudySession; started: number }[] = [];
    const completed: StudySession[] = [];
    for (const session of sessions) {
      const events = await this.storage.events(session.id);
      if (!isEnded(events)) unfinished.push({ session, started: events[0]?.at ?? session.createdAt });
      if (isCompleted(session, events)) completed.push(session);
    }
    // Counterbalancing counts completed sessions only: an abandoned one does not shift the alternation.
    const within = nextAssignment(completed, 'within', tasks.length);
    const between = nextAssignment(completed, 'single', tasks.length);
    const problems = validateQuestionnaire(questionnaire);
    const onStart = (e: CustomEvent<StudyStartDetail>) => {
      const { participant, design, duplicateOf } = e.detail;
      const taskOrderIndex = (design.startsWith('within-') ? within : between).taskOrderIndex;
      void this.startSession(participant, design, { taskOrderIndex, duplicateOf: [...duplicateOf] });
    };
    const view = () =>
      html`<study-setup .locale=${this.host.locale()} .tasks=${tasks} .problems=${problems} .sessions=${sessions} .unfinished=${unfinished}
        .within=${within} .between=${between} .participant=${startError?.participant ?? ''} .design=${startError?.design ?? ''}
        ?start-error=${startError !== undefined} .notice=${notice ?? ''} ?focus-heading=${focus} @study-start=${onStart}></study-setup>`;
    this.frame.paint({ key: 'setup', heading: () => this.s.studyHeading, intro: () => this.s.setupIntro, view }, true);
  }

  private run(session: StudySession, previous: StudyEvent[]): SessionRun {
    return new SessionRun(this.frame, this.host.model, (c, v) => this.host.mount(c, v), this.storage, this.journal, session, previous);
  }

  private async startSession(participant: string, design: string, extra: { taskOrderIndex: number; duplicateOf: string[] }): Promise<void> {
    const within = design.startsWith('within-');
    const session = createSession({
      participant,
      tasks,
      questionnaire,
      screens,
      taskOrderIndex: extra.taskOrderIndex,
      locale: this.host.locale(),
      ...(within ? { orderIndex: Number(design.slice('within-'.length)) } : { variant: design as Variant }),
    });
    let run: SessionRun;
    try {
      await this.storage.putSession(session);
      run = this.run(session, []);
      const order = session.order.join(' ');
      const taskOrder = session.plan.map((p) => p.task.id).join(' ');
      const data = { participant: session.participant, design: session.design, order, taskOrder, duplicateOf: extra.duplicateOf };
      await run.record('session-start', data, null);
    } catch (error) {
      // A full disk (or storage that stopped working): nothing stored before is touched; the set-up stays, filled in.
      console.warn('study mode: the session could not be stored', error);
      await this.showSetup(false, undefined, { participant, design }).catch(() => this.showStorageProblem(true, false));
      return;
    }
    history.replaceState(null, '', sessionUrl(session.id, session.locale));
    run.show(run.phase, true, true);
  }

  private async resume(id: string): Promise<void> {
    const session = await this.storage.getSession(id);
    if (!session) {
      await this.showSetup(false, this.s.sessionMissing);
      return;
    }
    if (session.locale !== this.host.locale()) {
      location.replace(sessionUrl(session.id, session.locale));
      return;
    }
    // This session's own page is gone (reloaded): what its last write did not commit is in the journal.
    await recoverJournal(this.storage, this.journal, id);
    const events = await this.storage.events(id);
    const run = this.run(session, events);
    const phase = sessionPhase(session, events);
    if (!isEnded(events)) {
      await run.record('resume', { reason: navigationType(), phase: phase.kind }, phase.kind === 'task' ? phase.taskIndex : null);
      if (phase.kind === 'done') await run.record('session-end', {}, null);
    }
    run.show(phase, false, false);
  }

  // ---- researcher: data ----------------------------------------------------------

  private async showData(focus: boolean, status?: () => string, importProblems: readonly string[] = []): Promise<void> {
    this.frame.languageSwitch(true);
    const sessions = await this.storage.listSessions();
    const logs: SessionLog[] = [];
    for (const session of sessions) logs.push({ session, events: await this.storage.events(session.id) });
    const onErase = async () => {
      await this.storage.eraseAll();
      await this.showData(true, () => this.s.erased);
    };
    const onImport = (e: CustomEvent<StudyImportDetail>) => void this.importExports(logs, e.detail.files);
    const view = () =>
      html`<study-data .locale=${this.host.locale()} .logs=${logs} .questionnaire=${questionnaire} .status=${live(status?.() ?? '')}
        .importProblems=${importProblems} @study-erase=${onErase} @study-import=${onImport}></study-data>`;
    this.frame.paint({ key: 'data', heading: () => this.s.dataHeading, intro: () => this.s.dataIntro, view }, true);
    if (focus) this.frame.focusHeading();
  }

  /** Exports from other laptops: merged into this browser's sessions by session id; what did not fit is listed. */
  private async importExports(logs: readonly SessionLog[], files: StudyImportDetail['files']): Promise<void> {
    const f = findingsStrings[this.host.locale()];
    const merged = mergeExports([...logs], [...files]);
    const before = new Map(logs.map((l) => [l.session.id, l.events.length]));
    for (const log of merged.logs) {
      const kept = before.get(log.session.id);
      if (kept === undefined) await this.storage.putSession(log.session);
      if ((kept ?? 0) < log.events.length) {
        const added = log.events.slice(kept ?? 0).map(({ type, at, taskIndex, data }) => ({ type, at, taskIndex, data }));
        await this.storage.appendAll(log.session.id, added);
      }
    }
    const report = f.imported(merged.added.length, merged.extended.length, merged.duplicates.length);
    const problems = merged.problems.map((p) => f.problem(p.file, f.problemCode[p.code] ?? p.code, p.participant ?? ''));
    await this.showData(false, () => report, problems);
  }
}
