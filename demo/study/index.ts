/**
 * Study mode of the RET demo (`?study`): a facilitator sets up a session, the
 * participant does the tasks in the planned variants and answers the
 * questionnaire after each, and the researcher exports or erases the data
 * (`?study=data`). Everything is kept in this browser's IndexedDB through
 * @advice-kit/study; nothing is sent. The variants are mounted by the demo's
 * own functions, unchanged.
 */
import type { AdviceModel, BuiltInLocale as Locale } from '@advice-kit/core';
import { localize, rank } from '@advice-kit/core';
import type { AdviceModuleElement } from '@advice-kit/elements';
import {
  type Answers,
  answersCsv,
  createSession,
  eventsCsv,
  exportJson,
  findings,
  findingsDescriptivesCsv,
  findingsTestsCsv,
  IndexedDbStorage,
  isCompleted,
  isEnded,
  measuresCsv,
  mergeExports,
  nextAssignment,
  type Questionnaire,
  recoverJournal,
  recoverJournals,
  type SessionLog,
  type SessionPhase,
  type StudyEvent,
  type StudyEventType,
  StudyRecorder,
  type StudyScreens,
  type StudySession,
  type StudyTask,
  sameParticipant,
  sessionPhase,
  unanswered,
  type Variant,
  validateQuestionnaire,
  webStorageJournal,
} from '@advice-kit/study';
import type { ClassicAdviceDetail, ClassicSubmitDetail } from '../classic/classic-advice.js';
import { demoStrings } from '../strings.js';
import { download, downloadBlob, fileSafe, focusHeading, h, hidden, stamp } from './dom.js';
import questionnaireJson from './questionnaire.json' with { type: 'json' };
import screensJson from './screens.json' with { type: 'json' };
import { type StudyStrings, studyStrings } from './strings.js';
import './screens/choice-questions.js';
import './screens/consent-screen.js';
import { findingsStrings } from './screens/findings-strings.js';
import './screens/findings-view.js';
import './screens/notes-form.js';
import { screenStrings } from './screens/strings.js';
import tasksJson from './tasks.json' with { type: 'json' };
import './study.css';

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

/** `?study&session=…&lang=…`: the address of a running session, so a reload resumes it. */
function sessionUrl(session: StudySession): string {
  return `${location.pathname}?study&session=${encodeURIComponent(session.id)}${session.locale === 'en' ? '&lang=en' : ''}`;
}

/** `?study` (set-up) or `?study=data` (researcher), in the page's language. */
function studyUrl(locale: Locale, screen: 'setup' | 'data'): string {
  return `${location.pathname}?study${screen === 'data' ? '=data' : ''}${locale === 'en' ? '&lang=en' : ''}`;
}

