/**
 * The RET model in DMN (ret.dmn, breakpoints read from its tables and
 * comparisons) next to the TypeScript RET model: model evaluations and
 * batches per tipping-point call, and time per call, for the two number
 * factors with exact breakpoints, at the model's default situation and at a
 * second one. Also the time of one `assess`. Figures only; run with
 * `npm run bench`.
 */
import { type AdviceModel, type Situation, tippingPoints } from '@advice-kit/core';
import { createRetModel } from '@advice-kit/model-ret';
import { createRetDmnModel } from '@advice-kit/model-ret/dmn';
import { bench, describe } from 'vitest';

const typescript = createRetModel({ year: 2024 });
const dmn = await createRetDmnModel();
const SITUATIONS: readonly [string, Situation][] = [
  ['default', {}],
  ['65+, 4 days, 14 trips', { ageGroup: '65+', rotterdamResident: false, daysPerWeek: 4, tripsPerWeek: 14, tripKm: 12 }],
];
const FACTORS = ['tripsPerWeek', 'tripKm'] as const;

async function timePerCall(run: () => Promise<unknown> | unknown, ms = 1000): Promise<number> {
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < ms || times.length < 5) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function report(): Promise<void> {
  const rows = [['model', 'situation', 'factor', 'evaluations', 'batches', 'exact', 'thresholds', 'same', 'ms/call median']];
  for (const [name, situation] of SITUATIONS) {
    for (const factorId of FACTORS) {
      const results: Record<string, Awaited<ReturnType<typeof tippingPoints>>> = {};
      for (const [label, model] of [
        ['TypeScript', typescript],
        ['DMN', dmn],
      ] as [string, AdviceModel][]) {
        const result = await tippingPoints(model, situation, null, factorId);
        results[label] = result;
        const ms = await timePerCall(() => tippingPoints(model, situation, null, factorId));
        rows.push([
          label,
          name,
          factorId,
          String(result.stats.evaluations),
          String(result.stats.batches),
          String(result.exact),
          String(result.thresholds.length),
          label === 'DMN' ? (JSON.stringify(result.thresholds) === JSON.stringify(results.TypeScript?.thresholds) ? 'yes' : 'NO') : '—',
          ms.toFixed(3),
        ]);
      }
    }
  }
  const s = { tripsPerWeek: 10, tripKm: 8, offPeakShare: 20, ageGroup: '19-64', rotterdamResident: true, student: false, daysPerWeek: 5 };
  const assessTs = await timePerCall(() => typescript.assess(s));
  const assessDmn = await timePerCall(() => dmn.assess(s));
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const lines = rows.map((r) => r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '));
  console.log(
    [
      '',
      `RET model, TypeScript vs DMN (ret.dmn), tippingPoints with the models' breakpoints, node ${process.version}`,
      ...lines,
      `one assess: TypeScript ${assessTs.toFixed(4)} ms, DMN ${assessDmn.toFixed(4)} ms (medians)`,
      '',
    ].join('\n'),
  );
}

await report();

describe('RET tipping points on tripsPerWeek, TypeScript vs DMN', () => {
  bench('TypeScript model', async () => {
    await tippingPoints(typescript, {}, null, 'tripsPerWeek');
  });
  bench('DMN model', async () => {
    await tippingPoints(dmn, {}, null, 'tripsPerWeek');
  });
});
