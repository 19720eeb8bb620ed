import {
  type AdviceModel,
  type AdviceState,
  decodeState,
  defineModel,
  encodeState,
  type Factor,
  localize,
  rank,
  type Scenario,
  weightShares,
} from '@advice-kit/core';
import type { AdviceHandoffDetail, AdviceHandoffElement, AdviceModuleElement, AdviceViewDetail } from '@advice-kit/elements';
import { html, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { clubDefinition, clubModel, failingModel } from './fixtures.js';
import { expectAccessible, mount, record, settle, shadow, unmountAll } from './helpers.js';

afterEach(async () => {
  unmountAll();
  vi.restoreAllMocks();
  delete (navigator as { share?: unknown }).share;
  await page.viewport(414, 896);
});

/** The club model with references behind its options, one of them hostile and one illustrative. */
const referencedModel: AdviceModel = defineModel({
  ...clubDefinition,
  id: 'club-refs',
  options: clubDefinition.options.map((o) =>
    o.id === 'visit' ? { ...o, references: ['prices', 'rules'], link: 'https://example.org/visit' } : { ...o, references: ['prices'] },
  ),
  references: [
    { id: 'prices', label: { nl: 'Prijslijst 2024', en: 'Price list 2024' }, url: 'https://example.org/prices', year: 2024 },
    { id: 'rules', label: { nl: 'Huisregels', en: 'House rules' }, url: '/rules', year: 2023, illustrative: true },
    { id: 'evil', label: 'Kwaadaardig <img src=x onerror="window.__pwned=1">', url: 'javascript:alert(1)', year: 2025 },
    { id: 'data', label: 'Gegevens', url: 'data:text/html,<script>alert(1)</script>' },
  ],
});

async function setup(
  model: AdviceModel = clubModel,
  options: { locale?: 'nl' | 'en'; width?: number; content?: TemplateResult } = {},
): Promise<{ module: AdviceModuleElement; el: AdviceHandoffElement; s: ReturnType<typeof shadow> }> {
  const module = await mount(
    model,
    html`<advice-module>${options.content ?? html`<advice-handoff></advice-handoff>`}</advice-module>`,
    options,
  );
  const el = module.querySelector('advice-handoff') as AdviceHandoffElement;
  return { module, el, s: shadow(el) };
}

function stateOf(module: AdviceModuleElement): AdviceState {
  return module.state as AdviceState;
}

async function setState(module: AdviceModuleElement, change: (s: AdviceState) => AdviceState): Promise<void> {
  module.state = change(stateOf(module));
  await settle(module);
}

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ');
}

/** Each factor's label and its value as the person reads it. */
function factorLines(locale: 'nl' | 'en'): [string, string][] {
  const values: Record<string, Record<'nl' | 'en', string>> = {
    visits: { nl: '6 keer per maand', en: '6 times a month' },
    member: { nl: 'nee', en: 'no' },
    region: { nl: 'Noord', en: 'North' },
  };
  return clubModel.factors.map((f: Factor) => [localize(f.label, locale), values[f.id]?.[locale] ?? '?']);
}

function stubClipboard(impl: (text: string) => Promise<void>) {
  return vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(impl);
}

