import { rank } from '@advice-kit/core';
import type { AdviceModuleElement } from '@advice-kit/elements';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clubModel, failingModel } from './fixtures.js';
import { expectAccessible, mount, settle, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

const BAR = html`<advice-module>
  <advice-bar href="#advice"></advice-bar>
  <h2 id="advice">Het hele advies</h2>
</advice-module>`;

/** Text with every run of white space (the no-break space of "€ 40,00" too) as one space. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function bar(module: AdviceModuleElement): HTMLElement {
  return module.querySelector('advice-bar') as HTMLElement;
}

async function visit(module: AdviceModuleElement, visits: number) {
  module.state = { ...(module.state as NonNullable<AdviceModuleElement['state']>), situation: { visits } };
  await settle(module);
}

describe('<advice-bar>', () => {
  it("shows the core's best option and its price, and follows changes", async () => {
    const module = await mount(clubModel, BAR);
    const region = shadow(bar(module)).getByRole('region', { name: 'Uw advies in het kort' });
    const expected = await rank(clubModel, { visits: 6 });
    expect(expected.best).toBe('visit');
    expect(plain(region.textContent)).toBe('Ons advies: Betalen per keer Kosten per maand: € 24,00 Naar het advies');

    await visit(module, 20);
    const later = await rank(clubModel, { visits: 20 });
    expect(later.best).toBe('month');
    expect(region.querySelector('[part=option]')?.textContent).toBe('Maandpas');
    expect(plain(region.querySelector('[part=price]')?.textContent)).toBe('Kosten per maand: € 40,00');
  });

  it('announces a new advice politely once it settles, never at start-up or for the same advice', async () => {
    const module = await mount(clubModel, BAR);
    const live = bar(module).shadowRoot?.querySelector('[role=status]') as HTMLElement;
    expect(live.getAttribute('aria-live')).toBe('polite');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(plain(live.textContent)).toBe('');
    await visit(module, 7); // still paying per visit
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(plain(live.textContent)).toBe('');
    await visit(module, 20);
    await expect.poll(() => plain(live.textContent), { timeout: 3000 }).toBe('Nieuw advies: Maandpas. Kosten per maand: € 40,00.');

    // quiet: for a page where <advice-result> already says it.
    bar(module).setAttribute('quiet', '');
    await visit(module, 2);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(plain(live.textContent)).toBe('Nieuw advies: Maandpas. Kosten per maand: € 40,00.');
  });

  it('takes the keyboard to the full advice, also inside a shadow root', async () => {
    const module = await mount(clubModel, BAR);
    const link = shadow(bar(module)).getByRole('link', { name: 'Naar het advies' });
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(bar(module).shadowRoot?.activeElement).toBe(link);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement?.id).toBe('advice');

    // In <advice-module>'s default layout the bar and the advice share the module's shadow root.
    unmountAll();
    const layout = await mount(clubModel);
    const inner = layout.shadowRoot?.querySelector('advice-bar') as HTMLElement;
    await userEvent.click(shadow(inner).getByRole('link', { name: 'Naar het advies' }));
    expect(layout.shadowRoot?.activeElement?.textContent).toBe('Ons advies');
  });

  it('says which scenario it shows, and speaks English', async () => {
    const module = await mount(clubModel, BAR, { locale: 'en' });
    const store = module.state as NonNullable<AdviceModuleElement['state']>;
    module.state = {
      ...store,
      scenarios: [{ id: 's1', name: 'Working out more', overrides: { visits: 20 } }],
      activeScenario: 's1',
    };
    await settle(module);
    const region = shadow(bar(module)).getByRole('region', { name: 'Your advice in short' });
    expect(plain(region.textContent)).toBe('Advice for scenario “Working out more”: Monthly pass Cost a month: €40.00 Go to the advice');
  });

  it('says when the advice cannot be worked out, and is axe-clean', async () => {
    const module = await mount(failingModel(), BAR);
    expect(shadow(bar(module)).getByRole('region').textContent).toContain('Het advies kon niet worden berekend');
    await expectAccessible(bar(module));
    unmountAll();
    const ok = await mount(clubModel, BAR, { width: 320 });
    await expectAccessible(bar(ok));
    expect(bar(ok).scrollWidth).toBeLessThanOrEqual(320);
  });
});
