/**
 * A page that loads the code of some parts later (as the RET demo does with
 * the scenarios, the chart and the hand-off): `<advice-module>`'s default
 * layout shows the parts it has without waiting, leaves a part that is not
 * defined yet out (no heading over nothing), and shows it once it is defined.
 * (This file imports `dom.ts`, not `helpers.ts`, which registers every tag.)
 */
import {
  AdviceBarElement,
  AdviceChartElement,
  AdviceHandoffElement,
  AdviceModuleElement,
  AdviceQuestionsElement,
  AdviceResultElement,
  AdviceScenariosElement,
  AdviceTippingPointElement,
  AdviceWeightsElement,
} from '@advice-kit/elements';
import { describe, expect, it } from 'vitest';
import { expectAccessible, settle, shadow } from './dom.js';
import { clubModel } from './fixtures.js';

const FIRST = {
  'advice-module': AdviceModuleElement,
  'advice-questions': AdviceQuestionsElement,
  'advice-bar': AdviceBarElement,
  'advice-result': AdviceResultElement,
  'advice-weights': AdviceWeightsElement,
  'advice-tipping-point': AdviceTippingPointElement,
};
const LATER = { 'advice-scenarios': AdviceScenariosElement, 'advice-chart': AdviceChartElement, 'advice-handoff': AdviceHandoffElement };
for (const [tag, element] of Object.entries(FIRST)) customElements.define(tag, element);

const LATER_HEADINGS = ['Wat als uw situatie verandert?', 'Kosten per maand vergeleken', 'Advies bewaren of bespreken'];

describe('parts whose code a page loads later', () => {
  it('shows the layout without them, leaves them out until they are defined, then shows them', async () => {
    const container = document.createElement('div');
    container.setAttribute('lang', 'nl');
    document.body.append(container);
    const module = document.createElement('advice-module') as AdviceModuleElement;
    container.append(module);
    module.model = clubModel;
    await settle(container);

    const layout = module.shadowRoot?.querySelector('[part=layout]') as HTMLElement;
    await expect.poll(() => layout.hasAttribute('data-advice-staged'), { timeout: 5000 }).toBe(false);
    expect(getComputedStyle(layout).visibility).toBe('visible');
    const ui = shadow(module);
    expect(ui.getByRole('heading', { name: 'Ons advies' })).toBeTruthy();
    expect(ui.getByRole('heading', { name: 'Wanneer verandert het advies?' })).toBeTruthy();
    for (const name of LATER_HEADINGS) expect(ui.queryByRole('heading', { name }), name).toBeNull();
    for (const tag of Object.keys(LATER)) {
      const card = module.shadowRoot?.querySelector(tag)?.closest('.card') as HTMLElement;
      expect(getComputedStyle(card).display, tag).toBe('none');
    }
    await expectAccessible(module);

    for (const [tag, element] of Object.entries(LATER)) customElements.define(tag, element);
    await settle(container);
    for (const name of LATER_HEADINGS) {
      await expect.poll(() => ui.queryByRole('heading', { name }), { timeout: 5000 }).not.toBeNull();
    }
    for (const tag of Object.keys(LATER)) {
      const part = module.shadowRoot?.querySelector(tag) as HTMLElement & { hasUpdated?: boolean };
      await expect.poll(() => part.hasUpdated, { timeout: 5000 }).toBe(true);
      expect(part.shadowRoot?.childElementCount, `${tag} rendered`).toBeGreaterThan(0);
    }
    await expectAccessible(module);
    container.remove();
  });
});
