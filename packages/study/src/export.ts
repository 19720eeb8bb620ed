import { type AnswerRow, answerRows, type TaskMeasures, taskMeasures } from './measures.js';
import { PRECISION, round } from './round.js';
import type { Json, StudyEvent, StudySession } from './types.js';

/** A session with its log, as read from the storage. */
export interface SessionLog {
  readonly session: StudySession;
  readonly events: readonly StudyEvent[];
}

/** One session in the JSON export: everything kept, plus what is derived from it. */
export interface SessionExport {
  readonly session: StudySession;
  /** Epoch ms of `session-start` and `session-end` (null while under way). */
  readonly startedAt: number | null;
  readonly endedAt: number | null;
  readonly events: readonly StudyEvent[];
  readonly measures: readonly TaskMeasures[];
  readonly answers: readonly AnswerRow[];
}

/** The JSON export file. */
export interface StudyExport {
  readonly format: 'advice-kit-study';
  readonly version: 1;
  readonly exportedAt: string;
  readonly sessions: readonly SessionExport[];
}

/** Derived numbers as exported: dimension means to PRECISION.scale decimals. */
function roundedMeasures(measures: readonly TaskMeasures[]): TaskMeasures[] {
  return measures.map((m) => ({
    ...m,
    dimensions: Object.fromEntries(Object.entries(m.dimensions).map(([id, v]) => [id, round(v, PRECISION.scale)])),
  }));
}

export function sessionExport({ session, events }: SessionLog): SessionExport {
  return {
    session,
    startedAt: events.find((e) => e.type === 'session-start')?.at ?? null,
    endedAt: events.find((e) => e.type === 'session-end')?.at ?? null,
    events,
    measures: roundedMeasures(taskMeasures(session, events)),
    answers: answerRows(session, events),
  };
}

/** The complete export of some sessions as an object. */
export function studyExport(logs: readonly SessionLog[], now: number = Date.now()): StudyExport {
  return { format: 'advice-kit-study', version: 1, exportedAt: new Date(now).toISOString(), sessions: logs.map(sessionExport) };
}

/** The complete export as JSON text (two-space indent). */
export function exportJson(logs: readonly SessionLog[], now: number = Date.now()): string {
  return `${JSON.stringify(studyExport(logs, now), null, 2)}\n`;
}

// ---- CSV ------------------------------------------------------------------------

type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): empty for null, numbers as JavaScript writes them
 * (a point for decimals), text quoted when it holds a comma, quote or line
 * break. Text that a spreadsheet would run as a formula (starting with `=`,
 * `+`, `-`, `@`, tab or carriage return, and not a number) gets a leading `'`.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV column: its header and what it holds, for the documentation. */
export interface CsvColumn<Row> {
  readonly name: string;
  readonly description: string;
  readonly value: (row: Row) => Cell;
}

/** CSV text: a header line, then one line per row, lines ending in CRLF. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvCell(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Parses CSV as {@link toCsv} writes it (RFC 4180): rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const iso = (ms: number | null | undefined): string | null => (typeof ms === 'number' ? new Date(ms).toISOString() : null);
const str = (v: Json | undefined): string | null => (typeof v === 'string' ? v : null);
const keys = (v: Json | undefined): string | null => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const k = Object.keys(v);
  return k.length > 0 ? k.join(' ') : null;
};
const scalar = (v: Json | undefined): Cell => (v === null || typeof v !== 'object' ? v : JSON.stringify(v));

/** An event with its session, for the events CSV. */
export interface EventRow {
  readonly session: StudySession;
  readonly event: StudyEvent;
}

