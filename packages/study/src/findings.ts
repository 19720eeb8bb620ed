/**
 * Findings across sessions: per variant, each measure's n, mean and median
 * with 95 % intervals, and the test the design calls for — Wilcoxon's
 * signed-rank test on the pairs of a within-subject design (each participant's
 * classic and interactive values), the Mann–Whitney U test between the groups
 * of a between-subject design — with an effect size, and a plain flag when n is
 * too small for any result to reach p < 0.05.
 */
import type { SessionLog } from './export.js';
import { type TaskMeasures, taskMeasures } from './measures.js';
import { isCompleted } from './session.js';
import { type Descriptives, describe, mannWhitney, signedRank, type TestResult } from './stats.js';
import type { StudyDesign, Variant } from './types.js';

/** A measure the findings summarise. `scale`: SUS or a dimension; `time`: seconds; `proportion`: a yes/no share, 0…1. */
export interface FindingMeasure {
  readonly id: string;
  readonly kind: 'scale' | 'time' | 'proportion';
  /** For a dimension: its id in the questionnaire. */
  readonly dimension?: string;
  /** The values the measure can take: its intervals are cut off there (a t interval of SUS scores may reach past 100). */
  readonly range?: readonly [number, number];
  readonly value: (m: TaskMeasures) => number | null;
}

const bool = (b: boolean | null): number | null => (b === null ? null : b ? 1 : 0);

/** SUS, every dimension of the questionnaire, time to decision (s), choice correct, choice matches advice. */
export function findingMeasures(dimensions: readonly string[]): FindingMeasure[] {
  return [
    { id: 'sus', kind: 'scale', range: [0, 100], value: (m) => m.sus },
    ...dimensions.map(
      (d): FindingMeasure => ({ id: `mean_${d}`, kind: 'scale', dimension: d, range: [1, 7], value: (m) => m.dimensions[d] ?? null }),
    ),
    {
      id: 'time_to_decision_s',
      kind: 'time',
      range: [0, Number.POSITIVE_INFINITY],
      value: (m) => (m.timeToDecisionMs === null ? null : m.timeToDecisionMs / 1000),
    },
    { id: 'choice_correct', kind: 'proportion', range: [0, 1], value: (m) => bool(m.choiceCorrect) },
    { id: 'choice_matches_advice', kind: 'proportion', range: [0, 1], value: (m) => bool(m.choiceMatchesAdvice) },
  ];
}

export interface DesignTest extends TestResult {
  readonly design: StudyDesign;
  /**
   * True when, with this n, even the most extreme result could not reach
   * p < 0.05 (exact: signed-rank n ≤ 5; Mann–Whitney e.g. 3 + 3): the data
   * cannot say anything about a difference yet.
   */
  readonly tooSmall: boolean;
}

export interface MeasureFinding {
  readonly measure: FindingMeasure;
  /** Per variant: one value per participant (the mean of their tasks in that variant). */
  readonly byVariant: Readonly<Record<Variant, Descriptives>>;
  readonly values: Readonly<Record<Variant, readonly number[]>>;
  /** Within-subject sessions: signed-rank test on interactive − classic. Null without such sessions. */
  readonly within: DesignTest | null;
  /** Between-subject sessions: Mann–Whitney U of interactive against classic. Null without such sessions. */
  readonly between: DesignTest | null;
}

export interface Findings {
  /** Completed sessions used (in progress, abandoned and declined ones are left out). */
  readonly sessions: number;
  readonly withinSessions: number;
  readonly betweenSessions: number;
  readonly measures: readonly MeasureFinding[];
  /** Preference answers after the within-subject sessions: answer value → count. */
  readonly preference: Readonly<Record<string, number>>;
}

/** The mean's interval cut off at the measure's range. */
function clampCi(d: Descriptives, range: FindingMeasure['range']): Descriptives {
  if (!range || !d.meanCi) return d;
  const [lo, hi] = range;
  return { ...d, meanCi: { low: Math.max(lo, d.meanCi.low), high: Math.min(hi, d.meanCi.high) } };
}

const avg = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The smallest two-sided p a test of this size can give at all (exact, without ties). */
function smallestP(test: TestResult['test'], sizes: readonly number[]): number {
  if (test === 'wilcoxon-signed-rank') return Math.min(1, 2 / 2 ** (sizes[0] ?? 0));
  const [a = 0, b = 0] = sizes;
  let ways = 1;
  for (let i = 1; i <= a; i++) ways = (ways * (b + i)) / i; // C(a + b, a)
  return Math.min(1, 2 / ways);
}

/** The findings of the completed sessions in `logs`. */
export function findings(logs: readonly SessionLog[]): Findings {
  const done = logs.filter((l) => isCompleted(l.session, l.events));
  const dims = [...new Set(done.flatMap((l) => l.session.questionnaire.dimensions.map((d) => d.id)))];
  const perSession = done.map((l) => ({ log: l, measures: taskMeasures(l.session, l.events) }));
  const measures = findingMeasures(dims).map((measure): MeasureFinding => {
    // One value per participant and variant: the mean over their tasks in it.
    const rows = perSession.map(({ log, measures: ms }) => {
      const of = (v: Variant) =>
        avg(ms.filter((m) => m.variant === v).flatMap((m) => (measure.value(m) === null ? [] : [measure.value(m) as number])));
      return { design: log.session.design, classic: of('classic'), interactive: of('interactive') };
    });
    const values: Record<Variant, number[]> = { classic: [], interactive: [] };
    for (const r of rows) {
      if (r.classic !== null) values.classic.push(r.classic);
      if (r.interactive !== null) values.interactive.push(r.interactive);
    }
    const pairs = rows.filter((r) => r.design === 'within' && r.classic !== null && r.interactive !== null);
    const singles = rows.filter((r) => r.design === 'single');
    let within: DesignTest | null = null;
    if (rows.some((r) => r.design === 'within')) {
      const t = signedRank(
        pairs.map((r) => r.classic as number),
        pairs.map((r) => r.interactive as number),
      );
      within = { ...t, design: 'within', tooSmall: smallestP(t.test, [pairs.length]) >= 0.05 };
    }
    let between: DesignTest | null = null;
    if (singles.length > 0) {
      const c = singles.flatMap((r) => (r.classic === null ? [] : [r.classic]));
      const i = singles.flatMap((r) => (r.interactive === null ? [] : [r.interactive]));
      const t = mannWhitney(c, i);
      between = { ...t, design: 'single', tooSmall: smallestP(t.test, [c.length, i.length]) >= 0.05 };
    }
    return {
      measure,
      values,
      byVariant: {
        classic: clampCi(describe(values.classic), measure.range),
        interactive: clampCi(describe(values.interactive), measure.range),
      },
      within,
      between,
    };
  });
  const preference: Record<string, number> = {};
  for (const l of done) {
    const answer = l.events.find((e) => e.type === 'preference')?.data.answer;
    if (typeof answer === 'string') preference[answer] = (preference[answer] ?? 0) + 1;
  }
  return {
    sessions: done.length,
    withinSessions: done.filter((l) => l.session.design === 'within').length,
    betweenSessions: done.filter((l) => l.session.design === 'single').length,
    measures,
    preference,
  };
}
