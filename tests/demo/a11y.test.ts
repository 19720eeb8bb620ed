/**
 * Accessibility of the built demo beyond the full session
 * (tests/demo/session.test.ts checks every state of the interactive variant):
 * axe in the states a session does not pass through (English from the start,
 * the classic form before and after submitting and with a refused answer, a
 * phone, the model unavailable, the elements' error state), and the names and
 * roles of the main controls as Chromium's accessibility tree exposes them.
 *
 * axe runs inside the page through the DevTools protocol (tests/demo/axe.ts),
 * so the page is checked as served, strict CSP on; only the error state of a
 * remote model is opened without the CSP, because its server is on another
 * port (the CSP itself is proven by the session test).
 */

import { retModel } from '@advice-kit/model-ret';
import { serveModel } from '@advice-kit/remote/server';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.js';
import { closeBrowser, launch, openDemo } from './browser.js';
import { COMMUTER, fillClassicForm } from './classic.js';
import { QUESTIONS, RESULT, region, SCENARIOS } from './session.js';

afterAll(closeBrowser);

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  value?: AXValue;
  properties?: { name: string; value: AXValue }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

interface AXTree {
  nodes: AXNode[];
  /** An attribute of the DOM element behind a node. */
  attribute(node: AXNode, name: string): Promise<string | null>;
  close(): Promise<void>;
}

/**
 * Chromium's full accessibility tree of the page (shadow DOM flattened, as
 * assistive technology gets it). Accessibility is enabled first, or Chromium
 * hands over a tree it has not finished (unnamed regions, missing controls).
 */
async function accessibilityTree(page: Page): Promise<AXTree> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  // Chromium builds the tree after enabling: read it until two reads agree.
  let nodes: AXNode[] = [];
  for (let i = 0; i < 30; i++) {
    const next = ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }).nodes;
    const same = next.length === nodes.length && next.every((n, j) => name(n) === name(nodes[j] as AXNode));
    nodes = next;
    if (same) break;
    await page.waitForTimeout(100);
  }
  return {
    nodes: nodes.filter((n) => !n.ignored),
    async attribute(node, name) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId as number });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId as string,
        functionDeclaration: 'function (name) { return this.getAttribute(name); }',
        arguments: [{ value: name }],
        returnByValue: true,
      });
      return (result.value as string | null) ?? null;
    },
    close: () => cdp.detach(),
  };
}

const role = (n: AXNode) => String(n.role?.value ?? '');
const name = (n: AXNode) => String(n.name?.value ?? '').trim();
const property = (n: AXNode, p: string) => n.properties?.find((x) => x.name === p)?.value.value;

async function answer(page: Page, scope = region(page, QUESTIONS)): Promise<void> {
  const trips = scope.getByRole('textbox', { name: /Hoeveel ritten/ });
  await trips.fill('4');
  await trips.press('Tab');
  await scope.getByRole('radio', { name: '19 tot en met 64 jaar' }).check();
}

describe('axe in the states a full session does not pass through', { timeout: 120_000 }, () => {
  it('finds no WCAG 2.1 A/AA violation in English, the classic form, on a phone and when the model fails', async () => {
    const url = inject('demoUrl');
    const found: Record<string, string[]> = {};
    let states = 0;
    const check = async (page: Page, state: string) => {
      states++;
      const v = await axeViolations(page);
      if (v.length > 0) found[state] = v;
    };

    const en = await openDemo(`${url}?lang=en`);
    await expect.poll(() => en.page.getByRole('region', { name: 'Our advice', exact: true }).count()).toBe(1);
    await check(en.page, 'English from the start');
    await en.context.close();

    const classic = await openDemo(`${url}?variant=classic`);
    const main = classic.page.getByRole('main');
    await check(classic.page, 'classic form before answering');
    await main.getByRole('textbox', { name: /Hoe lang is een rit/ }).fill('-3');
    await main.getByRole('button', { name: 'Bekijk mijn advies' }).click();
    await expect.poll(() => main.getByRole('heading', { name: 'Er is een probleem' }).count()).toBe(1);
    await check(classic.page, 'classic form with its error summary');
    await fillClassicForm(classic.page, COMMUTER);
    await main.getByRole('button', { name: 'Bekijk mijn advies' }).click();
    await expect.poll(() => classic.page.getByRole('heading', { name: 'Uw advies' }).count()).toBe(1);
    await check(classic.page, 'classic form after submitting');
    expect(classic.problems).toEqual([]);
    await classic.context.close();

    const phone = await openDemo(url, { width: 320, height: 640 });
    await answer(phone.page);
    await check(phone.page, 'phone, 320 px');
    await phone.context.close();

    // The developers' remote model where none answers (the allowed same-origin address serves nothing here): the page says so.
    const missing = await openDemo(`${url}?model=remote`);
    await expect.poll(() => missing.page.getByRole('alert').count()).toBe(1);
    await check(missing.page, 'model unavailable');
    await missing.context.close();

    // A remote model that loads, then fails on every question: every element shows its error with a retry.
    // The model comes through the page's own origin (the one server the demo allows), so the strict CSP stays on.
    const server = await serveModel(retModel);
    const context = await (await launch()).newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const proxy = new URL('./ret-model/', url).href;
      await page.route(
        (u) => u.href.startsWith(proxy),
        async (route) => {
          if (!route.request().url().endsWith('/model')) return route.fulfill({ status: 503, body: 'unavailable' });
          try {
            return await route.fulfill({ response: await route.fetch({ url: `${server.url.replace(/\/$/, '')}/model` }) });
          } catch {
            return route.abort().catch(() => {});
          }
        },
      );
      await page.goto(`${url}?model=remote`, { waitUntil: 'networkidle' });
      await expect.poll(() => page.getByRole('button', { name: 'Opnieuw proberen' }).count(), { timeout: 15_000 }).toBeGreaterThan(3);
      await check(page, 'model errors in the elements');
    } finally {
      await context.close();
      await server.close();
    }

    console.log(`axe, states outside the full session: ${states} checked, ${Object.keys(found).length} with violations`);
    expect(found).toEqual({});
  });
});

