/**
 * The embedding examples, built and served like a real site (strict CSP):
 * each mounts the RET advisor, a person changes an answer, the advice changes,
 * and the page's own handler (plain DOM, React's `onadvice-change`, Vue's
 * `@advice-change`) receives `advice-change` with its detail.
 */
import { localize, rank } from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openDemo } from '../demo/browser.js';

afterAll(closeBrowser);

const label = (id: string | null) => localize(retModel.options.find((o) => o.id === id)?.label, 'nl');

describe.each([
  { name: 'html', how: 'a plain HTML page with the single-file build' },
  { name: 'react', how: 'a React 19 app' },
  { name: 'vue', how: 'a Vue 3 app' },
])('the RET advisor in $how', ({ name }) => {
  it('renders, follows a changed answer, and tells the page through advice-change', async () => {
    const url = inject('exampleUrls')[name] as string;
    const before = await rank(retModel, {});
    const after = await rank(retModel, { tripsPerWeek: 1 });
    expect(after.best, 'a change that moves the advice').not.toBe(before.best);

    const { page, problems, requests } = await openDemo(url);
    const advice = () => page.getByRole('region', { name: 'Ons advies' }).getByText('Wij raden aan:').locator('..').textContent();
    await expect.poll(advice).toContain(label(before.best));
    await expect.poll(() => page.locator('#last-change').textContent()).toBe('');

    await page
      .getByRole('region', { name: 'Uw situatie' })
      .getByRole('textbox', { name: /Hoeveel ritten/ })
      .fill('1');

    await expect.poll(advice).toContain(label(after.best));
    if (name === 'html') {
      // The plain page announces a new advice only, in its own language; a change that keeps the advice says nothing.
      await expect.poll(() => page.locator('#last-change').textContent()).toBe(`Nieuw advies: ${label(after.best)}.`);
      const same = await rank(retModel, { tripsPerWeek: 2 });
      expect(same.best, 'a change that keeps the advice').toBe(after.best);
      await page.locator('#last-change').evaluate((el) => {
        el.textContent = '';
        const w = window as unknown as { changes: number };
        w.changes = 0;
        document.querySelector('advice-module')?.addEventListener('advice-change', () => w.changes++);
      });
      await page
        .getByRole('region', { name: 'Uw situatie' })
        .getByRole('textbox', { name: /Hoeveel ritten/ })
        .fill('2');
      await expect.poll(() => page.evaluate(() => (window as unknown as { changes: number }).changes)).toBeGreaterThan(0);
      expect(await page.locator('#last-change').textContent()).toBe('');
      // English sits beside the single-file build (advice-kit-en.js) and loads when the page asks for it.
      await page.locator('advice-module').evaluate((el) => el.setAttribute('locale', 'en'));
      await expect.poll(() => page.getByRole('region', { name: 'Our advice' }).getByText('We recommend:').count()).toBe(1);
    } else {
      await expect.poll(() => page.locator('#last-change').textContent()).toBe(`Laatste wijziging: answer. Advies: ${label(after.best)}.`);
    }
    expect(problems).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    await page.context().close();
  });
});
