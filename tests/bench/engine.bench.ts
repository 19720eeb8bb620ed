/**
 * tippingPoints on a model with 8 options on a factor of 10,000 steps, next to
 * a naive sweep of every step, in the same run. Prints the evaluations, batches
 * and time per call of each, their ratios, and whether the thresholds are
 * identical. Figures only: no timing is asserted. Run with `npm run bench`.
 */
import { type AdviceModelDefinition, type Assessments, defineModel, type Threshold, tippingPoints } from '@advice-kit/core';
import { bench, describe } from 'vitest';

interface Plan {
  readonly fixed: number;
  readonly rate: number;
  readonly cap: number | null;
  readonly flexibility: number;
  /** Open from this many kilometres on. */
  readonly from?: number;
}

/**
 * Yearly cost of 8 travel products for 0–10,000 km a year (step 1 km). Each is
 * cheapest (flexibility counted) on its own stretch, so the best option changes
 * 7 times; two have a price cap and one opens only from 8,000 km: 3 breakpoints.
 */
const PLANS: readonly Plan[] = [
  { fixed: 1110, rate: 0.9, cap: null, flexibility: 10 },
  { fixed: 1263, rate: 0.6, cap: null, flexibility: 8 },
  { fixed: 1541, rate: 0.4, cap: 3950, flexibility: 6 },
  { fixed: 1917.5, rate: 0.27, cap: null, flexibility: 5 },
  { fixed: 2306.5, rate: 0.17, cap: 3680, flexibility: 4 },
  { fixed: 2633, rate: 0.1, cap: null, flexibility: 3 },
  { fixed: 2897, rate: 0.05, cap: null, flexibility: 2 },
  { fixed: 3223.5, rate: 0, cap: null, flexibility: 1, from: 8000 },
];
const KM_MAX = 10_000;

function assess(km: number): Assessments {
  const out: Record<string, Assessments[string]> = {};
  PLANS.forEach((p, k) => {
    const linear = p.fixed + p.rate * km;
    out[`plan${k}`] =
      p.from !== undefined && km < p.from
        ? { eligible: false, values: {} }
        : { eligible: true, values: { cost: p.cap === null ? linear : Math.min(linear, p.cap), flexibility: p.flexibility } };
  });
  return out;
}

/** Where some plan's cost stops being linear in km, or a plan opens. */
function breakpoints(): number[] {
  const out: number[] = [];
  for (const p of PLANS) {
    if (p.cap !== null && p.rate > 0) out.push((p.cap - p.fixed) / p.rate);
    if (p.from !== undefined) out.push(p.from);
  }
  return out;
}

let evaluations = 0;
const definition: AdviceModelDefinition = {
  id: 'bench',
  title: 'Benchmark: 8 travel plans',
  factors: [{ id: 'km', label: 'Km a year', kind: 'number', min: 0, max: KM_MAX, step: 1, default: 5000 }],
  criteria: [
    { id: 'cost', label: 'Cost a year', direction: 'lower', range: { min: 0, max: 10_000 }, defaultWeight: 9 },
    { id: 'flexibility', label: 'Flexibility', direction: 'higher', range: { min: 0, max: 10 }, defaultWeight: 1 },
  ],
  options: PLANS.map((_, k) => ({ id: `plan${k}`, label: `Plan ${k}` })),
  assess: (s) => {
    evaluations++;
    return assess(s.km as number);
  },
  breakpoints: () => breakpoints(),
};
const withBreakpoints = defineModel(definition);
const sampling = defineModel({ ...definition, id: 'bench-sampling', breakpoints: undefined });

const situation = { km: 5000 };
const hinted = () => tippingPoints(withBreakpoints, situation, null, 'km');
const sampled = () => tippingPoints(sampling, situation, null, 'km');
/** The naive way: evaluate every one of the 10,001 values (one batch, same scoring). */
const naive = () => tippingPoints(sampling, situation, null, 'km', { samples: Number.POSITIVE_INFINITY });

/** Median and mean ms per call over at least `ms` milliseconds, after a warm-up. */
async function timePerCall(run: () => Promise<unknown>, ms = 1500): Promise<{ median: number; mean: number }> {
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    await run();
    if (i >= 3 && performance.now() - start > 50) break; // a slow call needs little warming up
  }
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < ms || times.length < 5) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, mean: times.reduce((a, b) => a + b, 0) / times.length };
}

const same = (a: readonly Threshold[], b: readonly Threshold[]) => JSON.stringify(a) === JSON.stringify(b);

async function report(): Promise<void> {
  const runs = { breakpoints: await hinted(), sampling: await sampled(), naive: await naive() };
  // An independent check of the naive sweep: the model's own evaluations counted by the model.
  evaluations = 0;
  await naive();
  const counted = evaluations;
  const time = { breakpoints: await timePerCall(hinted), sampling: await timePerCall(sampled), naive: await timePerCall(naive, 3000) };
  const n = runs.naive.stats.evaluations;
  const pct = (x: number) => `${((100 * x) / n).toFixed(2)} %`;
  const rows = [
    ['', 'evaluations', 'of naive', 'batches', 'ms/call median', 'mean', 'thresholds', 'identical', 'exact'],
    ...(['breakpoints', 'sampling', 'naive'] as const).map((k) => [
      k === 'naive' ? 'naive sweep (every step)' : k === 'breakpoints' ? 'tippingPoints, breakpoints' : 'tippingPoints, sampling',
      String(runs[k].stats.evaluations),
      pct(runs[k].stats.evaluations),
      String(runs[k].stats.batches),
      time[k].median.toFixed(3),
      time[k].mean.toFixed(3),
      String(runs[k].thresholds.length),
      k === 'naive' ? '—' : same(runs[k].thresholds, runs.naive.thresholds) ? 'yes' : 'NO',
      String(runs[k].exact),
    ]),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '));
  console.log(
    [
      '',
      `tippingPoints: 8 options, factor of ${KM_MAX.toLocaleString('en')} steps (${n.toLocaleString('en')} values), node ${process.version}`,
      ...lines,
      `evaluations, breakpoints / naive: ${pct(runs.breakpoints.stats.evaluations)} (target ≤ 2 %); ${(time.naive.median / time.breakpoints.median).toFixed(0)}× faster (medians)`,
      `evaluations, sampling / naive:    ${pct(runs.sampling.stats.evaluations)}; ${(time.naive.median / time.sampling.median).toFixed(0)}× faster (medians)`,
      `ms per call with breakpoints: median ${time.breakpoints.median.toFixed(3)}, mean ${time.breakpoints.mean.toFixed(3)} (target < 1 ms); naive sweep evaluations counted by the model itself: ${counted}`,
      `thresholds: ${runs.naive.thresholds.map((t) => `${t.at} ${t.from}→${t.to}`).join(', ')}`,
      '',
    ].join('\n'),
  );
}

await report();

describe('tippingPoints, 8 options × 10,000 steps', () => {
  bench('with breakpoints', async () => {
    await hinted();
  });
  bench('sampling (no breakpoints)', async () => {
    await sampled();
  });
  bench('naive sweep of every step', async () => {
    await naive();
  });
});
