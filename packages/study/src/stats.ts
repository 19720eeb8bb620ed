/**
 * The statistics of the findings: descriptives with 95 % intervals, and the
 * two rank tests a usability study of two variants needs — Wilcoxon's
 * signed-rank test for paired (within-subject) data and the Mann–Whitney U
 * test for independent (between-subject) groups — with effect sizes.
 *
 * Descriptives (mean, median, standard deviation, rank sums) come from
 * simple-statistics; the normal, Student's t and binomial distributions from
 * jStat. Neither library has the two tests with p-values (simple-statistics'
 * `wilcoxonRankSum` gives the statistic only; jStat has no rank tests), so the
 * tests' exact null distributions are counted here — the standard recursions
 * of Wilcoxon (1945) and Mann & Whitney (1947) — and checked in the tests
 * against published worked examples.
 */
import jstatModule from 'jstat';
import { mean, median, sampleStandardDeviation, wilcoxonRankSum } from 'simple-statistics';

const { jStat } = jstatModule as unknown as { jStat: JStat };
interface JStat {
  normal: { cdf(x: number, mean: number, sd: number): number };
  studentt: { inv(p: number, dof: number): number };
  binomial: { cdf(k: number, n: number, p: number): number };
}

/** Exact p-values up to this many observations (per group) when there are no ties; a normal approximation beyond. */
export const EXACT_LIMIT = 50;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface Descriptives {
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  /** 95 % interval of the mean: mean ± t(0.975, n − 1) · sd / √n. Null below n = 2. */
  readonly meanCi: Interval | null;
  readonly median: number | null;
  /**
   * Distribution-free 95 % interval of the median: the order statistics
   * x(k) … x(n+1−k) with the largest k whose binomial coverage is still at
   * least 95 %. Null below n = 6 (fewer points cannot cover 95 %).
   */
  readonly medianCi: Interval | null;
}

/** n, mean, sd, median and their 95 % intervals of the finite values. */
export function describe(values: readonly number[]): Descriptives {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return { n, mean: null, sd: null, meanCi: null, median: null, medianCi: null };
  const m = mean(xs);
  const sd = n >= 2 ? sampleStandardDeviation(xs) : null;
  let meanCi: Interval | null = null;
  if (sd !== null) {
    const half = jStat.studentt.inv(0.975, n - 1) * (sd / Math.sqrt(n));
    meanCi = { low: m - half, high: m + half };
  }
  let medianCi: Interval | null = null;
  // Coverage of [x(k), x(n+1−k)] is 1 − 2·P(B ≤ k − 1), B ~ Binomial(n, ½).
  for (let k = Math.floor(n / 2); k >= 1; k--) {
    if (1 - 2 * jStat.binomial.cdf(k - 1, n, 0.5) >= 0.95) {
      medianCi = { low: xs[k - 1] as number, high: xs[n - k] as number };
      break;
    }
  }
  return { n, mean: m, sd, meanCi, median: median(xs), medianCi };
}

/** Ranks 1…n of `values`, ties given their average rank; and the sizes of the tied groups. */
export function rank(values: readonly number[]): { ranks: number[]; ties: number[] } {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks: number[] = new Array(values.length).fill(0);
  const ties: number[] = [];
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.v === order[start]?.v) end++;
    const avg = (start + end + 2) / 2;
    for (let k = start; k <= end; k++) ranks[(order[k] as { i: number }).i] = avg;
    if (end > start) ties.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, ties };
}

export interface TestResult {
  readonly test: 'wilcoxon-signed-rank' | 'mann-whitney-u';
  /** Signed-rank: W+ (sum of the ranks of positive differences, second − first). Mann–Whitney: U of the second group. */
  readonly statistic: number;
  /** Observations used: non-zero differences (signed-rank), or n1 + n2. */
  readonly n: number;
  /** Two-sided p-value. Null when there is nothing to test. */
  readonly p: number | null;
  readonly method: 'exact' | 'normal';
  /** The standard normal deviate of the approximation (with continuity and tie correction); null when exact. */
  readonly z: number | null;
  /**
   * Rank-biserial correlation, −1…1: positive when the second sample tends
   * to be higher. Signed-rank: (W+ − W−) / (W+ + W−) (Kerby 2014, matched
   * pairs); Mann–Whitney: 2·U₂ / (n1·n2) − 1, i.e. P(second > first) − P(first > second).
   */
  readonly effect: number | null;
}

/** Two-sided p from a discrete null distribution given as counts over statistic values 0…max. */
function twoSided(counts: readonly number[], observed: number): number {
  const total = counts.reduce((a, b) => a + b, 0);
  let below = 0;
  let above = 0;
  counts.forEach((c, s) => {
    if (s <= observed) below += c;
    if (s >= observed) above += c;
  });
  return Math.min(1, (2 * Math.min(below, above)) / total);
}

