import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openDemo } from './browser.js';

afterAll(closeBrowser);

describe('the demo is a real page', () => {
  it('has a title, description, favicon, language, skip link and landmarks, under the strict CSP', async () => {
    const url = inject('demoUrl');
    const { page, problems, requests } = await openDemo(url);
    expect(await page.title()).toContain('RET');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/reisproduct/i);
    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
    await expect(page.getByRole('link', { name: 'Naar de inhoud' }).count()).resolves.toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/reisproduct/i);
    expect(await page.getByText(/Tarieven 2024/).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    await page.context().close();
  });
});
