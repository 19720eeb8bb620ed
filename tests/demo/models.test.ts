import { encodeState, initialState, type Situation } from '@advice-kit/core';
import { serveModel } from '@advice-kit/core/server';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { retModel } from '../../demo/ret/index.js';
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