/** Counts of W+ = 0…n(n+1)/2 over the 2ⁿ sign patterns (Wilcoxon 1945). */
function signedRankCounts(n: number): number[] {
  const max = (n * (n + 1)) / 2;
  let counts = new Array<number>(max + 1).fill(0);
  counts[0] = 1;
  for (let r = 1; r <= n; r++) {
    const next = counts.slice();
    for (let s = r; s <= max; s++) next[s] = (next[s] as number) + (counts[s - r] as number);
    counts = next;
  }
  return counts;
}

/** Counts of U = 0…n1·n2 over the arrangements of two groups without ties (Mann & Whitney 1947). */
function mannWhitneyCounts(n1: number, n2: number): number[] {
  // f[m][k]: counts for m and k items; U of the second group grows by m when one of it comes last.
  let prev: number[][] = Array.from({ length: n2 + 1 }, () => [1]);
  for (let m = 1; m <= n1; m++) {
    const row: number[][] = [[1]];
    for (let k = 1; k <= n2; k++) {
      const size = m * k + 1;
      const out = new Array<number>(size).fill(0);
      const a = prev[k] as number[]; // one fewer of the first group last: U unchanged
      const b = row[k - 1] as number[]; // one of the second group last: it beats all m of the first
      a.forEach((c, u) => {
        out[u] = (out[u] as number) + c;
      });
      b.forEach((c, u) => {
        out[u + m] = (out[u + m] as number) + c;
      });
      row.push(out);
    }
    prev = row;
  }
  return prev[n2] as number[];
}

const normalP = (z: number): number => Math.min(1, 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1)));

/**
 * Wilcoxon's signed-rank test on pairs (first[i], second[i]): differences
 * second − first, zeros dropped (Wilcoxon's method), exact when at most
 * `EXACT_LIMIT` differences remain without ties, else the normal
 * approximation with tie and continuity correction.
 */
export function signedRank(first: readonly number[], second: readonly number[]): TestResult {
  const d: number[] = [];
  first.forEach((x, i) => {
    const y = second[i];
    if (Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y) && y !== x) d.push(y - x);
  });
  const n = d.length;
  const none: TestResult = { test: 'wilcoxon-signed-rank', statistic: 0, n, p: null, method: 'exact', z: null, effect: null };
  if (n === 0) return none;
  const { ranks, ties } = rank(d.map(Math.abs));
  const wPlus = d.reduce((sum, v, i) => (v > 0 ? sum + (ranks[i] as number) : sum), 0);
  const total = (n * (n + 1)) / 2;
  const effect = (wPlus - (total - wPlus)) / total;
  if (ties.length === 0 && n <= EXACT_LIMIT) {
    return { ...none, statistic: wPlus, p: twoSided(signedRankCounts(n), wPlus), method: 'exact', effect };
  }
  const mu = total / 2;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - ties.reduce((s, t) => s + (t ** 3 - t), 0) / 48;
  const diff = wPlus - mu;
  const z = variance > 0 ? (diff - Math.sign(diff) * Math.min(0.5, Math.abs(diff))) / Math.sqrt(variance) : 0;
  return { ...none, statistic: wPlus, p: normalP(z), method: 'normal', z, effect };
}

/**
 * The Mann–Whitney U test of two independent groups: exact when both have at
 * most `EXACT_LIMIT` observations and there are no ties, else the normal
 * approximation with tie and continuity correction.
 */
export function mannWhitney(first: readonly number[], second: readonly number[]): TestResult {
  const x = first.filter(Number.isFinite);
  const y = second.filter(Number.isFinite);
  const n1 = x.length;
  const n2 = y.length;
  const none: TestResult = { test: 'mann-whitney-u', statistic: 0, n: n1 + n2, p: null, method: 'exact', z: null, effect: null };
  if (n1 === 0 || n2 === 0) return none;
  const u2 = wilcoxonRankSum(y, x) - (n2 * (n2 + 1)) / 2;
  const effect = (2 * u2) / (n1 * n2) - 1;
  const { ties } = rank([...x, ...y]);
  if (ties.length === 0 && n1 <= EXACT_LIMIT && n2 <= EXACT_LIMIT) {
    return { ...none, statistic: u2, p: twoSided(mannWhitneyCounts(n1, n2), u2), method: 'exact', effect };
  }
  const N = n1 + n2;
  const mu = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (N + 1 - ties.reduce((s, t) => s + (t ** 3 - t), 0) / (N * (N - 1)));
  const diff = u2 - mu;
  const z = variance > 0 ? (diff - Math.sign(diff) * Math.min(0.5, Math.abs(diff))) / Math.sqrt(variance) : 0;
  return { ...none, statistic: u2, p: normalP(z), method: 'normal', z, effect };
}
