/**
 * Layout for deciding, on the built demo: at 390 px the advice is on the
 * first screen (the advice bar) and follows every answer without covering the
 * control that has focus; at 1280 px the questions stay in view while the
 * person works below; the chart shows the part around the answer, with a way
 * to see all, marks its crossings where the lines cross, and its table has no
 * empty column.
 */
import { initialState, localize, rank } from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.js';
import { closeBrowser, openDemo } from './browser.js';
import { CHART, QUESTIONS, region, SCENARIOS, WEIGHTS } from './session.js';

afterAll(closeBrowser);

const BAR = 'Uw advies in het kort';
const label = (id: string | null) => localize(retModel.options.find((o) => o.id === id)?.label, 'nl');
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function box(page: Page, name: string) {
  const b = await region(page, name).first().boundingBox();
  if (!b) throw new Error(`${name} is not rendered`);
  return b;
}

/** The focused element inside shadow roots, and its rectangle. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const r = el?.getBoundingClientRect();
    return {
      tag: el?.localName ?? '',
      name: el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? '',
      top: r?.top ?? 0,
      bottom: r?.bottom ?? 0,
      inBar: !!el?.closest('.bar') || (el?.getRootNode() as ShadowRoot)?.host?.localName === 'advice-bar',
    };
  });
}

describe('layout for deciding', () => {
  it('at 390 px shows the advice on the first screen, follows changes, and never covers the focused control', async () => {
    const { page, problems } = await openDemo(inject('demoUrl'), { width: 390, height: 844 });
    const start = await rank(retModel, initialState(retModel).situation);
    const bar = region(page, BAR);
    await expect.poll(async () => plain(await bar.textContent())).toContain(label(start.best));
    const first = await box(page, BAR);
    expect(first.y).toBeGreaterThanOrEqual(0);
    expect(first.y + first.height).toBeLessThanOrEqual(844);
    // The questions start above it: it is the bar, not the whole advice, that is on the first screen.
    expect((await box(page, QUESTIONS)).y).toBeLessThan(first.y);

    const trips = region(page, QUESTIONS)
      .first()
      .getByRole('textbox', { name: /Hoeveel ritten/ });
    await trips.fill('2');
    await trips.press('Tab');
    const fewer = await rank(retModel, { ...initialState(retModel).situation, tripsPerWeek: 2 });
    expect(fewer.best).not.toBe(start.best);
    await expect.poll(async () => plain(await bar.textContent())).toContain(label(fewer.best));
    const after = await box(page, BAR);
    expect(after.y + after.height).toBeLessThanOrEqual(844);

    // Tab through every question: the bar never hides the control with focus (scroll-padding).
    await trips.focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.inBar) break;
      const b = await box(page, BAR);
      const covered = f.bottom > b.y && f.top < b.y + b.height;
      expect(covered, `${f.tag} ${f.name} under the bar`).toBe(false);
    }
    expect((await focused(page)).inBar).toBe(true);
    // Its link takes the person to the full advice.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('Ons advies');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('at 1280 px keeps the questions in view while the person adjusts weights or scenarios', async () => {
    const { page, problems } = await openDemo(`${inject('demoUrl')}?lang=nl`, { width: 1280, height: 900 });
    for (const name of [WEIGHTS, SCENARIOS, CHART]) {
      await region(page, name).scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const target = await box(page, name);
      expect(target.y).toBeLessThan(900);
      const questions = await box(page, QUESTIONS);
      expect(questions.y, name).toBeGreaterThanOrEqual(0);
      expect(questions.y, name).toBeLessThan(200);
      const trips = await region(page, QUESTIONS)
        .getByRole('textbox', { name: /Hoeveel ritten/ })
        .boundingBox();
      expect(trips && trips.y >= 0 && trips.y + trips.height <= 900, name).toBe(true);
      const bar = await box(page, BAR);
      expect(bar.y + bar.height, name).toBeLessThanOrEqual(900);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
    expect(problems).toEqual([]);
  });

  it('at 320 px needs no sideways scrolling', async () => {
    const { page } = await openDemo(inject('demoUrl'), { width: 320, height: 700 });
    await region(page, BAR).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

/** What the chart element holds (its Chart.js instance and what it shows), read in the page. */
function chartState(page: Page) {
  return page.evaluate(() => {
    const find = (root: Document | ShadowRoot): Element | null => {
      const direct = root.querySelector('advice-chart');
      if (direct) return direct;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const found = el.shadowRoot ? find(el.shadowRoot) : null;
        if (found) return found;
      }
      return null;
    };
    type Internals = {
      chart?: {
        scales: { y: { min: number; max: number }; x: { min: number; max: number } };
        data: { datasets: { label: string; data: { x: number; y: number | null }[] }[] };
      };
      current?: {
        marks: { mark: { kind: string; at: number; from: string | null; to: string | null; cross?: { x: number; y: number } } }[];
        series: { options: { optionId: string }[] };
      };
    };
    const el = find(document) as unknown as Internals | null;
    const chart = el?.chart;
    if (!chart || !el?.current) return null;
    return {
      y: { min: chart.scales.y.min, max: chart.scales.y.max },
      x: { min: chart.scales.x.min, max: chart.scales.x.max },
      ids: el.current.series.options.map((o) => o.optionId),
      datasets: chart.data.datasets.map((d) => d.data),
      marks: el.current.marks.map((m) => m.mark),
    };
  });
}

