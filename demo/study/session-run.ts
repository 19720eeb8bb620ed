/**
 * One participant's session on the page: the screen of each phase (consent,
 * background questions, each task's instructions, the task in its variant,
 * the questionnaire, the preference question, the end with the facilitator's
 * notes), each answer recorded before the next screen, and the recorder
 * listening to the variant while a task is on screen.
 */
import { type AdviceModel, rank } from '@advice-kit/core';
import type { AdviceModuleElement } from '@advice-kit/elements';
import {
  isEnded,
  type SessionPhase,
  type StudyEvent,
  type StudyEventType,
  type StudyJournal,
  StudyRecorder,
  type StudySession,
  type StudyStorage,
  sessionPhase,
  type Variant,
} from '@advice-kit/study';
import { html, type TemplateResult } from 'lit';
import { demoStrings } from '../strings.js';
import { recordClassicForm } from './classic-events.js';
import type { StudyFrame } from './frame.js';
import './screens/choice-questions.js';
import './screens/consent-screen.js';
import './screens/end-screen.js';
import './screens/questionnaire-form.js';
import './screens/task-instructions.js';
import './screens/task-screen.js';
import { studyStrings } from './strings.js';

type Detail<T> = CustomEvent<T>;

/** The page's address without the advice state in the hash, and no classic draft: a new task starts afresh. */
function clearAdviceState(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

export class SessionRun {
  /** The study's own events (session and task milestones): enough to know the phase. */
  private events: StudyEvent[];
  private readonly recorder: StudyRecorder;
  private detach: (() => void) | undefined;
  private currentTask: number | null = null;

  constructor(
    private readonly frame: StudyFrame,
    private readonly model: AdviceModel,
    /** Mounts a variant into a task's container. */
    private readonly mount: (container: HTMLElement, variant: Variant) => void,
    storage: StudyStorage,
    journal: StudyJournal,
    readonly session: StudySession,
    previous: StudyEvent[],
  ) {
    this.events = previous;
    this.recorder = new StudyRecorder({ storage, sessionId: session.id, taskIndex: () => this.currentTask, previous, journal });
  }

  get phase(): SessionPhase {
    return sessionPhase(this.session, this.events);
  }

  get ended(): boolean {
    return isEnded(this.events);
  }

  async record(type: StudyEventType, data: StudyEvent['data'], taskIndex: number | null): Promise<StudyEvent> {
    const event = await this.recorder.record(type, data, taskIndex);
    this.events.push(event);
    return event;
  }

  /** A participant's screen: the advisor's own heading above it, no intro, no language switch. */
  private screen(key: string, view: () => TemplateResult, intro: string | null = null): void {
    this.frame.paint({ key, heading: () => demoStrings[this.session.locale].heading, intro: () => intro, view }, false);
  }

  show(phase: SessionPhase, focus: boolean, fresh: boolean): void {
    this.detach?.();
    this.detach = undefined;
    this.currentTask = null;
    this.frame.languageSwitch(phase.kind === 'done');
    const { session } = this;
    const total = session.plan.length;
    const l = session.locale;
    if (phase.kind === 'consent') {
      const onConsent = (e: Detail<{ agreed: boolean }>) => this.answer('consent', { agreed: e.detail.agreed }, null);
      this.screen(
        'consent',
        () => html`<study-consent .consent=${session.screens?.consent} .locale=${l} @study-consent=${onConsent}></study-consent>`,
      );
    } else if (phase.kind === 'background' || phase.kind === 'preference') this.showChoiceQuestions(phase.kind);
    else if (phase.kind === 'instructions') {
      const i = phase.taskIndex;
      const planned = session.plan[i];
      const onBegin = async () => {
        await this.record('task-start', { taskId: planned?.task.id ?? '', variant: planned?.variant ?? 'interactive' }, i);
        this.show({ kind: 'task', taskIndex: i }, true, true);
      };
      this.screen(
        `instructions-${i}`,
        () => html`<study-instructions .locale=${l} .index=${i} .total=${total} .instructions=${planned?.task.instructions}
          ?focus-heading=${focus} @study-begin=${onBegin}></study-instructions>`,
      );
    } else if (phase.kind === 'task') void this.showTask(phase.taskIndex, focus, fresh);
    else if (phase.kind === 'questionnaire') {
      const i = phase.taskIndex;
      const onAnswers = (e: Detail<{ answers: Record<string, number> }>) =>
        this.answer('questionnaire', { answers: e.detail.answers, locale: l }, i);
      this.screen(
        `questionnaire-${i}`,
        () => html`<study-questionnaire .locale=${l} .questionnaire=${session.questionnaire} .index=${i} .total=${total}
          ?focus-heading=${focus} @study-questionnaire=${onAnswers}></study-questionnaire>`,
      );
    } else this.showEnd(focus);
  }

  /** Records a screen's answer, then goes on to the next phase, ending the session after the last. */
  private async answer(type: StudyEventType, data: StudyEvent['data'], taskIndex: number | null): Promise<void> {
    await this.record(type, data, taskIndex);
    const phase = this.phase;
    if (phase.kind === 'done' && !this.ended) await this.record('session-end', {}, null);
    this.show(phase, true, true);
  }

  private showChoiceQuestions(kind: 'background' | 'preference'): void {
    const { session } = this;
    const b = session.screens?.background;
    const p = session.screens?.preference;
    let questions = b?.questions ?? [];
    let heading = b?.title;
    const intro = kind === 'background' ? b?.intro : undefined;
    if (kind === 'preference') {
      // The two versions in the order the participant met them, then "no difference": the list itself favours neither.
      const position = (v: string) => (v === 'same' ? 2 : Math.max(0, session.order.indexOf(v as Variant)));
      questions = p ? [{ ...p, options: [...p.options].sort((x, y) => position(x.value) - position(y.value)) }] : [];
      heading = p?.text;
    }
    const onAnswers = (e: Detail<{ answers: Record<string, string> }>) => {
      const answers = e.detail.answers;
      if (kind === 'background') void this.answer('background', { answers }, null);
      else void this.answer('preference', { answer: answers[p?.id ?? 'preference'] ?? null }, null);
    };
    this.screen(
      kind,
      () => html`<study-choice-questions .locale=${session.locale} .questions=${questions} .heading=${heading} .intro=${intro}
        @study-answers=${onAnswers}></study-choice-questions>`,
    );
  }

  private async showTask(taskIndex: number, focus: boolean, fresh: boolean): Promise<void> {
    const { session } = this;
    const planned = session.plan[taskIndex];
    if (!planned) return;
    if (fresh) clearAdviceState();
    const onChoice = async (e: Detail<{ option: string }>) => {
      const picked = e.detail.option;
      const advice = this.adviceShown(e.currentTarget as HTMLElement, planned.variant, taskIndex);
      const target = planned.task.target;
      const correct = target ? (await rank(this.model, target)).best : null;
      await this.record(
        'choice',
        {
          option: picked,
          advice,
          matchesAdvice: advice === null ? null : picked === advice,
          ...(target ? { correct, choiceCorrect: correct === null ? null : picked === correct } : {}),
        },
        taskIndex,
      );
      clearAdviceState();
      this.show({ kind: 'questionnaire', taskIndex }, true, false);
    };
    const strings = demoStrings[session.locale];
    this.screen(
      `task-${taskIndex}`,
      () => html`<study-task .locale=${session.locale} .index=${taskIndex} .total=${session.plan.length} .instructions=${planned.task.instructions}
        .options=${this.model.options} ?focus-heading=${focus} @study-choice=${onChoice}></study-task>`,
      planned.variant === 'classic' ? strings.classicIntro : strings.intro,
    );
    const task = this.frame.app.querySelector('study-task');
    if (!task) return;
    await task.updateComplete;
    this.mount(task.container, planned.variant);
    this.currentTask = taskIndex;
    // The recorder hears the variant's events and the choice's controls; the classic form's own events are kept too.
    const stopRecorder = this.recorder.attach(task);
    const stopForm = recordClassicForm(task, (type, data) => {
      this.record(type, data, taskIndex).catch(() => undefined);
    });
    this.detach = () => {
      stopRecorder();
      stopForm();
    };
  }

  /** The advice the participant has on screen: the module's best option, or the classic form's last shown advice (none before submitting). */
  private adviceShown(task: HTMLElement, variant: Variant, taskIndex: number): string | null {
    if (variant === 'classic') {
      const shown = this.events.filter((e) => e.type === 'advice-shown' && e.taskIndex === taskIndex).pop();
      return typeof shown?.data.best === 'string' ? shown.data.best : null;
    }
    return task.querySelector<AdviceModuleElement>('advice-module')?.result?.best ?? null;
  }

  private showEnd(focus: boolean): void {
    const declined = this.events.some((e) => e.type === 'consent' && e.data.agreed !== true);
    let saved: Readonly<Record<number, string>> = Object.fromEntries(
      this.events
        .filter((e) => e.type === 'note' && e.taskIndex !== null && typeof e.data.text === 'string')
        .map((e) => [e.taskIndex, e.data.text]),
    );
    const onNotes = async (e: Detail<{ notes: Record<number, string> }>) => {
      const next = { ...saved };
      for (const [i, text] of Object.entries(e.detail.notes)) {
        // The facilitator's own words, kept as written: the one place where typed text is recorded.
        await this.record('note', { text }, Number(i));
        next[Number(i)] = text;
      }
      saved = next;
      this.frame.repaint();
    };
    const locale = this.frame.locale;
    const view = () =>
      html`<study-end .locale=${locale()} ?declined=${declined} .plan=${declined ? [] : this.session.plan} .saved=${saved}
        ?focus-heading=${focus} @study-notes=${onNotes}></study-end>`;
    this.frame.paint({ key: 'end', heading: () => studyStrings[locale()].studyHeading, intro: () => null, view }, true);
  }
}
