import {
  type AdviceState,
  activeSituation,
  activeWeights,
  initialState,
  rank,
  weightShares,
  weightStability,
  weightWorth,
} from '@advice-kit/core';
import type { AdviceModuleElement, AdviceWeightsElement } from '@advice-kit/elements';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clubModel, failingModel } from './fixtures.js';
import { expectAccessible, mount, record, settle, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

const percent = (share: number, locale: 'nl' | 'en' = 'nl') =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share);

async function mountWeights(
  options: { locale?: 'nl' | 'en'; width?: number; situation?: AdviceState['situation'] } = {},
  model = clubModel,
): Promise<{ module: AdviceModuleElement; weights: AdviceWeightsElement }> {
  const module = await mount(model, html`<advice-module><advice-weights></advice-weights></advice-module>`, options);
  if (options.situation) {
    module.state = { ...(module.state as AdviceState), situation: options.situation };
    await settle(module);
  }
  return { module, weights: module.querySelector('advice-weights') as AdviceWeightsElement };
}

const state = (module: AdviceModuleElement) => module.state as AdviceState;

/** Money as the page writes it: "€ 33,33 per maand". */
const money = (amount: number, locale: 'nl' | 'en' = 'nl') =>
  `${new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(amount)} ${locale === 'nl' ? 'per maand' : 'a month'}`;

/** The criterion's list item: its label, share, slider and sentence. */
function item(weights: AdviceWeightsElement, criterionId: string): HTMLElement {
  const input = weights.shadowRoot?.querySelector(`#weight-${criterionId}`);
  return input?.closest('li') as HTMLElement;
}

