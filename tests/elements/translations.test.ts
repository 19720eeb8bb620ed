import { localize, rank } from '@advice-kit/core';
import { type AdviceModuleElement, hasTranslation, registerTranslation, translation } from '@advice-kit/elements';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { de } from './de.js';
import { clubModel } from './fixtures.js';
import { deepQuery, expectAccessible, settle, shadow } from './helpers.js';

/**
 * The languages: Dutch in the first load, English loaded when a page asks for
 * it, a host's third language used by every element. Each test file runs in a
 * page of its own, so the first test sees a kit that has not loaded English.
 */

const htmlLang = document.documentElement.getAttribute('lang');
afterEach(() => {
  if (htmlLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', htmlLang);
});

/** The module with its default layout in a container without `lang`, so `<html lang>` decides. */
async function mountDefault(): Promise<AdviceModuleElement> {
  const container = document.createElement('div');
  const module = document.createElement('advice-module') as AdviceModuleElement;
  container.append(module);
  document.body.append(container);
  onTestFinished(() => container.remove());
  module.model = clubModel;
  await settle(container, 10);
  return module;
}

const part = (module: Element, tag: string) => {
  const el = deepQuery(module, tag);
  if (!el) throw new Error(`no <${tag}>`);
  return shadow(el);
};

interface Texts {
  readonly questions: string;
  readonly result: string;
  readonly weights: string;
  readonly notSure: string;
  readonly bar: string;
  readonly sure: string;
  readonly cheapest: string;
  readonly tryLabel: string;
  readonly add: string;
  readonly showTable: string;
  readonly copyLink: string;
}

/** One text of every element, found by role and accessible name, in a language. */
function expectEveryElementIn(module: AdviceModuleElement, t: Texts): void {
  const inModule = shadow(module);
  expect(inModule.getByRole('heading', { name: t.questions })).toBeTruthy();
  expect(inModule.getByRole('heading', { name: t.result })).toBeTruthy();
  expect(inModule.getByRole('heading', { name: t.weights })).toBeTruthy();
  expect(part(module, 'advice-questions').getByRole('checkbox', { name: t.notSure })).toBeTruthy();
  expect(part(module, 'advice-bar').getByRole('region', { name: t.bar })).toBeTruthy();
  expect(part(module, 'advice-result').getByRole('heading', { name: t.sure })).toBeTruthy();
  expect(part(module, 'advice-weights').getByRole('button', { name: t.cheapest })).toBeTruthy();
  expect(part(module, 'advice-tipping-point').getByText(t.tryLabel)).toBeTruthy();
  expect(part(module, 'advice-scenarios').getByRole('button', { name: t.add })).toBeTruthy();
  expect(part(module, 'advice-chart').getByRole('button', { name: t.showTable })).toBeTruthy();
  expect(part(module, 'advice-handoff').getByRole('button', { name: t.copyLink })).toBeTruthy();
}

const DUTCH: Texts = {
  questions: 'Uw situatie',
  result: 'Ons advies',
  weights: 'Wat vindt u belangrijk?',
  notSure: 'Ik weet het niet precies',
  bar: 'Uw advies in het kort',
  sure: 'Hoe zeker is dit advies?',
  cheapest: 'Zo goedkoop mogelijk',
  tryLabel: 'Ander antwoord proberen',
  add: 'Scenario toevoegen',
  showTable: 'Toon als tabel',
  copyLink: 'Kopieer link',
};

const ENGLISH: Texts = {
  questions: 'Your situation',
  result: 'Our advice',
  weights: 'What matters to you?',
  notSure: "I'm not sure",
  bar: 'Your advice in short',
  sure: 'How sure is this advice?',
  cheapest: 'Cheapest',
  tryLabel: 'Try another answer',
  add: 'Add a scenario',
  showTable: 'Show as table',
  copyLink: 'Copy link',
};

describe('languages', () => {
  it('starts in Dutch without English loaded; switching lang to en loads English and every element renders in it', async () => {
    document.documentElement.setAttribute('lang', 'nl');
    expect(translation('en')).toBeUndefined();
    const module = await mountDefault();
    expectEveryElementIn(module, DUTCH);
    expect(translation('en')).toBeUndefined();

    document.documentElement.setAttribute('lang', 'en-GB');
    await settle(module, 10);
    expect(translation('en')?.$name).toBe('English');
    expect(module.resolvedLocale).toBe('en');
    expectEveryElementIn(module, ENGLISH);
    expect(shadow(module).getByRole('heading', { name: ENGLISH.questions }).closest('[lang]')?.getAttribute('lang')).toBe('en');

    document.documentElement.setAttribute('lang', 'nl');
    await settle(module, 10);
    expectEveryElementIn(module, DUTCH);
  });

  it('uses a language the host registers, in every element, with its number formats and messages', async () => {
    expect(hasTranslation('de')).toBe(false);
    document.documentElement.setAttribute('lang', 'de-AT');
    const module = await mountDefault();
    // Not registered yet: Dutch, as for any language the kit does not speak.
    expect(module.resolvedLocale).toBe('nl');
    expectEveryElementIn(module, DUTCH);

    registerTranslation(de);
    await settle(module, 10);
    expect(module.resolvedLocale).toBe('de');
    expectEveryElementIn(module, {
      questions: 'Ihre Situation',
      result: 'Unsere Empfehlung',
      weights: 'Was ist Ihnen wichtig?',
      notSure: 'Ich weiß es nicht genau',
      bar: 'Ihre Empfehlung in Kürze',
      sure: 'Wie sicher ist diese Empfehlung?',
      cheapest: 'So günstig wie möglich',
      tryLabel: 'Eine andere Antwort ausprobieren',
      add: 'Szenario hinzufügen',
      showTable: 'Als Tabelle zeigen',
      copyLink: 'Link kopieren',
    });

    // Money in German notation; the model has no German texts, so its labels fall back to Dutch.
    const { ranking } = await rank(clubModel, {});
    const best = ranking[0];
    const cost = clubModel.criteria[0];
    const option = clubModel.options.find((o) => o.id === best?.optionId);
    const bar = part(module, 'advice-bar').getByRole('region', { name: 'Ihre Empfehlung in Kürze' });
    expect(bar.textContent).toContain(localize(option?.label, 'nl'));
    const euros = new Intl.NumberFormat('de', cost?.format).format(best?.values[cost?.id ?? ''] ?? Number.NaN);
    expect(euros).toMatch(/^\d+,\d\d\s€$/);
    expect(bar.textContent).toContain(euros);

    // A message next to an answer, from the German translation.
    const label = localize(clubModel.factors[0]?.label, 'nl');
    await page.getByRole('textbox', { name: label }).fill('25');
    await userEvent.tab();
    await settle(module);
    expect(part(module, 'advice-questions').getByText('Geben Sie eine Zahl von 20 oder weniger ein.')).toBeTruthy();
    await expectAccessible(module);
  });

  it('falls back to Dutch for a language the kit does not speak, without errors', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    onTestFinished(() => {
      errors.mockRestore();
      warnings.mockRestore();
    });
    document.documentElement.setAttribute('lang', 'fr-BE');
    const module = await mountDefault();
    expect(module.resolvedLocale).toBe('nl');
    expectEveryElementIn(module, DUTCH);
    module.setAttribute('locale', 'x-<script>');
    await settle(module);
    expect(module.resolvedLocale).toBe('nl');
    expectEveryElementIn(module, DUTCH);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    await expectAccessible(module);
  });
});