describe("names and roles in Chromium's accessibility tree", () => {
  it('names every slider, field, radio, button and table, gives sliders a value text, and has one polite status region for the advice', async () => {
    const { page, context } = await openDemo(inject('demoUrl'));
    await answer(page);
    await region(page, SCENARIOS)
      .getByRole('button', { name: /Wat als: .*thuiswerken/ })
      .click();
    await page.getByRole('region', { name: 'Kosten per maand vergeleken' }).getByRole('button', { name: 'Toon als tabel' }).click();
    await expect.poll(() => page.getByRole('table').count()).toBe(2);
    const ax = await accessibilityTree(page);
    const tree = ax.nodes;

    const sliders = tree.filter((n) => role(n) === 'slider');
    // Questions (4 numbers), weights (3), tipping points (2).
    expect(sliders.length).toBe(9);
    // Chromium 156's protocol reports the number as `valuetext`, not aria-valuetext: read that from the slider's element.
    const valueTexts: string[] = [];
    for (const s of sliders) {
      expect(name(s), 'slider name').not.toBe('');
      const text = (await ax.attribute(s, 'aria-valuetext')) ?? '';
      expect(text, `value text of ${name(s)}`).toMatch(/\S/);
      expect(text, `value text of ${name(s)}`).not.toBe(String(s.value?.value)); // words, not only the number
      valueTexts.push(`${name(s)}: ${text}`);
    }
    expect(
      valueTexts.some((t) => /^Hoeveel ritten.*: 4 ritten per week$/.test(t)),
      valueTexts.join(' / '),
    ).toBe(true);

    for (const r of ['textbox', 'radio', 'checkbox', 'button', 'combobox', 'link']) {
      const unnamed = tree.filter((n) => role(n) === r && name(n) === '');
      expect(
        unnamed.map((n) => n.nodeId),
        `unnamed ${r}`,
      ).toEqual([]);
    }
    const radioGroups = tree.filter((n) => ['radiogroup', 'group'].includes(role(n)) && name(n).endsWith('?')).map(name);
    for (const question of [/^Hoe oud/, /gemeente Rotterdam\?$/, /studentenreisproduct\?$/]) {
      expect(
        radioGroups.some((g) => question.test(g)),
        `${question} in ${radioGroups.join(' / ')}`,
      ).toBe(true);
    }

    const tables = tree.filter((n) => role(n) === 'table');
    expect(tables.length).toBe(2);
    for (const t of tables) expect(name(t), 'table name from its caption').toMatch(/\w{4}/);

    // The advice's live region: a polite status, atomic, inside the advice.
    const statuses = tree.filter((n) => role(n) === 'status');
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(property(s, 'live')).toBe('polite');
    const adviceStatus = await region(page, RESULT).getByRole('status').count();
    expect(adviceStatus).toBe(1);

    const landmarks = tree.filter((n) => ['banner', 'main', 'contentinfo', 'navigation'].includes(role(n))).map(role);
    expect(landmarks).toEqual(expect.arrayContaining(['banner', 'main', 'contentinfo', 'navigation']));
    const regions = tree.filter((n) => role(n) === 'region').map(name);
    expect(regions).toEqual(
      expect.arrayContaining([
        'Uw situatie',
        'Ons advies',
        'Wat vindt u belangrijk?',
        'Wanneer verandert het advies?',
        'Wat als uw situatie verandert?',
        'Kosten per maand vergeleken',
        'Advies bewaren of bespreken',
      ]),
    );
    await ax.close();
    await context.close();
  });
});
