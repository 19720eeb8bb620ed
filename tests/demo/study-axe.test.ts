/**
 * Axe on every study screen, at 320 and 1280 px, on the built demo under its
 * strict CSP: a whole within-subject session (set-up with its error, consent,
 * background questions with their error summary, each task's instructions,
 * the classic form empty, refused with its error summary, and its result
 * page, the interactive task, the choice refused, each questionnaire empty
 * and refused, the preference question, the end with the facilitator's
 * notes), a declined consent, and the researcher's data page with imported
 * data, a failed import, the findings and the erase dialog. Each screen: no
 * WCAG 2.1 A/AA violation and no sideways scrolling at either width.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  createSession,
  exportJson,
  MemoryStorage,
  type Questionnaire,
  type SessionLog,
  StudyRecorder,
  type StudyTask,
} from '@advice-kit/study';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import questionnaireJson from '../../demo/study/questionnaire.json' with { type: 'json' };
import screens from '../../demo/study/screens.json' with { type: 'json' };
import tasksJson from '../../demo/study/tasks.json' with { type: 'json' };
import { axeViolations } from './axe.js';
import { ARTIFACTS, closeBrowser, openDemo } from './browser.js';
import { COMMUTER, fillClassicForm } from './classic.js';
import { passIntro } from './study-flow.js';

const questionnaire = questionnaireJson as Questionnaire;
const tasks = tasksJson.tasks as StudyTask[];
const DIR = `${ARTIFACTS}study-axe/`;
const WIDTHS = [320, 1280] as const;
const classicScreens = (n: number) => [
  `task ${n} instructions (classic)`,
  `task ${n}: classic form`,
  `task ${n}: classic form, error summary`,
  `task ${n}: classic result page`,
  `task ${n}: choice missing`,
  `questionnaire ${n}`,
  `questionnaire ${n}: unanswered`,
];
const interactiveScreens = (n: number) => [`task ${n} instructions (interactive)`, `task ${n}: interactive advice`, `questionnaire ${n}`];
/** The screens the walk must reach, in order. */
const SCREENS = [
  'set-up',
  'set-up: code missing',
  'consent',
  'background questions',
  'background questions: error summary',
  ...classicScreens(1),
  ...interactiveScreens(2),
  'preference',
  'preference: error summary',
  'end with notes',
  'data page',
  'data page with imports and findings',
  'erase dialog',
  'declined',
  ...interactiveScreens(1),
  ...classicScreens(2),
];

beforeAll(() => mkdirSync(DIR, { recursive: true }));
afterAll(closeBrowser);

/** Checks the screen as it is at both widths; returns what is wrong, named by screen and width. */
async function check(page: Page, screen: string, checked: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Two frames: the layout (and a chart's resize) has followed the new width.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const v of await axeViolations(page)) found.push(`${screen} @ ${width}px: ${v}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) found.push(`${screen} @ ${width}px: scrolls sideways by ${overflow}px`);
  }
  checked.push(screen);
  return found;
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, exact: typeof name === 'string' });

/** Waits (Playwright's auto-wait, not a timing) until a heading of the next screen is shown. */
async function appears(page: Page, name: string | RegExp): Promise<void> {
  await heading(page, name).first().waitFor();
}

/** A completed within-subject session, as another laptop would have exported it. */
async function laptopSession(id: string, participant: string, orderIndex: number, sus: number): Promise<SessionLog> {
  const storage = new MemoryStorage();
  const s = createSession({ participant, tasks, questionnaire, locale: 'nl', orderIndex, id, now: 1_764_000_000_000 });
  let t = s.createdAt;
  let task: number | null = null;
  const rec = new StudyRecorder({ storage, sessionId: id, now: () => t, taskIndex: () => task });
  await rec.record('session-start', { participant });
  for (const [i, planned] of s.plan.entries()) {
    task = i;
    t += 1000;
    await rec.record('task-start', {});
    t += 45_000;
    await rec.record('choice', { option: 'discount', advice: 'discount', matchesAdvice: true, correct: 'discount', choiceCorrect: true });
    const a = planned.variant === 'interactive' ? Math.min(5, sus + 1) : sus;
    const answers: Record<string, number> = {};
    for (const section of questionnaire.sections)
      section.items.forEach((item, k) => {
        answers[item.id] = section.kind === 'sus' ? (k % 2 === 0 ? a : 6 - a) : 5;
      });
    t += 1000;
    await rec.record('questionnaire', { answers, locale: 'nl' });
  }
  task = null;
  await rec.record('session-end');
  return { session: s, events: await storage.events(id) };
}

