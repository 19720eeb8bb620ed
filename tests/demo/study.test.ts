import { mkdirSync, readFileSync } from 'node:fs';
import { parseCsv, type Questionnaire, type StudyEvent, type StudyExport } from '@advice-kit/study';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import questionnaireJson from '../../demo/study/questionnaire.json' with { type: 'json' };
import { axeViolations } from './axe.js';
import { ARTIFACTS, closeBrowser, openDemo } from './browser.js';
import { COMMUTER, fillClassicForm } from './classic.js';
import { answerPreference, passIntro } from './study-flow.js';

const questionnaire = questionnaireJson as Questionnaire;
const SUS_BROOKE = [5, 4, 2, 1, 2, 3, 2, 4, 5, 2]; // SUS 55

beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));
afterAll(closeBrowser);

/** Every event in the page's IndexedDB, read directly (not through the app). */
function storedEvents(page: Page): Promise<StudyEvent[]> {
  return page.evaluate(
    () =>
      new Promise<StudyEvent[]>((resolve, reject) => {
        const open = indexedDB.open('advice-kit-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('events').objectStore('events').getAll();
          get.onsuccess = () => {
            resolve(get.result as StudyEvent[]);
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Answers every item: the dimension items with `likert`, the SUS items with `sus` in order. */
async function answerQuestionnaire(page: Page, likert: number, sus: readonly number[]): Promise<void> {
  for (const section of questionnaire.sections) {
    for (const [i, item] of section.items.entries()) {
      const value = section.kind === 'sus' ? (sus[i] as number) : likert;
      const group: Locator = page.getByRole('group', { name: item.text.nl, exact: true });
      await group.getByRole('radio', { name: new RegExp(`^${value}( |$)`) }).check();
    }
  }
}

async function choose(page: Page, option: string): Promise<void> {
  await page.getByRole('group', { name: 'Welk reisproduct kiest u?' }).getByRole('radio', { name: option, exact: true }).check();
  await page.getByRole('button', { name: 'Dit is mijn keuze' }).click();
}

async function downloadText(page: Page, button: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync((await file.path()) as string, 'utf8');
}

const csvRows = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
};

describe('study mode', () => {
  it('runs a whole session as a participant would, keeps every event through a reload, and exports the same events as JSON and CSV', {
    timeout: 180_000,
  }, async () => {
    const url = inject('demoUrl');
    const { page, problems, requests, context } = await openDemo(`${url}?study`);

    // The facilitator sets up a session; order A (classic first) is suggested for the first participant.
    await expect.poll(() => page.getByRole('heading', { name: 'Nieuwe sessie' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sessie starten' }).click();
    await expect.poll(() => page.getByText('Vul een deelnemercode in.').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('participant');
    await page.getByRole('textbox', { name: 'Deelnemercode' }).fill('P07');
    expect(await page.getByRole('radio', { name: /volgorde A/ }).isChecked()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}study-setup.png`, fullPage: true });
    await page.getByRole('button', { name: 'Sessie starten' }).click();

    // Consent and the background questions come first (screens.json); both pass axe.
    await passIntro(page, { axe: true });

    // Task 1, classic: instructions, then the one-shot form.
    await expect.poll(() => focusedText(page)).toBe('Opdracht 1 van 2');
    expect(await page.getByText(/Kies het reisproduct dat het beste bij u past/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Nederlands' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Switch to English' }).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
    await expect.poll(() => focusedText(page)).toBe('Opdracht 1 van 2');
    // A refused submit (nothing filled in), then the whole form, then the advice.
    await page.getByRole('button', { name: 'Bekijk mijn advies' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Er is een probleem' }).count()).toBe(1);
    await fillClassicForm(page, COMMUTER);
    await page.getByRole('button', { name: 'Bekijk mijn advies' }).click();
    await expect.poll(() => page.getByText('Wij adviseren: Kortingsabonnement.').count()).toBe(1);

    // Everything so far is stored before the reload (the advice shown included).
    await expect.poll(async () => (await storedEvents(page)).some((e) => e.type === 'advice-shown')).toBe(true);
    const beforeReload = await storedEvents(page);
    expect(beforeReload.map((e) => e.type).filter((t) => t !== 'input' && t !== 'change')).toEqual([
      'session-start',
      'consent',
      'background',
      'task-start',
      'form-submit',
      'form-error',
      'form-submit',
      'advice-shown',
    ]);
    expect(beforeReload.find((e) => e.type === 'form-error')?.data).toEqual({
      fields: ['tripsPerWeek', 'tripKm', 'offPeakShare', 'ageGroup', 'rotterdamResident', 'student', 'daysPerWeek'],
      codes: Array(7).fill('missing'),
    });
    expect(beforeReload.find((e) => e.type === 'advice-shown')?.data).toMatchObject({
      best: 'discount',
      situation: {
        tripsPerWeek: 8,
        tripKm: 8,
        offPeakShare: 20,
        daysPerWeek: 4,
        ageGroup: '19-64',
        rotterdamResident: false,
        student: false,
      },
    });
    // Typed numbers are kept as values (numeric fields); nothing a participant types as free text is.
    expect(beforeReload.some((e) => e.type === 'input' && e.data.control === 'tripsPerWeek' && e.data.value === '8')).toBe(true);

    // A reload mid-task: the session goes on with task 1 on the same result page; changing the answers finds them all kept.
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('heading', { name: 'Opdracht 1 van 2' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Wij adviseren: Kortingsabonnement.').count()).toBe(1);
    await page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('main')
          .getByRole('textbox', { name: /Hoeveel ritten/ })
          .inputValue(),
      )
      .toBe('8');
    expect(
      await page
        .getByRole('main')
        .getByRole('group', { name: /gemeente Rotterdam/ })
        .getByRole('radio', { name: 'Nee' })
        .isChecked(),
    ).toBe(true);
    await expect.poll(async () => (await storedEvents(page)).some((e) => e.type === 'form-edit')).toBe(true);
    const afterReload = await storedEvents(page);
    expect(afterReload.slice(0, beforeReload.length)).toEqual(beforeReload);
    expect(afterReload[beforeReload.length]).toMatchObject({ type: 'resume', taskIndex: 0, data: { reason: 'reload', phase: 'task' } });
    expect(afterReload[beforeReload.length + 1]).toMatchObject({ type: 'form-edit', taskIndex: 0 });

    // A reload that cuts a write off: its event waited in the journal (localStorage), and goes into the log, once.
    const lastInput = beforeReload.filter((e) => e.type === 'input').at(-1) as (typeof afterReload)[number];
    const cutOff = { type: 'input', at: Date.now(), taskIndex: 0, data: lastInput.data };
    const journalEntry = JSON.stringify({ savedAt: Date.now(), events: [cutOff] });
    const sessionId = new URL(page.url()).searchParams.get('session') ?? '';
    await page.evaluate(({ id, entry }) => localStorage.setItem(`advice-kit-study-pending:${id}`, entry), {
      id: sessionId,
      entry: journalEntry,
    });
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('heading', { name: 'Opdracht 1 van 2' }).count()).toBe(1);
    await expect.poll(async () => (await storedEvents(page)).filter((e) => e.at === cutOff.at).length).toBe(1);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    const afterRecovery = await storedEvents(page);
    expect(afterRecovery.slice(0, afterReload.length)).toEqual(afterReload);
    expect(afterRecovery[afterReload.length]).toMatchObject({ type: 'input', at: cutOff.at });
    expect(afterRecovery[afterReload.length + 1]).toMatchObject({ type: 'resume' });

    // The choice: without one, a message; then the discount subscription (the cheapest for this commuter).
    await page.getByRole('button', { name: 'Dit is mijn keuze' }).click();
    await expect.poll(() => page.getByText('Kies eerst een reisproduct.').isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}study-task-classic.png`, fullPage: true });
    await choose(page, 'Kortingsabonnement');

    // Questionnaire 1: an empty submit names what is missing; then every item.
    await expect.poll(() => focusedText(page)).toBe('Vragen over opdracht 1 van 2');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    const items = questionnaire.sections.reduce((n, s) => n + s.items.length, 0);
    await expect.poll(() => focusedText(page)).toBe(`Nog ${items} vragen hebben geen antwoord.`);
    expect(await page.getByRole('group', { name: questionnaire.sections[0]?.items[0]?.text.nl }).getAttribute('aria-describedby')).toBe(
      `error-${questionnaire.sections[0]?.items[0]?.id}`,
    );
    await answerQuestionnaire(page, 6, SUS_BROOKE);
    await page.screenshot({ path: `${ARTIFACTS}study-questionnaire.png`, fullPage: true });
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();

    // Task 2, interactive: the advice follows the answers; then a different choice than the advice.
    await expect.poll(() => focusedText(page)).toBe('Opdracht 2 van 2');
    await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
    // The questions' region comes first; the hand-off has a summary region of the same name.
    const situation = page.getByRole('region', { name: 'Uw situatie', exact: true }).first();
    await expect.poll(() => situation.count()).toBe(1);
    const trips = situation.getByRole('textbox', { name: /Hoeveel ritten/ });
    await trips.fill('6');
    await trips.press('Tab');
    const weights = page.getByRole('region', { name: 'Wat vindt u belangrijk?' });
    const cost = weights.getByRole('slider', { name: /Kosten per maand/ });
    await cost.focus();
    await cost.press('ArrowLeft');
    await expect
      .poll(async () => (await storedEvents(page)).filter((e) => e.type === 'advice-change' && e.taskIndex === 1).map((e) => e.data.action))
      .toEqual(expect.arrayContaining(['answer', 'weight']));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}study-task-interactive.png`, fullPage: true });
    await choose(page, 'Dagkaart op reisdagen');
    await expect.poll(() => focusedText(page)).toBe('Vragen over opdracht 2 van 2');
    await answerQuestionnaire(page, 4, Array(10).fill(3));
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();

    // After both versions: which gave more confidence. The versions are offered in the order the participant met them.
    await expect.poll(() => page.getByRole('radio').count()).toBe(3);
    expect(await page.getByRole('radio').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value))).toEqual([
      'classic',
      'interactive',
      'same',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await answerPreference(page, 'interactive');

    // The end.
    await expect.poll(() => focusedText(page)).toBe('Bedankt voor uw hulp');
    expect(await axeViolations(page)).toEqual([]);

    // The researcher's screen: one session, exported three ways.
    await page.getByRole('link', { name: 'Onderzoeksgegevens en export' }).click();
    await page.waitForLoadState('networkidle');
    const table = page.getByRole('table', { name: 'Bewaarde sessies' });
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(await table.getByRole('rowheader').textContent()).toBe('P07');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}study-data.png`, fullPage: true });
    const json = JSON.parse(await downloadText(page, page.getByRole('button', { name: 'JSON van P07' }))) as StudyExport;
    const eventsCsv = csvRows(await downloadText(page, page.getByRole('button', { name: 'CSV gebeurtenissen van P07' })));
    const answersCsv = csvRows(await downloadText(page, page.getByRole('button', { name: 'CSV antwoorden van P07' })));
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/answers\.csv is gedownload\./);

    const exported = json.sessions[0];
    const events = exported?.events ?? [];
    expect(json.sessions).toHaveLength(1);
    expect(exported?.session.participant).toBe('P07');
    // Every event before the reload is in the export, unchanged.
    for (const e of beforeReload) expect(events).toContainEqual(e);
    expect(events).toEqual(await storedEvents(page));
    // JSON and CSV agree: the same events, in the same order, with the same ids, numbers, times and data.
    expect(eventsCsv).toHaveLength(events.length);
    eventsCsv.forEach((row, i) => {
      const e = events[i] as StudyEvent;
      expect([row.event_id, Number(row.seq), Number(row.time_ms), row.time, row.type, row.participant]).toEqual([
        e.id,
        e.seq,
        e.at,
        new Date(e.at).toISOString(),
        e.type,
        'P07',
      ]);
      expect(JSON.parse(row.data ?? '')).toEqual(e.data);
    });
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'task-start')).toHaveLength(2);
    expect(types.filter((t) => t === 'choice')).toHaveLength(2);
    expect(types.filter((t) => t === 'questionnaire')).toHaveLength(2);
    expect(types[0]).toBe('session-start');
    expect(types.at(-1)).toBe('session-end');
    expect(events.find((e) => e.type === 'consent')?.data).toEqual({ agreed: true });
    expect(events.find((e) => e.type === 'background')?.data).toEqual({
      answers: { 'travel-frequency': 'weekly', 'online-forms': 'easy' },
    });
    expect(events.find((e) => e.type === 'preference')?.data).toEqual({ answer: 'interactive' });
    expect(events.find((e) => e.type === 'session-start')?.data).toMatchObject({
      order: 'classic interactive',
      taskOrder: 'commuter nearly-65',
      duplicateOf: [],
    });

    // Measures: the variants in order A, the choices, SUS scored.
    expect(exported?.measures.map((m) => [m.variant, m.choice, m.reloads, m.sus])).toEqual([
      ['classic', 'discount', 2, 55],
      ['interactive', 'day', 0, 50],
    ]);
    expect(exported?.measures[1]?.choiceMatchesAdvice).toBe(false);
    // Task 1 (classic): the advice shown was the discount subscription, and it is also the right answer for the task's situation.
    expect(exported?.measures[0]).toMatchObject({
      advice: 'discount',
      choiceMatchesAdvice: true,
      correct: 'discount',
      choiceCorrect: true,
      formSubmits: 2,
      formErrors: 1,
      formEdits: 1,
      advicesShown: 1,
    });
    expect(exported?.measures[1]?.weightChanges).toBeGreaterThanOrEqual(1);
    expect(exported?.measures.every((m) => (m.timeToDecisionMs ?? -1) >= 0)).toBe(true);
    // confidence-3 is worded the other way round: its 6 scores 2. Exports round scale means to 2 decimals.
    expect(exported?.measures[0]?.dimensions).toEqual({ confidence: 4.67, autonomy: 6, relevance: 6 });

    // Answers: one row per item per task, agreeing with the JSON.
    expect(answersCsv).toHaveLength(2 * items);
    expect(exported?.answers).toHaveLength(answersCsv.length);
    answersCsv.forEach((row, i) => {
      const a = exported?.answers[i];
      expect([row.item_id, Number(row.value), row.event_id, row.variant]).toEqual([a?.itemId, a?.value, a?.eventId, a?.variant]);
    });

    // Erase all, after a confirmation that can be cancelled.
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Alle gegevens wissen?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain(`1 sessie met ${events.length} gebeurtenissen`);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await table.getByRole('row').count()).toBe(2);
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await dialog.getByRole('button', { name: 'Ja, alles wissen' }).click();
    await expect.poll(() => page.getByText('Er zijn geen sessies bewaard.').count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toBe('Alle gegevens zijn gewist.');
    expect(await storedEvents(page)).toEqual([]);

    // Nothing left the page: every request went to the demo's own server, and nothing went wrong.
    expect(requests.filter((r) => !r.startsWith(url) && !r.startsWith('blob:'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('study mode in English on a phone', () => {
  it('sets up, shows the task, the choice and the questionnaire in English at 360 px, without sideways scrolling', async () => {
    const url = inject('demoUrl');
    const { page, problems, requests, context } = await openDemo(`${url}?study`, { width: 360, height: 800 });
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'New session' }).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Participant code' }).fill('P08');
    await page.getByRole('radio', { name: 'Only the interactive advice' }).check();
    await page.getByRole('button', { name: 'Start session' }).click();
    await passIntro(page, { lang: 'en' });
    await expect.poll(() => focusedText(page)).toBe('Task 1 of 2');
    expect(await page.getByText(/Choose the travel product that suits you best/).count()).toBe(1);
    expect(page.url()).toContain('lang=en');
    await page.getByRole('button', { name: 'Start the task' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Your situation', exact: true }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('group', { name: 'Which travel product do you choose?' }).getByRole('radio', { name: 'Pay as you go' }).check();
    await page.getByRole('button', { name: 'This is my choice' }).click();
    await expect.poll(() => focusedText(page)).toBe('Questions about task 1 of 2');
    const first = questionnaire.sections[0]?.items[0];
    const group = page.getByRole('group', { name: first?.text.en, exact: true });
    expect(await group.getByRole('radio').count()).toBe(7);
    expect(await group.getByRole('radio', { name: '1 Strongly disagree' }).count()).toBe(1);
    expect(await group.getByRole('radio', { name: '7 Strongly agree' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}study-questionnaire-360-en.png`, fullPage: true });
    const events = await storedEvents(page);
    expect(events.find((e) => e.type === 'choice')?.data).toMatchObject({ option: 'saldo' });
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
