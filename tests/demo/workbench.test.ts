/**
 * The DMN workbench (`?workbench=dmn`) in Chromium, under the strict CSP of
 * the built demo: the RET example loads into a live module with tipping
 * points; a broken DMN file is explained in plain Dutch next to the files; the
 * share link opens the same module; axe finds nothing; and the demo's first
 * load never fetched the DMN parser.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.js';
import { ARTIFACTS, closeBrowser, openDemo } from './browser.js';

beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));
afterAll(closeBrowser);

describe('DMN workbench', () => {
  it('loads the RET example into a live module with tipping points, and shares it by link', { timeout: 180_000 }, async () => {
    const url = inject('demoUrl');
    const { page, problems, requests } = await openDemo(`${url}?workbench=dmn`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('DMN-werkbank');
    await page.getByRole('button', { name: 'Voorbeeld van RET laden' }).click();
    await page.getByRole('status').filter({ hasText: 'Geladen: ret.dmn, ret.dmn-mapping.json.' }).waitFor();
    // The module's own questions and the tipping point of trips, from the DMN model.
    await page
      .getByRole('textbox', { name: /Hoeveel ritten/ })
      .first()
      .waitFor();
    // The tipping-point band of trips, drawn from the DMN model's exact tipping points.
    await page
      .getByRole('region', { name: 'Wanneer verandert het advies?' })
      .getByRole('slider', { name: /Hoeveel ritten/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}workbench-ret.png`, fullPage: true });
    const link = await page.getByRole('textbox', { name: 'Link om te delen' }).inputValue();
    expect(link).toMatch(/\?workbench=dmn#dmn=/);
    expect(problems).toEqual([]);
    expect(requests.every((r) => r.startsWith(url))).toBe(true);

    const shared = await openDemo(link);
    await shared.page.getByRole('status').filter({ hasText: 'Geladen: ret.dmn' }).waitFor();
    await shared.page
      .getByRole('textbox', { name: /Hoeveel ritten/ })
      .first()
      .waitFor();
    expect(shared.problems).toEqual([]);
  });

  it('says in plain words what is wrong with a broken file, in Dutch and in English', async () => {
    const url = inject('demoUrl');
    const { page, problems } = await openDemo(`${url}?workbench=dmn`);
    await page.getByRole('button', { name: 'Voorbeeld van RET laden' }).click();
    await page.getByRole('status').filter({ hasText: 'Geladen' }).waitFor();
    const broken = `<?xml version="1.0"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="x" name="x" namespace="https://example.org/broken">
  <inputData id="n" name="n"><variable name="n" typeRef="number"/></inputData>
  <decision id="total" name="Total"><variable name="Total"/><informationRequirement><requiredInput href="#n"/></informationRequirement>
    <literalExpression><text>n * Price</text></literalExpression></decision>
</definitions>`;
    await page
      .getByLabel('DMN-bestanden en mapping')
      .setInputFiles([{ name: 'broken.dmn', mimeType: 'application/xml', buffer: Buffer.from(broken) }]);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Deze bestanden kunnen we niet gebruiken' }).waitFor();
    await expect(alert.textContent()).resolves.toMatch(/In broken\.dmn, bij onderdeel total: Een formule \(FEEL\) klopt niet\./);
    await expect(alert.textContent()).resolves.toMatch(/unknown name "Price"/);
    expect(await page.locator('advice-module').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}workbench-broken.png`, fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    await alert.getByRole('heading', { name: 'These files cannot be used' }).waitFor();
    await expect(alert.textContent()).resolves.toMatch(/In broken\.dmn, at element total: A formula \(FEEL\) is not right\./);
    expect(problems).toEqual([]);
  });

  it('the demo’s first load fetches no DMN parser', async () => {
    const url = inject('demoUrl');
    const { page, requests } = await openDemo(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const scripts = await Promise.all(
      requests.filter((r) => r.endsWith('.js')).map((r) => page.evaluate(async (u) => (await fetch(u)).text(), r)),
    );
    expect(scripts.some((text) => text.includes('DmnModdle') || text.includes('dmn:Definitions'))).toBe(false);
  });
});
