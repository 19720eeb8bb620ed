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

  it('loads on a phone without moving anything: the module is never painted half-built', async () => {
    // In every frame the page paints while it loads: is the module's layout visible, and has every part of it rendered?
    const { page, problems } = await openDemo(inject('demoUrl'), {
      width: 412,
      height: 823,
      initScript: () => {
        const w = window as unknown as { shifts: number[]; frames: { visible: boolean; unrendered: string[] }[] };
        w.shifts = [];
        w.frames = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
        const watch = () => {
          const layout = document.querySelector('advice-module')?.shadowRoot?.querySelector('[part=layout]');
          if (layout) {
            const parts = Array.from(layout.querySelectorAll('*')).filter((el) => el.localName.startsWith('advice-'));
            w.frames.push({
              visible: getComputedStyle(layout).visibility === 'visible',
              unrendered: parts.filter((el) => !(el as Element & { hasUpdated?: boolean }).hasUpdated).map((el) => el.localName),
            });
          }
          if (w.frames.at(-1)?.visible !== true) requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      },
    });
    await page.getByRole('heading', { name: 'Ons advies' }).waitFor();
    const { shifts, frames } = await page.evaluate(() => {
      const w = window as unknown as { shifts: number[]; frames: { visible: boolean; unrendered: string[] }[] };
      return { shifts: w.shifts, frames: w.frames };
    });
    expect(frames.at(-1)?.visible).toBe(true);
    expect(frames.filter((f) => f.visible && f.unrendered.length > 0)).toEqual([]);
    expect(shifts.reduce((sum, v) => sum + v, 0)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
