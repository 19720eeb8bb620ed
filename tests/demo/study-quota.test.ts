/**
 * Study mode with a full disk: the browser's storage refuses every write
 * (IndexedDB and localStorage throw QuotaExceededError, as when the quota is
 * used up). Starting a session says so in plain words right above the start
 * button, the set-up stays filled in and usable, the session stored before
 * is still listed, and once there is room again the session starts. A page
 * that cannot write at all on opening no longer blames a private window.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openDemo } from './browser.js';
import { passIntro } from './study-flow.js';

afterAll(closeBrowser);

/**
 * Makes every storage write throw QuotaExceededError while the page's
 * `__setFull(true)` is in force; the flag lives in sessionStorage (written
 * with the original method), so it holds across a navigation.
 */
function fullDisk(): void {
  const setItem = Storage.prototype.setItem;
  const isFull = () => sessionStorage.getItem('__full') === '1';
  (window as unknown as { __setFull(on: boolean): void }).__setFull = (on) => setItem.call(sessionStorage, '__full', on ? '1' : '0');
  const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (isFull()) throw full();
      return original.apply(this, args);
    };
  }
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (isFull()) throw full();
    return setItem.call(this, key, value);
  };
}

const setFull = (page: import('playwright-core').Page, on: boolean) =>
  page.evaluate((value) => (window as unknown as { __setFull(on: boolean): void }).__setFull(value), on);

describe('study mode with a full disk', () => {
  it('says so where the session fails to start, keeps the set-up filled in, and loses nothing stored before', async () => {
    const url = inject('demoUrl');
    const { page, context } = await openDemo(`${url}?study`, { initScript: fullDisk });
    try {
      // A session stored while there was room.
      await expect.poll(() => page.getByRole('heading', { name: 'Nieuwe sessie' }).count()).toBe(1);
      await page.getByRole('textbox', { name: 'Deelnemercode' }).fill('P01');
      await page.getByRole('button', { name: 'Sessie starten' }).click();
      await passIntro(page);
      await expect.poll(() => page.getByRole('button', { name: 'Begin met de opdracht' }).count()).toBe(1);

      // The disk fills up; the facilitator starts the next session.
      await page.goto(`${url}?study`);
      await expect.poll(() => page.getByRole('heading', { name: 'Nieuwe sessie' }).count()).toBe(1);
      await setFull(page, true);
      await page.getByRole('textbox', { name: 'Deelnemercode' }).fill('P02');
      await page.getByRole('radio', { name: /Alleen het klassieke/ }).check();
      await page.getByRole('button', { name: 'Sessie starten' }).click();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('De opslag van deze browser is vol.');
      expect(await alert.textContent()).toContain('Wat al bewaard was, blijft bewaard.');
      // Where it happened: right above the start button, in the form as it was filled in.
      expect(await page.locator('#start-error + button').textContent()).toBe('Sessie starten');
      expect(await page.getByRole('textbox', { name: 'Deelnemercode' }).inputValue()).toBe('P02');
      expect(await page.getByRole('radio', { name: /Alleen het klassieke/ }).isChecked()).toBe(true);
      expect(page.url()).not.toContain('session=');
      // Nothing stored before is lost: the first session is still there to resume.
      expect(await page.getByRole('link', { name: /P01/ }).count()).toBe(1);

      // Room again: the same button starts the session.
      await setFull(page, false);
      await page.getByRole('button', { name: 'Sessie starten' }).click();
      await passIntro(page);
      await expect.poll(() => page.getByRole('button', { name: 'Begin met de opdracht' }).count()).toBe(1);
      expect(page.url()).toContain('session=');

      // Resuming the first session on a full disk: plain words about the full storage, no blame on a private window.
      await page.goto(`${url}?study`);
      const resume = page.getByRole('link', { name: /P01/ });
      await expect.poll(() => resume.count()).toBe(1);
      const href = (await resume.getAttribute('href')) as string;
      await setFull(page, true);
      await page.goto(new URL(href, page.url()).href);
      await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
      const said = (await page.getByRole('alert').allTextContents()).join(' ');
      expect(said).toMatch(/De opslag van deze browser is vol\.|Deze browser kan nu geen gegevens bewaren\./);
      expect(said).toContain('Wat al bewaard was, blijft bewaard.');
      expect(await page.content()).not.toMatch(/privévenster/);
      await setFull(page, false);
    } finally {
      await context.close();
    }
  });

  it('a page that cannot write on opening says the storage is full, not that the window is private', async () => {
    const url = inject('demoUrl');
    const { page, context } = await openDemo(`${url}?study`, {
      initScript: () => {
        const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        IDBObjectStore.prototype.put = () => {
          throw full();
        };
        IDBObjectStore.prototype.add = () => {
          throw full();
        };
        Storage.prototype.setItem = () => {
          throw full();
        };
      },
    });
    try {
      // The set-up only reads: it opens. Starting fails with the full-disk message where it happens.
      await expect.poll(() => page.getByRole('heading', { name: 'Nieuwe sessie' }).count()).toBe(1);
      await page.getByRole('textbox', { name: 'Deelnemercode' }).fill('P03');
      await page.getByRole('button', { name: 'Sessie starten' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('De opslag van deze browser is vol.');
      expect(await page.content()).not.toMatch(/privévenster|private/);
    } finally {
      await context.close();
    }
  });
});
