import type { Answers, Questionnaire, QuestionnaireItem, QuestionnaireSection } from './types.js';

/** Number of SUS items. */
export const SUS_ITEMS = 10;

/**
 * The System Usability Scale score (Brooke, 1996) of ten answers on the
 * 5-point scale, in the standard item order: odd items (positively worded)
 * count answer − 1, even items (negatively worded) count 5 − answer; the sum
 * (0…40) times 2.5 gives 0…100. Null when an answer is missing or not a whole
 * number from 1 to 5: a partial SUS has no score.
 */
export function susScore(answers: readonly (number | null | undefined)[]): number | null {
  if (answers.length !== SUS_ITEMS) return null;
  let sum = 0;
  for (let i = 0; i < SUS_ITEMS; i++) {
    const a = answers[i];
    if (typeof a !== 'number' || !Number.isInteger(a) || a < 1 || a > 5) return null;
    sum += susContribution(i + 1, a);
  }
  return sum * 2.5;
}

/** One SUS item's contribution (0…4): item 1, 3, 5, 7, 9 → answer − 1; item 2, 4, 6, 8, 10 → 5 − answer. */
export function susContribution(itemNumber: number, answer: number): number {
  return itemNumber % 2 === 1 ? answer - 1 : 5 - answer;
}

/** A problem in a questionnaire definition. */
export interface QuestionnaireProblem {
  readonly path: string;
  readonly message: string;
}

const isText = (t: unknown): boolean =>
  typeof t === 'object' &&
  t !== null &&
  typeof (t as { nl?: unknown }).nl === 'string' &&
  typeof (t as { en?: unknown }).en === 'string' &&
  (t as { nl: string }).nl.trim() !== '' &&
  (t as { en: string }).en.trim() !== '';

/**
 * Checks a questionnaire definition (e.g. an edited questionnaire.json): unique
 * ids, texts in Dutch and English, scales of 2 to 11 points, dimensions that
 * exist, and a SUS section of exactly ten items on a 5-point scale.
 */
export function validateQuestionnaire(value: unknown): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (typeof value !== 'object' || value === null) return [{ path: '', message: 'is not an object' }];
  const q = value as Partial<Questionnaire>;
  if (typeof q.id !== 'string' || q.id === '') add('id', 'is missing');
  if (typeof q.version !== 'number') add('version', 'is not a number');
  const dimensions = Array.isArray(q.dimensions) ? q.dimensions : [];
  if (!Array.isArray(q.dimensions)) add('dimensions', 'is not a list');
  const dimensionIds = new Set<string>();
  dimensions.forEach((d, i) => {
    if (typeof d?.id !== 'string' || d.id === '') add(`dimensions[${i}].id`, 'is missing');
    else if (dimensionIds.has(d.id)) add(`dimensions[${i}].id`, `"${d.id}" is used twice`);
    else dimensionIds.add(d.id);
    if (!isText(d?.label)) add(`dimensions[${i}].label`, 'needs nl and en text');
  });
  if (!Array.isArray(q.sections) || q.sections.length === 0) {
    add('sections', 'is not a list of sections');
    return problems;
  }
  const ids = new Set<string>();
  q.sections.forEach((s: Partial<QuestionnaireSection>, i) => {
    const at = `sections[${i}]`;
    if (typeof s.id !== 'string' || s.id === '') add(`${at}.id`, 'is missing');
    else if (ids.has(s.id)) add(`${at}.id`, `"${s.id}" is used twice`);
    else ids.add(s.id);
    if (s.kind !== 'likert' && s.kind !== 'sus') add(`${at}.kind`, 'must be "likert" or "sus"');
    if (!isText(s.title)) add(`${at}.title`, 'needs nl and en text');
    if (s.intro !== undefined && !isText(s.intro)) add(`${at}.intro`, 'needs nl and en text');
    const points = s.scale?.points;
    if (typeof points !== 'number' || !Number.isInteger(points) || points < 2 || points > 11) {
      add(`${at}.scale.points`, 'must be a whole number from 2 to 11');
    }
    if (!isText(s.scale?.minLabel)) add(`${at}.scale.minLabel`, 'needs nl and en text');
    if (!isText(s.scale?.maxLabel)) add(`${at}.scale.maxLabel`, 'needs nl and en text');
    const items = Array.isArray(s.items) ? s.items : [];
    if (items.length === 0) add(`${at}.items`, 'is empty');
    if (s.kind === 'sus') {
      if (items.length !== SUS_ITEMS) add(`${at}.items`, `SUS has ${SUS_ITEMS} items, not ${items.length}`);
      if (points !== 5) add(`${at}.scale.points`, 'SUS uses a 5-point scale');
    }
    items.forEach((item: Partial<QuestionnaireItem>, j) => {
      const path = `${at}.items[${j}]`;
      if (typeof item.id !== 'string' || item.id === '') add(`${path}.id`, 'is missing');
      else if (ids.has(item.id)) add(`${path}.id`, `"${item.id}" is used twice`);
      else ids.add(item.id);
      if (!isText(item.text)) add(`${path}.text`, 'needs nl and en text');
      if (s.kind === 'likert' && (typeof item.dimension !== 'string' || !dimensionIds.has(item.dimension))) {
        add(`${path}.dimension`, 'must be one of the dimensions');
      }
      if (s.kind === 'sus' && item.reversed !== undefined) add(`${path}.reversed`, 'SUS items are scored by position');
    });
  });
  return problems;
}