/** The columns of the events CSV: one row per event. */
export const EVENT_COLUMNS: readonly CsvColumn<EventRow>[] = [
  { name: 'session_id', description: 'The session (random id).', value: (r) => r.session.id },
  { name: 'participant', description: "The researcher's participant code.", value: (r) => r.session.participant },
  {
    name: 'event_id',
    description: '`<session_id>/<seq>`: unique across sessions; the same `id` as in the JSON.',
    value: (r) => r.event.id,
  },
  { name: 'seq', description: 'Number of the event in its session: 1, 2, 3… in the order recorded.', value: (r) => r.event.seq },
  { name: 'time', description: 'When it happened: ISO 8601, UTC.', value: (r) => iso(r.event.at) },
  { name: 'time_ms', description: 'The same moment in milliseconds since 1970 (the JSON `at`).', value: (r) => r.event.at },
  {
    name: 'task_number',
    description: 'Task in the plan, 1-based (the JSON `taskIndex` + 1); empty outside a task.',
    value: (r) => (r.event.taskIndex === null ? null : r.event.taskIndex + 1),
  },
  { name: 'task_id', description: 'The task\u2019s id from tasks.json.', value: (r) => taskOf(r)?.task.id ?? null },
  { name: 'variant', description: '`classic` or `interactive`: the variant of that task.', value: (r) => taskOf(r)?.variant ?? null },
  { name: 'type', description: 'Event type (see the list of event types).', value: (r) => r.event.type },
  {
    name: 'action',
    description:
      '`advice-change`: what changed (answer, weight, preset, scenario-…); `advice-handoff`: copy-link, copy-summary, print, share, contact.',
    value: (r) => str(r.event.data.action),
  },
  {
    name: 'view',
    description: '`advice-view`: which part was opened or seen (tipping-point, chart, chart-table, why, ranking, handoff…).',
    value: (r) => str(r.event.data.view),
  },
  {
    name: 'factor',
    description: '`advice-view`/`advice-step`: the factor; `advice-change`: the answers that changed, space-separated.',
    value: (r) => str(r.event.data.factorId) ?? (r.event.type === 'advice-change' ? keys(r.event.data.changedFactors) : null),
  },
  {
    name: 'criterion',
    description: '`advice-view`: the criterion; `advice-change`: the weights that changed, space-separated.',
    value: (r) => str(r.event.data.criterionId) ?? (r.event.type === 'advice-change' ? keys(r.event.data.changedWeights) : null),
  },
  { name: 'control', description: '`input`/`change`: the control\u2019s name or id.', value: (r) => str(r.event.data.control) },
  {
    name: 'value',
    description: '`input`/`change`: the control\u2019s value when kept (choices, sliders, numbers; never typed text).',
    value: (r) => (r.event.type === 'input' || r.event.type === 'change' ? scalar(r.event.data.value) : null),
  },
  {
    name: 'best',
    description: '`advice-change`, `advice-shown`: the advice after the change or shown; `choice`: the advice shown when choosing.',
    value: (r) => str(r.event.data.best) ?? str(r.event.data.advice),
  },
  { name: 'option', description: '`choice`: the option the participant chose.', value: (r) => str(r.event.data.option) },
  { name: 'data', description: 'Everything the event carries, as JSON (the JSON `data`).', value: (r) => JSON.stringify(r.event.data) },
];

function taskOf(r: EventRow) {
  return r.event.taskIndex === null ? undefined : r.session.plan[r.event.taskIndex];
}

/** The events CSV of some sessions: one row per event, sessions in the order given. */
export function eventsCsv(logs: readonly SessionLog[]): string {
  return toCsv(
    EVENT_COLUMNS,
    logs.flatMap(({ session, events }) => events.map((event) => ({ session, event }))),
  );
}

/** An answer with its session, for the answers CSV. */
export interface AnswerCsvRow {
  readonly session: StudySession;
  readonly answer: AnswerRow;
}

/** The columns of the answers CSV: one row per questionnaire answer. */
export const ANSWER_COLUMNS: readonly CsvColumn<AnswerCsvRow>[] = [
  { name: 'session_id', description: 'The session.', value: (r) => r.session.id },
  { name: 'participant', description: "The researcher's participant code.", value: (r) => r.session.participant },
  { name: 'task_number', description: 'The task the questionnaire followed, 1-based.', value: (r) => r.answer.taskIndex + 1 },
  { name: 'task_id', description: 'The task\u2019s id.', value: (r) => r.answer.taskId },
  { name: 'variant', description: '`classic` or `interactive`.', value: (r) => r.answer.variant },
  {
    name: 'event_id',
    description: 'The `questionnaire` event that holds the answers (also in the events CSV).',
    value: (r) => r.answer.eventId,
  },
  { name: 'time', description: 'When the answers were saved: ISO 8601, UTC.', value: (r) => iso(r.answer.answeredAt) },
  { name: 'time_ms', description: 'The same in milliseconds since 1970.', value: (r) => r.answer.answeredAt },
  { name: 'locale', description: 'Language the participant answered in: nl or en.', value: (r) => r.answer.locale },
  { name: 'section', description: 'Questionnaire section id.', value: (r) => r.answer.sectionId },
  { name: 'scale', description: '`likert` (dimension items) or `sus`.', value: (r) => r.answer.sectionKind },
  { name: 'dimension', description: 'Dimension id of a Likert item; empty for SUS.', value: (r) => r.answer.dimension },
  { name: 'item_id', description: 'Item id from questionnaire.json.', value: (r) => r.answer.itemId },
  { name: 'item_number', description: 'Position in its section, 1-based (SUS scoring uses it).', value: (r) => r.answer.itemNumber },
  { name: 'item_text', description: 'The item as the participant read it.', value: (r) => r.answer.itemText },
  { name: 'scale_points', description: 'Points of the scale: 7 (Likert) or 5 (SUS).', value: (r) => r.answer.scalePoints },
  {
    name: 'reversed',
    description: 'Whether the item is worded against its dimension, and so scored turned round (SUS: the even items).',
    value: (r) => r.answer.reversed,
  },
  { name: 'value', description: 'The answer, 1…scale_points; empty if skipped.', value: (r) => r.answer.value },
  {
    name: 'scored',
    description: 'Reversed items turned round (points + 1 − value); SUS items as their 0–4 contribution.',
    value: (r) => r.answer.scored,
  },
];