describe('<advice-handoff>', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`summarises every factor, the weights and the advice (${locale})`, async () => {
      const { el, s } = await setup(clubModel, { locale });
      const shown = text(el);
      for (const [label, value] of factorLines(locale)) {
        expect(shown).toContain(label);
        expect(shown).toContain(value);
      }
      const result = await rank(clubModel, {});
      const best = result.ranking[0];
      expect(best?.optionId).toBe(result.best);
      const option = localize(clubModel.options.find((o) => o.id === result.best)?.label, locale);
      expect(s.getByText(option)).toBeTruthy();
      const money = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' });
      expect(shown).toContain(money.format(best?.values.cost as number));
      expect(shown).toContain(`${best?.values.flexibility} ${locale === 'nl' ? 'punten' : 'points'}`);
      const shares = weightShares(clubModel, {});
      const pct = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
      expect(shown).toContain(pct.format(shares.cost as number));
      expect(shown).toContain(pct.format(shares.flexibility as number));
      expect(s.getByRole('heading', { name: locale === 'nl' ? 'Uw situatie' : 'Your situation' })).toBeTruthy();
      expect(s.getByRole('button', { name: locale === 'nl' ? 'Kopieer link' : 'Copy link' })).toBeTruthy();
      expect(s.getByRole('button', { name: locale === 'nl' ? 'Kopieer samenvatting' : 'Copy summary' })).toBeTruthy();
      expect(s.getByRole('button', { name: locale === 'nl' ? 'Afdrukken' : 'Print' })).toBeTruthy();
    });
  }

  it('copies a link whose hash decodes to the same state, and confirms it politely', async () => {
    const { module, s } = await setup();
    await setState(module, (st) => ({
      ...st,
      situation: { ...st.situation, visits: 14, member: true },
      weights: { cost: 2, flexibility: 5 },
      scenarios: [{ id: 'a', name: 'Zuid', overrides: { region: 'south', visits: { add: 2 } } }],
      activeScenario: 'a',
    }));
    const copied: string[] = [];
    stubClipboard(async (t) => {
      copied.push(t);
    });
    const events = record<AdviceHandoffDetail>(module, 'advice-handoff');
    await userEvent.click(s.getByRole('button', { name: 'Kopieer link' }));
    await settle(module);
    expect(copied).toHaveLength(1);
    const url = new URL(copied[0] as string);
    expect(url.origin + url.pathname).toBe(location.origin + location.pathname);
    const decoded = decodeState(clubModel, url.hash);
    expect(encodeState(clubModel, decoded)).toBe(encodeState(clubModel, stateOf(module)));
    expect(decoded.situation).toEqual(stateOf(module).situation);
    expect(decoded.scenarios[0]).toMatchObject({ name: 'Zuid', overrides: { region: 'south', visits: { add: 2 } } });
    expect(decoded.activeScenario).toBe(decoded.scenarios[0]?.id);
    expect(s.getByRole('status').textContent).toBe('Link gekopieerd');
    expect(events.map((e) => e.detail)).toEqual([{ action: 'copy-link', ok: true }]);
  });

  it('copies a plain-text summary with every factor and the advice', async () => {
    const { module, s } = await setup(clubModel, { locale: 'en' });
    await setState(module, (st) => ({ ...st, scenarios: [{ id: 'j', name: 'Joining', overrides: { member: true } }] }));
    const copied: string[] = [];
    stubClipboard(async (t) => {
      copied.push(t);
    });
    const events = record<AdviceHandoffDetail>(module, 'advice-handoff');
    await userEvent.click(s.getByRole('button', { name: 'Copy summary' }));
    await settle(module);
    const summary = copied[0] as string;
    for (const [label, value] of factorLines('en')) expect(summary).toContain(`${label} ${value}`);
    const best = (await rank(clubModel, {})).best;
    expect(summary).toContain(`Advice: ${localize(clubModel.options.find((o) => o.id === best)?.label, 'en')}`);
    expect(summary).toContain('Joining (Are you a member of the club? yes)');
    expect(summary).toMatch(/Link: http/);
    expect(summary).not.toMatch(/NaN|undefined|Infinity|\[object/);
    expect(s.getByRole('status').textContent).toBe('Summary copied');
    expect(events.map((e) => e.detail)).toEqual([{ action: 'copy-summary', ok: true }]);
  });

  it('falls back to a selected read-only field when the clipboard refuses', async () => {
    const { module, el, s } = await setup();
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    const events = record<AdviceHandoffDetail>(module, 'advice-handoff');
    await userEvent.click(s.getByRole('button', { name: 'Kopieer link' }));
    await settle(module);
    const field = s.getByRole('textbox', { name: 'Link naar dit advies' }) as HTMLTextAreaElement;
    expect(field.readOnly).toBe(true);
    expect(new URL(field.value).hash.length).toBeGreaterThan(1);
    expect(el.shadowRoot?.activeElement).toBe(field);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    expect(s.getByRole('status').textContent).toBe('Kopiëren lukte niet.');
    expect(events.map((e) => e.detail)).toEqual([{ action: 'copy-link', ok: false }]);

    // A later successful copy removes the fallback.
    stubClipboard(async () => {});
    await userEvent.click(s.getByRole('button', { name: 'Kopieer samenvatting' }));
    await settle(module);
    expect(s.queryByRole('textbox')).toBeNull();
    expect(events.map((e) => e.detail)).toEqual([
      { action: 'copy-link', ok: false },
      { action: 'copy-summary', ok: true },
    ]);
  });

  it('is operated with the keyboard: Tab reaches each action in order, Enter and Space use them', async () => {
    const { module, el, s } = await setup();
    const copied: string[] = [];
    stubClipboard(async (t) => {
      copied.push(t);
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    (document.activeElement as HTMLElement | null)?.blur();
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.tab();
      order.push(el.shadowRoot?.activeElement?.textContent?.trim() ?? '');
    }
    expect(order).toEqual(['Kopieer link', 'Kopieer samenvatting', 'Afdrukken']);
    await userEvent.keyboard('{Enter}');
    expect(print).toHaveBeenCalledOnce();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard(' ');
    await settle(module);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain('Uw situatie');
    expect(s.getByRole('status').textContent).toBe('Samenvatting gekopieerd');
    // Focus stays where the person is.
    expect(el.shadowRoot?.activeElement).toBe(s.getByRole('button', { name: 'Kopieer samenvatting' }));
  });

  it('prints through the browser and reports it', async () => {
    const { module, s } = await setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const events = record<AdviceHandoffDetail>(module, 'advice-handoff');
    await userEvent.click(s.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
    expect(events.map((e) => e.detail)).toEqual([{ action: 'print', ok: true }]);
  });

  it('offers "Delen" only when the browser can share', async () => {
    const plain = await setup();
    expect(plain.s.queryByRole('button', { name: 'Delen' })).toBeNull();
    unmountAll();

    const share = vi.fn(async (_data: ShareData) => {});
    Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
    const { module, s } = await setup();
    const events = record<AdviceHandoffDetail>(module, 'advice-handoff');
    await userEvent.click(s.getByRole('button', { name: 'Delen' }));
    await settle(module);
    expect(share).toHaveBeenCalledOnce();
    const data = share.mock.calls[0]?.[0] as ShareData;
    expect(encodeState(clubModel, decodeState(clubModel, new URL(data.url as string).hash))).toBe(encodeState(clubModel, stateOf(module)));
    expect(data.text).toContain('Uw situatie');
    expect(events.map((e) => e.detail)).toEqual([{ action: 'share', ok: true }]);

    // A cancelled share sheet is reported as not done, without an error message.
    share.mockRejectedValueOnce(new DOMException('cancelled', 'AbortError'));
    await userEvent.click(s.getByRole('button', { name: 'Delen' }));
    await settle(module);
    expect(events.at(-1)?.detail).toEqual({ action: 'share', ok: false });
    expect(s.getByRole('status').textContent).toBe('');
  });

  it('dispatches advice-view once when the summary is first shown, and nothing else at start-up', async () => {
    const views: CustomEvent<AdviceViewDetail>[] = [];
    const other: Event[] = [];
    const onView = (e: Event) => views.push(e as CustomEvent<AdviceViewDetail>);
    const onOther = (e: Event) => other.push(e);
    document.addEventListener('advice-view', onView);
    document.addEventListener('advice-handoff', onOther);
    document.addEventListener('advice-change', onOther);
    try {
      const { module, s } = await setup();
      await expect.poll(() => views.length, { timeout: 10_000 }).toBe(1);
      expect(views.map((e) => e.detail)).toEqual([{ view: 'handoff' }]);
      expect(views[0]?.composed).toBe(true);
      expect(views[0]?.bubbles).toBe(true);
      stubClipboard(async () => {});
      await userEvent.click(s.getByRole('button', { name: 'Kopieer link' }));
      await settle(module);
      expect(views).toHaveLength(1);
      expect(other.map((e) => e.type)).toEqual(['advice-handoff']);
    } finally {
      document.removeEventListener('advice-view', onView);
      document.removeEventListener('advice-handoff', onOther);
      document.removeEventListener('advice-change', onOther);
    }
  });

  it('waits with advice-view until the summary is on screen', async () => {
    const views: Event[] = [];
    const onView = (e: Event) => views.push(e);
    document.addEventListener('advice-view', onView);
    try {
      const { module } = await setup(clubModel, {
        content: html`<div style="height: 3000px"></div>
          <advice-handoff></advice-handoff>`,
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(views).toHaveLength(0);
      (module.querySelector('advice-handoff') as HTMLElement).scrollIntoView();
      await expect.poll(() => views.length, { timeout: 10_000 }).toBe(1);
    } finally {
      document.removeEventListener('advice-view', onView);
    }
  });

  it('shows the active scenario and every scenario with its advice', async () => {
    const { module, el, s } = await setup();
    await setState(module, (st) => ({
      ...st,
      weights: { cost: 1, flexibility: 0 },
      scenarios: [
        { id: 'more', name: 'Vaker sporten', overrides: { visits: { add: 6 } } },
        { id: 'join', name: 'Lid worden', overrides: { member: true } },
      ] as Scenario[],
      activeScenario: 'more',
    }));
    const shown = text(el);
    const scenarioBest = (await rank(clubModel, { visits: 12 }, { cost: 1, flexibility: 0 })).best;
    const option = localize(clubModel.options.find((o) => o.id === scenarioBest)?.label, 'nl');
    expect(shown).toContain('Op het scherm staat nu het scenario “Vaker sporten”.');
    expect(shown).toContain(`In het scenario “Vaker sporten” is het advies: ${option}.`);
    expect(s.getByRole('heading', { name: "Scenario's die u heeft bekeken" })).toBeTruthy();
    expect(shown).toContain('Vaker sporten (Hoe vaak sport u per maand? 12 keer per maand). Advies: Maandpas');
    expect(shown).toContain('Lid worden (Bent u lid van de club? ja). Advies:');
    expect(s.getAllByText('anders dan nu').length).toBeGreaterThanOrEqual(1);
  });

  it('renders slotted contact options, and a default text without them', async () => {
    const plain = await setup();
    expect(plain.s.getByText('Neem contact op met de organisatie en laat deze samenvatting zien.')).toBeTruthy();
    unmountAll();

    const { el } = await setup(clubModel, {
      content: html`<advice-handoff><p slot="contact">Bel ons op <a href="tel:14010">14 010</a></p></advice-handoff>`,
    });
    const slot = el.shadowRoot?.querySelector('slot[name="contact"]') as HTMLSlotElement;
    const assigned = slot.assignedElements();
    expect(assigned).toHaveLength(1);
    expect(assigned[0]?.textContent).toBe('Bel ons op 14 010');
    expect((assigned[0] as HTMLElement).offsetHeight).toBeGreaterThan(0);
  });

  it('reports advice-handoff "contact" when a contact link is followed, and nothing for a click on the text around it', async () => {
    const { el, module } = await setup(clubModel, {
      content: html`<advice-handoff><p slot="contact">Bel ons op <a href="#contact-14010">14 010</a></p></advice-handoff>`,
    });
    const events = record<AdviceHandoffDetail>(module, 'advice-handoff');
    const paragraph = el.querySelector('p') as HTMLElement;
    await userEvent.click(paragraph, { position: { x: 2, y: 2 } });
    expect(events).toHaveLength(0);
    await userEvent.click(page.getByRole('link', { name: '14 010' }));
    expect(events.map((e) => e.detail)).toEqual([{ action: 'contact', ok: true }]);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('lists the references behind the advice; only http(s) addresses become links', async () => {
    const { el, s } = await setup(referencedModel);
    const best = (await rank(referencedModel, {})).best;
    expect(best).toBe('visit');
    expect(s.getByText('Bij dit advies')).toBeTruthy();
    const used = s.getByRole('list', { name: 'Bij dit advies' });
    expect(used.textContent).toContain('Prijslijst 2024');
    expect(used.textContent).toContain('Huisregels');
    // The other sources wait behind a disclosure, closed until the person opens it.
    const disclosure = s.getByText('Andere bronnen').closest('details') as HTMLDetailsElement;
    expect(disclosure.open).toBe(false);
    await userEvent.click(s.getByText('Andere bronnen'));
    expect(disclosure.open).toBe(true);
    const other = disclosure.querySelector('ul') as HTMLUListElement;
    expect(other.textContent).toContain('Kwaadaardig');
    expect(other.textContent).toContain('Gegevens');

    const prices = s.getByRole('link', { name: /Prijslijst 2024/ }) as HTMLAnchorElement;
    expect(prices.href).toBe('https://example.org/prices');
    expect(prices.rel).toBe('noopener noreferrer');
    expect(prices.closest('li')?.textContent).toContain('2024');
    const rules = s.getByRole('link', { name: /Huisregels/ }) as HTMLAnchorElement;
    expect(rules.href).toBe(new URL('/rules', document.baseURI).href);
    expect(rules.closest('li')?.textContent).toContain('(2023, voorbeeld)');

    expect(s.queryByRole('link', { name: /Kwaadaardig/ })).toBeNull();
    expect(s.queryByRole('link', { name: /Gegevens/ })).toBeNull();
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    for (const a of Array.from(el.shadowRoot?.querySelectorAll('a') ?? [])) expect(a.protocol).toMatch(/^https?:$/);
    expect(s.getByText(/Kwaadaardig <img src=x/)).toBeTruthy();
    expect(s.getByRole('link', { name: /Meer over Betalen per keer/ }).getAttribute('href')).toBe('https://example.org/visit');

    // English marker.
    unmountAll();
    const en = await setup(referencedModel, { locale: 'en' });
    expect(en.s.getByRole('link', { name: /House rules/ }).closest('li')?.textContent).toContain('(2023, illustrative)');
  });

  it('shows an error with a retry when the model fails, and still summarises the situation', async () => {
    const model = failingModel();
    const { module, el, s } = await setup(model);
    expect(s.getByRole('alert').textContent).toContain('Het advies kon niet worden berekend.');
    for (const [label] of factorLines('nl')) expect(text(el)).toContain(label);
    await expectAccessible(el);
    model.fail.value = false;
    await userEvent.click(s.getByRole('button', { name: 'Opnieuw proberen' }));
    await settle(module);
    expect(s.queryByRole('alert')).toBeNull();
    expect(s.getByText('Betalen per keer')).toBeTruthy();
  });

  it('says it needs a module when used alone', async () => {
    const container = document.createElement('div');
    container.setAttribute('lang', 'en');
    document.body.append(container);
    const el = document.createElement('advice-handoff');
    container.append(el);
    await settle(container);
    expect(shadow(el).getByText('This part only works inside an advice module.')).toBeTruthy();
    container.remove();
  });

  it('has no accessibility violations', async () => {
    const { module, el, s } = await setup(referencedModel, {
      content: html`<advice-handoff heading-level="2"></advice-handoff>`,
    });
    expect(s.getByRole('heading', { level: 2, name: 'Advies bewaren of bespreken' })).toBeTruthy();
    expect(s.getByRole('heading', { level: 3, name: 'Advies' })).toBeTruthy();
    await setState(module, (st) => ({ ...st, scenarios: [{ id: 'j', name: 'Lid', overrides: { member: true } }], activeScenario: 'j' }));
    await expectAccessible(el);
    stubClipboard(async () => {
      throw new Error('denied');
    });
    await userEvent.click(s.getByRole('button', { name: 'Kopieer samenvatting' }));
    await settle(module);
    expect(s.getByRole('textbox', { name: 'Samenvatting van dit advies' })).toBeTruthy();
    await expectAccessible(el);
  });

  it('fits 320 px without horizontal scrolling', async () => {
    await page.viewport(320, 700);
    const { el } = await setup(referencedModel, { width: 320 });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    await expectAccessible(el);
  });
});