/** Every item of a questionnaire with its section and 1-based number within the section. */
export function questionnaireItems(q: Questionnaire): { section: QuestionnaireSection; item: QuestionnaireItem; number: number }[] {
  return q.sections.flatMap((section) => section.items.map((item, i) => ({ section, item, number: i + 1 })));
}

/** The items not answered with a whole number on their scale. */
export function unanswered(q: Questionnaire, answers: Answers): string[] {
  return questionnaireItems(q)
    .filter(({ section, item }) => {
      const v = answers[item.id];
      return typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > section.scale.points;
    })
    .map(({ item }) => item.id);
}

/** Whether an item is worded against what it measures: marked so, or an even SUS item ("…onnodig ingewikkeld"), which SUS scores 5 − answer. */
export function isReversed(section: QuestionnaireSection, item: QuestionnaireItem, number: number): boolean {
  return section.kind === 'sus' ? number % 2 === 0 : item.reversed === true;
}

/** An answer as scored: reversed items turned round; SUS items as their 0…4 contribution. */
export function scoredValue(section: QuestionnaireSection, item: QuestionnaireItem, number: number, value: number): number {
  if (section.kind === 'sus') return susContribution(number, value);
  return item.reversed ? section.scale.points + 1 - value : value;
}

export interface QuestionnaireScores {
  /** Mean scored answer per dimension id (1…points), null when none of its items was answered. */
  readonly dimensions: Readonly<Record<string, number | null>>;
  /** SUS score (0…100) of the first SUS section, null without one or with a missing answer. */
  readonly sus: number | null;
}

/** Scores one set of answers: the mean per dimension and the SUS score. */
export function scoreQuestionnaire(q: Questionnaire, answers: Answers): QuestionnaireScores {
  const sums = new Map<string, { sum: number; n: number }>();
  let sus: number | null = null;
  let susSeen = false;
  for (const section of q.sections) {
    if (section.kind === 'sus') {
      if (!susSeen) sus = susScore(section.items.map((item) => answers[item.id]));
      susSeen = true;
      continue;
    }
    section.items.forEach((item, i) => {
      const v = answers[item.id];
      if (!item.dimension || typeof v !== 'number' || v < 1 || v > section.scale.points) return;
      const entry = sums.get(item.dimension) ?? { sum: 0, n: 0 };
      entry.sum += scoredValue(section, item, i + 1, v);
      entry.n += 1;
      sums.set(item.dimension, entry);
    });
  }
  const dimensions: Record<string, number | null> = {};
  for (const d of q.dimensions) {
    const e = sums.get(d.id);
    dimensions[d.id] = e ? e.sum / e.n : null;
  }
  return { dimensions, sus };
}
