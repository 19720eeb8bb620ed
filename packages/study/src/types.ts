import type { AdviceEventName, BuiltInLocale } from '@advice-kit/core';
/** A JSON value: what an event may carry. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** Text in Dutch and English. */
export interface StudyText {
  readonly nl: string;
  readonly en: string;
}

/**
 * The language a participant answers in: one of the kit's built-in languages,
 * in which every study text is written. Kept as a name for existing imports.
 */
export type StudyLocale = BuiltInLocale;

/** The two ways of giving advice that a study compares. */
export type Variant = 'classic' | 'interactive';

export const VARIANTS: readonly Variant[] = ['classic', 'interactive'];

/** A task a participant does: read the instructions, use the module, choose. */
export interface StudyTask {
  readonly id: string;
  /** Short name for the researcher's lists and exports. */
  readonly title: StudyText;
  /** What the participant reads before and during the task. */
  readonly instructions: StudyText;
  /**
   * The situation the instructions describe (factor id → value). From it the
   * model's best option at its default weights is worked out when the
   * participant chooses, and recorded as the task's correct answer.
   */
  readonly target?: { readonly [factorId: string]: string | number | boolean };
  /** What the facilitator watches for in this task (shown on the facilitator's screen only). */
  readonly notes?: StudyText;
}

/** One task in a session's plan, with the variant the participant uses for it. */
export interface PlannedTask {
  readonly task: StudyTask;
  readonly variant: Variant;
}

/** A question with fixed answers (background questions, the preference question). */
export interface ChoiceQuestion {
  readonly id: string;
  readonly text: StudyText;
  readonly hint?: StudyText;
  readonly options: readonly { readonly value: string; readonly label: StudyText }[];
}

/**
 * The optional screens around the tasks, as configured in the demo's
 * study/screens.json; a session keeps the ones it used.
 */
export interface StudyScreens {
  /** Before anything else: what the study is, and agreeing to take part. Declining ends the session. */
  readonly consent?: {
    readonly title: StudyText;
    readonly paragraphs: readonly StudyText[];
    readonly agree: StudyText;
    readonly decline: StudyText;
  };
  /** After consent: a few questions about the participant (answers from fixed options; nothing typed). */
  readonly background?: {
    readonly title: StudyText;
    readonly intro?: StudyText;
    readonly questions: readonly ChoiceQuestion[];
  };
  /**
   * After the last task of a within-subject session: which version gave more
   * confidence. Its options' values are `classic`, `interactive` and `same`;
   * the two versions are offered in the order the participant met them.
   */
  readonly preference?: ChoiceQuestion;
}

/**
 * `single`: every task in one variant (between-subject designs).
 * `within`: the variants alternate over the tasks in a counterbalanced order.
 */
export type StudyDesign = 'single' | 'within';

/**
 * A study session: who (a participant code, never a name), which plan, which
 * questionnaire. Written once when the session starts; everything that happens
 * after is in the event log, from which progress, measures and answers are derived.
 */
export interface StudySession {
  readonly id: string;
  /** The researcher's code for the participant, e.g. `P07`. */
  readonly participant: string;
  readonly design: StudyDesign;
  /** The variants in the order they alternate over the tasks. */
  readonly order: readonly Variant[];
  /** For `within`: the row of the counterbalancing square (0 = order A, 1 = order B). */
  readonly orderIndex: number | null;
  /** The row of the Latin square over the tasks (0 = the order of tasks.json); absent in sessions from before it existed. */
  readonly taskOrderIndex?: number;
  /** The optional screens this session shows (consent, background, preference). */
  readonly screens?: StudyScreens;
  readonly plan: readonly PlannedTask[];
  /** The questionnaire as it was when the session started, so exports stay self-explaining after edits. */
  readonly questionnaire: Questionnaire;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly locale: StudyLocale;
}

/** The kinds of events a study records. */
export type StudyEventType =
  | 'session-start'
  | 'session-end'
  | 'task-start'
  | 'resume'
  | AdviceEventName
  | 'input'
  | 'change'
  | 'choice'
  | 'questionnaire'
  | 'form-submit'
  | 'form-error'
  | 'form-edit'
  | 'advice-shown'
  | 'consent'
  | 'background'
  | 'preference'
  | 'note';

/** An event as the recorder hands it to the log. */
export interface NewStudyEvent {
  readonly type: StudyEventType;
  /** Epoch milliseconds when it happened. */
  readonly at: number;
  /** 0-based index in the session's plan, or null outside a task. */
  readonly taskIndex: number | null;
  readonly data: { readonly [key: string]: Json };
}

/** An event as the log keeps it: append-only, numbered per session. */
export interface StudyEvent extends NewStudyEvent {
  /** `<sessionId>/<seq>`: unique across sessions. */
  readonly id: string;
  readonly sessionId: string;
  /** 1, 2, 3… in the order the events were appended. */
  readonly seq: number;
}

// ---- questionnaires ----------------------------------------------------------

/** The ends of a rating scale, e.g. "Helemaal mee oneens" … "Helemaal mee eens". */
export interface RatingScale {
  /** Number of points: 7 for the dimension items, 5 for SUS. Values are 1…points. */
  readonly points: number;
  readonly minLabel: StudyText;
  readonly maxLabel: StudyText;
}

export interface QuestionnaireItem {
  readonly id: string;
  readonly text: StudyText;
  /** The dimension of personal service it measures (an id from `dimensions`); none for SUS items. */
  readonly dimension?: string;
  /** Worded against the dimension: scored as points + 1 − value. */
  readonly reversed?: boolean;
}

export interface QuestionnaireSection {
  readonly id: string;
  /** `likert`: items scored per dimension; `sus`: the 10 System Usability Scale items in their standard order. */
  readonly kind: 'likert' | 'sus';
  readonly title: StudyText;
  readonly intro?: StudyText;
  readonly scale: RatingScale;
  readonly items: readonly QuestionnaireItem[];
}

export interface QuestionnaireDimension {
  readonly id: string;
  readonly label: StudyText;
}

/** A questionnaire, as in the demo's questionnaire.json. */
export interface Questionnaire {
  readonly id: string;
  readonly version: number;
  readonly dimensions: readonly QuestionnaireDimension[];
  readonly sections: readonly QuestionnaireSection[];
}

/** A participant's answers to one questionnaire: item id → value on the item's scale. */
export type Answers = Readonly<Record<string, number>>;