export function answersCsv(logs: readonly SessionLog[]): string {
  return toCsv(
    ANSWER_COLUMNS,
    logs.flatMap(({ session, events }) => answerRows(session, events).map((answer) => ({ session, answer }))),
  );
}

/** A task's measures with its session, for the measures CSV. */
export interface MeasureCsvRow {
  readonly session: StudySession;
  readonly measures: TaskMeasures;
}

/** The fixed columns of the measures CSV (one row per task); a `mean_<dimension>` column per dimension follows. */
export const MEASURE_COLUMNS: readonly CsvColumn<MeasureCsvRow>[] = [
  { name: 'session_id', description: 'The session.', value: (r) => r.session.id },
  { name: 'participant', description: "The researcher's participant code.", value: (r) => r.session.participant },
  { name: 'design', description: '`single` (one variant) or `within` (both, counterbalanced).', value: (r) => r.session.design },
  {
    name: 'order',
    description: 'Within: A (classic first) or B (interactive first).',
    value: (r) => (r.session.orderIndex === null ? null : r.session.orderIndex % 2 === 0 ? 'A' : 'B'),
  },
  { name: 'task_number', description: 'Task in the plan, 1-based.', value: (r) => r.measures.taskIndex + 1 },
  { name: 'task_id', description: 'The task\u2019s id.', value: (r) => r.measures.taskId },
  { name: 'variant', description: '`classic` or `interactive`.', value: (r) => r.measures.variant },
  { name: 'started', description: 'Task start (ISO 8601, UTC).', value: (r) => iso(r.measures.startedAt) },
  { name: 'decided', description: 'The choice (ISO 8601, UTC).', value: (r) => iso(r.measures.decidedAt) },
  { name: 'time_to_decision_ms', description: 'decided − started in ms.', value: (r) => r.measures.timeToDecisionMs },
  { name: 'answer_changes', description: 'Answers changed (`advice-change` answer).', value: (r) => r.measures.answerChanges },
  { name: 'weight_changes', description: 'Weights moved or presets chosen.', value: (r) => r.measures.weightChanges },
  { name: 'scenarios_explored', description: 'Scenarios added or copied.', value: (r) => r.measures.scenariosExplored },
  { name: 'scenario_switches', description: 'Switches between scenarios.', value: (r) => r.measures.scenarioSwitches },
  { name: 'scenarios_compared', description: 'Comparison of the scenarios seen.', value: (r) => r.measures.scenariosCompared },
  { name: 'tipping_point_views', description: 'Tipping points seen.', value: (r) => r.measures.tippingPointViews },
  { name: 'chart_views', description: 'Chart or its table seen.', value: (r) => r.measures.chartViews },
  {
    name: 'handoff_seen',
    description: 'Summary for an employee seen (half of it in view for a second).',
    value: (r) => r.measures.handoffSeen,
  },
  {
    name: 'handoff_opened',
    description: 'Hand-off used: copied, printed, shared or a contact link followed (seeing it is not enough).',
    value: (r) => r.measures.handoffOpened,
  },
  { name: 'reloads', description: 'Reloads during the task.', value: (r) => r.measures.reloads },
  { name: 'choice', description: 'Option chosen.', value: (r) => r.measures.choice },
  { name: 'advice', description: 'Advice shown when choosing.', value: (r) => r.measures.advice },
  {
    name: 'choice_matches_advice',
    description: 'choice = advice; empty when no advice was shown (classic form never submitted).',
    value: (r) => r.measures.choiceMatchesAdvice,
  },
  {
    name: 'correct',
    description: "The model's best option for the task's target situation (tasks.json) at the default weights.",
    value: (r) => r.measures.correct,
  },
  { name: 'choice_correct', description: 'choice = correct; empty without a target.', value: (r) => r.measures.choiceCorrect },
  { name: 'form_submits', description: 'Classic: presses on the submit button.', value: (r) => r.measures.formSubmits },
  { name: 'form_errors', description: 'Classic: submits refused with validation errors.', value: (r) => r.measures.formErrors },
  { name: 'form_edits', description: 'Classic: "Antwoorden wijzigen" pressed.', value: (r) => r.measures.formEdits },
  { name: 'advices_shown', description: 'Classic: times an advice was shown.', value: (r) => r.measures.advicesShown },
  { name: 'sus', description: 'SUS score 0–100.', value: (r) => r.measures.sus },
];

export function measuresCsv(logs: readonly SessionLog[]): string {
  const dimensionIds = [...new Set(logs.flatMap(({ session }) => session.questionnaire.dimensions.map((d) => d.id)))];
  const columns: CsvColumn<MeasureCsvRow>[] = [
    ...MEASURE_COLUMNS,
    ...dimensionIds.map((id) => ({
      name: `mean_${id}`,
      description: `Mean scored answer on ${id}.`,
      value: (r: MeasureCsvRow) => round(r.measures.dimensions[id], PRECISION.scale),
    })),
  ];
  return toCsv(
    columns,
    logs.flatMap(({ session, events }) => taskMeasures(session, events).map((measures) => ({ session, measures }))),
  );
}
