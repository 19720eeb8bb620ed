import { localize, rank } from '@advice-kit/core';
import type { AdviceModuleElement } from '@advice-kit/elements';
import { html } from 'lit';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { userEvent } from 'vitest/browser';
import { PATTERN_TAGS } from '../tags.js';
import { clubDefinition, clubModel, slowModel } from './fixtures.js';
import { deepQuery, expectAccessible, mount, record, settle, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

/**
 * An `<advice-module>` with the club model and its default layout, right
 * after the module's own first render (unlike `mount`, which waits until
 * everything settled). Removed when the test ends.
 */
async function startDefaultLayout(): Promise<{ container: HTMLElement; module: AdviceModuleElement }> {
  const container = document.createElement('div');
  container.setAttribute('lang', 'nl');
  const module = document.createElement('advice-module') as AdviceModuleElement;
  container.append(module);
  document.body.append(container);
  onTestFinished(() => container.remove());
  module.model = clubModel;
  await module.updateComplete;
  return { container, module };
}

/** Lets `n` rounds of microtasks run, without giving the browser a task (or a frame) in between. */
async function microtasks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await Promise.resolve();
}

describe('<advice-module>', () => {
  it('renders the default layout of every pattern when it has no children', async () => {
    const module = await mount(clubModel);
    const s = shadow(module);
    expect(s.getByRole('heading', { name: 'Uw situatie' })).toBeTruthy();
    expect(s.getByRole('heading', { name: 'Ons advies' })).toBeTruthy();
    for (const tag of PATTERN_TAGS) {
      expect(deepQuery(module, tag), tag).not.toBeNull();
    }
  });

  it('puts its section headings at heading-level, the tipping points one lower, each a heading part', async () => {
    const module = await mount(clubModel, html`<advice-module heading-level="3"></advice-module>`);
    const s = shadow(module);
    for (const name of ['Uw situatie', 'Ons advies', 'Wanneer verandert het advies?']) {
      const heading = s.getByRole('heading', { level: 3, name });
      expect(heading.getAttribute('part')).toBe('heading');
    }
    expect(s.queryAllByRole('heading', { level: 2 })).toEqual([]);
    const tipping = deepQuery(module, 'advice-tipping-point') as HTMLElement;
    expect(shadow(tipping).getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0);
    await expectAccessible(module);
  });

  it('starts its default layout one part per task, invisible until every part has rendered once', async () => {
    const { container, module } = await startDefaultLayout();
    await microtasks(50);
    const layout = module.shadowRoot?.querySelector<HTMLElement>('[part=layout]');
    const parts = () => PATTERN_TAGS.map((tag) => deepQuery<HTMLElement & { hasUpdated: boolean }>(module, tag));
    expect(layout).toBeTruthy();
    // The module has rendered, its parts wait for a task of their own: nothing of the layout can be painted yet.
    expect(parts().map((el) => el?.hasUpdated)).toEqual(PATTERN_TAGS.map(() => false));
    expect(getComputedStyle(layout as HTMLElement).visibility).toBe('hidden');
    expect(shadow(module).queryByRole('heading', { name: 'Uw situatie' })).toBeNull();

    await settle(container);
    expect(parts().map((el) => el?.hasUpdated)).toEqual(PATTERN_TAGS.map(() => true));
    expect(getComputedStyle(layout as HTMLElement).visibility).toBe('visible');
    expect(shadow(module).getByRole('heading', { name: 'Uw situatie' })).toBeTruthy();
  });

  it('shows its default layout anyway when a part never finishes its first render', async () => {
    // A part whose first update never comes (a broken subclass, say): the rest must not stay invisible.
    const Result = customElements.get('advice-result') as CustomElementConstructor & { prototype: { scheduleUpdate(): unknown } };
    const original = Result.prototype.scheduleUpdate;
    Result.prototype.scheduleUpdate = () => new Promise(() => {});
    onTestFinished(() => {
      Result.prototype.scheduleUpdate = original;
    });
    const { module } = await startDefaultLayout();
    const layout = module.shadowRoot?.querySelector<HTMLElement>('[part=layout]') as HTMLElement;
    expect(getComputedStyle(layout).visibility).toBe('hidden');
    await expect.poll(() => getComputedStyle(layout).visibility, { timeout: 3000 }).toBe('visible');
    expect(shadow(module).getByRole('heading', { name: 'Uw situatie' })).toBeTruthy();
    expect(deepQuery<HTMLElement & { hasUpdated: boolean }>(module, 'advice-questions')?.hasUpdated).toBe(true);
  });

  it('renders its own children in the same task, as before: staging is for the default layout, which it hides', async () => {
    const module = document.createElement('advice-module') as AdviceModuleElement;
    module.innerHTML = '<advice-result></advice-result>';
    document.body.append(module);
    onTestFinished(() => module.remove());
    module.model = clubModel;
    const result = module.querySelector('advice-result') as HTMLElement & { hasUpdated: boolean };
    await module.updateComplete;
    await microtasks(50);
    expect(result.hasUpdated).toBe(true);
    expect(getComputedStyle(result).visibility).toBe('visible');
  });

  it('renders each element once per change, with its results, when the model answers at once; a slow model is not waited for', async () => {
    const ELEMENTS = html`<advice-module>
      <advice-result></advice-result><advice-weights></advice-weights>
      <advice-tipping-point factor="visits"></advice-tipping-point><advice-scenarios></advice-scenarios>
      <advice-chart factor="visits" criterion="cost"></advice-chart><advice-handoff></advice-handoff>
    </advice-module>`;
    const countRenders = (module: AdviceModuleElement) => {
      const counts = new Map<string, number>();
      for (const el of Array.from(module.children) as (HTMLElement & { render(): unknown })[]) {
        const render = el.render.bind(el);
        counts.set(el.localName, 0);
        el.render = () => {
          counts.set(el.localName, (counts.get(el.localName) ?? 0) + 1);
          return render();
        };
      }
      return counts;
    };
    const visit = (module: AdviceModuleElement, visits: number) => {
      module.state = { ...(module.state as NonNullable<AdviceModuleElement['state']>), situation: { visits } };
    };

    const module = await mount(clubModel, ELEMENTS);
    const counts = countRenders(module);
    visit(module, 16);
    await settle(module);
    expect(Object.fromEntries(counts)).toEqual({
      'advice-result': 1,
      'advice-weights': 1,
      'advice-tipping-point': 1,
      'advice-scenarios': 1,
      'advice-chart': 1,
      'advice-handoff': 1,
    });
    const best = (await rank(clubModel, { visits: 16 })).best;
    const bestLabel = module.querySelector('advice-result')?.shadowRoot?.querySelector('[part=best-label]');
    expect(bestLabel?.textContent).toContain(localize(clubModel.options.find((o) => o.id === best)?.label, 'nl'));

    // A model that takes 300 ms: the change is rendered within a frame or so, and again when the answer comes.
    const slow = await mount(slowModel(300), html`<advice-module><advice-result></advice-result></advice-module>`);
    const result = slow.querySelector('advice-result') as HTMLElement & { updateComplete: Promise<boolean> };
    const slowCounts = countRenders(slow);
    const t0 = performance.now();
    visit(slow, 16);
    await result.updateComplete;
    expect(performance.now() - t0).toBeLessThan(250);
    expect(slowCounts.get('advice-result')).toBe(1);
    await settle(slow, 12);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle(slow);
    expect(slowCounts.get('advice-result')).toBeGreaterThanOrEqual(2);
  });

  it('renders its own children instead of the default layout', async () => {
    const module = await mount(clubModel, html`<advice-module><advice-result></advice-result></advice-module>`);
    expect(module.shadowRoot?.querySelector('.layout')).toBeNull();
    expect(module.querySelector('advice-result')).not.toBeNull();
  });

  it("passes the organisation's contact options to the default layout's hand-off, and shows a default text without them", async () => {
    const contactText = (module: AdviceModuleElement) => {
      const handoff = deepQuery(module, 'advice-handoff') as HTMLElement;
      const slot = handoff.shadowRoot?.querySelector('slot[name=contact]') as HTMLSlotElement;
      return slot
        .assignedNodes({ flatten: true })
        .map((n) => n.textContent)
        .join('')
        .trim();
    };
    const withContact = await mount(clubModel, html`<advice-module><p slot="contact">Bel de club: 010 123 45 67.</p></advice-module>`);
    expect(deepQuery(withContact, 'advice-questions'), 'the default layout').not.toBeNull();
    expect(contactText(withContact)).toBe('Bel de club: 010 123 45 67.');
    const handoff = shadow(deepQuery(withContact, 'advice-handoff') as HTMLElement);
    expect(handoff.getByRole('heading', { name: 'Contact' })).toBeTruthy();
    await expectAccessible(withContact);

    unmountAll();
    const without = await mount(clubModel);
    expect(contactText(without)).toBe('Neem contact op met de organisatie en laat deze samenvatting zien.');
  });

  it('takes keyboard focus through the default layout in reading order, every pattern reachable, no trap', async () => {
    const module = await mount(clubModel);
    /** The pattern element that holds the focused control. */
    const focusedPattern = () => {
      let el: Element | null = document.activeElement;
      const hosts: string[] = [];
      while (el?.shadowRoot?.activeElement) {
        hosts.push(el.localName);
        el = el.shadowRoot.activeElement;
      }
      hosts.push(el?.localName ?? '');
      return hosts.reverse().find((h) => h.startsWith('advice-') && h !== 'advice-module') ?? hosts[0];
    };
    (document.activeElement as HTMLElement | null)?.blur();
    const visited: string[] = [];
    for (let i = 0; i < 200; i++) {
      await userEvent.tab();
      if (!module.contains(document.activeElement)) break;
      const host = focusedPattern() as string;
      if (visited.at(-1) !== host) visited.push(host);
    }
    expect(visited).toEqual(PATTERN_TAGS);
    // Tab left the module after the last control: focus is not trapped.
    expect(module.contains(document.activeElement)).toBe(false);
  });

  it('fits 320 px without sideways scrolling and is axe-clean there, as is its message for a broken model', async () => {
    const module = await mount(clubModel, undefined, { width: 320 });
    const container = module.parentElement as HTMLElement;
    expect(container.scrollWidth).toBeLessThanOrEqual(320);
    const base = module.shadowRoot?.querySelector('[part=base]') as HTMLElement;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    await expectAccessible(module);
    unmountAll();

    const broken = await mount({ ...clubModel, factors: [] } as unknown as typeof clubModel);
    expect(shadow(broken).getByRole('alert').textContent).toContain('Dit advies kan nu niet worden gegeven.');
    await expectAccessible(broken);
  });

  it('asks the questions one at a time in its default layout with layout="stepwise", all at once by default', async () => {
    const stepwise = await mount(clubModel, html`<advice-module layout="stepwise"></advice-module>`);
    const questions = shadow(deepQuery(stepwise, 'advice-questions') as HTMLElement);
    expect(questions.getByText('Vraag 1 van 3')).toBeTruthy();
    expect(questions.queryByRole('radio', { name: 'Ja' })).toBeNull();
    unmountAll();
    const all = await mount(clubModel);
    const allQuestions = shadow(deepQuery(all, 'advice-questions') as HTMLElement);
    expect(allQuestions.queryByText('Vraag 1 van 3')).toBeNull();
    expect(allQuestions.getByRole('radio', { name: 'Ja' })).toBeTruthy();
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

  it('tells the person which answers in a link could not be used, until they change something', async () => {
    history.replaceState(null, '', '#v=1&f.visits=99&f.member=maybe&f.region=north&w.cost=lots&s0.n=A&s0.f.visits=%2Bx');
    const module = await mount(clubModel, html`<advice-module url-state><advice-questions></advice-questions></advice-module>`);
    const notice = () => shadow(module).queryByRole('status');
    const items = () => Array.from(notice()?.querySelectorAll('li') ?? []).map((li) => li.textContent);
    expect(notice()?.textContent).toContain('Niet alles in de link kon worden gebruikt');
    expect(items()).toEqual([
      'Hoe vaak sport u per maand?',
      'Bent u lid van de club?',
      'Hoe belangrijk u kosten per maand vindt',
      'Hoe vaak sport u per maand? (in een scenario)',
    ]);
    // What could be used is used: the number is clamped onto its range, the rest keeps the defaults.
    expect(module.state?.situation).toMatchObject({ visits: 20, member: false, region: 'north' });
    await expectAccessible(module);

    // The person answers a question: the message has done its work.
    const questions = module.querySelector('advice-questions') as HTMLElement;
    const yes = shadow(questions).getByRole('radio', { name: 'Ja' });
    yes.click();
    await settle(module);
    expect(module.state?.situation.member).toBe(true);
    expect(notice()).toBeNull();
    unmountAll();

    // A link of another version, in English; and a clean link says nothing.
    history.replaceState(null, '', '#v=9&f.visits=3');
    const english = await mount(clubModel, html`<advice-module url-state></advice-module>`, { locale: 'en' });
    expect(shadow(english).getByRole('status').textContent).toContain('This link cannot be read. You see the default answers.');
    unmountAll();
    history.replaceState(null, '', '#v=1&f.visits=17&f.member=1');
    const clean = await mount(clubModel, html`<advice-module url-state><advice-result></advice-result></advice-module>`);
    expect(shadow(clean).queryByRole('status')).toBeNull();
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
