import { mkdirSync } from 'node:fs';
import { compareScenarios, localize, rank, scenarioFromSuggestion, tippingPoints } from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, closeBrowser, openDemo } from './browser.js';
import { COMMUTER, fillClassicForm } from './classic.js';

const label = (id: string) => localize(retModel.options.find((o) => o.id === id)?.label, 'nl');

/** The traveller's answers, as a person gives them. */
const ANSWERS = { tripsPerWeek: 4, tripKm: 8, ageGroup: '19-64', rotterdamResident: false, student: false } as const;

beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));
afterAll(closeBrowser);

function region(page: Page, name: string | RegExp): Locator {
  return page.getByRole('region', { name, exact: typeof name === 'string' });
}

/** Answers the questions by their labels, the way a person would. */
async function answerQuestions(page: Page, questions: Locator = region(page, 'Uw situatie')): Promise<void> {
  const trips = questions.getByRole('textbox', { name: /Hoeveel ritten/ });
  await trips.fill(String(ANSWERS.tripsPerWeek));
  await trips.press('Tab');
  const km = questions.getByRole('textbox', { name: /Hoe lang is een rit/ });
  await km.fill(String(ANSWERS.tripKm));
  await km.press('Tab');
  await questions.getByRole('radio', { name: '19 tot en met 64 jaar' }).check();
  await questions
    .getByRole('group', { name: /gemeente Rotterdam/ })
    .getByRole('radio', { name: 'Nee' })
    .check();
  await questions
    .getByRole('group', { name: /studentenreisproduct/ })
    .getByRole('radio', { name: 'Nee' })
    .check();
}

async function adviceText(page: Page): Promise<string> {
  return (await region(page, 'Ons advies').getByText('Wij raden aan:').locator('..').textContent()) ?? '';
}