describe('<advice-weights>', () => {
  it('renders a labelled slider per criterion with its share of the total', async () => {
    const { weights } = await mountWeights();
    const s = shadow(weights);
    const cost = s.getByRole('slider', { name: 'Kosten per maand' }) as HTMLInputElement;
    const flex = s.getByRole('slider', { name: 'Flexibiliteit' }) as HTMLInputElement;
    expect(cost.value).toBe('3');
    expect(flex.value).toBe('1');
    const shares = weightShares(clubModel, initialState(clubModel).weights);
    expect(item(weights, 'cost').querySelector('[part=share]')?.textContent).toBe(percent(shares.cost as number));
    expect(item(weights, 'flexibility').querySelector('[part=share]')?.textContent).toBe(percent(shares.flexibility as number));
    expect(cost.getAttribute('aria-valuetext')).toBe(`${percent(0.75)} van het totaal`);
  });

  it('changes the weight and the share with the arrow keys, one advice-change per key press', async () => {
    const { module, weights } = await mountWeights();
    const changes = record<{ action: string }>(module, 'advice-change');
    const slider = shadow(weights).getByRole('slider', { name: 'Kosten per maand' }) as HTMLInputElement;
    const inputs = record(slider, 'input');
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(module);
    expect(state(module).weights.cost).toBe(4);
    expect(item(weights, 'cost').querySelector('[part=share]')?.textContent).toBe(percent(0.8));
    expect(slider.getAttribute('aria-valuetext')).toBe(`${percent(0.8)} van het totaal`);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.detail.action).toBe('weight');
    expect(inputs).toHaveLength(1);

    for (const _ of [1, 2]) {
      await userEvent.keyboard('{ArrowLeft}');
      await settle(module);
    }
    expect(state(module).weights.cost).toBe(2);
    expect(item(weights, 'cost').querySelector('[part=share]')?.textContent).toBe(percent(2 / 3));
    expect(changes).toHaveLength(3);
    expect(inputs).toHaveLength(3);
  });

  it('sets the store weights from presets that mean their label (cheapest: the cost alone), adding up to 100, and back to the defaults with reset', async () => {
    const { module, weights } = await mountWeights();
    const changes = record<{ action: string }>(module, 'advice-change');
    const s = shadow(weights);
    const cheapest = s.getByRole('button', { name: 'Zo goedkoop mogelijk' });
    expect(cheapest.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(cheapest);
    await settle(module);
    expect(state(module).weights).toEqual({ cost: 100, flexibility: 0 });
    expect(item(weights, 'cost').querySelector('[part=share]')?.textContent).toBe(percent(1));
    expect(item(weights, 'flexibility').querySelector('[part=share]')?.textContent).toBe(percent(0));
    expect(cheapest.getAttribute('aria-pressed')).toBe('true');
    expect(changes.at(-1)?.detail.action).toBe('preset');

    await userEvent.click(s.getByRole('button', { name: 'Flexibiliteit eerst' }));
    await settle(module);
    expect(state(module).weights).toEqual({ cost: 40, flexibility: 60 });
    // The thumb sits where its percentage says.
    expect((s.getByRole('slider', { name: 'Flexibiliteit' }) as HTMLInputElement).value).toBe('60');
    expect(item(weights, 'flexibility').querySelector('[part=share]')?.textContent).toBe(percent(0.6));

    const balanced = s.getByRole('button', { name: 'Evenwichtig' });
    await userEvent.click(balanced);
    await settle(module);
    expect(state(module).weights).toEqual({ cost: 50, flexibility: 50 });
    expect(balanced.getAttribute('aria-pressed')).toBe('true');
    expect((s.getByRole('slider', { name: 'Kosten per maand' }) as HTMLInputElement).value).toBe('50');

    await userEvent.click(s.getByRole('button', { name: 'Terug naar de standaardweging' }));
    await settle(module);
    expect(state(module).weights).toEqual(initialState(clubModel).weights);
    expect(changes.at(-1)?.detail.action).toBe('reset');
    expect(changes).toHaveLength(4);
  });

  it("draws each weight's stability interval from the core, on the track and in words", async () => {
    const situation = { visits: 12 };
    const { module, weights } = await mountWeights({ situation });
    const expected = await weightStability(clubModel, situation, state(module).weights);
    expect(expected.best).toBe('visit');
    const [cost, flex] = expected.criteria;
    if (!cost || !flex) throw new Error('no intervals');

    // Cost: only an upper bound, beyond which the monthly pass takes over.
    expect(cost.from).toBe(0);
    expect(cost.above).toBe('month');
    expect(item(weights, 'cost').querySelector('[part=stability]')?.textContent?.trim()).toBe(
      `Het advies blijft Betalen per keer zolang Kosten per maand niet meer dan ${percent(cost.to)} weegt. Weegt het meer, dan wordt Maandpas het advies.`,
    );
    const costBand = item(weights, 'cost').querySelector('[part=band]') as HTMLElement;
    expect(Number(costBand.dataset.from)).toBeCloseTo(cost.weightFrom / 100, 9);
    expect(Number(costBand.dataset.to)).toBeCloseTo((cost.weightTo as number) / 100, 9);
    expect(costBand.style.width).not.toBe('');

    // Flexibility, in money: weights 3 and 1, cost span € 100 → the whole 0–10 scale is worth 1/3 × € 100 = € 33,33;
    // only a lower bound (no weight, however high, changes the advice).
    expect(flex.weightTo).toBeNull();
    const worth = weightWorth(clubModel, state(module).weights, expected.criteria).find((w) => w.criterionId === 'flexibility');
    expect(worth?.worth).toBeCloseTo(100 / 3, 9);
    expect(worth?.from).toBeCloseTo((flex.weightFrom / 3) * 100, 9);
    expect(item(weights, 'flexibility').querySelector('[part=stability]')?.textContent?.trim()).toBe(
      `Flexibiliteit is u tot ${money(100 / 3)} waard. Het advies blijft Betalen per keer zolang dat minstens ${money(worth?.from as number)} is. Is het u minder waard, dan wordt Maandpas het advies.`,
    );
    const flexBand = item(weights, 'flexibility').querySelector('[part=band]') as HTMLElement;
    expect(Number(flexBand.dataset.from)).toBeCloseTo(flex.weightFrom / 100, 9);
    expect(Number(flexBand.dataset.to)).toBe(1);

    // The sentence describes the slider.
    const slider = shadow(weights).getByRole('slider', { name: 'Kosten per maand' });
    expect(slider.getAttribute('aria-describedby')).toContain('stability-cost');
  });

  it('names who takes over at both ends of an interval', async () => {
    const situation = { visits: 18, member: true };
    const { module, weights } = await mountWeights({ situation });
    const expected = await weightStability(clubModel, situation, state(module).weights);
    const cost = expected.criteria[0];
    if (!cost) throw new Error('no interval');
    expect([expected.best, cost.below, cost.above]).toEqual(['month', 'visit', 'year']);
    expect(item(weights, 'cost').querySelector('[part=stability]')?.textContent?.trim()).toBe(
      `Het advies blijft Maandpas zolang Kosten per maand tussen ${percent(cost.from)} en ${percent(cost.to)} weegt. ` +
        'Weegt het minder, dan wordt Betalen per keer het advies. Weegt het meer, dan wordt Jaarpas het advies.',
    );
    const band = item(weights, 'cost').querySelector('[part=band]') as HTMLElement;
    expect(Number(band.dataset.from)).toBeCloseTo(cost.weightFrom / 100, 9);
    expect(Number(band.dataset.to)).toBeCloseTo((cost.weightTo as number) / 100, 9);
  });

  it('says the advice holds whatever the weight when it does', async () => {
    const { weights } = await mountWeights();
    expect(item(weights, 'cost').querySelector('[part=stability]')?.textContent?.trim()).toBe(
      'Het advies blijft Betalen per keer, hoe zwaar Kosten per maand ook weegt.',
    );
  });

  it('changes the best option when a weight moves beyond its interval', async () => {
    const situation = { visits: 12 };
    const { module, weights } = await mountWeights({ situation });
    const before = await weightStability(clubModel, situation, state(module).weights);
    const limit = before.criteria[0]?.weightTo as number;
    const slider = shadow(weights).getByRole('slider', { name: 'Kosten per maand' }) as HTMLInputElement;
    slider.focus();
    while (state(module).weights.cost as number) {
      if ((state(module).weights.cost as number) > limit) break;
      await userEvent.keyboard('{ArrowRight}');
    }
    await settle(module);
    expect(state(module).weights.cost).toBe(Math.floor(limit) + 1);
    const after = await rank(clubModel, situation, state(module).weights);
    expect(after.best).toBe(before.criteria[0]?.above);
    expect(item(weights, 'cost').querySelector('[part=stability]')?.textContent).toContain('Het advies blijft Maandpas');
  });

  it('writes into an active scenario that has its own weights', async () => {
    const { module, weights } = await mountWeights();
    module.state = {
      ...state(module),
      scenarios: [{ id: 's1', name: 'Zuinig', overrides: {}, weights: { cost: 9, flexibility: 1 } }],
      activeScenario: 's1',
    };
    await settle(module);
    const slider = shadow(weights).getByRole('slider', { name: 'Kosten per maand' }) as HTMLInputElement;
    expect(slider.value).toBe('9');
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(module);
    expect(activeWeights(state(module))).toEqual({ cost: 10, flexibility: 1 });
    expect(state(module).weights).toEqual(initialState(clubModel).weights);
    expect(activeSituation(clubModel, state(module))).toEqual(state(module).situation);
  });

  it('speaks English', async () => {
    const situation = { visits: 12 };
    const { module, weights } = await mountWeights({ locale: 'en', situation });
    const s = shadow(weights);
    expect(s.getByRole('slider', { name: 'Cost a month' })).toBeTruthy();
    expect(s.getByRole('button', { name: 'Cheapest' })).toBeTruthy();
    expect(s.getByRole('button', { name: 'Flexibility first' })).toBeTruthy();
    expect(s.getByRole('button', { name: 'Balanced' })).toBeTruthy();
    expect(s.getByRole('button', { name: 'Back to the default weights' })).toBeTruthy();
    const expected = await weightStability(clubModel, situation, state(module).weights);
    expect(item(weights, 'cost').querySelector('[part=stability]')?.textContent?.trim()).toBe(
      `The advice stays Pay per visit as long as Cost a month weighs no more than ${percent(expected.criteria[0]?.to as number, 'en')}. If it weighs more, Monthly pass becomes the advice.`,
    );
    const worth = weightWorth(clubModel, state(module).weights, expected.criteria).find((w) => w.criterionId === 'flexibility');
    expect(item(weights, 'flexibility').querySelector('[part=stability]')?.textContent?.trim()).toBe(
      `Flexibility is worth up to ${money(100 / 3, 'en')} to you. The advice stays Pay per visit as long as that is at least ${money(worth?.from as number, 'en')}. If it is worth less to you, Monthly pass becomes the advice.`,
    );
    expect(item(weights, 'cost').querySelector('[part=share]')?.textContent).toBe(percent(0.75, 'en'));
  });

  it('shows an error with a retry when the model fails, and recovers', async () => {
    const model = failingModel();
    const { module, weights } = await mountWeights({}, model);
    const s = shadow(weights);
    expect(s.getByRole('alert').textContent).toContain('Het advies kon niet worden berekend.');
    expect(s.getByRole('slider', { name: 'Kosten per maand' })).toBeTruthy();
    await expectAccessible(module);
    model.fail.value = false;
    await userEvent.click(s.getByRole('button', { name: 'Opnieuw proberen' }));
    await settle(module);
    expect(s.queryByRole('alert')).toBeNull();
    expect(item(weights, 'cost').querySelector('[part=stability]')?.textContent).toContain('Betalen per keer');
  });

  it('fires no events at start-up or on programmatic changes', async () => {
    const events = ['advice-change', 'advice-error', 'input', 'change'].map((type) => record(document, type));
    const { module } = await mountWeights({ situation: { visits: 12 } });
    module.state = { ...state(module), weights: { cost: 10, flexibility: 10 } };
    await settle(module);
    for (const list of events) expect(list).toHaveLength(0);
  });

  it('explains itself outside a module', async () => {
    const container = document.createElement('div');
    container.lang = 'nl';
    document.body.append(container);
    const el = document.createElement('advice-weights');
    container.append(el);
    await settle(container);
    expect(el.shadowRoot?.textContent).toContain('Dit onderdeel werkt alleen binnen een adviesmodule.');
    container.remove();
  });

  it('has no accessibility violations, also at 320 px', async () => {
    const { module } = await mountWeights({ situation: { visits: 12 } });
    await expectAccessible(module);
    unmountAll();
    const narrow = await mountWeights({ width: 320, situation: { visits: 12 } });
    await expectAccessible(narrow.module);
    const box = narrow.weights.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(320);
    const sticking = Array.from(narrow.weights.shadowRoot?.querySelectorAll('*') ?? []).filter(
      (el) => el.getBoundingClientRect().right > box.right + 0.5,
    );
    expect(sticking.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  });
});
