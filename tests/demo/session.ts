/**
 * A full session on the interactive RET advisor, step by step, as a person
 * would do it with a mouse and keyboard: every interaction the page offers.
 * Each step leaves the page in a state worth checking (axe, CSP, requests).
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export function region(page: Page, name: string | RegExp): Locator {
  return page.getByRole('region', { name, exact: typeof name === 'string' });
}

export const QUESTIONS = 'Uw situatie';
export const RESULT = 'Ons advies';
export const WEIGHTS = 'Wat vindt u belangrijk?';
export const TIPPING = 'Wanneer verandert het advies?';
export const SCENARIOS = 'Wat als uw situatie verandert?';
export const CHART = 'Kosten per maand vergeleken';
export const HANDOFF = 'Advies bewaren of bespreken';

export async function adviceText(page: Page): Promise<string> {
  return (await region(page, RESULT).getByText('Wij raden aan:').locator('..').textContent()) ?? '';
}

/** Stubs window.print (headless Chromium would open nothing) and counts the calls. */
export async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
}

export interface Step {
  /** The state the page is in after the step, as a person would name it. */
  readonly state: string;
  run(page: Page): Promise<void>;
}

/** Every interaction of the interactive variant, in an order a person might follow. */
export const SESSION: readonly Step[] = [
  {
    state: 'questions answered',
    async run(page) {
      const q = region(page, QUESTIONS);
      const trips = q.getByRole('textbox', { name: /Hoeveel ritten/ });
      await trips.fill('4');
      await trips.press('Tab');
      const km = q.getByRole('textbox', { name: /Hoe lang is een rit/ });
      await km.fill('8');
      await km.press('Tab');
      await q.getByRole('radio', { name: '19 tot en met 64 jaar' }).check();
      await q
        .getByRole('group', { name: /gemeente Rotterdam/ })
        .getByRole('radio', { name: 'Nee' })
        .check();
      await q
        .getByRole('group', { name: /studentenreisproduct/ })
        .getByRole('radio', { name: 'Nee' })
        .check();
      await expect.poll(() => adviceText(page)).toMatch(/\S/);
    },
  },
  {
    state: 'invalid input with its message',
    async run(page) {
      const km = region(page, QUESTIONS).getByRole('textbox', { name: /Hoe lang is een rit/ });
      await km.fill('veel');
      await km.press('Tab');
      await expect.poll(() => region(page, QUESTIONS).getByText('Vul een getal in.').count()).toBe(1);
      expect(await km.getAttribute('aria-invalid')).toBe('true');
    },
  },
  {
    state: 'not-sure range open',
    async run(page) {
      const q = region(page, QUESTIONS);
      const km = q.getByRole('textbox', { name: /Hoe lang is een rit/ });
      await km.fill('8');
      await km.press('Tab');
      await q.getByRole('checkbox', { name: 'Ik weet het niet precies' }).first().check();
      const lowest = q.getByRole('textbox', { name: /Hoeveel ritten.*laagste/ });
      await lowest.fill('3');
      await lowest.press('Tab');
      await expect.poll(() => adviceText(page)).toMatch(/\S/);
    },
  },
  {
    state: 'a single answer again',
    async run(page) {
      const q = region(page, QUESTIONS);
      await q.getByRole('checkbox', { name: 'Ik weet het niet precies' }).first().uncheck();
      const trips = q.getByRole('textbox', { name: /Hoeveel ritten/ });
      await trips.fill('4');
      await trips.press('Tab');
    },
  },
  {
    state: 'why and all options opened',
    async run(page) {
      const result = region(page, RESULT);
      await result.getByText('Waarom dit advies?').click();
      await result.getByText('Alle mogelijkheden vergeleken').click();
      await expect.poll(() => result.locator('details[open]').count()).toBe(2);
    },
  },
  {
    state: 'weights: a preset chosen',
    async run(page) {
      const weights = region(page, WEIGHTS);
      await weights.getByRole('button', { name: 'Zo goedkoop mogelijk' }).click();
      await expect.poll(() => weights.getByRole('button', { name: 'Zo goedkoop mogelijk' }).getAttribute('aria-pressed')).toBe('true');
    },
  },
  {
    state: 'weights: a slider moved',
    async run(page) {
      const cost = region(page, WEIGHTS).getByRole('slider', { name: /Kosten per maand/ });
      const before = Number(await cost.inputValue());
      await cost.focus();
      for (let i = 0; i < 5; i++) await cost.press('ArrowLeft');
      await expect.poll(async () => Number(await cost.inputValue())).toBeLessThan(before);
    },
  },
  {
    state: 'weights: back to the default',
    async run(page) {
      await region(page, WEIGHTS).getByRole('button', { name: 'Terug naar de standaardweging' }).click();
    },
  },
  {
    state: 'tipping point moved across a threshold',
    async run(page) {
      const band = region(page, TIPPING).getByRole('slider', { name: /Hoeveel ritten/ });
      const before = await adviceText(page);
      await band.focus();
      for (let i = 0; i < 4 && (await adviceText(page)) === before; i++) await band.press('ArrowRight');
      await expect.poll(() => adviceText(page)).not.toBe(before);
    },
  },
  {
    state: 'scenario from a suggestion',
    async run(page) {
      const scenarios = region(page, SCENARIOS);
      await scenarios.getByRole('button', { name: /Wat als: .*thuiswerken/ }).click();
      await expect.poll(() => scenarios.getByRole('table').count()).toBe(1);
    },
  },
  {
    state: 'a scenario added and being edited',
    async run(page) {
      const scenarios = region(page, SCENARIOS);
      await scenarios.getByRole('button', { name: 'Scenario toevoegen' }).click();
      const name = scenarios.getByRole('textbox', { name: 'Naam van het scenario' }).last();
      await name.fill('Meer ritten');
      await name.press('Tab');
      const changes = scenarios.getByRole('group', { name: /Wat is anders in “Meer ritten”/ });
      const trips = changes.getByRole('textbox', { name: /Hoeveel ritten/ });
      await trips.fill('20');
      await trips.press('Tab');
      await expect.poll(() => scenarios.getByRole('table').textContent()).toContain('Meer ritten');
    },
  },
  {
    state: 'a scenario duplicated',
    async run(page) {
      const scenarios = region(page, SCENARIOS);
      await scenarios.getByRole('button', { name: 'Kopie maken (Meer ritten)' }).click();
      await expect.poll(() => scenarios.getByRole('table').textContent()).toContain('Meer ritten (kopie)');
    },
  },
  {
    state: 'a scenario removed, with undo',
    async run(page) {
      const scenarios = region(page, SCENARIOS);
      await scenarios.getByRole('button', { name: 'Verwijderen (Meer ritten (kopie))' }).click();
      await expect.poll(() => scenarios.getByRole('button', { name: 'Ongedaan maken' }).count()).toBe(1);
    },
  },
  {
    state: 'a removed scenario restored',
    async run(page) {
      const scenarios = region(page, SCENARIOS);
      await scenarios.getByRole('button', { name: 'Ongedaan maken' }).click();
      await expect.poll(() => scenarios.getByRole('table').textContent()).toContain('Meer ritten (kopie)');
    },
  },
  {
    state: 'viewing a scenario',
    async run(page) {
      const scenarios = region(page, SCENARIOS);
      await scenarios.getByRole('button', { name: 'Bekijk dit scenario (Meer ritten)', exact: true }).click();
      await expect.poll(() => page.getByText('U bekijkt nu het scenario “Meer ritten”.').count()).toBeGreaterThan(0);
    },
  },
  {
    state: 'back to own situation',
    async run(page) {
      await region(page, SCENARIOS).getByRole('button', { name: 'Terug naar mijn eigen situatie' }).first().click();
      await expect.poll(() => page.getByText('U bekijkt nu het scenario “Meer ritten”.').count()).toBe(0);
    },
  },
  {
    state: 'chart drawn',
    async run(page) {
      const chart = region(page, CHART);
      await chart.scrollIntoViewIfNeeded();
      await expect.poll(() => chart.getByRole('img').count()).toBe(1);
    },
  },
  {
    state: 'chart as a table',
    async run(page) {
      const chart = region(page, CHART);
      await chart.getByRole('button', { name: 'Toon als tabel' }).click();
      await expect.poll(() => chart.getByRole('table').count()).toBe(1);
    },
  },
  {
    state: 'hand-off: link copied',
    async run(page) {
      const handoff = region(page, HANDOFF);
      await handoff.getByRole('button', { name: 'Kopieer link' }).click();
      await expect.poll(() => handoff.getByRole('status').first().textContent()).toMatch(/gekopieerd/i);
    },
  },
  {
    state: 'hand-off: summary copied',
    async run(page) {
      const handoff = region(page, HANDOFF);
      await handoff.getByRole('button', { name: 'Kopieer samenvatting' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/Maandabonnement|Reizen op saldo|abonnement/);
    },
  },
  {
    state: 'hand-off: printed',
    async run(page) {
      await stubPrint(page);
      await region(page, HANDOFF).getByRole('button', { name: 'Afdrukken' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    },
  },
  {
    state: 'in English',
    async run(page) {
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      await expect.poll(() => page.getByRole('region', { name: 'Our advice', exact: true }).count()).toBe(1);
    },
  },
  {
    state: 'back in Dutch',
    async run(page) {
      await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    },
  },
];
