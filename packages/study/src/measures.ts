import { isReversed, questionnaireItems, scoredValue, scoreQuestionnaire } from './questionnaire.js';
import type { Answers, StudyEvent, StudySession, Variant } from './types.js';

/** Measures derived from one task's events. */
export interface TaskMeasures {
  readonly taskIndex: number;
  readonly taskId: string;
  readonly variant: Variant;
  /** Epoch ms of `task-start` (null before it). */
  readonly startedAt: number | null;
  /** Epoch ms of the choice (null before it). */
  readonly decidedAt: number | null;
  /** decidedAt − startedAt: time to decision, in ms, reloads included. */
  readonly timeToDecisionMs: number | null;
  /** `advice-change` events with action `answer`. */
  readonly answerChanges: number;
  /** `advice-change` events with action `weight` or `preset` (a drag counts once per advice it produced). */
  readonly weightChanges: number;
  /** Scenarios added or copied (`scenario-add`, `scenario-duplicate`). */
  readonly scenariosExplored: number;
  /** Switches between scenarios and the own situation (`scenario-activate`). */
  readonly scenarioSwitches: number;
  /** Whether the comparison of the scenarios was on screen (`advice-view` with view `scenarios`). */
  readonly scenariosCompared: boolean;
  /** `advice-view` with view `tipping-point`. */
  readonly tippingPointViews: number;
  /** `advice-view` with view `chart` or `chart-table`. */
  readonly chartViews: number;
  /** Whether the summary for an employee was seen (`advice-view` handoff: half of it in view for a second). */
  readonly handoffSeen: boolean;
  /** Whether the participant used the hand-off: copied, printed, shared or followed a contact link (any `advice-handoff`). Seeing it is not enough. */
  readonly handoffOpened: boolean;
  /** Page reloads or re-openings during the task (`resume` events). */
  readonly reloads: number;
  /** The option the participant chose, or null before the choice. */
  readonly choice: string | null;
  /** The advice (best option) shown when they chose. */
  readonly advice: string | null;
  /** choice === advice; null before the choice or when no advice was shown (classic: never submitted). */
  readonly choiceMatchesAdvice: boolean | null;
  /** The model's best option for the task's target situation at the default weights; null without a target. */
  readonly correct: string | null;
  /** choice === correct; null before the choice or without a target. */
  readonly choiceCorrect: boolean | null;
  /** Classic form: times the participant pressed the submit button (`form-submit`). */
  readonly formSubmits: number;
  /** Classic form: submits refused with validation errors (`form-error`). */
  readonly formErrors: number;
  /** Classic form: "Antwoorden wijzigen" after seeing the advice (`form-edit`). */
  readonly formEdits: number;
  /** Classic form: times an advice was shown (`advice-shown`). */
  readonly advicesShown: number;
  /** SUS score 0…100 of the questionnaire after the task. */
  readonly sus: number | null;
  /** Mean scored answer per dimension id. */
  readonly dimensions: Readonly<Record<string, number | null>>;
}

/** The answers of the questionnaire after task `taskIndex` (the last one, if it was saved twice). */
export function answersOf(events: readonly StudyEvent[], taskIndex: number): { event: StudyEvent; answers: Answers } | undefined {
  const found = events.filter((e) => e.type === 'questionnaire' && e.taskIndex === taskIndex).pop();
  if (!found) return undefined;
  const raw = (found.data.answers ?? {}) as Record<string, unknown>;
  const answers: Record<string, number> = {};
  for (const [id, v] of Object.entries(raw)) if (typeof v === 'number') answers[id] = v;
  return { event: found, answers };
}

