/**
 * The findings as CSV, rounded to a documented precision (README, "Rounding"):
 * no export prints 3.6666666666666665.
 */
import { type CsvColumn, toCsv } from './export.js';
import type { FindingMeasure, Findings, MeasureFinding } from './findings.js';
import { PRECISION, round } from './round.js';
import type { Descriptives } from './stats.js';
import { VARIANTS, type Variant } from './types.js';

/** The number of decimals for a measure's values. */
export function digitsOf(measure: Pick<FindingMeasure, 'id' | 'kind'>): number {
  if (measure.kind === 'proportion') return PRECISION.proportion;
  if (measure.kind === 'time') return PRECISION.seconds;
  return measure.id === 'sus' ? PRECISION.sus : PRECISION.scale;
}

interface DescriptiveRow {
  readonly finding: MeasureFinding;
  readonly variant: Variant;
  readonly d: Descriptives;
}

const dv = (digits: (r: DescriptiveRow) => number, pick: (d: Descriptives) => number | null | undefined) => (r: DescriptiveRow) =>
  round(pick(r.d), digits(r));
const own = (r: DescriptiveRow) => digitsOf(r.finding.measure);

/** Columns of findings-descriptives.csv: one row per measure and variant. */
export const DESCRIPTIVE_COLUMNS: readonly CsvColumn<DescriptiveRow>[] = [
  {
    name: 'measure',
    description: 'sus, mean_<dimension>, time_to_decision_s, choice_correct or choice_matches_advice.',
    value: (r) => r.finding.measure.id,
  },
  { name: 'variant', description: '`classic` or `interactive`.', value: (r) => r.variant },
  { name: 'n', description: 'Participants with a value (one value each: the mean of their tasks in that variant).', value: (r) => r.d.n },
  { name: 'mean', description: 'Mean (for a proportion: the share, 0–1).', value: dv(own, (d) => d.mean) },
  { name: 'mean_ci_low', description: '95 % interval of the mean (t distribution), lower end.', value: dv(own, (d) => d.meanCi?.low) },
  { name: 'mean_ci_high', description: 'Upper end.', value: dv(own, (d) => d.meanCi?.high) },
  { name: 'median', description: 'Median.', value: dv(own, (d) => d.median) },
  {
    name: 'median_ci_low',
    description: 'Distribution-free 95 % interval of the median (order statistics), lower end; empty below n = 6.',
    value: dv(own, (d) => d.medianCi?.low),
  },
  { name: 'median_ci_high', description: 'Upper end.', value: dv(own, (d) => d.medianCi?.high) },
  { name: 'sd', description: 'Sample standard deviation.', value: dv(own, (d) => d.sd) },
];

interface TestRow {
  readonly finding: MeasureFinding;
  readonly test: NonNullable<MeasureFinding['within']>;
}

/** Columns of findings-tests.csv: one row per measure and design. */
export const TEST_COLUMNS: readonly CsvColumn<TestRow>[] = [
  { name: 'measure', description: 'As in findings-descriptives.csv.', value: (r) => r.finding.measure.id },
  { name: 'design', description: '`within` (paired) or `single` (between-subject groups).', value: (r) => r.test.design },
  { name: 'test', description: '`wilcoxon-signed-rank` (within) or `mann-whitney-u` (between).', value: (r) => r.test.test },
  { name: 'n', description: 'Signed-rank: pairs with a non-zero difference; Mann–Whitney: both groups together.', value: (r) => r.test.n },
  {
    name: 'statistic',
    description: 'W+ (sum of the ranks of positive interactive − classic differences), or U of the interactive group.',
    value: (r) => round(r.test.statistic, PRECISION.statistic),
  },
  {
    name: 'method',
    description: '`exact` (no ties, n ≤ 50) or `normal` (approximation with tie and continuity correction).',
    value: (r) => r.test.method,
  },
  { name: 'z', description: 'Normal deviate of the approximation; empty when exact.', value: (r) => round(r.test.z, PRECISION.z) },
  { name: 'p', description: 'Two-sided p-value.', value: (r) => round(r.test.p, PRECISION.p) },
  {
    name: 'effect_rank_biserial',
    description: 'Rank-biserial correlation, −1…1; positive: interactive higher.',
    value: (r) => round(r.test.effect, PRECISION.effect),
  },
  { name: 'too_small', description: '`true` when no result of this n could reach p < 0.05.', value: (r) => r.test.tooSmall },
];

export function findingsDescriptivesCsv(f: Findings): string {
  return toCsv(
    DESCRIPTIVE_COLUMNS,
    f.measures.flatMap((finding) => VARIANTS.map((variant) => ({ finding, variant, d: finding.byVariant[variant] }))),
  );
}

export function findingsTestsCsv(f: Findings): string {
  return toCsv(
    TEST_COLUMNS,
    f.measures.flatMap((finding) => [finding.within, finding.between].flatMap((test) => (test ? [{ finding, test }] : []))),
  );
}
