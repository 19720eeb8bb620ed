import { type AdviceModel, defineModel, localize, rank } from '@advice-kit/core';
import type { AdviceModuleElement, AdviceQuestionsElement, AdviceResultElement } from '@advice-kit/elements';
import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { clubDefinition, clubModel } from './fixtures.js';
import { expectAccessible, mount, record, settle, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

/** The club model plus a number factor in half steps and a choice with six choices (shown as a list). */
const richModel: AdviceModel = defineModel({
  ...clubDefinition,
  id: 'club-rich',
  factors: [
    ...clubDefinition.factors,
    {
      id: 'hours',
      kind: 'number',
      label: { nl: 'Hoeveel uur per week werkt u?', en: 'How many hours a week do you work?' },
      help: { nl: 'Halve uren mogen ook.', en: 'Half hours are fine.' },
      unit: { nl: 'uur', en: 'hours' },
      min: 0,
      max: 40,
      step: 0.5,
      default: 20,
    },
    {
      id: 'city',
      kind: 'choice',
      label: { nl: 'In welke stad sport u?', en: 'In which city do you work out?' },
      choices: ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => ({ value: c, label: { nl: `Stad ${c}`, en: `City ${c}` } })),
      default: 'a',
    },
  ],
});

const BOTH = html`<advice-module><advice-questions></advice-questions><advice-result></advice-result></advice-module>`;

function parts(module: AdviceModuleElement) {
  const questions = module.querySelector('advice-questions') as AdviceQuestionsElement;
  const result = module.querySelector('advice-result') as AdviceResultElement | null;
  return { questions, q: shadow(questions), result };
}