/** The page's address without the advice state in the hash, and no classic draft: a new task starts afresh. */
function clearAdviceState(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

function navigationType(): string {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type ?? 'navigate';
}

class StudyMode {
  private readonly storage = new IndexedDbStorage();
  /** Events wait here until their write has committed: a reload or a closed tab loses none. */
  private readonly journal = webStorageJournal();
  private session: StudySession | undefined;
  /** The study's own events (session and task milestones): enough to know the phase. */
  private events: StudyEvent[] = [];
  private recorder: StudyRecorder | undefined;
  private detach: (() => void) | undefined;
  private currentTask: number | null = null;
  /** Re-renders the current screen's texts after a language switch (screens outside a session only). */
  private relabel: (() => void) | undefined;

  constructor(
    private readonly app: HTMLElement,
    private readonly host: StudyHost,
  ) {}

  private get s(): StudyStrings {
    return studyStrings[this.host.locale()];
  }

  async start(): Promise<void> {
    for (const id of ['variant-nav']) document.getElementById(id)?.setAttribute('hidden', '');
    document.querySelector('.dev-settings')?.setAttribute('hidden', '');
    document.addEventListener('demo-locale', () => this.relabel?.());
    const params = new URLSearchParams(location.search);
    try {
      // What a closed tab or a crash left in the journal goes into the log first.
      await recoverJournals(this.storage, this.journal);
      if (params.get('study') === 'data') await this.showData(false);
      else if (params.get('session')) await this.resume(params.get('session') as string);
      else await this.showSetup(false);
    } catch (error) {
      console.warn('study mode: the browser storage cannot be used', error);
      const message = isQuotaError(error) ? this.s.storageFull : this.s.storageUnavailable;
      this.screen(this.s.studyHeading, null, [
        h('p', { class: 'study-error-box', role: 'alert' }, message),
        h('p', { class: 'study-link' }, h('a', { href: studyUrl(this.host.locale(), 'data') }, this.s.dataLink)),
      ]);
    }
  }

  // ---- page frame -------------------------------------------------------------

  /** Replaces the content: the page heading (h1), an intro, and the screen's parts. */
  private screen(heading: string, intro: string | null, parts: Node[]): void {
    const h1 = document.querySelector('h1');
    if (h1) h1.textContent = heading;
    const introEl = document.getElementById('intro');
    if (introEl) {
      introEl.textContent = intro ?? '';
      introEl.hidden = intro === null;
    }
    this.app.replaceChildren(...parts);
  }

  /** During a session the participant cannot switch language or variant: texts stay those of the questionnaire. */
  private setLanguageSwitch(visible: boolean): void {
    const button = document.getElementById('language-switch');
    if (button) button.hidden = !visible;
  }

  private async record(type: StudyEventType, data: StudyEvent['data'], taskIndex: number | null): Promise<StudyEvent> {
    if (!this.recorder) throw new Error('study mode: no session');
    const event = await this.recorder.record(type, data, taskIndex);
    this.events.push(event);
    return event;
  }

  private useSession(session: StudySession, previous: StudyEvent[]): void {
    this.session = session;
    this.events = previous;
    this.recorder = new StudyRecorder({
      storage: this.storage,
      sessionId: session.id,
      taskIndex: () => this.currentTask,
      previous,
      journal: this.journal,
    });
  }

  // ---- facilitator: set-up --------------------------------------------------------

  private async showSetup(focus: boolean, notice?: string, startError?: { participant: string; design: string }): Promise<void> {
    this.setLanguageSwitch(true);
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
    const orderIndex = within.orderIndex ?? 0;
    const draft = startError
      ? { ...startError, confirmedDuplicate: '' }
      : { participant: '', design: orderIndex % 2 === 0 ? 'within-0' : 'within-1', confirmedDuplicate: '' };

    const render = (focusIt: boolean) => {
      const s = this.s;
      const locale = this.host.locale();
      const problems = validateQuestionnaire(questionnaire);
      const error = h('p', { class: 'study-error', id: 'participant-error', hidden: true }, s.participantMissing);
      const input = h('input', {
        id: 'participant',
        name: 'participant',
        type: 'text',
        autocomplete: 'off',
        spellcheck: 'false',
        required: true,
        'aria-describedby': 'participant-hint',
      });
      input.value = draft.participant;
      input.addEventListener('input', () => {
        draft.participant = input.value;
        if (input.value.trim() === '') return;
        error.hidden = true;
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', 'participant-hint');
      });
      const designs: [string, string][] = [
        ['within-0', s.designOrderA],
        ['within-1', s.designOrderB],
        ['interactive', s.designInteractive],
        ['classic', s.designClassic],
      ];
      const designFieldset = h(
        'fieldset',
        { class: 'study-field', 'aria-describedby': 'design-hint' },
        h('legend', {}, s.designLegend),
        h('p', { class: 'study-hint', id: 'design-hint' }, s.designSuggestion(orderIndex % 2 === 0 ? 'A' : 'B', within.completed + 1)),
        h(
          'p',
          { class: 'study-hint' },
          screenStrings[locale].assignment(
            s.designName('single', '', s.variantName[between.variant ?? 'classic']),
            between.taskOrderIndex,
            between.completed,
          ),
        ),
        ...designs.map(([value, label]) => {
          const radio = h('input', { type: 'radio', name: 'design', value });
          radio.checked = draft.design === value;
          radio.addEventListener('change', () => {
            draft.design = value;
          });
          return h('label', { class: 'study-option' }, radio, ` ${label}`);
        }),
      );
      const heading = h('h2', { id: 'setup-heading' }, s.setupHeading);
      const form = h(
        'form',
        { class: 'study-card', 'aria-labelledby': 'setup-heading', novalidate: true },
        heading,
        problems.length > 0
          ? h(
              'div',
              { class: 'study-error-box', role: 'alert' },
              h('p', {}, s.badQuestionnaire),
              h('ul', {}, ...problems.map((p) => h('li', {}, `${p.path}: ${p.message}`))),
            )
          : null,
        h(
          'div',
          { class: 'study-field' },
          h('label', { for: 'participant' }, s.participantLabel),
          h('p', { class: 'study-hint', id: 'participant-hint' }, s.participantHint),
          error,
          input,
        ),
        designFieldset,
        h('h3', {}, s.tasksHeading),
        h('ol', {}, ...tasks.map((t) => h('li', {}, localize(t.title, locale)))),
        h('p', { class: 'study-hint' }, s.languageNote),
        // A session that could not be stored: said right above the button that failed, the form as it was filled in.
        startError ? h('p', { class: 'study-error-box', role: 'alert', id: 'start-error' }, s.storageFull) : null,
        h('button', { type: 'submit', class: 'button-primary', disabled: problems.length > 0 }, s.start),
      );
      const duplicateBox = h('p', { class: 'study-error-box', id: 'duplicate-warning', tabindex: -1, hidden: true });
      form.insertBefore(duplicateBox, designFieldset);
      const startButton = form.querySelector<HTMLButtonElement>('button[type="submit"]');
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (draft.participant.trim() === '') {
          error.hidden = false;
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', 'participant-error participant-hint');
          input.focus();
          return;
        }
        // A code used before: say so, and start only when asked again for this same code.
        const earlier = sameParticipant(sessions, draft.participant);
        if (earlier.length > 0 && draft.confirmedDuplicate !== draft.participant.trim()) {
          draft.confirmedDuplicate = draft.participant.trim();
          duplicateBox.textContent = screenStrings[locale].duplicateWarning(
            draft.participant.trim(),
            formatTime((earlier[earlier.length - 1] as StudySession).createdAt, locale),
          );
          duplicateBox.hidden = false;
          if (startButton) startButton.textContent = screenStrings[locale].startAnyway;
          duplicateBox.focus();
          return;
        }
        const design = draft.design.startsWith('within-') ? 'within' : 'single';
        void this.startSession(draft.participant, draft.design, {
          taskOrderIndex: (design === 'within' ? within : between).taskOrderIndex,
          duplicateOf: earlier.map((e) => e.id),
        });
      });
      const parts: Node[] = [];
      if (notice) parts.push(h('p', { class: 'study-error-box', role: 'alert' }, notice));
      parts.push(form);
      if (unfinished.length > 0) {
        parts.push(
          h(
            'section',
            { class: 'study-card', 'aria-labelledby': 'unfinished-heading' },
            h('h2', { id: 'unfinished-heading' }, s.unfinishedHeading),
            h(
              'ul',
              { class: 'study-list' },
              ...unfinished.map(({ session, started }) =>
                h('li', {}, h('a', { href: sessionUrl(session) }, s.resume(session.participant, formatTime(started, locale)))),
              ),
            ),
          ),
        );
      }
      parts.push(h('p', { class: 'study-link' }, h('a', { href: studyUrl(locale, 'data') }, s.dataLink)));
      this.screen(s.studyHeading, s.setupIntro, parts);
      if (focusIt) focusHeading(heading);
    };
    this.relabel = () => render(false);
    render(focus);
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
    try {
      await this.storage.putSession(session);
      this.useSession(session, []);
      await this.record(
        'session-start',
        {
          participant: session.participant,
          design: session.design,
          order: session.order.join(' '),
          taskOrder: session.plan.map((p) => p.task.id).join(' '),
          duplicateOf: extra.duplicateOf,
        },
        null,
      );
    } catch (error) {
      // A full disk (or storage that stopped working): nothing stored before is touched; the set-up stays, filled in.
      console.warn('study mode: the session could not be stored', error);
      this.session = undefined;
      this.recorder = undefined;
      await this.showSetup(false, undefined, { participant, design }).catch(() => {
        this.screen(this.s.studyHeading, null, [h('p', { class: 'study-error-box', role: 'alert' }, this.s.storageFull)]);
      });
      return;
    }
    history.replaceState(null, '', sessionUrl(session));
    this.show(sessionPhase(session, this.events), true, true);
  }

  private async resume(id: string): Promise<void> {
    const session = await this.storage.getSession(id);
    if (!session) {
      await this.showSetup(false, this.s.sessionMissing);
      return;
    }
    if (session.locale !== this.host.locale()) {
      location.replace(sessionUrl(session));
      return;
    }
    // This session's own page is gone (reloaded): what its last write did not commit is in the journal.
    await recoverJournal(this.storage, this.journal, id);
    const events = await this.storage.events(id);
    this.useSession(session, events);
    const phase = sessionPhase(session, events);
    if (!isEnded(events)) {
      await this.record('resume', { reason: navigationType(), phase: phase.kind }, phase.kind === 'task' ? phase.taskIndex : null);
      if (phase.kind === 'done') await this.record('session-end', {}, null);
    }
    this.show(phase, false, false);
  }

  // ---- participant ----------------------------------------------------------------

  private show(phase: SessionPhase, focus: boolean, fresh: boolean): void {
    this.relabel = undefined;
    this.detach?.();
    this.detach = undefined;
    this.currentTask = null;
    this.setLanguageSwitch(phase.kind === 'done');
    if (phase.kind === 'consent') this.showConsent();
    else if (phase.kind === 'background') this.showChoiceQuestions('background');
    else if (phase.kind === 'instructions') this.showInstructions(phase.taskIndex, focus);
    else if (phase.kind === 'task') this.showTask(phase.taskIndex, focus, fresh);
    else if (phase.kind === 'questionnaire') this.showQuestionnaire(phase.taskIndex, focus);
    else if (phase.kind === 'preference') this.showChoiceQuestions('preference');
    else this.showEnd(focus);
  }

  /** Goes on to the next phase after a screen's own event, ending the session after the last. */
  private async next(): Promise<void> {
    const session = this.session as StudySession;
    const phase = sessionPhase(session, this.events);
    if (phase.kind === 'done' && !isEnded(this.events)) await this.record('session-end', {}, null);
    this.show(phase, true, true);
  }

  private showConsent(): void {
    const locale = this.host.locale();
    const el = document.createElement('study-consent');
    el.consent = this.session?.screens?.consent;
    el.locale = locale;
    el.addEventListener('study-consent', async (e) => {
      await this.record('consent', { agreed: (e as CustomEvent<{ agreed: boolean }>).detail.agreed }, null);
      await this.next();
    });
    this.screen(demoStrings[locale].heading, null, [el]);
  }

  private showChoiceQuestions(kind: 'background' | 'preference'): void {
    const locale = this.host.locale();
    const session = this.session as StudySession;
    const el = document.createElement('study-choice-questions');
    el.locale = locale;
    if (kind === 'background') {
      const b = session.screens?.background;
      el.heading = b?.title;
      el.intro = b?.intro;
      el.questions = b?.questions ?? [];
    } else {
      const p = session.screens?.preference;
      if (p) {
        // The two versions in the order the participant met them, then "no difference": the list itself favours neither.
        const position = (v: string) => (v === 'same' ? 2 : Math.max(0, session.order.indexOf(v as Variant)));
        el.questions = [{ ...p, options: [...p.options].sort((a, b) => position(a.value) - position(b.value)) }];
        el.heading = p.text;
      }
    }
    el.addEventListener('study-answers', async (e) => {
      const answers = (e as CustomEvent<{ answers: Record<string, string> }>).detail.answers;
      if (kind === 'background') await this.record('background', { answers }, null);
      else await this.record('preference', { answer: answers[session.screens?.preference?.id ?? 'preference'] ?? null }, null);
      await this.next();
    });
    this.screen(demoStrings[locale].heading, null, [el]);
  }

  private showInstructions(taskIndex: number, focus: boolean): void {
    const s = this.s;
    const session = this.session as StudySession;
    const planned = session.plan[taskIndex];
    if (!planned) return;
    const heading = h('h2', { id: 'task-heading' }, s.taskHeading(taskIndex + 1, session.plan.length));
    const begin = h('button', { type: 'button', class: 'button-primary' }, s.begin);
    begin.addEventListener('click', async () => {
      begin.disabled = true;
      await this.record('task-start', { taskId: planned.task.id, variant: planned.variant }, taskIndex);
      this.show({ kind: 'task', taskIndex }, true, true);
    });
    this.screen(demoStrings[this.host.locale()].heading, null, [
      h(
        'section',
        { class: 'study-card', 'aria-labelledby': 'task-heading' },
        heading,
        h('p', { class: 'study-instructions' }, localize(planned.task.instructions, this.host.locale())),
        begin,
      ),
    ]);
    if (focus) focusHeading(heading);
  }

  private showTask(taskIndex: number, focus: boolean, fresh: boolean): void {
    const s = this.s;
    const locale = this.host.locale();
    const session = this.session as StudySession;
    const planned = session.plan[taskIndex];
    if (!planned) return;
    if (fresh) clearAdviceState();
    const heading = h('h2', { id: 'task-heading' }, s.taskHeading(taskIndex + 1, session.plan.length));
    const brief = h(
      'section',
      { class: 'study-card study-brief', 'aria-labelledby': 'task-heading' },
      heading,
      h('p', { class: 'study-instructions' }, localize(planned.task.instructions, locale)),
    );
    const moduleContainer = h('div', { class: 'study-module' });
    const error = h('p', { class: 'study-error', id: 'choice-error', hidden: true }, s.choiceMissing);
    const fieldset = h(
      'fieldset',
      { class: 'study-field' },
      h('legend', {}, s.choiceLegend),
      error,
      ...this.host.model.options.map((option) =>
        h(
          'label',
          { class: 'study-option' },
          h('input', { type: 'radio', name: 'choice', value: option.id }),
          ` ${localize(option.label, locale)}`,
        ),
      ),
    );
    const submit = h('button', { type: 'submit', class: 'button-primary' }, s.choose);
    const form = h(
      'form',
      { class: 'study-card study-choice', 'aria-labelledby': 'choice-heading', novalidate: true },
      h('h2', { id: 'choice-heading' }, s.choiceHeading),
      fieldset,
      submit,
    );
    const wrapper = h('div', { class: 'study-task' }, brief, moduleContainer, form);
    const intro = planned.variant === 'classic' ? demoStrings[locale].classicIntro : demoStrings[locale].intro;
    this.screen(demoStrings[locale].heading, intro, [wrapper]);
    this.host.mount(moduleContainer, planned.variant);
    this.currentTask = taskIndex;
    const stopRecorder = this.recorder?.attach(wrapper);
    const stopForm = this.recordClassicForm(wrapper, taskIndex);
    this.detach = () => {
      stopRecorder?.();
      stopForm();
    };
    if (focus) focusHeading(heading);

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const picked = form.querySelector<HTMLInputElement>('input[name="choice"]:checked');
      if (!picked) {
        error.hidden = false;
        fieldset.setAttribute('aria-describedby', 'choice-error');
        form.querySelector<HTMLInputElement>('input[name="choice"]')?.focus();
        return;
      }
      submit.disabled = true;
      const advice = this.adviceShown(moduleContainer, planned.variant, taskIndex);
      const correct = planned.task.target ? (await rank(this.host.model, planned.task.target)).best : null;
      await this.record(
        'choice',
        {
          option: picked.value,
          advice,
          matchesAdvice: advice === null ? null : picked.value === advice,
          ...(planned.task.target ? { correct, choiceCorrect: correct === null ? null : picked.value === correct } : {}),
        },
        taskIndex,
      );
      clearAdviceState();
      this.show({ kind: 'questionnaire', taskIndex }, true, false);
    });
  }

  /** The advice the participant has on screen: the module's best option, or the classic form's last shown advice (none before submitting). */
  private adviceShown(container: HTMLElement, variant: Variant, taskIndex: number): string | null {
    if (variant === 'classic') {
      const shown = this.events.filter((e) => e.type === 'advice-shown' && e.taskIndex === taskIndex).pop();
      return typeof shown?.data.best === 'string' ? shown.data.best : null;
    }
    return container.querySelector<AdviceModuleElement>('advice-module')?.result?.best ?? null;
  }

  /** The classic form's submit, refusals, edits and shown advice, as study events. */
  private recordClassicForm(target: HTMLElement, taskIndex: number): () => void {
    const keep = (type: StudyEventType, data: StudyEvent['data']) => {
      this.record(type, data, taskIndex).catch(() => undefined);
    };
    const onSubmit = (e: Event) => {
      const d = (e as CustomEvent<ClassicSubmitDetail>).detail;
      keep('form-submit', { valid: d.valid, fields: [...d.fields], codes: [...d.codes] });
      if (!d.valid) keep('form-error', { fields: [...d.fields], codes: [...d.codes] });
    };
    const onAdvice = (e: Event) => {
      const d = (e as CustomEvent<ClassicAdviceDetail>).detail;
      keep('advice-shown', {
        best: d.best,
        runnerUp: d.runnerUp,
        monthlyCost: d.monthlyCost,
        situation: { ...d.situation },
        error: d.error,
      });
    };
    const onEdit = () => keep('form-edit', {});
    target.addEventListener('classic-submit', onSubmit);
    target.addEventListener('classic-advice', onAdvice);
    target.addEventListener('classic-edit', onEdit);
    return () => {
      target.removeEventListener('classic-submit', onSubmit);
      target.removeEventListener('classic-advice', onAdvice);
      target.removeEventListener('classic-edit', onEdit);
    };
  }

  private showQuestionnaire(taskIndex: number, focus: boolean): void {
    const s = this.s;
    const locale = this.host.locale();
    const session = this.session as StudySession;
    const q = session.questionnaire;
    const answers: Record<string, number> = {};
    const heading = h('h2', { id: 'questionnaire-heading' }, s.questionnaireHeading(taskIndex + 1, session.plan.length));
    // Gets focus after a submit with open items (as an error summary does), so it needs no live region.
    const summary = h('p', { class: 'study-error-box', id: 'questionnaire-summary', tabindex: -1, hidden: true });
    const itemErrors = new Map<string, HTMLElement>();
    const sections = q.sections.map((section) =>
      h(
        'section',
        { class: 'study-section', 'aria-labelledby': `section-${section.id}` },
        h('h3', { id: `section-${section.id}` }, localize(section.title, locale)),
        section.intro ? h('p', {}, localize(section.intro, locale)) : null,
        ...section.items.map((item) => {
          const itemError = h('p', { class: 'study-error', id: `error-${item.id}`, hidden: true }, s.unansweredItem);
          itemErrors.set(item.id, itemError);
          const points = Array.from({ length: section.scale.points }, (_, i) => i + 1);
          return h(
            'fieldset',
            { class: 'study-likert', id: `item-${item.id}` },
            h('legend', {}, localize(item.text, locale)),
            itemError,
            h(
              'div',
              { class: 'study-likert-options', 'data-points': section.scale.points },
              ...points.map((value) => {
                const radio = h('input', { type: 'radio', name: item.id, value });
                radio.addEventListener('change', () => {
                  answers[item.id] = value;
                  itemError.hidden = true;
                  radio.closest('fieldset')?.removeAttribute('aria-describedby');
                  if (summary.hidden) return;
                  const open = unanswered(q, answers).length;
                  summary.hidden = open === 0;
                  summary.textContent = open === 0 ? '' : s.unansweredSummary(open);
                });
                const end =
                  value === 1
                    ? localize(section.scale.minLabel, locale)
                    : value === section.scale.points
                      ? localize(section.scale.maxLabel, locale)
                      : null;
                // The ends' words are part of the radio's name, and shown once under the row (not squeezed into a column).
                return h(
                  'label',
                  { class: 'study-likert-option' },
                  radio,
                  h('span', { class: 'study-likert-number' }, String(value)),
                  end ? hidden(` ${end}`) : null,
                );
              }),
            ),
            h(
              'div',
              { class: 'study-likert-ends', 'data-points': section.scale.points, 'aria-hidden': 'true' },
              h('span', {}, localize(section.scale.minLabel, locale)),
              h('span', {}, localize(section.scale.maxLabel, locale)),
            ),
          );
        }),
      ),
    );
    const submit = h('button', { type: 'submit', class: 'button-primary' }, s.saveAnswers);
    const form = h(
      'form',
      { class: 'study-card study-questionnaire', 'aria-labelledby': 'questionnaire-heading', novalidate: true },
      heading,
      h('p', {}, s.questionnaireIntro),
      summary,
      ...sections,
      submit,
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const open = unanswered(q, answers as Answers);
      for (const [id, el] of itemErrors) {
        const missing = open.includes(id);
        el.hidden = !missing;
        const fs = document.getElementById(`item-${id}`);
        if (missing) fs?.setAttribute('aria-describedby', `error-${id}`);
      }
      if (open.length > 0) {
        summary.textContent = s.unansweredSummary(open.length);
        summary.hidden = false;
        summary.focus();
        return;
      }
      submit.disabled = true;
      await this.record('questionnaire', { answers: { ...answers }, locale }, taskIndex);
      await this.next();
    });
    this.screen(demoStrings[locale].heading, null, [form]);
    if (focus) focusHeading(heading);
  }

  private showEnd(focus: boolean): void {
    const render = (focusIt: boolean) => {
      const s = this.s;
      const locale = this.host.locale();
      const declined = this.events.some((e) => e.type === 'consent' && e.data.agreed !== true);
      const heading = h('h2', { id: 'end-heading' }, declined ? screenStrings[locale].declinedHeading : s.endHeading);
      const notes = document.createElement('study-notes');
      notes.locale = locale;
      notes.plan = declined ? [] : (this.session?.plan ?? []);
      const saved: Record<number, string> = {};
      for (const e of this.events)
        if (e.type === 'note' && e.taskIndex !== null && typeof e.data.text === 'string') saved[e.taskIndex] = e.data.text;
      notes.saved = saved;
      notes.addEventListener('study-notes', async (e) => {
        const given = (e as CustomEvent<{ notes: Record<number, string> }>).detail.notes;
        for (const [i, text] of Object.entries(given)) {
          // The facilitator's own words, kept as written: the one place where typed text is recorded.
          await this.record('note', { text }, Number(i));
          saved[Number(i)] = text;
        }
        notes.saved = { ...saved };
      });
      this.screen(s.studyHeading, null, [
        h(
          'section',
          { class: 'study-card', 'aria-labelledby': 'end-heading' },
          heading,
          h('p', { class: 'study-instructions' }, declined ? screenStrings[locale].declinedText : s.endText),
        ),
        ...(declined ? [] : [notes]),
        h(
          'nav',
          { class: 'study-card', 'aria-label': s.endFacilitator },
          h(
            'ul',
            { class: 'study-list' },
            h('li', {}, h('a', { href: studyUrl(locale, 'setup') }, s.newSession)),
            h('li', {}, h('a', { href: studyUrl(locale, 'data') }, s.dataLink)),
          ),
        ),
      ]);
      if (focusIt) focusHeading(heading);
    };
    this.relabel = () => render(false);
    render(focus);
  }

  // ---- researcher: data ----------------------------------------------------------

  private async showData(focus: boolean, status?: () => string): Promise<void> {
    this.setLanguageSwitch(true);
    const sessions = await this.storage.listSessions();
    const logs: SessionLog[] = [];
    for (const session of sessions) logs.push({ session, events: await this.storage.events(session.id) });
    const total = logs.reduce((n, l) => n + l.events.length, 0);
    const statusEl = h('p', { class: 'study-status', role: 'status' });

    const render = (focusIt: boolean) => {
      const s = this.s;
      const locale = this.host.locale();
      const heading = document.querySelector('h1');
      const exportButton = (label: string, suffix: string, run: () => void) => {
        const button = h('button', { type: 'button', class: 'button-secondary' }, label, suffix ? hidden(suffix) : null);
        button.addEventListener('click', run);
        return button;
      };
      const save = (name: string, text: string, type: string) => {
        if (type) download(name, text, type);
        statusEl.textContent = s.downloaded(name);
      };
      const json = (name: string, l: SessionLog[]) => save(`${name}.json`, exportJson(l), 'application/json');
      const csv = (name: string, text: string) => save(`${name}.csv`, text, 'text/csv;charset=utf-8');

      const parts: Node[] = [statusEl];
      if (logs.length === 0) parts.push(h('p', { class: 'study-card' }, s.noSessions));
      else {
        const rows = logs.map((log) => {
          const { session, events } = log;
          const done = session.plan.filter((_, i) => events.some((e) => e.type === 'questionnaire' && e.taskIndex === i)).length;
          const order = session.orderIndex === null ? '' : session.orderIndex % 2 === 0 ? 'A' : 'B';
          const name = `study-${fileSafe(session.participant)}-${stamp(session.createdAt)}`;
          const of = s.ofParticipant(session.participant);
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, session.participant),
            h('td', { 'data-label': s.colStarted }, formatTime(events[0]?.at ?? session.createdAt, locale)),
            h('td', { 'data-label': s.colDesign }, s.designName(session.design, order, s.variantName[session.order[0] ?? 'interactive'])),
            h('td', { 'data-label': s.colTasks }, `${done} / ${session.plan.length}`),
            h('td', { 'data-label': s.colEvents }, String(events.length)),
            h('td', { 'data-label': s.colStatus }, isEnded(events) ? s.statusDone : s.statusOpen),
            h(
              'td',
              { class: 'study-actions' },
              exportButton(s.exportJson, of, () => json(name, [log])),
              exportButton(s.exportEvents, of, () => csv(`${name}-events`, eventsCsv([log]))),
              exportButton(s.exportAnswers, of, () => csv(`${name}-answers`, answersCsv([log]))),
            ),
          );
        });
        parts.push(
          h(
            'div',
            { class: 'study-table-wrap', role: 'region', 'aria-labelledby': 'sessions-caption', tabindex: 0 },
            h(
              'table',
              { class: 'study-table study-table-reflow' },
              h('caption', { id: 'sessions-caption' }, s.sessionsCaption),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ...[s.colParticipant, s.colStarted, s.colDesign, s.colTasks, s.colEvents, s.colStatus, s.colExport].map((c) =>
                    h('th', { scope: 'col' }, c),
                  ),
                ),
              ),
              h('tbody', {}, ...rows),
            ),
          ),
        );
        const all = `study-all-${stamp()}`;
        const erase = h('button', { type: 'button', class: 'button-danger' }, s.eraseAll);
        const dialog = this.eraseDialog(logs.length, total, async () => {
          await this.storage.eraseAll();
          await this.showData(true, () => this.s.erased);
        });
        erase.addEventListener('click', () => dialog.showModal());
        parts.push(
          h(
            'section',
            { class: 'study-card', 'aria-labelledby': 'all-heading' },
            h('h2', { id: 'all-heading' }, s.allHeading),
            h(
              'div',
              { class: 'study-actions' },
              exportButton(s.allJson, '', () => json(all, logs)),
              exportButton(s.allEvents, '', () => csv(`${all}-events`, eventsCsv(logs))),
              exportButton(s.allAnswers, '', () => csv(`${all}-answers`, answersCsv(logs))),
              exportButton(s.allMeasures, '', () => csv(`${all}-measures`, measuresCsv(logs))),
            ),
            erase,
            dialog,
          ),
        );
      }
      parts.push(this.importSection(logs, statusEl));
      if (logs.length > 0) parts.push(this.findingsSection(logs, save));
      parts.push(h('p', { class: 'study-link' }, h('a', { href: studyUrl(locale, 'setup') }, s.newSession)));
      this.screen(s.dataHeading, s.dataIntro, parts);
      if (status) statusEl.textContent = status();
      if (focusIt && heading) focusHeading(heading);
    };
    this.relabel = () => render(false);
    render(focus);
  }

  /** Exports from other laptops: merged into this browser's sessions by session id; what did not fit is listed. */
  private importSection(logs: SessionLog[], statusEl: HTMLElement): HTMLElement {
    const f = findingsStrings[this.host.locale()];
    const input = h('input', {
      type: 'file',
      id: 'import-files',
      accept: '.json,application/json',
      multiple: true,
      'aria-describedby': 'import-hint',
    });
    const problems = h('ul', { class: 'study-problems', id: 'import-problems' });
    input.addEventListener('change', async () => {
      const files = await Promise.all(Array.from(input.files ?? [], async (file) => ({ name: file.name, text: await file.text() })));
      if (files.length === 0) return;
      const merged = mergeExports(logs, files);
      const before = new Map(logs.map((l) => [l.session.id, l.events.length]));
      for (const log of merged.logs) {
        const kept = before.get(log.session.id);
        if (kept === undefined) await this.storage.putSession(log.session);
        if ((kept ?? 0) < log.events.length) {
          await this.storage.appendAll(
            log.session.id,
            log.events.slice(kept ?? 0).map(({ type, at, taskIndex, data }) => ({ type, at, taskIndex, data })),
          );
        }
      }
      const report = f.imported(merged.added.length, merged.extended.length, merged.duplicates.length);
      const listed = merged.problems.map((p) => f.problem(p.file, f.problemCode[p.code] ?? p.code, p.participant ?? ''));
      await this.showData(false, () => report);
      const list = document.getElementById('import-problems');
      list?.replaceChildren(...listed.map((t) => h('li', {}, t)));
      if (listed.length > 0) list?.setAttribute('role', 'alert');
      void statusEl;
    });
    return h(
      'section',
      { class: 'study-card', 'aria-labelledby': 'import-heading' },
      h('h2', { id: 'import-heading' }, f.importHeading),
      h('label', { for: 'import-files' }, f.importLabel),
      h('p', { class: 'study-hint', id: 'import-hint' }, f.importHint),
      input,
      problems,
    );
  }

  /** The findings of the completed sessions, with their CSV and PNG exports. */
  private findingsSection(logs: SessionLog[], save: (name: string, text: string, type: string) => void): HTMLElement {
    const locale = this.host.locale();
    const f = findingsStrings[locale];
    const result = findings(logs);
    const view = document.createElement('study-findings');
    view.locale = locale;
    view.findings = result;
    view.questionnaire = questionnaire;
    view.addEventListener('study-download', (e) => {
      const { name, blob } = (e as CustomEvent<{ name: string; blob: Blob }>).detail;
      downloadBlob(name, blob);
      save(name, '', '');
    });
    const csv = (label: string, name: string, text: () => string) => {
      const b = h('button', { type: 'button', class: 'button-secondary' }, label);
      b.addEventListener('click', () => save(`${name}-${stamp()}.csv`, text(), 'text/csv;charset=utf-8'));
      return b;
    };
    return h(
      'section',
      { class: 'study-findings-section', 'aria-labelledby': 'findings-heading' },
      h('h2', { id: 'findings-heading' }, f.heading),
      result.sessions > 0
        ? h(
            'div',
            { class: 'study-actions' },
            csv(f.csvDescriptives, 'findings-descriptives', () => findingsDescriptivesCsv(result)),
            csv(f.csvTests, 'findings-tests', () => findingsTestsCsv(result)),
          )
        : null,
      view,
    );
  }

  private eraseDialog(sessions: number, events: number, confirm: () => Promise<void>): HTMLDialogElement {
    const s = this.s;
    const yes = h('button', { type: 'button', class: 'button-danger' }, s.eraseConfirm);
    const no = h('button', { type: 'button', class: 'button-secondary' }, s.cancel);
    const dialog = h(
      'dialog',
      { class: 'study-dialog', 'aria-labelledby': 'erase-heading', 'aria-describedby': 'erase-text' },
      h('h2', { id: 'erase-heading' }, s.eraseHeading),
      h('p', { id: 'erase-text' }, s.eraseText(sessions, events)),
      h('div', { class: 'study-actions' }, yes, no),
    );
    no.addEventListener('click', () => dialog.close());
    yes.addEventListener('click', () => {
      yes.disabled = true;
      dialog.close();
      void confirm();
    });
    return dialog;
  }
}

function formatTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** Whether an error says the browser's storage is full (IndexedDB or Web Storage, in any browser). */
export function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error instanceof DOMException && error.code === 22);
}
