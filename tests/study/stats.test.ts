/**
 * The findings' statistics against published worked examples:
 * - Hollander & Wolfe (1973), p. 29: Hamilton depression scale, 9 patients at
 *   the first (x) and second (y) visit — the paired example of R's
 *   `wilcox.test` documentation: V = 40, one-sided p = 0.01953 (two-sided 0.0390625, exact).
 * - Hollander & Wolfe (1973), p. 69: permeability of the chorioamnion at term
 *   (x, 10) and at 12–26 weeks (y, 5) — the two-sample example of the same
 *   documentation: W = 35, one-sided p = 0.1272 (two-sided 0.2544, exact).
 * - Wikipedia, "Wilcoxon signed-rank test", worked example (10 pairs, one zero
 *   difference, tied ranks): W+ = 27 of 45 over 9 pairs, two-sided normal
 *   approximation with continuity correction p = 0.6353 (as R's wilcox.test).
 * - The normal approximation of U with ties, and the intervals, checked against
 *   SciPy 1.17 (`mannwhitneyu(method='asymptotic')`, `t.ppf`) and against brute force.
 */
import fc from 'fast-check';
import { expect, describe as group, it } from 'vitest';
import { describe, mannWhitney, rank, signedRank } from '../../packages/study/src/stats.js';

const hamiltonX = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const hamiltonY = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
const permeabilityX = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const permeabilityY = [1.15, 0.88, 0.9, 0.74, 1.21];

group('Wilcoxon signed-rank test', () => {
  it('gives V = 40 and the exact two-sided p = 0.0390625 for Hollander & Wolfe’s depression scale data', () => {
    // Differences second − first: so the "x − y" of the book is first = y, second = x.
    const r = signedRank(hamiltonY, hamiltonX);
    expect(r).toMatchObject({ test: 'wilcoxon-signed-rank', statistic: 40, n: 9, method: 'exact', z: null });
    expect(r.p).toBeCloseTo(0.0390625, 10);
    expect(r.effect).toBeCloseTo((40 - 5) / 45, 10);
  });

  it('gives W+ = 27 and the normal-approximation p = 0.6353 for Wikipedia’s worked example (a zero difference, ties)', () => {
    const before = [110, 122, 125, 120, 140, 124, 123, 137, 135, 145];
    const after = [125, 115, 130, 140, 140, 115, 140, 125, 140, 135];
    const r = signedRank(before, after);
    expect(r).toMatchObject({ statistic: 27, n: 9, method: 'normal' });
    expect(r.p).toBeCloseTo(0.6352893188352069, 6);
  });

  it('says nothing without a non-zero difference', () => {
    expect(signedRank([3, 4], [3, 4])).toMatchObject({ n: 0, p: null, effect: null });
  });

  it('agrees with brute force over every sign pattern for small samples without ties', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 9 }),
        fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        (mags, signs) => {
          const d = mags.map((m, i) => (signs[i] ? m : -m));
          const r = signedRank(
            d.map(() => 0),
            d,
          );
          const ranks = rank(mags).ranks;
          const n = mags.length;
          let below = 0;
          let above = 0;
          for (let mask = 0; mask < 1 << n; mask++) {
            let w = 0;
            for (let i = 0; i < n; i++) if (mask & (1 << i)) w += ranks[i] as number;
            if (w <= r.statistic) below++;
            if (w >= r.statistic) above++;
          }
          expect(r.p).toBeCloseTo(Math.min(1, (2 * Math.min(below, above)) / 2 ** n), 12);
        },
      ),
      { numRuns: 60, seed: 16 },
    );
  });
});

group('Mann–Whitney U test', () => {
  it('gives W = 35 and the exact two-sided p = 0.2544 for Hollander & Wolfe’s permeability data', () => {
    const r = mannWhitney(permeabilityY, permeabilityX);
    expect(r).toMatchObject({ test: 'mann-whitney-u', statistic: 35, n: 15, method: 'exact' });
    expect(r.p).toBeCloseTo(0.2544122544122544, 10);
    expect(r.effect).toBeCloseTo((2 * 35) / 50 - 1, 10);
  });

  it('uses the normal approximation with tie correction when there are ties (SciPy: U = 2, p = 0.012592)', () => {
    // In the first group 2 twice, 5 and 6 shared with the second group.
    const r = mannWhitney([9, 7, 5, 10, 6, 8], [3, 4, 2, 6, 2, 5]);
    expect(r).toMatchObject({ statistic: 2, method: 'normal' });
    expect(r.p).toBeCloseTo(0.012591911490379705, 8);
    expect(r.effect).toBeCloseTo((2 * 2) / 36 - 1, 10);
  });

  it('agrees with brute force over every split for small groups without ties, and is symmetric', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (all, cut) => {
          const k = Math.min(cut, all.length - 1);
          const a = all.slice(0, k);
          const b = all.slice(k);
          const r = mannWhitney(a, b);
          const u = (xs: number[], ys: number[]) => ys.reduce((s, y) => s + xs.filter((x) => y > x).length, 0);
          expect(r.statistic).toBe(u(a, b));
          // Every way to split the pooled values into groups of the same sizes.
          const n = all.length;
          let below = 0;
          let above = 0;
          let total = 0;
          for (let mask = 0; mask < 1 << n; mask++) {
            let bits = 0;
            for (let i = 0; i < n; i++) if (mask & (1 << i)) bits++;
            if (bits !== a.length) continue;
            const x = all.filter((_, i) => mask & (1 << i));
            const y = all.filter((_, i) => !(mask & (1 << i)));
            const s = u(x, y);
            total++;
            if (s <= r.statistic) below++;
            if (s >= r.statistic) above++;
          }
          expect(r.p).toBeCloseTo(Math.min(1, (2 * Math.min(below, above)) / total), 12);
          expect(mannWhitney(b, a).p).toBeCloseTo(r.p as number, 12);
          expect(mannWhitney(b, a).effect).toBeCloseTo(-(r.effect as number), 12);
        },
      ),
      { numRuns: 60, seed: 16 },
    );
  });
});

group('descriptives', () => {
  it('gives mean ± t·sd/√n and the order-statistic interval of the median', () => {
    const d = describe([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(d).toMatchObject({ n: 8, mean: 5, median: 4.5 });
    expect(d.sd).toBeCloseTo(2.138089935299395, 12);
    // t(0.975, 7) = 2.3646242515927844 (SciPy t.ppf)
    expect(d.meanCi?.low).toBeCloseTo(5 - 2.3646242515927844 * (2.138089935299395 / Math.sqrt(8)), 6); // jStat’s t quantile agrees to 1e-8
    // n = 8: [x(1), x(8)] covers 1 − 2/256 = 99.2 %; [x(2), x(7)] 1 − 2·9/256 = 93.0 %: so x(1)…x(8).
    expect(d.medianCi).toEqual({ low: 2, high: 9 });
    expect(describe([1, 2, 3, 4, 5]).medianCi).toBeNull();
    expect(describe([7])).toMatchObject({ n: 1, mean: 7, sd: null, meanCi: null });
    expect(describe([])).toMatchObject({ n: 0, mean: null });
  });
});
