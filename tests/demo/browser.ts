import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export const ARTIFACTS = new URL('../../test-results/demo/', import.meta.url).pathname;

export interface DemoPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Every request the page made. */
  requests: string[];
}

let browser: Browser | undefined;

/** One Chromium for the whole file. */
export async function launch(): Promise<Browser> {
  if (!browser) {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium is not installed: run `npm test`, which installs it, or set CHROMIUM_PATH.');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')) });
  }
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** A fresh page (own context: no shared storage) that records problems and requests. */
export async function openDemo(
  url: string,
  {
    width = 1280,
    height = 900,
    reducedMotion = 'no-preference' as 'reduce' | 'no-preference',
    /** Script run in the page before any of its own (Playwright's addInitScript). */
    initScript = undefined as (() => void) | undefined,
  } = {},
): Promise<DemoPage> {
  const b = await launch();
  const context = await b.newContext({ viewport: { width, height }, reducedMotion, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, context, problems, requests };
}