/** The text of the elements an element's aria-describedby points to. */
function description(el: Element): string {
  const root = el.getRootNode() as ShadowRoot;
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

function optionLabel(id: string | null, locale: 'nl' | 'en' = 'nl'): string {
  return localize(clubModel.options.find((o) => o.id === id)?.label, locale);
}

function bestLabel(result: Element | null): string | undefined {
  return result?.shadowRoot?.querySelector('[part=best-label]')?.textContent?.trim();
}

describe('<advice-questions>', () => {
  it('renders every kind of factor with its label and help', async () => {
    const module = await mount(richModel, BOTH);
    const { q } = parts(module);
    const slider = q.getByRole('slider', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement;
    const field = q.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement;
    expect(slider.value).toBe('6');
    expect(slider.getAttribute('aria-valuetext')).toBe('6 keer per maand');
    expect(field.value).toBe('6');
    expect(field.getAttribute('inputmode')).toBe('decimal');
    expect(description(field)).toContain('keer per maand');
    expect(description(field)).toContain('Tel elke keer dat u gaat.');
    expect(description(slider)).toContain('Tel elke keer dat u gaat.');
    expect(q.getAllByRole('checkbox', { name: 'Ik weet het niet precies' })).toHaveLength(2);

    const member = q.getByRole('group', { name: 'Bent u lid van de club?' });
    expect((within(member).getByRole('radio', { name: 'Nee' }) as HTMLInputElement).checked).toBe(true);
    expect(within(member).getByRole('radio', { name: 'Ja' })).toBeTruthy();

    const region = q.getByRole('group', { name: 'Waar woont u?' });
    expect((within(region).getByRole('radio', { name: 'Noord' }) as HTMLInputElement).checked).toBe(true);

    const city = q.getByRole('combobox', { name: 'In welke stad sport u?' }) as HTMLSelectElement;
    expect(city.value).toBe('a');
    expect(city.options).toHaveLength(6);

    const hours = q.getByRole('textbox', { name: 'Hoeveel uur per week werkt u?' });
    expect(description(hours)).toContain('Halve uren mogen ook.');
  });

  it('is operable with the keyboard: Tab to the slider, ArrowRight changes the answer and the store', async () => {
    const module = await mount(clubModel, BOTH);
    const { questions, q } = parts(module);
    const changes = record(module, 'advice-change');
    const inputs = record(module, 'input');
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    const slider = q.getByRole('slider', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement;
    expect(questions.shadowRoot?.activeElement).toBe(slider);
    await userEvent.keyboard('{ArrowRight}');
    await settle(module);
    expect(module.state?.situation.visits).toBe(7);
    expect(slider.value).toBe('7');
    expect((q.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement).value).toBe('7');
    expect(inputs.length).toBeGreaterThan(0);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.detail).toMatchObject({ action: 'answer' });

    // radio buttons: arrow keys choose
    const nee = q.getByRole('radio', { name: 'Nee' }) as HTMLInputElement;
    nee.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await settle(module);
    expect(module.state?.situation.member).toBe(true);
  });

  it('reads Dutch "8,5" and English "8.5"', async () => {
    const nl = await mount(richModel, BOTH);
    await page.getByRole('textbox', { name: 'Hoeveel uur per week werkt u?' }).fill('8,5');
    await userEvent.tab();
    await settle(nl);
    expect(nl.state?.situation.hours).toBe(8.5);
    expect((parts(nl).q.getByRole('textbox', { name: 'Hoeveel uur per week werkt u?' }) as HTMLInputElement).value).toBe('8,5');
    expect((parts(nl).q.getByRole('slider', { name: 'Hoeveel uur per week werkt u?' }) as HTMLInputElement).value).toBe('8.5');
    unmountAll();

    const en = await mount(richModel, BOTH, { locale: 'en' });
    await page.getByRole('textbox', { name: 'How many hours a week do you work?' }).fill('8.5');
    await userEvent.tab();
    await settle(en);
    expect(en.state?.situation.hours).toBe(8.5);
    expect((parts(en).q.getByRole('textbox', { name: 'How many hours a week do you work?' }) as HTMLInputElement).value).toBe('8.5');
  });

  it('shows a message next to an invalid answer, keeps the text and the last valid advice', async () => {
    const module = await mount(clubModel, BOTH);
    const { q, result } = parts(module);
    const field = () => q.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement;
    await page.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }).fill('16');
    await userEvent.tab();
    await settle(module);
    const best16 = (await rank(clubModel, { visits: 16 })).best;
    const label16 = optionLabel(best16);
    expect(bestLabel(result)).toBe(label16);
    const changes = record(module, 'advice-change');
    const before = module.state;

    await page.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }).fill('abc');
    await userEvent.tab();
    await settle(module);
    expect(field().value).toBe('abc');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(description(field())).toContain('Vul een getal in.');
    expect(q.getByText('Vul een getal in.')).toBeTruthy();
    expect(module.state).toBe(before);
    expect(bestLabel(result)).toBe(label16);

    await page.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }).fill('25');
    await userEvent.tab();
    await settle(module);
    expect(field().value).toBe('25');
    expect(description(field())).toContain('Vul een getal in van 20 of minder.');
    expect(module.state).toBe(before);
    expect(bestLabel(result)).toBe(label16);
    expect(changes).toHaveLength(0);
    await expectAccessible(module);

    // fixing the answer removes the message
    await page.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }).fill('12');
    await settle(module);
    expect(field().getAttribute('aria-invalid')).toBe('false');
    expect(q.queryByText(/Vul een getal in/)).toBeNull();
    expect(module.state?.situation.visits).toBe(12);
  });

  it('gives the message in English', async () => {
    const module = await mount(clubModel, BOTH, { locale: 'en' });
    const { q } = parts(module);
    await page.getByRole('textbox', { name: 'How often do you work out a month?' }).fill('25');
    await userEvent.tab();
    await settle(module);
    const field = q.getByRole('textbox', { name: 'How often do you work out a month?' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(description(field)).toContain('Enter a number of 20 or less.');
    expect(module.state?.situation.visits).toBe(6);
  });

  it('"I\'m not sure" turns the answer into a range, and the result says whether the advice holds', async () => {
    const module = await mount(clubModel, BOTH);
    const { q, result } = parts(module);
    await userEvent.click(page.getByRole('checkbox', { name: 'Ik weet het niet precies' }));
    await settle(module);
    expect(module.state?.situation.visits).toEqual({ min: 4, max: 8 });
    const low = q.getByRole('textbox', { name: /laagste waarde/ }) as HTMLInputElement;
    const high = q.getByRole('textbox', { name: /hoogste waarde/ }) as HTMLInputElement;
    expect(low.value).toBe('4');
    expect(high.value).toBe('8');
    expect(q.queryByRole('slider', { name: 'Hoe vaak sport u per maand?' })).toBeNull();

    // a range within one advice: it holds
    const holds = await rank(clubModel, { visits: { min: 4, max: 8 } });
    expect(holds.holds).toBe(true);
    expect(result?.shadowRoot?.textContent).toContain('Het advies blijft Betalen per keer voor elk antwoord tussen 4 en 8 keer per maand.');

    // a range across a tipping point: per stretch
    await page.getByRole('textbox', { name: /laagste waarde/ }).fill('8');
    await page.getByRole('textbox', { name: /hoogste waarde/ }).fill('18');
    await userEvent.tab();
    await settle(module);
    expect(module.state?.situation.visits).toEqual({ min: 8, max: 18 });
    const spans = await rank(clubModel, { visits: { min: 8, max: 18 } });
    expect(spans.holds).toBe(false);
    const text = result?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Het advies hangt af van uw precieze antwoord');
    for (const segment of spans.uncertain[0]?.segments ?? []) {
      const label = optionLabel(segment.best);
      expect(text).toContain(`Van ${segment.from} tot en met ${segment.to} keer per maand: ${label}`);
    }

    // a reversed range is refused with a message on both fields
    await page.getByRole('textbox', { name: /laagste waarde/ }).fill('19');
    await userEvent.tab();
    await settle(module);
    expect(low.getAttribute('aria-invalid')).toBe('true');
    expect(high.getAttribute('aria-invalid')).toBe('true');
    expect(description(low)).toContain('Het eerste getal moet kleiner zijn dan het tweede.');
    expect(module.state?.situation.visits).toEqual({ min: 8, max: 18 });

    // unticking gives one answer: the middle
    await userEvent.click(page.getByRole('checkbox', { name: 'Ik weet het niet precies' }));
    await settle(module);
    expect(module.state?.situation.visits).toBe(13);
    await expectAccessible(module);
  });

  it('goes step by step: progress, focus, and advice-step only on the person navigating', async () => {
    const module = await mount(clubModel, html`<advice-module><advice-questions layout="stepwise"></advice-questions></advice-module>`);
    const { questions, q } = parts(module);
    const steps = record<{ step: number; total: number; factorId: string }>(module, 'advice-step');
    expect(q.getByText('Vraag 1 van 3')).toBeTruthy();
    const bar = q.getByRole('progressbar', { name: 'Vraag 1 van 3' }) as HTMLProgressElement;
    expect(bar.value).toBe(1);
    expect(bar.max).toBe(3);
    expect(q.getByRole('slider', { name: 'Hoe vaak sport u per maand?' })).toBeTruthy();
    expect(q.queryByRole('group', { name: 'Bent u lid van de club?' })).toBeNull();
    expect(q.queryByRole('button', { name: 'Vorige' })).toBeNull();

    // programmatic change: no step event
    module.state = { ...(module.state as NonNullable<AdviceModuleElement['state']>), situation: { visits: 9 } };
    await settle(module);
    expect(steps).toHaveLength(0);
    expect((q.getByRole('slider', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement).value).toBe('9');

    await userEvent.click(page.getByRole('button', { name: 'Volgende' }));
    await settle(module);
    expect(q.getByText('Vraag 2 van 3')).toBeTruthy();
    expect(steps.map((e) => e.detail)).toEqual([{ step: 2, total: 3, factorId: 'member' }]);
    const nee = q.getByRole('radio', { name: 'Nee' });
    expect(questions.shadowRoot?.activeElement).toBe(nee);

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    expect(questions.shadowRoot?.activeElement?.textContent?.trim()).toBe('Vorige');
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(q.getByText('Vraag 1 van 3')).toBeTruthy();
    expect(questions.shadowRoot?.activeElement).toBe(q.getByRole('slider', { name: 'Hoe vaak sport u per maand?' }));
    expect(steps.at(-1)?.detail).toEqual({ step: 1, total: 3, factorId: 'visits' });

    await userEvent.click(page.getByRole('button', { name: 'Volgende' }));
    await settle(module);
    await userEvent.click(page.getByRole('button', { name: 'Volgende' }));
    await settle(module);
    expect(q.getByText('Vraag 3 van 3')).toBeTruthy();
    expect(questions.shadowRoot?.activeElement).toBe(q.getByRole('radio', { name: 'Noord' }));
    await userEvent.click(page.getByRole('button', { name: 'Naar het overzicht' }));
    await settle(module);
    expect(steps).toHaveLength(4);
    const summary = q.getByRole('heading', { name: 'Uw antwoorden' });
    expect(questions.shadowRoot?.activeElement).toBe(summary);
    expect(q.getByText('Alle vragen zijn beantwoord')).toBeTruthy();
    expect(q.getByText('9 keer per maand')).toBeTruthy();
    await userEvent.click(page.getByRole('button', { name: /^Wijzigen ?: Bent u lid van de club\?$/ }));
    await settle(module);
    expect(q.getByText('Vraag 2 van 3')).toBeTruthy();
    expect(steps.at(-1)?.detail).toEqual({ step: 2, total: 3, factorId: 'member' });
    await expectAccessible(module);
  });

  it('fires no input, change or advice-change at start-up or on programmatic changes, and follows them', async () => {
    const seen: string[] = [];
    const types = ['input', 'change', 'advice-change', 'advice-step'];
    const listener = (e: Event) => seen.push(e.type);
    for (const type of types) document.addEventListener(type, listener, true);
    const module = await mount(clubModel, BOTH);
    const { questions, q } = parts(module);
    for (const type of types) questions.shadowRoot?.addEventListener(type, (e) => seen.push(`inner ${e.type}`), true);
    expect(seen).toEqual([]);

    // a draft and a message are replaced by the new value
    const field = q.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement;
    field.value = 'abc';
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('change'));
    await settle(module);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    seen.length = 0;

    module.state = {
      ...(module.state as NonNullable<AdviceModuleElement['state']>),
      situation: { visits: 14, member: true, region: 'south' },
    };
    await settle(module);
    expect((q.getByRole('slider', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement).value).toBe('14');
    expect((q.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement).value).toBe('14');
    expect((q.getByRole('radio', { name: 'Ja' }) as HTMLInputElement).checked).toBe(true);
    expect((q.getByRole('radio', { name: 'Zuid' }) as HTMLInputElement).checked).toBe(true);

    module.state = { ...(module.state as NonNullable<AdviceModuleElement['state']>), situation: { visits: { min: 3, max: 9 } } };
    await settle(module);
    expect((q.getByRole('checkbox', { name: 'Ik weet het niet precies' }) as HTMLInputElement).checked).toBe(true);
    expect((q.getByRole('textbox', { name: /laagste waarde/ }) as HTMLInputElement).value).toBe('3');
    expect(seen).toEqual([]);
    expect(q.queryByText('Vul een getal in.')).toBeNull();
    for (const type of types) document.removeEventListener(type, listener, true);
  });

  it('speaks English', async () => {
    const module = await mount(clubModel, html`<advice-module><advice-questions layout="stepwise"></advice-questions></advice-module>`, {
      locale: 'en',
    });
    const { q } = parts(module);
    expect(q.getByText('Question 1 of 3')).toBeTruthy();
    expect(q.getByRole('slider', { name: 'How often do you work out a month?' })).toBeTruthy();
    expect(q.getByRole('checkbox', { name: "I'm not sure" })).toBeTruthy();
    expect(q.getByText('times a month')).toBeTruthy();
    await userEvent.click(page.getByRole('button', { name: 'Next' }));
    await settle(module);
    expect(q.getByRole('group', { name: 'Are you a member of the club?' })).toBeTruthy();
    expect(q.getByRole('radio', { name: 'Yes' })).toBeTruthy();
    expect(q.getByRole('button', { name: 'Back' })).toBeTruthy();
  });

  it('shows its own heading only when heading-level is set', async () => {
    const module = await mount(clubModel, html`<advice-module><advice-questions heading-level="3"></advice-questions></advice-module>`);
    expect(parts(module).q.getByRole('heading', { level: 3, name: 'Uw situatie' })).toBeTruthy();
    unmountAll();
    const plain = await mount(clubModel, html`<advice-module><advice-questions></advice-questions></advice-module>`);
    expect(parts(plain).q.queryByRole('heading')).toBeNull();
  });

  it('says so outside a module', async () => {
    const container = document.createElement('div');
    container.lang = 'nl';
    container.innerHTML = '<advice-questions></advice-questions>';
    document.body.append(container);
    const el = container.firstElementChild as AdviceQuestionsElement;
    await el.updateComplete;
    expect(shadow(el).getByText('Dit onderdeel werkt alleen binnen een adviesmodule.')).toBeTruthy();
    container.remove();
  });

  it('has no accessibility violations, also at 320 px', async () => {
    const module = await mount(richModel, BOTH);
    await expectAccessible(module);
    unmountAll();
    const narrow = await mount(richModel, BOTH, { width: 320 });
    const questions = narrow.querySelector('advice-questions') as HTMLElement;
    await expectAccessible(narrow);
    expect(questions.scrollWidth).toBeLessThanOrEqual(320);
    for (const el of Array.from(questions.shadowRoot?.querySelectorAll('*') ?? [])) {
      expect(el.getBoundingClientRect().right, el.outerHTML.slice(0, 80)).toBeLessThanOrEqual(
        questions.getBoundingClientRect().right + 0.5,
      );
    }
  });
});
