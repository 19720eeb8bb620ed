/**
 * @advice-kit/study — usability studies of advice modules: sessions, a durable
 * append-only event log fed by the module's events, derived measures,
 * questionnaires with SUS scoring, and JSON/CSV export. Everything stays in
 * the browser; nothing is sent anywhere.
 *
 * DOM-free: types, session, questionnaire, measures, record, export, storage
 * (MemoryStorage), journal (with any Web Storage–like store). Browser only:
 * IndexedDbStorage, StudyRecorder, webStorageJournal's default localStorage.
 */
export {
  ANSWER_COLUMNS,
  type AnswerCsvRow,
  answersCsv,
  type CsvColumn,
  csvCell,
  EVENT_COLUMNS,
  type EventRow,
  eventsCsv,
  exportJson,
  MEASURE_COLUMNS,
  type MeasureCsvRow,
  measuresCsv,
  parseCsv,
  type SessionExport,
  type SessionLog,
  type StudyExport,
  sessionExport,
  studyExport,
  toCsv,
} from './export.js';
export {
  type DesignTest,
  type FindingMeasure,
  type Findings,
  findingMeasures,
  findings,
  type MeasureFinding,
} from './findings.js';
export { DESCRIPTIVE_COLUMNS, digitsOf, findingsDescriptivesCsv, findingsTestsCsv, TEST_COLUMNS } from './findings-export.js';
export { IndexedDbStorage, STUDY_DB_NAME } from './idb-storage.js';
export {
  JOURNAL_PREFIX,
  type JournalStore,
  recoverJournal,
  recoverJournals,
  type StudyJournal,
  webStorageJournal,
} from './journal.js';
export { type AnswerRow, answerRows, answersOf, type TaskMeasures, taskMeasures } from './measures.js';
export { checkLog, type ImportFile, type MergeProblem, type MergeProblemCode, type MergeResult, mergeExports } from './merge.js';
export {
  type QuestionnaireProblem,
  type QuestionnaireScores,
  questionnaireItems,
  SUS_ITEMS,
  scoredValue,
  scoreQuestionnaire,
  susContribution,
  susScore,
  unanswered,
  validateQuestionnaire,
} from './questionnaire.js';
export {
  type AdviceChangeLike,
  type AdviceSnapshot,
  adviceChangeData,
  adviceDetailData,
  type ControlInfo,
  controlData,
  keepsValue,
  lastSnapshot,
} from './record.js';
export { describeControl, StudyRecorder, type StudyRecorderOptions } from './recorder.js';
export { PRECISION, round } from './round.js';
export {
  type Assignment,
  counterbalance,
  createSession,
  isCompleted,
  isEnded,
  newId,
  nextAssignment,
  nextOrderIndex,
  normaliseParticipant,
  planTasks,
  type SessionPhase,
  type SessionSetup,
  sameParticipant,
  sessionPhase,
  squareSize,
} from './session.js';
export {
  type Descriptives,
  describe,
  EXACT_LIMIT,
  type Interval,
  mannWhitney,
  rank,
  signedRank,
  type TestResult,
} from './stats.js';
export { MemoryStorage, type StudyStorage, storedEvent } from './storage.js';
export * from './types.js';