describe('axe on every study screen', () => {
  it('a whole session in both variants, a declined consent and the data page pass axe at 320 and 1280 px without sideways scrolling', {
    timeout: 600_000,
  }, async () => {
    const url = inject('demoUrl');
    const checked: string[] = [];
    const found: string[] = [];
    const { page, problems, requests, context } = await openDemo(`${url}?study`);

    // Set-up, and the same with its error (no participant code).
    await appears(page, 'Nieuwe sessie');
    found.push(...(await check(page, 'set-up', checked)));
    await page.getByRole('button', { name: 'Sessie starten' }).click();
    await page.getByText('Vul een deelnemercode in.').first().waitFor();
    found.push(...(await check(page, 'set-up: code missing', checked)));
    await page.getByRole('textbox', { name: 'Deelnemercode' }).fill('A01');
    await page.getByRole('radio', { name: /volgorde A/ }).check();
    await page.getByRole('button', { name: 'Sessie starten' }).click();

    // Consent, then the background questions, empty and refused.
    await appears(page, screens.consent.title.nl);
    found.push(...(await check(page, 'consent', checked)));
    await page.getByRole('button', { name: screens.consent.agree.nl }).click();
    await appears(page, screens.background.title.nl);
    found.push(...(await check(page, 'background questions', checked)));
    await page.getByRole('button', { name: 'Verder' }).click();
    await appears(page, 'Er is een probleem');
    found.push(...(await check(page, 'background questions: error summary', checked)));
    for (const q of screens.background.questions) {
      await page.getByRole('group', { name: q.text.nl }).getByRole('radio', { name: q.options[0]?.label.nl }).check();
    }
    await page.getByRole('button', { name: 'Verder' }).click();

    // Order A: task 1 on the classic form, task 2 on the interactive advice.
    found.push(...(await classicTask(page, 1, checked)));
    found.push(...(await interactiveTask(page, 2, checked)));

    // The preference question, refused and answered; the end with the notes.
    await appears(page, screens.preference.text.nl);
    found.push(...(await check(page, 'preference', checked)));
    await page.getByRole('button', { name: 'Verder' }).click();
    await appears(page, 'Er is een probleem');
    found.push(...(await check(page, 'preference: error summary', checked)));
    await page.getByRole('radio', { name: screens.preference.options[1]?.label.nl }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await appears(page, 'Bedankt voor uw hulp');
    await page.getByRole('textbox', { name: /Opdracht 1:/ }).fill('Keek lang naar de prijs.');
    await page.getByRole('button', { name: 'Notities opslaan' }).click();
    await page.getByText('De notities zijn opgeslagen.').first().waitFor();
    found.push(...(await check(page, 'end with notes', checked)));

    // The data page: this session; then imports from two laptops and a broken file; the findings; the erase dialog.
    await page.getByRole('link', { name: 'Onderzoeksgegevens en export' }).click();
    await page.getByRole('table', { name: 'Bewaarde sessies' }).first().waitFor();
    found.push(...(await check(page, 'data page', checked)));
    writeFileSync(`${DIR}laptop-1.json`, exportJson([await laptopSession('x1', 'X1', 0, 3)]));
    writeFileSync(`${DIR}laptop-2.json`, exportJson([await laptopSession('x2', 'X2', 1, 4)]));
    writeFileSync(`${DIR}broken.json`, '{ "sessions": [');
    await page.getByLabel('JSON-exports importeren').setInputFiles([`${DIR}laptop-1.json`, `${DIR}laptop-2.json`, `${DIR}broken.json`]);
    await page
      .getByRole('status')
      .getByText(/^Geïmporteerd: 2 nieuw/)
      .waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('broken.json');
    await expect
      .poll(
        () =>
          page
            .locator('.study-finding canvas')
            .first()
            .evaluate((c) => (c as HTMLCanvasElement).width),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    await page.getByText('Toon de waarden als tabel').first().click();
    found.push(...(await check(page, 'data page with imports and findings', checked)));
    await page.screenshot({ path: `${DIR}data-1280.png`, fullPage: true });
    // Between the two widths the sessions table (wider than the page) scrolls in its own region, not the page.
    for (const width of [700, 900]) {
      await page.setViewportSize({ width, height: 800 });
      // Polled: the charts follow a new width a frame or two later.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `data page at ${width}px`, timeout: 30_000 })
        .toBeLessThanOrEqual(width);
    }
    // At 320 px the table is a block per session, and its caption reads as one line, not a letter per line.
    await page.setViewportSize({ width: 320, height: 800 });
    const caption = await page.getByText('Bewaarde sessies', { exact: true }).boundingBox();
    expect(caption?.width).toBeGreaterThan(100);
    expect(caption?.height).toBeLessThan(60); // one line with its padding (a letter per line was over 400 px)
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await page.getByRole('dialog', { name: 'Alle gegevens wissen?' }).waitFor();
    found.push(...(await check(page, 'erase dialog', checked)));
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();

    // A participant who does not take part.
    await page.goto(`${url}?study`);
    await appears(page, 'Nieuwe sessie');
    await page.getByRole('textbox', { name: 'Deelnemercode' }).fill('A02');
    await page.getByRole('button', { name: 'Sessie starten' }).click();
    await appears(page, screens.consent.title.nl);
    await page.getByRole('button', { name: screens.consent.decline.nl }).click();
    await appears(page, 'U doet niet mee');
    found.push(...(await check(page, 'declined', checked)));

    // Order B (suggested now that one session with both variants is complete): each task in the other variant.
    await page.goto(`${url}?study`);
    await appears(page, 'Nieuwe sessie');
    await page.getByRole('textbox', { name: 'Deelnemercode' }).fill('A03');
    expect(await page.getByRole('radio', { name: /volgorde B/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Sessie starten' }).click();
    await passIntro(page);
    found.push(...(await interactiveTask(page, 1, checked)));
    found.push(...(await classicTask(page, 2, checked)));
    await appears(page, screens.preference.text.nl);

    // Every screen was reached and checked (none skipped), and none had a violation or scrolled sideways.
    expect(checked).toEqual(SCREENS);
    expect(found).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(url) && !r.startsWith('blob:'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** A task on the classic form: instructions, the empty form, refused with its error summary, the result page, the choice refused, the questionnaire empty and refused. */
async function classicTask(page: Page, n: number, checked: string[]): Promise<string[]> {
  const found: string[] = [];
  await appears(page, `Opdracht ${n} van 2`);
  found.push(...(await check(page, `task ${n} instructions (classic)`, checked)));
  await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
  await page.getByRole('button', { name: 'Bekijk mijn advies' }).first().waitFor();
  found.push(...(await check(page, `task ${n}: classic form`, checked)));
  await page.getByRole('button', { name: 'Bekijk mijn advies' }).click();
  await appears(page, 'Er is een probleem');
  found.push(...(await check(page, `task ${n}: classic form, error summary`, checked)));
  await fillClassicForm(page, COMMUTER);
  await page.getByRole('button', { name: 'Bekijk mijn advies' }).click();
  await page.getByRole('button', { name: 'Antwoorden wijzigen' }).first().waitFor();
  found.push(...(await check(page, `task ${n}: classic result page`, checked)));
  await page.getByRole('button', { name: 'Dit is mijn keuze' }).click();
  await page.getByText('Kies eerst een reisproduct.').first().waitFor();
  found.push(...(await check(page, `task ${n}: choice missing`, checked)));
  await choose(page);
  await appears(page, `Vragen over opdracht ${n} van 2`);
  found.push(...(await check(page, `questionnaire ${n}`, checked)));
  await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await page
    .getByText(/vragen hebben geen antwoord/)
    .first()
    .waitFor();
  found.push(...(await check(page, `questionnaire ${n}: unanswered`, checked)));
  await answerAll(page);
  return found;
}

/** A task on the interactive advice: instructions, the module with an answer given, the questionnaire. */
async function interactiveTask(page: Page, n: number, checked: string[]): Promise<string[]> {
  const found: string[] = [];
  await appears(page, `Opdracht ${n} van 2`);
  found.push(...(await check(page, `task ${n} instructions (interactive)`, checked)));
  await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
  const situation = page.getByRole('region', { name: 'Uw situatie', exact: true }).first();
  await situation.first().waitFor();
  const trips = situation.getByRole('textbox', { name: /Hoeveel ritten/ });
  await trips.fill('8');
  await trips.press('Tab');
  found.push(...(await check(page, `task ${n}: interactive advice`, checked)));
  await choose(page);
  await appears(page, `Vragen over opdracht ${n} van 2`);
  found.push(...(await check(page, `questionnaire ${n}`, checked)));
  await answerAll(page);
  return found;
}

async function choose(page: Page): Promise<void> {
  await page
    .getByRole('group', { name: 'Welk reisproduct kiest u?' })
    .getByRole('radio', { name: 'Kortingsabonnement', exact: true })
    .check();
  await page.getByRole('button', { name: 'Dit is mijn keuze' }).click();
}

/** Answers every question of a questionnaire (the middle of each scale) and saves. */
async function answerAll(page: Page): Promise<void> {
  for (const section of questionnaire.sections) {
    const middle = Math.ceil(section.scale.points / 2);
    for (const item of section.items) {
      await page
        .getByRole('group', { name: item.text.nl, exact: true })
        .getByRole('radio', { name: new RegExp(`^${middle}( |$)`) })
        .check();
    }
  }
  await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
}