describe('the chart', () => {
  it('shows the part around an adult at 10 trips of 8 km, widens to all on request, and marks crossings where the lines cross', async () => {
    const { page, problems } = await openDemo(inject('demoUrl'), { width: 1280, height: 900 });
    const chartRegion = region(page, CHART);
    await chartRegion.scrollIntoViewIfNeeded();
    await expect.poll(() => chartState(page), { timeout: 10_000 }).not.toBeNull();
    const situation = initialState(retModel).situation;
    expect([situation.tripsPerWeek, situation.tripKm, situation.ageGroup]).toEqual([10, 8, '19-64']);
    const result = await rank(retModel, situation);
    const best = result.ranking.find((r) => r.optionId === result.best);
    const prices = result.ranking.filter((r) => r.eligible).map((r) => r.values.monthlyCost as number);
    const cheapest = Math.min(...prices);
    const zoomed = (await chartState(page)) as NonNullable<Awaited<ReturnType<typeof chartState>>>;
    // The values that matter are in view, and the axis does not run from € 0 to hundreds.
    expect(zoomed.y.min).toBeLessThanOrEqual(cheapest);
    expect(zoomed.y.max).toBeGreaterThanOrEqual(best?.values.monthlyCost as number);
    expect(zoomed.y.max).toBeLessThan(250);
    expect(zoomed.y.max - zoomed.y.min).toBeLessThan(200);
    expect(zoomed.x.min).toBeLessThan(10);
    expect(zoomed.x.max).toBeGreaterThan(10);

    const whole = chartRegion.getByRole('button', { name: 'Toon de hele grafiek' });
    await whole.click();
    await expect.poll(async () => (await chartState(page))?.y.max).toBeGreaterThan(zoomed.y.max);
    const all = (await chartState(page)) as NonNullable<Awaited<ReturnType<typeof chartState>>>;
    const highest = Math.max(...all.datasets.flatMap((d) => d.map((p) => p.y ?? 0)));
    expect(all.y.max).toBeGreaterThanOrEqual(highest);
    expect(all.x).toEqual({ min: 0, max: 40 });
    expect(await whole.getAttribute('aria-pressed')).toBe('true');

    // Every ring lies where the two lines cross, by the chart's own data; a weight-driven change has no crossing.
    expect(all.marks.length).toBeGreaterThan(0);
    const lineAt = (id: string | null, x: number) => {
      const data = all.datasets[all.ids.indexOf(id ?? '')] ?? [];
      const i = data.findIndex((p) => p.x >= x);
      const [p, q] = [data[i - 1], data[i]];
      if (!p || !q || p.y === null || q.y === null) return Number.NaN;
      return p.y + ((q.y - p.y) * (x - p.x)) / (q.x - p.x);
    };
    for (const mark of all.marks) {
      const before = mark.at - 1;
      const diff = (x: number) => lineAt(mark.to, x) - lineAt(mark.from, x);
      if (mark.kind === 'price' || mark.kind === 'best') {
        expect(mark.cross, `${mark.kind} at ${mark.at}`).toBeDefined();
        const cross = mark.cross as { x: number; y: number };
        expect(cross.x).toBeGreaterThanOrEqual(before);
        expect(cross.x).toBeLessThanOrEqual(mark.at);
        expect(lineAt(mark.from, cross.x + 1e-9)).toBeCloseTo(cross.y, 6);
        expect(lineAt(mark.to, cross.x + 1e-9)).toBeCloseTo(cross.y, 6);
        // From `at` on (a whole number of trips) the new option is the cheaper one; one trip less it is not.
        expect(diff(mark.at)).toBeLessThan(0);
        expect(diff(before)).toBeGreaterThanOrEqual(0);
      }
      if (mark.kind === 'weights') {
        expect(mark.cross).toBeUndefined();
        expect(Math.sign(diff(before)) === Math.sign(diff(mark.at)) || diff(mark.at) >= 0).toBe(true);
      }
    }
    const key = plain(await chartRegion.getByRole('list').textContent());
    if (all.marks.some((m) => m.kind === 'weights')) expect(key).toContain('dit komt door wat u belangrijk vindt');

    // The table: no column that is empty in every row.
    await chartRegion.getByRole('button', { name: 'Toon als tabel' }).click();
    const columns = await chartRegion.getByRole('table').evaluate((table) => {
      const rows = Array.from(table.querySelectorAll('tbody tr'));
      const count = table.querySelectorAll('thead th').length;
      return Array.from({ length: count - 1 }, (_, j) =>
        rows.every((r) => r.querySelectorAll('td')[j]?.textContent?.trim() === 'niet mogelijk'),
      );
    });
    expect(columns.length).toBeGreaterThan(0);
    expect(columns.filter(Boolean)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
