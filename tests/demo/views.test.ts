/**
 * Views that are real, on the real page: in a study session on the
 * interactive variant, nothing below the fold is counted as seen until the
 * participant has scrolled to it and kept it on screen for a second, and the
 * hand-off counts as opened only when it is used.
 */
import type { StudyEvent } from '@advice-kit/study';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openDemo } from './browser.js';
import { passIntro } from './study-flow.js';

afterAll(closeBrowser);

function storedEvents(page: Page): Promise<StudyEvent[]> {
  return page.evaluate(
    () =>
      new Promise<StudyEvent[]>((resolve, reject) => {
        const open = indexedDB.open('advice-kit-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('events').objectStore('events').getAll();
          get.onsuccess = () => {
            resolve(get.result as StudyEvent[]);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

const views = async (page: Page) => (await storedEvents(page)).filter((e) => e.type === 'advice-view').map((e) => e.data.view);
const handoffs = async (page: Page) => (await storedEvents(page)).filter((e) => e.type === 'advice-handoff').map((e) => e.data.action);
/** Lets the page sit: longer than the one-second rule, so anything on screen would have been counted. */
const linger = (page: Page) => page.waitForTimeout(2500);

describe('views in a study session', () => {
  it('counts a part as seen only after scrolling to it and keeping it on screen; the hand-off as opened only when used', async () => {
    const url = inject('demoUrl');
    const { page, problems, context } = await openDemo(`${url}?study`, { width: 1280, height: 800 });
    await page.getByRole('textbox', { name: 'Deelnemercode' }).fill('V01');
    await page.getByRole('radio', { name: /Alleen het interactieve advies/ }).check();
    await page.getByRole('button', { name: 'Sessie starten' }).click();
    await passIntro(page);
    await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Uw situatie', exact: true }).first().count()).toBe(1);

    // At the top of the page, with the task open: the tipping points, scenarios, chart and hand-off are far below the fold.
    await page.evaluate(() => window.scrollTo(0, 0));
    await linger(page);
    expect(await views(page)).toEqual([]);

    // At the choice, at the bottom, right under the hand-off: the hand-off is not opened by being near;
    // the chart, above it, is out of view and not counted.
    const chart = page.getByRole('region', { name: /vergeleken/ });
    await page.getByRole('button', { name: 'Dit is mijn keuze' }).scrollIntoViewIfNeeded();
    await linger(page);
    expect(await chart.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(0);
    expect(await views(page)).not.toContain('chart');
    expect(await views(page)).not.toContain('tipping-point');
    expect(await handoffs(page)).toEqual([]);

    // The chart, kept on screen: now it counts, once.
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => views(page), { timeout: 15_000 }).toContain('chart');
    await linger(page);
    expect((await views(page)).filter((v) => v === 'chart')).toHaveLength(1);

    // The tipping points likewise.
    await page.getByRole('region', { name: 'Wanneer verandert het advies?' }).scrollIntoViewIfNeeded();
    await expect.poll(() => views(page), { timeout: 15_000 }).toContain('tipping-point');

    // Using the hand-off (copying the link) is what opens it.
    const copy = page.getByRole('button', { name: 'Kopieer link' });
    await copy.scrollIntoViewIfNeeded();
    await copy.click();
    await expect.poll(() => handoffs(page)).toEqual(['copy-link']);
    expect(problems).toEqual([]);
    await context.close();
  });
});
