/**
 * Bundle budgets, measured on production builds (minified, zlib gzip level 9):
 * - @advice-kit/core + @advice-kit/elements without Chart.js, with one language:
 *   every chunk of the kit's bundle except Chart.js's own and the lazily
 *   loaded languages (English), other lazy ones included;
 * - English only in a chunk that is loaded lazily, never in what a Dutch page loads first;
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
 * What npm test enforces. The kit and the demo do not meet their targets yet
 * (see docs/benchmarks.md): their ceilings sit just above the measured sizes
 * so that any growth fails, and come down to TARGET as they shrink. The
 * demo's first load is the same code as at 79.3 KB, since study mode's screens
 * became Lit elements the bundler splits it into four chunks (the page's,
 * and three it shares with the lazy classic form and study mode), which
 * compress 2.6 KB worse one by one. A page with only the tipping point meets
 * its target (29.8 KB on Dec 2, since the module's own default contact text
 * no longer pulls in the hand-off's strings): its ceiling is the target.
 */
const CEILING = { kit: 64, demoInitial: 82.5, tippingOnly: TARGET.tippingOnly } as const;

/** Texts only the English translation has (the demo's own strings say none of them). */
const ENGLISH_ONLY = ['Your advice in short', 'Working out the advice', 'Show as table', 'What matters to you?'];

/** Whether a chunk holds the elements' English (a module under translations/ or an *.en.ts file). */
const isTranslation = (c: Chunk) => c.modules.some((m) => /\/translations\/|\.en\.ts$/.test(m.id));

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
    `  ${c.fileName.padEnd(34)} ${kb(c.bytes).padStart(9)} min  ${kb(c.gzip).padStart(8)} gzip${c.hasChartJs ? '  (Chart.js, lazy)' : ''}${isTranslation(c) ? '  (English, lazy)' : ''}`;
  const sum = (cs: Chunk[]) => cs.reduce((n, c) => n + c.gzip, 0);
  const initial = initialChunks(demo);
  console.log(
    [
      'bundle sizes (minified, gzip -9):',
      '@advice-kit/core + @advice-kit/elements (+ lit):',
      ...kit.map(line),
      `  without Chart.js, Dutch only: ${kb(sum(withOneLocale(kit)))} (target ≤ ${TARGET.kit} KB)`,
      'RET demo:',
      ...demo.map(line),
      `  initial JavaScript: ${kb(sum(initial))} (target ≤ ${TARGET.demoInitial} KB)`,
      `a page with only <advice-module> and <advice-tipping-point> (tests/packages/consumer/tipping-point-only.ts), Dutch only: ${kb(sum(withOneLocale(tippingOnly)))} (target ≤ ${TARGET.tippingOnly} KB)`,
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

/** The kit as a Dutch page gets it: no Chart.js, no English. */
const withOneLocale = (chunks: readonly Chunk[]) => chunks.filter((c) => !c.hasChartJs && !isTranslation(c));

const total = (chunks: Chunk[]) => chunks.reduce((n, c) => n + c.gzip, 0) / 1024;

describe('bundle budgets', () => {
  it(`@advice-kit/core + @advice-kit/elements without Chart.js, with one language, stays under ${CEILING.kit} KB gzip`, () => {
    const kitOneLocale = withOneLocale(kit);
    expect(kitOneLocale.length).toBeGreaterThan(0);
    expect(total(kitOneLocale)).toBeLessThanOrEqual(CEILING.kit);
  });

  it('keeps English out of what the kit, the demo and a tipping-point page load first: it is in one lazy chunk', async () => {
    for (const chunks of [kit, demo, tippingOnly]) {
      const english = chunks.filter(isTranslation);
      expect(english).toHaveLength(1);
      expect(lazilyReached(chunks).has(english[0]?.fileName ?? '')).toBe(true);
      const first = initialChunks(chunks);
      expect(first.filter(isTranslation)).toEqual([]);
      for (const text of ENGLISH_ONLY) {
        expect(first.some((c) => c.code.includes(text))).toBe(false);
        expect(english[0]?.code).toContain(text);
      }
    }
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
    expect(total(withOneLocale(tippingOnly))).toBeLessThanOrEqual(CEILING.tippingOnly);
  });

  it(`keeps the RET demo's initial JavaScript under ${CEILING.demoInitial} KB gzip`, () => {
    const initial = initialChunks(demo);
    expect(initial.length).toBeGreaterThan(0);
    expect(total(initial)).toBeLessThanOrEqual(CEILING.demoInitial);
  });
});
