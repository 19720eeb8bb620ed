/**
 * Bundle budgets, measured on production builds (minified, zlib gzip level 9):
 * - @advice-kit/core + @advice-kit/elements without Chart.js: every chunk of
 *   the kit's bundle except Chart.js's own, lazy ones included;
 * - Chart.js only in a chunk that is loaded lazily, never in what a page loads first;
 * - the RET demo's initial JavaScript: its entry chunk and the chunks it
 *   imports statically (not the lazy ones).
 * Prints every size. See docs/benchmarks.md for the figures and what is in them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, buildKit, type Chunk, initialChunks, kb } from './bundles.js';

/** The targets (KB = 1024 bytes, gzip): the kit with one locale, the demo's first load, a page with only the tipping point. */
const TARGET = { kit: 48, demoInitial: 64, tippingOnly: 30 } as const;
/**
 * What npm test enforces. The kit does not meet the targets yet (see
 * docs/benchmarks.md): these ceilings sit just above the measured sizes so
 * that any growth fails, and come down to TARGET as the kit shrinks.
 */
const CEILING = { kit: 67, demoInitial: 83, tippingOnly: 31 } as const;

let kit: Chunk[];
let demo: Chunk[];
let tippingOnly: Chunk[];

beforeAll(async () => {
  [kit, demo, tippingOnly] = await Promise.all([
    buildKit(),
    buildDemo(),
    buildKit({ entry: 'tests/packages/consumer/tipping-point-only.ts' }),
  ]);
  const line = (c: Chunk) =>
    `  ${c.fileName.padEnd(34)} ${kb(c.bytes).padStart(9)} min  ${kb(c.gzip).padStart(8)} gzip${c.hasChartJs ? '  (Chart.js, lazy)' : ''}`;
  const sum = (cs: Chunk[]) => cs.reduce((n, c) => n + c.gzip, 0);
  const initial = initialChunks(demo);
  console.log(
    [
      'bundle sizes (minified, gzip -9):',
      '@advice-kit/core + @advice-kit/elements (+ lit):',
      ...kit.map(line),
      `  without Chart.js: ${kb(sum(kit.filter((c) => !c.hasChartJs)))} (target ≤ ${TARGET.kit} KB)`,
      'RET demo:',
      ...demo.map(line),
      `  initial JavaScript: ${kb(sum(initial))} (target ≤ ${TARGET.demoInitial} KB)`,
      `a page with only <advice-module> and <advice-tipping-point> (tests/packages/consumer/tipping-point-only.ts): ${kb(sum(tippingOnly))} (target ≤ ${TARGET.tippingOnly} KB)`,
    ].join('\n'),
  );
}, 120_000);

/** The chunks a page reaches only through an `import()`: each dynamic import and what it imports statically. */
function lazilyReached(chunks: readonly Chunk[]): Set<string> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const queue = chunks.flatMap((c) => c.dynamicImports);
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(byName.get(name)?.imports ?? []));
  }
  return seen;
}

const total = (chunks: Chunk[]) => chunks.reduce((n, c) => n + c.gzip, 0) / 1024;

describe('bundle budgets', () => {
  it(`@advice-kit/core + @advice-kit/elements without Chart.js stays under ${CEILING.kit} KB gzip`, () => {
    const withoutChart = kit.filter((c) => !c.hasChartJs);
    expect(withoutChart.length).toBeGreaterThan(0);
    expect(total(withoutChart)).toBeLessThanOrEqual(CEILING.kit);
  });

  it('keeps Chart.js out of what the kit and the demo load first: it is in a lazy chunk, tree-shaken', () => {
    for (const chunks of [kit, demo]) {
      const chart = chunks.filter((c) => c.hasChartJs);
      expect(chart).toHaveLength(1);
      expect(initialChunks(chunks).filter((c) => c.hasChartJs)).toEqual([]);
      expect(lazilyReached(chunks).has(chart[0]?.fileName ?? '')).toBe(true);
      // Tree-shaken: only the line chart's parts, no bar, pie, radar... controllers (chart.js/auto is ~69 KB).
      expect(chart[0]?.gzip ?? 0).toBeLessThan(60 * 1024);
    }
  });

  it(`keeps a page with only the module and the tipping point under ${CEILING.tippingOnly} KB gzip`, () => {
    expect(tippingOnly.length).toBeGreaterThan(0);
    expect(tippingOnly.some((c) => c.hasChartJs)).toBe(false);
    expect(total(tippingOnly)).toBeLessThanOrEqual(CEILING.tippingOnly);
  });

  it(`keeps the RET demo's initial JavaScript under ${CEILING.demoInitial} KB gzip`, () => {
    const initial = initialChunks(demo);
    expect(initial.length).toBeGreaterThan(0);
    expect(total(initial)).toBeLessThanOrEqual(CEILING.demoInitial);
  });
});
