/** The screens around a study's tasks, operated as a participant does (consent, background questions, preference). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import screens from '../../demo/study/screens.json' with { type: 'json' };
import { axeViolations } from './axe.js';

/** Agrees to take part and answers the background questions (the first answer of each); checks axe on both screens when asked. */
export async function passIntro(page: Page, { lang = 'nl' as 'nl' | 'en', axe = false } = {}): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { name: screens.consent.title[lang] }).count()).toBe(1);
  if (axe) expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: screens.consent.agree[lang] }).click();
  await expect.poll(() => page.getByRole('heading', { name: screens.background.title[lang] }).count()).toBe(1);
  if (axe) expect(await axeViolations(page)).toEqual([]);
  for (const q of screens.background.questions) {
    await page.getByRole('group', { name: q.text[lang] }).getByRole('radio', { name: q.options[0]?.label[lang] }).check();
  }
  await page.getByRole('button', { name: lang === 'nl' ? 'Verder' : 'Continue' }).click();
}

/** Answers the preference question after the last task. */
export async function answerPreference(page: Page, value: 'classic' | 'interactive' | 'same', lang: 'nl' | 'en' = 'nl'): Promise<void> {
  const option = screens.preference.options.find((o) => o.value === value);
  await expect.poll(() => page.getByRole('heading', { name: screens.preference.text[lang] }).count()).toBe(1);
  await page.getByRole('radio', { name: option?.label[lang] }).check();
  await page.getByRole('button', { name: lang === 'nl' ? 'Verder' : 'Continue' }).click();
}
