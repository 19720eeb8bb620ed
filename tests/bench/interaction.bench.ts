/**
 * Interaction latency of the built RET demo in headless Chromium: from an
 * `input` event on the trips slider to the frame in which the advice, the
 * trips tipping-point band and the chart show the new value, painted.
 * Prints p50, p95 and max over INTERACTIONS interactions; nothing is asserted.
 *
 * Method (all timestamps are the page's own `performance.now()`):
 * 1. The input is dispatched at the start of a frame, inside a
 *    `requestAnimationFrame` callback, as Chromium does with the input of a
 *    dragged slider (continuous input is aligned to frames). t0 is taken
 *    just before the slider's value is set and `input` is dispatched.
 * 2. A `MessageChannel` task posted right after the dispatch runs after that
 *    frame's rendering update (style, layout, paint). There the page checks
 *    that everything shows the new state: no element has an update pending or
 *    a computation running, the tipping-point marker and the chart's person
 *    marker are at the new value, and the chart has drawn its new view
 *    (reduced motion, so Chart.js draws the final picture in that update
 *    rather than animating over the next second). If so, t1 = that task's
 *    time: the new state was painted in the frame the input arrived in.
 *    If not, it waits one frame at a time (rAF, then a task after the frame's
 *    paint) until it is, and t1 is the time after the first frame that has it.
 * 3. latency = t1 − t0. Raster and compositing run off the main thread and are
 *    not in the figure; waiting for vsync is not in it either, because the
 *    input arrives at the start of a frame.
 *
 * The `work` column is t0 → the moment the last update settled (before the
 * frame's rendering), to show how much of the frame is the kit's own work.
 * The page reads a few of the elements' internal fields (`status` of their
 * evaluations, the chart's drawn view): a benchmark may, a test must not.
 *
 * Run with `npm run bench` (builds the demo first, into a temporary folder).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, bench, describe } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../demo/server.js';

const INTERACTIONS = 240;
const WARM_UP = 20;

const outDir = mkdtempSync(join(tmpdir(), 'advice-kit-bench-'));
await build({
  configFile: fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)),
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true },
});
const server = await serveStatic(outDir);
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium is not installed: run `npm test` once (it installs it) or set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')) });
// Tall enough that the questions, the advice, the tipping points and the chart are all on screen and painted.
const context = await browser.newContext({ viewport: { width: 1280, height: 4200 }, reducedMotion: 'reduce' });
const page = await context.newPage();
const pageErrors: string[] = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
await page.goto(server.url, { waitUntil: 'networkidle' });
await page
  .getByRole('slider', { name: /Hoeveel ritten/ })
  .first()
  .waitFor();

interface Sample {
  latency: number;
  work: number;
  sameFrame: boolean;
}

/** One interaction inside the page; returns its timings. */
async function interact(value: number): Promise<Sample> {
  return page.evaluate(async (v) => {
    type Loose = HTMLElement & { [key: string]: unknown; isUpdatePending?: boolean; shadowRoot: ShadowRoot | null };
    const loose = (el: Element | null | undefined) => el as unknown as Loose;
    const module = loose(document.querySelector('advice-module'));
    const root = module.shadowRoot as ShadowRoot;
    const questions = loose(root.querySelector('advice-questions'));
    const result = loose(root.querySelector('advice-result'));
    const tipping = loose(root.querySelector('advice-tipping-point[factor="tripsPerWeek"]'));
    const chart = loose(root.querySelector('advice-chart'));
    const slider = questions.shadowRoot?.querySelector<HTMLInputElement>('input[type=range]');
    if (!slider || !result || !tipping || !chart)
      throw new Error('the demo is missing a slider, the result, the tipping point or the chart');
    const busy = (el: Loose, ...evaluations: string[]) =>
      el.isUpdatePending === true || evaluations.some((name) => (el[name] as { status?: string } | undefined)?.status === 'loading');
    const done = () => {
      if (
        busy(module, 'ranking') ||
        busy(questions) ||
        busy(result, 'ranking', 'flips') ||
        busy(tipping, 'points') ||
        busy(chart, 'data')
      ) {
        return false;
      }
      const marker = tipping.shadowRoot?.querySelector('.marker');
      const drawn = chart.drawnView as { markers: { person: { value: number } | null } } | undefined;
      return (
        marker?.getAttribute('data-value') === String(v) &&
        drawn?.markers.person?.value === v &&
        drawn === (chart.current as { view?: unknown })?.view
      );
    };
    const afterPaint = () =>
      new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

    await nextFrame(); // start from a quiet frame
    return new Promise<{ latency: number; work: number; sameFrame: boolean }>((resolve) => {
      requestAnimationFrame(async () => {
        const t0 = performance.now();
        slider.value = String(v);
        slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        let settledAt = Number.NaN;
        // Notes when the last update settled, checking after every microtask turn until the frame renders.
        const watch = async () => {
          for (let i = 0; i < 2_000 && Number.isNaN(settledAt); i++) {
            if (done()) settledAt = performance.now();
            else await Promise.resolve();
          }
        };
        void watch();
        let t1 = await afterPaint();
        let sameFrame = true;
        while (!done()) {
          sameFrame = false;
          await nextFrame();
          t1 = await afterPaint();
        }
        if (Number.isNaN(settledAt)) settledAt = t1;
        resolve({ latency: t1 - t0, work: settledAt - t0, sameFrame });
      });
    });
  }, value);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

async function report(): Promise<void> {
  const min = 0;
  const max = 40;
  // Back and forth over the factor's range, crossing the tipping points, one step of 1 to 7 trips at a time.
  let value = 10;
  const values: number[] = [];
  for (let i = 0; i < INTERACTIONS + WARM_UP; i++) {
    const step = 1 + (i % 7);
    value = value + step > max ? min + ((value + step) % max) : value + step;
    values.push(value);
  }
  // The chart draws once it has been in view: scroll it past once.
  await page.evaluate(() => document.querySelector('advice-module')?.shadowRoot?.querySelector('advice-chart')?.scrollIntoView());
  await page.waitForFunction(() =>
    Boolean((document.querySelector('advice-module')?.shadowRoot?.querySelector('advice-chart') as unknown as { chart?: unknown })?.chart),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  const loadBefore = loadavg()[0]?.toFixed(2);
  const samples: Sample[] = [];
  for (const [i, v] of values.entries()) {
    const sample = await interact(v);
    if (i >= WARM_UP) samples.push(sample);
  }
  const latency = samples.map((s) => s.latency).sort((a, b) => a - b);
  const work = samples.map((s) => s.work).sort((a, b) => a - b);
  const same = samples.filter((s) => s.sameFrame).length;
  const chromiumVersion = browser.version();
  const row = (name: string, xs: number[]) =>
    `${name.padEnd(34)} p50 ${quantile(xs, 0.5).toFixed(1).padStart(5)} ms   p95 ${quantile(xs, 0.95).toFixed(1).padStart(5)} ms   max ${(xs.at(-1) ?? Number.NaN).toFixed(1).padStart(5)} ms`;
  console.log(
    [
      '',
      `RET demo (production build), trips slider → advice, tipping band and chart painted; ${samples.length} interactions after ${WARM_UP} warm-up`,
      `Chromium ${chromiumVersion} headless, viewport 1280×4200, reduced motion; ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, node ${process.version}`,
      `load average before ${loadBefore}, after ${loadavg()[0]?.toFixed(2)} (other work on the machine slows every figure)`,
      row('input → painted (target p95 ≤ 16 ms)', latency),
      row('input → updates settled (work)', work),
      `painted in the frame the input arrived in: ${same} of ${samples.length}`,
      pageErrors.length > 0 ? `page errors: ${pageErrors.join('; ')}` : 'page errors: none',
      '',
    ].join('\n'),
  );
}

await report();

afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('RET demo, one slider interaction', () => {
  // tinybench's view of the same interaction from Node: includes Playwright's round trip to the page.
  bench(
    'input → painted, as seen from Node (with the Playwright round trip)',
    async () => {
      await interact(10);
      await interact(11);
    },
    { iterations: 20, time: 0 },
  );
});
