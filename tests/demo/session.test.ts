/**
 * A full session on the built demo, served with the strict CSP public bodies
 * use: every interaction the interactive variant offers (tests/demo/session.ts),
 * then a reload from the shared link. After every step axe checks WCAG 2.1
 * A/AA (shadow roots included); at the end the session must have caused no
 * CSP violation, no console or page error, no request outside the demo's own
 * origin and no cookie.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.js';
import { ARTIFACTS, closeBrowser, openDemo } from './browser.js';
import { adviceText, region, SCENARIOS, SESSION } from './session.js';

beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));
afterAll(closeBrowser);

/** Some 30 s alone; more when the other projects run beside it on two cores. */
describe('a full session under the strict Content-Security-Policy', { timeout: 180_000 }, () => {
  it('performs every interaction with no CSP violation, console error, foreign request or cookie, and no axe violation in any state', async () => {
    const url = inject('demoUrl');
    const origin = new URL(url).origin;
    const { page, context, problems, requests } = await openDemo(url);
    const violations: Record<string, string[]> = {};
    const check = async (state: string) => {
      const found = await axeViolations(page);
      if (found.length > 0) violations[state] = found;
    };

    await check('start');
    for (const step of SESSION) {
      await step.run(page);
      await check(step.state);
    }
    const states = SESSION.length + 1;
    const link = page.url();
    const advice = await adviceText(page);
    await page.screenshot({ path: `${ARTIFACTS}session-end.png`, fullPage: true });

    // The link restores the whole session in a fresh page.
    const again = await openDemo(link);
    await expect.poll(() => adviceText(again.page)).toBe(advice);
    await expect.poll(() => region(again.page, SCENARIOS).getByRole('table').textContent()).toContain('Meer ritten (kopie)');

    console.log(
      `full session: ${SESSION.length} interactions, ${states} states checked with axe, ${Object.keys(violations).length} with violations`,
    );
    expect(violations).toEqual({});
    expect(problems).toEqual([]);
    expect(again.problems).toEqual([]);
    expect([...requests, ...again.requests].filter((r) => new URL(r).origin !== origin)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await again.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await context.close();
    await again.context.close();
  });
});