/** Every task's measures, in plan order. */
export function taskMeasures(session: StudySession, events: readonly StudyEvent[]): TaskMeasures[] {
  return session.plan.map((planned, taskIndex) => {
    const own = events.filter((e) => e.taskIndex === taskIndex);
    const changes = own.filter((e) => e.type === 'advice-change').map((e) => e.data.action);
    const views = own.filter((e) => e.type === 'advice-view').map((e) => e.data.view);
    const start = own.find((e) => e.type === 'task-start');
    const choice = own.find((e) => e.type === 'choice');
    const chosen = typeof choice?.data.option === 'string' ? choice.data.option : null;
    const advice = typeof choice?.data.advice === 'string' ? choice.data.advice : null;
    const correct = typeof choice?.data.correct === 'string' ? choice.data.correct : null;
    const count = (type: StudyEvent['type']) => own.filter((e) => e.type === type).length;
    const answered = answersOf(events, taskIndex);
    const scores = answered ? scoreQuestionnaire(session.questionnaire, answered.answers) : undefined;
    const dimensions: Record<string, number | null> = {};
    for (const d of session.questionnaire.dimensions) dimensions[d.id] = scores?.dimensions[d.id] ?? null;
    return {
      taskIndex,
      taskId: planned.task.id,
      variant: planned.variant,
      startedAt: start?.at ?? null,
      decidedAt: choice?.at ?? null,
      timeToDecisionMs: start && choice ? choice.at - start.at : null,
      answerChanges: changes.filter((a) => a === 'answer').length,
      weightChanges: changes.filter((a) => a === 'weight' || a === 'preset').length,
      scenariosExplored: changes.filter((a) => a === 'scenario-add' || a === 'scenario-duplicate').length,
      scenarioSwitches: changes.filter((a) => a === 'scenario-activate').length,
      scenariosCompared: views.includes('scenarios'),
      tippingPointViews: views.filter((v) => v === 'tipping-point').length,
      chartViews: views.filter((v) => v === 'chart' || v === 'chart-table').length,
      handoffSeen: views.includes('handoff'),
      handoffOpened: own.some((e) => e.type === 'advice-handoff'),
      reloads: own.filter((e) => e.type === 'resume').length,
      choice: chosen,
      advice,
      choiceMatchesAdvice: chosen !== null && advice !== null ? chosen === advice : null,
      correct,
      choiceCorrect: chosen !== null && correct !== null ? chosen === correct : null,
      formSubmits: count('form-submit'),
      formErrors: count('form-error'),
      formEdits: count('form-edit'),
      advicesShown: count('advice-shown'),
      sus: scores?.sus ?? null,
      dimensions,
    };
  });
}

/** One questionnaire answer, as in the answers CSV. */
export interface AnswerRow {
  readonly taskIndex: number;
  readonly taskId: string;
  readonly variant: Variant;
  readonly eventId: string;
  readonly answeredAt: number;
  readonly locale: string | null;
  readonly sectionId: string;
  readonly sectionKind: 'likert' | 'sus';
  readonly dimension: string | null;
  readonly itemId: string;
  /** 1-based position in its section (SUS scoring depends on it). */
  readonly itemNumber: number;
  readonly itemText: string;
  readonly scalePoints: number;
  readonly reversed: boolean;
  readonly value: number | null;
  /** Reversed items turned round; SUS items as their 0…4 contribution. */
  readonly scored: number | null;
}

/** Every answer of every questionnaire in the session, one row per item. */
export function answerRows(session: StudySession, events: readonly StudyEvent[]): AnswerRow[] {
  const rows: AnswerRow[] = [];
  session.plan.forEach((planned, taskIndex) => {
    const answered = answersOf(events, taskIndex);
    if (!answered) return;
    const locale = typeof answered.event.data.locale === 'string' ? answered.event.data.locale : null;
    const lang = locale === 'en' ? 'en' : 'nl';
    for (const { section, item, number } of questionnaireItems(session.questionnaire)) {
      const v = answered.answers[item.id];
      const value = typeof v === 'number' ? v : null;
      rows.push({
        taskIndex,
        taskId: planned.task.id,
        variant: planned.variant,
        eventId: answered.event.id,
        answeredAt: answered.event.at,
        locale,
        sectionId: section.id,
        sectionKind: section.kind,
        dimension: item.dimension ?? null,
        itemId: item.id,
        itemNumber: number,
        itemText: item.text[lang],
        scalePoints: section.scale.points,
        reversed: isReversed(section, item, number),
        value,
        scored: value === null ? null : scoredValue(section, item, number, value),
      });
    }
  });
  return rows;
}
