import { rank } from '@advice-kit/core';
import type { AdviceModuleElement } from '@advice-kit/elements';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { clubDefinition, clubModel } from './fixtures.js';
import { deepQuery, expectAccessible, mount, record, settle, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

describe('<advice-module>', () => {
  it('renders the default layout of every pattern when it has no children', async () => {
    const module = await mount(clubModel);
    const s = shadow(module);
    expect(s.getByRole('heading', { name: 'Uw situatie' })).toBeTruthy();
    expect(s.getByRole('heading', { name: 'Ons advies' })).toBeTruthy();
    for (const tag of [
      'advice-questions',
      'advice-result',
      'advice-weights',
      'advice-tipping-point',
      'advice-scenarios',
      'advice-chart',
      'advice-handoff',
    ]) {
      expect(deepQuery(module, tag), tag).not.toBeNull();
    }
  });

  it('renders its own children instead of the default layout', async () => {
    const module = await mount(clubModel, html`<advice-module><advice-result></advice-result></advice-module>`);
    expect(module.shadowRoot?.querySelector('.layout')).toBeNull();
    expect(module.querySelector('advice-result')).not.toBeNull();
  });

  it('keeps the default layout when its only child is a <noscript> message', async () => {
    const module = await mount(clubModel, html`<advice-module><noscript>Deze module werkt met JavaScript.</noscript></advice-module>`);
    expect(module.shadowRoot?.querySelector('.layout')).not.toBeNull();
    expect(deepQuery(module, 'advice-result')).not.toBeNull();
  });

  it('speaks English when the page does', async () => {
    const module = await mount(clubModel, undefined, { locale: 'en' });
    expect(shadow(module).getByRole('heading', { name: 'Your situation' })).toBeTruthy();
    module.locale = 'nl';
    await settle(module);
    expect(shadow(module).getByRole('heading', { name: 'Uw situatie' })).toBeTruthy();
  });

  it("dispatches advice-change for a person's change only, with the core's ranking", async () => {
    const module = await mount(clubModel);
    const events = record(module, 'advice-change');
    module.state = { ...(module.state as NonNullable<AdviceModuleElement['state']>), situation: { visits: 12 } };
    await settle(module);
    expect(events).toHaveLength(0);
    const ctx = (
      module as unknown as {
        provider: { value: { act: (a: string, f: (s: { setFactor: (id: string, v: number) => void }) => void) => void } };
      }
    ).provider.value;
    ctx.act('answer', (store) => store.setFactor('visits', 15));
    await settle(module);
    expect(events).toHaveLength(1);
    const detail = events[0]?.detail as { action: string; result: { best: string } };
    expect(detail.action).toBe('answer');
    expect(detail.result.best).toBe((await rank(clubModel, { visits: 15 })).best);
  });

  it('keeps the state in the URL hash and restores it', async () => {
    history.replaceState(null, '', '#v=1&f.visits=17&f.member=1');
    const module = await mount(clubModel, html`<advice-module url-state></advice-module>`);
    expect(module.state?.situation.visits).toBe(17);
    expect(module.state?.situation.member).toBe(true);
    history.replaceState(null, '', location.pathname);
  });

  it('writes a burst of changes to the URL hash once, with the last state, when the changes pause', async () => {
    history.replaceState(null, '', location.pathname);
    const module = await mount(clubModel, html`<advice-module url-state></advice-module>`);
    const writes: string[] = [];
    const replace = history.replaceState.bind(history);
    history.replaceState = (data, unused, url) => {
      writes.push(String(url));
      replace(data, unused, url);
    };
    try {
      const state = module.state as NonNullable<AdviceModuleElement['state']>;
      for (const visits of [11, 12, 13, 14]) module.state = { ...state, situation: { ...state.situation, visits } };
      await settle(module);
      await expect.poll(() => writes.length).toBe(1);
      expect(location.hash).toContain('f.visits=14');
    } finally {
      history.replaceState = replace;
      history.replaceState(null, '', location.pathname);
    }
  });

  it('shows a clear message instead of crashing on a broken model', async () => {
    const module = await mount({ ...clubDefinition, criteria: [] } as never);
    expect(shadow(module).getByRole('alert').textContent).toContain('kan nu niet');
  });

  it('has no accessibility violations', async () => {
    const module = await mount(clubModel);
    await expectAccessible(module);
  });
});