describe('a new traveller on the interactive advisor', () => {
  it('answers, reads the advice, crosses a tipping point, explores a scenario, weighs, and shares a link that restores everything', async () => {
    const url = inject('demoUrl');
    const { page, problems, requests } = await openDemo(url);

    await answerQuestions(page);
    const situation = { ...ANSWERS };
    const first = await rank(retModel, situation);
    await expect.poll(() => adviceText(page)).toContain(label(first.best as string));

    // Move trips per week up along the tipping-point band until the advice changes, where the core says it does.
    const tipping = await tippingPoints(retModel, situation, undefined, 'tripsPerWeek');
    const next = tipping.thresholds.find((t) => t.at > ANSWERS.tripsPerWeek);
    expect(next, 'the RET model has a tipping point above 4 trips').toBeDefined();
    const band = region(page, 'Wanneer verandert het advies?').getByRole('slider', { name: /Hoeveel ritten/ });
    await band.focus();
    for (let trips = ANSWERS.tripsPerWeek; trips < (next?.at ?? 0); trips++) await band.press('ArrowRight');
    await expect.poll(() => adviceText(page)).toContain(label(next?.to as string));
    await expect
      .poll(() =>
        region(page, 'Uw situatie')
          .getByRole('textbox', { name: /Hoeveel ritten/ })
          .inputValue(),
      )
      .toBe(String(next?.at));
    const crossed = { ...situation, tripsPerWeek: next?.at as number };

    // The model's "working from home" suggestion, compared side by side with now.
    const scenarios = region(page, 'Wat als uw situatie verandert?');
    await scenarios.getByRole('button', { name: /Wat als: .*thuiswerken/ }).click();
    const suggestion = retModel.scenarios?.find((s) => /thuis/i.test(localize(s.name, 'nl')));
    expect(suggestion).toBeDefined();
    const compared = await compareScenarios(retModel, crossed, [
      scenarioFromSuggestion(suggestion as NonNullable<typeof suggestion>, 'nl'),
    ]);
    const table = scenarios.getByRole('table');
    await expect.poll(() => table.textContent()).toContain(label(compared.scenarios[0]?.best as string));

    // Price matters less: drag the cost weight down with the keyboard.
    const weights = region(page, 'Wat vindt u belangrijk?');
    const cost = weights.getByRole('slider', { name: /Kosten per maand/ });
    const before = Number(await cost.inputValue());
    await cost.focus();
    for (let i = 0; i < 10; i++) await cost.press('ArrowLeft');
    await expect.poll(async () => Number(await cost.inputValue())).toBeLessThan(before);
    const weight = Number(await cost.inputValue());

    // Hand-off: copy the link, open it in a fresh page, and see the same situation.
    const handoff = region(page, 'Advies bewaren of bespreken');
    // Where to go with the summary: RET's customer service, shown inside the hand-off (the page passes it
    // through the module's contact slot, so it is found on the page and placed within the hand-off's box).
    const contact = page.getByText(/klantenservice van RET/);
    await expect.poll(() => contact.isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'ret.nl' }).getAttribute('href')).toBe('https://www.ret.nl');
    const [inner, outer] = [await contact.boundingBox(), await handoff.boundingBox()];
    expect(inner && outer && inner.y >= outer.y && inner.y + inner.height <= outer.y + outer.height).toBe(true);
    await handoff.getByRole('button', { name: 'Kopieer link' }).click();
    await expect.poll(() => handoff.getByRole('status').first().textContent()).toMatch(/gekopieerd/i);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(url)).toBe(true);
    const advice = await adviceText(page);
    await page.screenshot({ path: `${ARTIFACTS}interactive-1280.png`, fullPage: true });
    expect(problems).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    await page.context().close();

    const fresh = await openDemo(link);
    const again = fresh.page;
    await expect
      .poll(() =>
        region(again, 'Uw situatie')
          .getByRole('textbox', { name: /Hoeveel ritten/ })
          .inputValue(),
      )
      .toBe(String(next?.at));
    expect(
      await region(again, 'Uw situatie')
        .getByRole('textbox', { name: /Hoe lang is een rit/ })
        .inputValue(),
    ).toBe('8');
    expect(
      Number(
        await region(again, 'Wat vindt u belangrijk?')
          .getByRole('slider', { name: /Kosten per maand/ })
          .inputValue(),
      ),
    ).toBe(weight);
    await expect
      .poll(() => region(again, 'Wat als uw situatie verandert?').getByRole('table').textContent())
      .toContain(localize(suggestion?.name, 'nl'));
    await expect.poll(() => adviceText(again)).toBe(advice);
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
  });

  it('fits a phone: 360 px wide without sideways scrolling', async () => {
    const { page, problems, context } = await openDemo(inject('demoUrl'), { width: 360, height: 800 });
    await answerQuestions(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${ARTIFACTS}interactive-360.png`, fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the classic one-shot variant', () => {
  it('is a plain government form: empty fields, no sliders or ranges, checked on submit with an error summary that links to each field', async () => {
    const url = inject('demoUrl');
    const { page, problems, context } = await openDemo(`${url}?variant=classic`);
    const main = page.getByRole('main');
    expect(await region(page, /Wanneer verandert/).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Ons advies' }).count()).toBe(0);
    expect(await main.getByRole('slider').count()).toBe(0);
    expect(await main.getByText(/weet het niet precies/i).count()).toBe(0);
    for (const box of await main.getByRole('textbox').all()) expect(await box.inputValue()).toBe('');
    expect(await main.locator('input[type=radio]:checked').count()).toBe(0);
    // The footer speaks of no chart: this form has none.
    expect(await page.getByRole('contentinfo').textContent()).not.toMatch(/grafiek/);

    // Submitting with one answer wrong ("abc") and the rest open: a summary of every problem, focused, each linking to its field.
    await main.getByRole('textbox', { name: /Hoeveel ritten/ }).fill('abc');
    await main.getByRole('button', { name: 'Bekijk mijn advies' }).click();
    const summary = main.getByRole('heading', { name: 'Er is een probleem' });
    await expect.poll(() => summary.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('classic-error-summary');
    const links = main.locator('#classic-error-summary').getByRole('link');
    expect(await links.count()).toBe(7);
    expect(await links.first().textContent()).toBe('Hoeveel ritten maakt u per week? Vul een getal in.');
    await main
      .locator('#classic-error-summary')
      .getByRole('link', { name: /Hoe oud bent u/ })
      .click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('4-11');
    expect(await main.getByRole('textbox', { name: /Hoeveel ritten/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('heading', { name: 'Uw advies' }).count()).toBe(0); // no advice for a wrong answer

    await fillClassicForm(page, { ...COMMUTER, tripsPerWeek: '4' });
    await main.getByRole('button', { name: 'Bekijk mijn advies' }).click();
    const result = region(page, 'Uw advies');
    const expected = await rank(retModel, { ...ANSWERS, offPeakShare: 20, daysPerWeek: 4 });
    const best = expected.ranking[0];
    await expect.poll(() => result.textContent()).toContain(`Wij adviseren: ${label(expected.best as string)}.`);
    const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
    expect(await result.textContent()).toContain(euros.format(best?.values.monthlyCost as number));
    // The same facts as the interactive result: conditions, the model's notes (the example-tariff note among them), the option's link.
    for (const note of best?.notes ?? []) expect(await result.textContent()).toContain(localize(note, 'nl'));
    expect(await result.textContent()).toContain(localize(retModel.options.find((o) => o.id === expected.best)?.description, 'nl'));
    expect(await region(page, 'Vragen over dit advies?').getByRole('link', { name: 'ret.nl' }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Uw advies');
    await page.screenshot({ path: `${ARTIFACTS}classic-1280.png`, fullPage: true });

    // Change answers: back to the form with every answer kept.
    await result.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
    await expect.poll(() => main.getByRole('textbox', { name: /Hoeveel ritten/ }).inputValue()).toBe('4');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${ARTIFACTS}classic-360.png`, fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('language', () => {
  it('switches to English and back, keeping the answers', async () => {
    const { page, problems, context } = await openDemo(inject('demoUrl'));
    await answerQuestions(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    // The page switches once the elements' English (loaded on first use) is there.
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('heading', { name: 'Your situation', level: 2, exact: true }).count()).toBe(1);
    expect(
      await region(page, 'Your situation')
        .getByRole('textbox', { name: /How many trips/ })
        .inputValue(),
    ).toBe('4');
    expect(page.url()).toContain('lang=en');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Uw situatie', level: 2, exact: true }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
