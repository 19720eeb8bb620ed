import { encodeState, initialState, type Situation } from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';
import { serveModel } from '@advice-kit/remote/server';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, launch } from './browser.js';

afterAll(closeBrowser);

/** A few travellers, as links the demo restores. */
const TRAVELLERS: string[] = (
  [
    { tripsPerWeek: 4, tripKm: 8, ageGroup: '19-64', rotterdamResident: false },
    { tripsPerWeek: 12, tripKm: 15, ageGroup: '65+', rotterdamResident: true },
    { tripsPerWeek: 20, tripKm: 3, ageGroup: '12-18', student: true },
  ] as Situation[]
).map((situation) =>
  encodeState(retModel, { ...initialState(retModel), situation: { ...initialState(retModel).situation, ...situation } }),
);

async function adviceFor(url: string): Promise<string> {
  const browser = await launch();
  // The remote model lives on another port: its page is opened without the strict CSP (which the other tests prove).
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const advice = page.getByRole('region', { name: 'Ons advies', exact: true }).getByText('Wij raden aan:').locator('..');
  await advice.waitFor({ timeout: 15_000 }).catch(async (error: Error) => {
    throw new Error(
      `no advice at ${url}: ${error.message}\n${errors.join('\n')}\n${(await page.locator('main').ariaSnapshot()).slice(0, 800)}`,
    );
  });
  const text = (await advice.textContent()) ?? '';
  expect(errors).toEqual([]);
  await context.close();
  return text;
}

describe("the demo's developer setting for the model", () => {
  it('says so when the remote model cannot be loaded, and loads it when the person tries again', async () => {
    const base = inject('demoUrl');
    const server = await serveModel(retModel, { cors: new URL(base).origin });
    const context = await (await launch()).newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      let down = true;
      await page.route(
        (u) => u.href.startsWith(server.url),
        (route) => (down ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()),
      );
      await page.goto(`${base}?model=remote&modelUrl=${encodeURIComponent(server.url)}`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('Het advies is nu niet beschikbaar.');
      const retry = alert.getByRole('button', { name: 'Opnieuw proberen' });
      // Still down: the message stays, and the button can be used again.
      await retry.click();
      await expect.poll(() => retry.isEnabled(), { timeout: 15_000 }).toBe(true);
      expect(await page.getByRole('region', { name: 'Ons advies', exact: true }).count()).toBe(0);
      // Back up: the advice comes, the message goes, and focus is on the page's heading instead of nowhere.
      down = false;
      await retry.click();
      await page.getByRole('region', { name: 'Ons advies', exact: true }).getByText('Wij raden aan:').waitFor({ timeout: 15_000 });
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-heading');
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('gives the same advice from the TypeScript, the declarative and the remote RET model', async () => {
    const base = inject('demoUrl');
    const server = await serveModel(retModel, { cors: new URL(base).origin });
    try {
      for (const hash of TRAVELLERS) {
        const typescript = await adviceFor(`${base}#${hash}`);
        expect(typescript).toMatch(/\S/);
        expect(await adviceFor(`${base}?model=declarative#${hash}`)).toBe(typescript);
        expect(await adviceFor(`${base}?model=remote&modelUrl=${encodeURIComponent(server.url)}#${hash}`)).toBe(typescript);
      }
      expect(server.requests.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
