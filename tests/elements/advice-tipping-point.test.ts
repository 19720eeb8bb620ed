import { type AdviceModel, type AdviceState, activeWeights, defineModel, type NumberFactor, tippingPoints } from '@advice-kit/core';
import type { AdviceModuleElement, AdviceTippingPointElement } from '@advice-kit/elements';
import { html, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clubDefinition, clubModel, failingModel, slowModel } from './fixtures.js';
import { deepQuery, deepQueryAll, expectAccessible, mount, record, settle, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

/** Collapses white space (Intl's no-break spaces included). */
function norm(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

const visits = clubModel.factors.find((f) => f.id === 'visits') as NumberFactor;
const state = (module: AdviceModuleElement) => module.state as AdviceState;

/** The club model with a wide visits range and no breakpoints: sampled, so not exact. */
const sampledModel: AdviceModel = defineModel({
  ...clubDefinition,
  id: 'club-sampled',
  factors: clubDefinition.factors.map((f) => (f.id === 'visits' ? { ...f, max: 400 } : f)),
  breakpoints: undefined,
});

async function mountPoint(
  factor: string,
  options: { locale?: 'nl' | 'en'; width?: number; state?: Partial<AdviceState>; before?: TemplateResult } = {},
  model: AdviceModel = clubModel,
): Promise<{ module: AdviceModuleElement; point: AdviceTippingPointElement }> {
  const module = await mount(
    model,
    html`${options.before ?? ''}<advice-module><advice-tipping-point factor=${factor}></advice-tipping-point></advice-module>`,
    options,
  );
  if (options.state) {
    module.state = { ...state(module), ...options.state };
    await settle(module);
  }
  return { module, point: module.querySelector('advice-tipping-point') as AdviceTippingPointElement };
}

async function corePoints(module: AdviceModuleElement, factor: string, model: AdviceModel = clubModel) {
  const s = state(module);
  return tippingPoints(model, s.situation, activeWeights(s), factor);
}

const parts = (point: Element, part: string) => Array.from(point.shadowRoot?.querySelectorAll<HTMLElement>(`[part~=${part}]`) ?? []);

describe('<advice-tipping-point> for a number factor', () => {
  it("draws the core's segments and thresholds, with a text equivalent", async () => {
    const { module, point } = await mountPoint('visits');
    const core = await corePoints(module, 'visits');
    expect(core.segments.map((s) => s.best)).toEqual(['visit', 'month']);
    const [first, last] = core.segments;
    if (!first || !last) throw new Error('two segments expected');

    const segments = parts(point, 'segment');
    expect(segments.map((s) => [Number(s.dataset.from), Number(s.dataset.to), s.dataset.best])).toEqual(
      core.segments.map((s) => [s.from, s.to, s.best]),
    );
    expect(segments.map((s) => s.textContent?.trim())).toEqual(['Betalen per keer', 'Maandpas']);
    const thresholds = parts(point, 'threshold');
    expect(thresholds.map((t) => t.textContent?.trim())).toEqual(core.thresholds.map((t) => `${t.at} keer per maand`));

    const lines = shadow(point)
      .getAllByRole('listitem')
      .filter((li) => li.closest('[part=summary]'))
      .map((li) => li.textContent?.trim());
    expect(lines).toEqual([`Tot en met ${first.to} keer per maand: Betalen per keer.`, `Vanaf ${last.from} keer per maand: Maandpas.`]);
    expect(point.shadowRoot?.textContent).not.toContain('schatting');
  });

  it("marks the person's value and names the best option there", async () => {
    const { module, point } = await mountPoint('visits');
    const slider = shadow(point).getByRole('slider', { name: 'Ander antwoord proberen: Hoe vaak sport u per maand?' }) as HTMLInputElement;
    expect(slider.value).toBe('6');
    expect(slider.min).toBe(String(visits.min));
    expect(slider.max).toBe(String(visits.max));
    expect(slider.getAttribute('aria-valuetext')).toBe('6 keer per maand: Betalen per keer');
    const [marker] = parts(point, 'marker');
    expect(marker?.textContent?.trim()).toBe('6 keer per maand');
    expect(marker?.style.left).toBe('30%');
    const core = await corePoints(module, 'visits');
    expect(core.best).toBe('visit');
    expect(point.shadowRoot?.textContent).toContain('Bij uw antwoord (6 keer per maand) is Betalen per keer het advies.');
  });

  it('moves the value with the arrow keys: the store follows, one advice-change per key press', async () => {
    const { module, point } = await mountPoint('visits');
    const changes = record<{ action: string; state: AdviceState }>(module, 'advice-change');
    const slider = shadow(point).getByRole('slider', { name: 'Ander antwoord proberen: Hoe vaak sport u per maand?' }) as HTMLInputElement;
    slider.focus();
    for (const expected of [7, 8, 9]) {
      await userEvent.keyboard('{ArrowRight}');
      await settle(module);
      expect(state(module).situation.visits).toBe(expected);
      expect(changes).toHaveLength(expected - 6);
    }
    expect(changes.every((e) => e.detail.action === 'answer')).toBe(true);
    await userEvent.keyboard('{ArrowLeft}');
    await settle(module);
    expect(state(module).situation.visits).toBe(8);
    expect(changes).toHaveLength(4);
    expect(parts(point, 'marker')[0]?.textContent?.trim()).toBe('8 keer per maand');

    // Across the threshold the spoken value names the other option.
    const core = await corePoints(module, 'visits');
    const at = core.thresholds[0]?.at as number;
    await userEvent.keyboard('{End}');
    await settle(module);
    expect(state(module).situation.visits).toBe(visits.max);
    expect(slider.getAttribute('aria-valuetext')).toBe(`${visits.max} keer per maand: Maandpas`);
    expect(changes).toHaveLength(5);
    expect(at).toBeLessThan(visits.max);
  });

  it('moves the value where the person clicks the band', async () => {
    const { module, point } = await mountPoint('visits');
    const slider = shadow(point).getByRole('slider', { name: 'Ander antwoord proberen: Hoe vaak sport u per maand?' }) as HTMLInputElement;
    const box = slider.getBoundingClientRect();
    await userEvent.click(slider, { position: { x: box.width - 4, y: box.height / 2 } });
    await settle(module);
    expect(state(module).situation.visits).toBe(visits.max);
  });

  it('marks an uncertain answer as a range', async () => {
    const { point } = await mountPoint('visits', { state: { situation: { visits: { min: 8, max: 12 } } } });
    const [range] = parts(point, 'range');
    expect(range?.dataset.min).toBe('8');
    expect(range?.dataset.max).toBe('12');
    expect(range?.style.left).toBe('40%');
    expect(range?.style.width).toBe('20%');
    // Named as a range, not as its middle; the advice is the same across it.
    expect(norm(point.shadowRoot?.querySelector('[part=note]')?.textContent)).toBe(
      'Bij elk antwoord tussen 8 en 12 keer per maand is Betalen per keer het advies.',
    );
    expect((shadow(point).getByRole('slider') as HTMLInputElement).value).toBe('10');
  });

  it('says so when the advice changes within a range answer, and names its middle', async () => {
    const { point } = await mountPoint('visits', { state: { situation: { visits: { min: 14, max: 18 } } } });
    expect(norm(point.shadowRoot?.querySelector('[part=note]')?.textContent)).toBe(
      'Uw antwoord ligt tussen 14 en 18 keer per maand. In het midden daarvan (16 keer per maand) is Maandpas het advies. Binnen uw antwoord verandert het advies.',
    );
  });

  it('says why the advice changes at each threshold: the weights, or a price crossing', async () => {
    // Default weights: paying per visit is 6 steps more flexible, worth € 20; the monthly pass (€ 40) wins from 16 visits (€ 64).
    const { module, point } = await mountPoint('visits');
    expect(norm(point.shadowRoot?.querySelector('[part=reasons]')?.textContent)).toBe(
      'Vanaf 16 keer per maand wordt Maandpas het advies in plaats van Betalen per keer. Dat komt door wat u belangrijk vindt, niet door een prijsgrens.',
    );
    // Price only: € 4 a visit against € 40 cross at 10 (equal: paying per visit, the more flexible, keeps it); from 11 the pass is cheaper.
    module.state = { ...state(module), weights: { cost: 1, flexibility: 0 } };
    await settle(module);
    expect(norm(point.shadowRoot?.querySelector('[part=reasons]')?.textContent)).toBe(
      'Vanaf 11 keer per maand is Maandpas goedkoper dan Betalen per keer.',
    );
    module.setAttribute('locale', 'en');
    await settle(module);
    expect(norm(point.shadowRoot?.querySelector('[part=reasons]')?.textContent)).toBe(
      'From 11 times a month, Monthly pass is cheaper than Pay per visit.',
    );
  });

  it('says so when the thresholds are estimated', async () => {
    const { module, point } = await mountPoint('visits', {}, sampledModel);
    const core = await corePoints(module, 'visits', sampledModel);
    expect(core.exact).toBe(false);
    expect(point.shadowRoot?.textContent).toContain('Deze grenzen zijn een schatting.');
  });

  it('speaks English', async () => {
    const { module, point } = await mountPoint('visits', { locale: 'en' });
    const core = await corePoints(module, 'visits');
    const slider = shadow(point).getByRole('slider', { name: 'Try another answer: How often do you work out a month?' });
    expect(slider.getAttribute('aria-valuetext')).toBe('6 times a month: Pay per visit');
    const lines = parts(point, 'summary')[0]?.querySelectorAll('li') ?? [];
    expect(Array.from(lines).map((li) => li.textContent?.trim())).toEqual([
      `Up to ${core.segments[0]?.to} times a month: Pay per visit.`,
      `From ${core.segments[1]?.from} times a month: Monthly pass.`,
    ]);
    expect(point.shadowRoot?.textContent).toContain('With your answer (6 times a month), Pay per visit is the advice.');
  });

  it('has no accessibility violations, also at 320 px and with a range', async () => {
    const { module } = await mountPoint('visits');
    await expectAccessible(module);
    unmountAll();
    const narrow = await mountPoint('visits', { width: 320, state: { situation: { visits: { min: 8, max: 12 } } } });
    await expectAccessible(narrow.module);
    const box = narrow.point.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(320);
    const sticking = Array.from(narrow.point.shadowRoot?.querySelectorAll('*') ?? []).filter(
      (el) => el.getBoundingClientRect().right > box.right + 0.5 || el.getBoundingClientRect().left < box.left - 0.5,
    );
    expect(sticking.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  });
});

describe('<advice-tipping-point> for choice and yes/no factors', () => {
  const costOnly: Partial<AdviceState> = { situation: { visits: 12 }, weights: { cost: 1, flexibility: 0 } };

  it('lists the best option for each value, marks the answer and switches it', async () => {
    const { module, point } = await mountPoint('member', { state: costOnly });
    const core = await corePoints(module, 'member');
    expect(core.alternatives.map((a) => [a.value, a.best, a.current])).toEqual([
      [false, 'month', true],
      [true, 'year', false],
    ]);
    const s = shadow(point);
    expect(s.getByRole('group', { name: 'Ander antwoord kiezen: Bent u lid van de club?' })).toBeTruthy();
    const no = s.getByRole('button', { name: 'Nee: Maandpas (uw antwoord)' });
    const yes = s.getByRole('button', { name: 'Ja: Jaarpas' });
    expect(no.getAttribute('aria-pressed')).toBe('true');
    expect(yes.getAttribute('aria-pressed')).toBe('false');

    const changes = record<{ action: string }>(module, 'advice-change');
    await userEvent.click(yes);
    await settle(module);
    expect(state(module).situation.member).toBe(true);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.detail.action).toBe('answer');
    expect(s.getByRole('button', { name: 'Ja: Jaarpas (uw antwoord)' }).getAttribute('aria-pressed')).toBe('true');

    // Pressing the current answer changes nothing.
    await userEvent.click(s.getByRole('button', { name: 'Ja: Jaarpas (uw antwoord)' }));
    await settle(module);
    expect(changes).toHaveLength(1);
    await expectAccessible(module);
  });

  it('lists the choices of a choice factor', async () => {
    const { module, point } = await mountPoint('region', { locale: 'en', state: costOnly });
    const core = await corePoints(module, 'region');
    const buttons = shadow(point).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual(
      core.alternatives.map((a) => `${a.value === 'north' ? 'North' : 'South'}: Monthly pass${a.current ? ' (your answer)' : ''}`),
    );
  });
});

describe('<advice-tipping-point> events and states', () => {
  it('reports advice-view once, when it has been seen (half in view for a second), and nothing at start-up', async () => {
    const views = record<{ view: string; factorId: string }>(document, 'advice-view');
    const others = ['advice-change', 'advice-error', 'input', 'change'].map((type) => ({ type, events: record(document, type) }));
    const { point } = await mountPoint('visits', { before: html`<div style="height: 3000px"></div>` });
    await new Promise((r) => setTimeout(r, 150));
    expect(views).toHaveLength(0);
    for (const { type, events } of others) expect(events, type).toHaveLength(0);

    point.scrollIntoView();
    await expect.poll(() => views.length, { timeout: 10_000 }).toBe(1);
    expect(views[0]?.detail).toEqual({ view: 'tipping-point', factorId: 'visits' });

    window.scrollTo(0, 0);
    await new Promise((r) => setTimeout(r, 100));
    point.scrollIntoView();
    await new Promise((r) => setTimeout(r, 100));
    expect(views).toHaveLength(1);
    for (const { type, events } of others) expect(events, type).toHaveLength(0);
    window.scrollTo(0, 0);
  });

  it('says clearly when the factor does not exist', async () => {
    const errors = record(document, 'advice-error');
    const { point } = await mountPoint('nope');
    expect(point.shadowRoot?.textContent).toContain('er is geen vraag met de naam "nope"');
    expect(errors).toHaveLength(0);
  });

  it('shows a loading state while a slow model works', async () => {
    const { module, point } = await mountPoint('visits', {}, slowModel(600));
    await new Promise((r) => setTimeout(r, 300));
    expect(shadow(point).getByRole('status').textContent).toBe('Het advies wordt berekend…');
    await vi.waitFor(() => shadow(point).getByRole('slider'), { timeout: 8000, interval: 100 });
    await settle(module);
    expect(shadow(point).queryByRole('status')).toBeNull();
  });

  it('shows an error with a retry, and recovers', async () => {
    const model = failingModel();
    const { module, point } = await mountPoint('visits', {}, model);
    const s = shadow(point);
    expect(s.getByRole('alert').textContent).toContain('Het advies kon niet worden berekend.');
    await expectAccessible(module);
    model.fail.value = false;
    await userEvent.click(s.getByRole('button', { name: 'Opnieuw proberen' }));
    await settle(module);
    expect(s.queryByRole('alert')).toBeNull();
    expect(parts(point, 'segment')).toHaveLength(2);
  });

  it('explains itself outside a module', async () => {
    const container = document.createElement('div');
    container.lang = 'en';
    document.body.append(container);
    const el = document.createElement('advice-tipping-point');
    el.setAttribute('factor', 'visits');
    container.append(el);
    await settle(container);
    expect(el.shadowRoot?.textContent).toContain('This part only works inside an advice module.');
    container.remove();
  });

  it('names the band a control of its own, not a copy of the question, that says choosing a value changes the answer', async () => {
    const module = await mount(clubModel);
    const questions = deepQuery(module, 'advice-questions') as HTMLElement;
    const point = deepQuery(module, 'advice-tipping-point') as HTMLElement;
    const asked = shadow(questions).getByRole('slider', { name: 'Hoe vaak sport u per maand?' });
    const band = shadow(point).getByRole('slider', { name: 'Ander antwoord proberen: Hoe vaak sport u per maand?' });
    expect(band).not.toBe(asked);
    const described = (band.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => point.shadowRoot?.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain('Kiest u hier een waarde, dan verandert uw antwoord op de vraag.');
    // Its visible name starts the accessible one (WCAG 2.5.3, label in name).
    expect(shadow(point).getByText('Ander antwoord proberen').localName).toBe('label');
  });

  it('renders a title at the given heading level above the slider', async () => {
    const module = await mount(
      clubModel,
      html`<advice-module><advice-tipping-point factor="visits" heading-level="3"></advice-tipping-point></advice-module>`,
    );
    const point = module.querySelector('advice-tipping-point') as AdviceTippingPointElement;
    const heading = shadow(point).getByRole('heading', { level: 3, name: 'Hoe vaak sport u per maand?' });
    expect(heading).toBeTruthy();
    expect(shadow(point).getByRole('slider', { name: 'Ander antwoord proberen: Hoe vaak sport u per maand?' })).toBeTruthy();
    expect(deepQueryAll(module, 'advice-tipping-point')).toHaveLength(1);
  });
});
