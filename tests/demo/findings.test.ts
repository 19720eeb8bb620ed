/**
 * The researcher's screen with data from three laptops: the exports are
 * imported (one session is on two of them), merged by session id, and the
 * findings shown per version with their test, chart, table and exports;
 * axe-clean and without sideways scrolling at 320 and 1280 px.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  createSession,
  exportJson,
  MemoryStorage,
  parseCsv,
  type Questionnaire,
  type SessionLog,
  StudyRecorder,
  type StudyTask,
} from '@advice-kit/study';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import questionnaireJson from '../../demo/study/questionnaire.json' with { type: 'json' };
import tasksJson from '../../demo/study/tasks.json' with { type: 'json' };
import { axeViolations } from './axe.js';
import { ARTIFACTS, closeBrowser, openDemo } from './browser.js';

const questionnaire = questionnaireJson as Questionnaire;
const tasks = tasksJson.tasks as StudyTask[];
const DIR = `${ARTIFACTS}laptops/`;

beforeAll(() => mkdirSync(DIR, { recursive: true }));
afterAll(closeBrowser);

/** A completed within-subject session whose SUS answers give `sus` per version (every odd item `a`, every even item 6 − a). */
async function session(
  id: string,
  participant: string,
  orderIndex: number,
  sus: { classic: number; interactive: number },
): Promise<SessionLog> {
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
    t += 60_000;
    await rec.record('choice', { option: 'month', advice: 'month', matchesAdvice: true, correct: 'month', choiceCorrect: true });
    const a = sus[planned.variant];
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

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

describe('findings across laptops', () => {
  it('imports three exports with a duplicate, and shows the findings with their test, chart, table and exports', {
    timeout: 180_000,
  }, async () => {
    // SUS 3 → (3−1)·5 + (5−(6−3))·5 = 20 contributions × 2.5 = 50; 4 → 75; 5 → 100.
    const p = [
      await session('f1', 'F1', 0, { classic: 3, interactive: 4 }),
      await session('f2', 'F2', 1, { classic: 3, interactive: 5 }),
      await session('f3', 'F3', 0, { classic: 4, interactive: 5 }),
    ];
    writeFileSync(`${DIR}laptop-1.json`, exportJson([p[0] as SessionLog]));
    writeFileSync(`${DIR}laptop-2.json`, exportJson([p[1] as SessionLog, p[0] as SessionLog]));
    writeFileSync(`${DIR}laptop-3.json`, exportJson([p[2] as SessionLog]));

    const { page, problems, requests, context } = await openDemo(`${inject('demoUrl')}?study=data`, { width: 320, height: 800 });
    await page.getByLabel('JSON-exports importeren').setInputFiles([`${DIR}laptop-1.json`, `${DIR}laptop-2.json`, `${DIR}laptop-3.json`]);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Geïmporteerd: 3 nieuw, 0 aangevuld, 1 al aanwezig.');
    const table = page.getByRole('table', { name: 'Bewaarde sessies' });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['F1', 'F2', 'F3']);

    const sus = page.getByRole('region', { name: 'SUS-score (0–100)' }).first();
    const findings = page.locator('.study-finding').first();
    await expect.poll(() => findings.textContent()).toContain('Wilcoxon-rangtekentoets (3 paren): p = 0,174, effect r = 1.');
    expect(await findings.textContent()).toContain('Let op: met zo weinig deelnemers kan geen uitkomst een verschil aantonen.');
    expect(await sus.textContent()).toContain('58,3'); // classic mean (50 + 50 + 75) / 3
    // The chart, drawn, and its values as a table.
    await expect.poll(() => findings.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(0);
    await findings.getByText('Toon de waarden als tabel').click();
    const values = page.getByRole('table', { name: 'Waarden per deelnemer: SUS-score (0–100)' });
    expect(await values.getByRole('cell').allTextContents()).toEqual(['50', '75', '50', '100', '75', '100']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}findings-320.png`, fullPage: true });

    // Exports: the descriptives as CSV, rounded; a chart as PNG.
    const csv = await download(page, page.getByRole('button', { name: 'CSV beschrijvende cijfers' }));
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
    const row = rows.find((r) => r[0] === 'sus' && r[1] === 'classic') ?? [];
    expect(Object.fromEntries((header ?? []).map((h, i) => [h, row[i]]))).toMatchObject({ n: '3', mean: '58.3', median: '50' });
    const png = await download(page, page.getByRole('button', { name: 'Grafiek als PNG: SUS-score (0–100)' }));
    expect(png.name).toBe('findings-sus.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}findings-1280.png`, fullPage: true });
    expect(requests.filter((r) => !r.startsWith(inject('demoUrl')) && !r.startsWith('blob:'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
