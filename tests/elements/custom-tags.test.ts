/**
 * The classes defined under names of the page's own, with no `advice-*` tag
 * registered at all: `<advice-module>`'s default layout must use those names.
 * (This file imports `dom.ts`, not `helpers.ts`, which registers the kit's tags.)
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
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { TAGS } from '../tags.js';
import { deepQuery, deepQueryAll, expectAccessible, record, settle, shadow } from './dom.js';
import { clubModel } from './fixtures.js';

const OWN_TAGS = {
  'gem-advies': AdviceModuleElement,
  'gem-vragen': AdviceQuestionsElement,
  'gem-advies-kort': AdviceBarElement,
  'gem-uitkomst': AdviceResultElement,
  'gem-wegingen': AdviceWeightsElement,
  'gem-omslagpunt': AdviceTippingPointElement,
  'gem-scenarios': AdviceScenariosElement,
  'gem-grafiek': AdviceChartElement,
  'gem-overdracht': AdviceHandoffElement,
};
for (const [tag, element] of Object.entries(OWN_TAGS)) customElements.define(tag, element);

let container: HTMLElement | undefined;
afterEach(() => container?.remove());

async function start(): Promise<AdviceModuleElement> {
  container = document.createElement('div');
  container.setAttribute('lang', 'nl');
  document.body.append(container);
  const module = document.createElement('gem-advies') as AdviceModuleElement;
  container.append(module);
  module.model = clubModel;
  await settle(container);
  return module;
}

describe('elements under names of the page’s own', () => {
  it('renders the default layout with the page’s tags and none of the kit’s', async () => {
    const module = await start();
    for (const tag of TAGS) expect(customElements.get(tag), tag).toBeUndefined();
    for (const tag of Object.keys(OWN_TAGS).filter((t) => t !== 'gem-advies')) {
      const found = deepQuery<HTMLElement>(module, tag);
      expect(found, tag).not.toBeNull();
      expect(found?.shadowRoot?.childElementCount, `${tag} rendered`).toBeGreaterThan(0);
    }
    expect(deepQueryAll(module, TAGS.join(','))).toEqual([]);
    const result = deepQuery<HTMLElement>(module, 'gem-uitkomst') as HTMLElement;
    expect(result.shadowRoot?.querySelector('[part=best-label]')?.textContent?.trim()).toBe('Betalen per keer');
    await expectAccessible(module);
  });

  it('works as one module: an answer in the questions changes the advice the result and the bar show', async () => {
    const module = await start();
    const changes = record(module, 'advice-change');
    const questions = deepQuery<HTMLElement>(module, 'gem-vragen') as HTMLElement;
    const field = shadow(questions).getByRole('textbox', { name: 'Hoe vaak sport u per maand?' });
    await userEvent.clear(field);
    await userEvent.type(field, '20');
    await userEvent.tab();
    await settle(container as HTMLElement);
    expect(changes.length).toBeGreaterThan(0);
    const result = deepQuery<HTMLElement>(module, 'gem-uitkomst') as HTMLElement;
    expect(result.shadowRoot?.querySelector('[part=best-label]')?.textContent?.trim()).toBe('Maandpas');
    const bar = deepQuery<HTMLElement>(module, 'gem-advies-kort') as HTMLElement;
    expect(bar.shadowRoot?.querySelector('[part=option]')?.textContent?.trim()).toBe('Maandpas');
  });
});
