import {
  type AdviceModel,
  type AdviceState,
  activeSituation,
  applyScenario,
  type CompareScenariosResult,
  compareScenarios,
  localize,
  rank,
  type Scenario,
} from '@advice-kit/core';
import type { AdviceChangeDetail, AdviceModuleElement, AdviceScenariosElement } from '@advice-kit/elements';
import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { clubModel, failingModel, slowModel } from './fixtures.js';
import { expectAccessible, mount, record, settle, shadow, unmountAll } from './helpers.js';

afterEach(async () => {
  unmountAll();
  await page.viewport(414, 896);
});

async function setup(
  model: AdviceModel = clubModel,
  options: { locale?: 'nl' | 'en'; width?: number } = {},
): Promise<{ module: AdviceModuleElement; el: AdviceScenariosElement; s: ReturnType<typeof shadow> }> {
  const module = await mount(model, html`<advice-module><advice-scenarios></advice-scenarios></advice-module>`, options);
  const el = module.querySelector('advice-scenarios') as AdviceScenariosElement;
  return { module, el, s: shadow(el) };
}

function stateOf(module: AdviceModuleElement): AdviceState {
  return module.state as AdviceState;
}

/** Sets the state as a host page would (no person involved, so no event). */
async function setState(module: AdviceModuleElement, change: (s: AdviceState) => AdviceState): Promise<void> {
  module.state = change(stateOf(module));
  await settle(module);
}

function focused(el: Element): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}

function table(el: Element): HTMLTableElement {
  return shadow(el).getByRole('table') as HTMLTableElement;
}

/** The text of each cell in the row whose header is `header`. */
function row(el: Element, header: string | RegExp): string[] {
  const rows = within(table(el)).getAllByRole('row');
  const found = rows.find((r) => {
    const th = r.querySelector('th');
    const text = th?.textContent?.trim() ?? '';
    return typeof header === 'string' ? text === header : header.test(text);
  });
  if (!found) throw new Error(`no row ${header}`);
  return Array.from(found.querySelectorAll('td')).map((td) => (td.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim());
}

async function compareInCore(module: AdviceModuleElement, model: AdviceModel = clubModel): Promise<CompareScenariosResult> {
  const st = stateOf(module);
  return compareScenarios(model, st.situation, st.scenarios, st.weights);
}

function label(model: AdviceModel, optionId: string | null, locale: 'nl' | 'en' = 'nl'): string {
  return localize(model.options.find((o) => o.id === optionId)?.label, locale);
}

describe('<advice-scenarios>', () => {
  it('starts empty with the suggestions, and adds a blank scenario named "Scenario 1" (numbered by position) with its name field focused', async () => {
    const { module, el, s } = await setup();
    const events = record<AdviceChangeDetail>(module, 'advice-change');
    expect(s.getByText(/nog geen scenario/)).toBeTruthy();
    expect(s.getByRole('button', { name: 'Wat als: Vaker sporten' })).toBeTruthy();
    expect(s.getByRole('button', { name: 'Wat als: Lid worden' })).toBeTruthy();
    expect(s.queryByRole('table')).toBeNull();

    await userEvent.click(s.getByRole('button', { name: 'Scenario toevoegen' }));
    await settle(module);
    expect(stateOf(module).scenarios).toEqual([expect.objectContaining({ name: 'Scenario 1', overrides: {} })]);
    const name = s.getByRole('textbox', { name: 'Naam van het scenario' }) as HTMLInputElement;
    expect(name.value).toBe('Scenario 1');
    expect(focused(el)).toBe(name);
    expect(events.map((e) => e.detail.action)).toEqual(['scenario-add']);
    expect(s.getByRole('status').textContent).toContain('Scenario toegevoegd');
  });

  it("adds a scenario from the model's suggestion, with its relative change shown as the resulting value", async () => {
    const { module, el, s } = await setup();
    const events = record<AdviceChangeDetail>(module, 'advice-change');
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Vaker sporten' }));
    await settle(module);
    const [scenario] = stateOf(module).scenarios;
    expect(scenario).toMatchObject({ name: 'Vaker sporten', overrides: { visits: { add: 6 } }, suggestion: 'more' });
    expect(events.map((e) => e.detail.action)).toEqual(['scenario-add']);
    // The suggestion is used, so its button is gone; focus lands on the new scenario.
    expect(s.queryByRole('button', { name: 'Wat als: Vaker sporten' })).toBeNull();
    expect(focused(el)?.textContent).toBe('Vaker sporten');

    await userEvent.click(s.getByRole('button', { name: 'Wijzigen (Vaker sporten)' }));
    const visits = s.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }) as HTMLInputElement;
    expect(visits.value).toBe('12');
    expect(visits.getAttribute('aria-describedby')).toBeTruthy();
    expect(s.getByText(/\+6 keer per maand/)).toBeTruthy();
    // Replacing the relative change with an absolute value.
    await userEvent.fill(visits, '9');
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(stateOf(module).scenarios[0]?.overrides).toEqual({ visits: 9 });
    expect(events.map((e) => e.detail.action)).toEqual(['scenario-add', 'scenario-edit']);
  });

  it('renames a scenario through its labelled text field', async () => {
    const { module, s } = await setup();
    await userEvent.click(s.getByRole('button', { name: 'Scenario toevoegen' }));
    await settle(module);
    const events = record<AdviceChangeDetail>(module, 'advice-change');
    const name = s.getByRole('textbox', { name: 'Naam van het scenario' });
    await userEvent.fill(name, 'Thuiswerken');
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(stateOf(module).scenarios[0]?.name).toBe('Thuiswerken');
    expect(s.getByRole('columnheader', { name: 'Thuiswerken' })).toBeTruthy();
    expect(events.map((e) => e.detail.action)).toEqual(['scenario-edit']);

    // An empty name is refused with a message next to the field.
    await userEvent.fill(name, '   ');
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(stateOf(module).scenarios[0]?.name).toBe('Thuiswerken');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(s.getByText('Geef het scenario een naam.')).toBeTruthy();
    expect(events).toHaveLength(1);
  });

  it("edits overrides and shows the core's comparison side by side", async () => {
    const { module, el, s } = await setup();
    await userEvent.click(s.getByRole('button', { name: 'Scenario toevoegen' }));
    await settle(module);
    const events = record<AdviceChangeDetail>(module, 'advice-change');
    await userEvent.fill(s.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }), '16');
    await userEvent.keyboard('{Enter}');
    await userEvent.selectOptions(s.getByRole('combobox', { name: 'Bent u lid van de club?' }), 'ja');
    await userEvent.selectOptions(s.getByRole('combobox', { name: 'Waar woont u?' }), 'Zuid');
    await settle(module);
    expect(stateOf(module).scenarios[0]?.overrides).toEqual({ visits: 16, member: true, region: 'south' });
    expect(events.map((e) => e.detail.action)).toEqual(['scenario-edit', 'scenario-edit', 'scenario-edit']);

    const core = await compareInCore(module);
    const outcome = core.scenarios[0];
    expect(outcome?.error).toBeUndefined();
    const tableEl = table(el);
    expect(
      within(tableEl)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.trim()),
    ).toEqual(['Onderdeel', 'Nu', 'Scenario 1']);
    const best = row(el, 'Beste keuze');
    expect(best[0]).toBe(label(clubModel, core.base.best));
    expect(best[1]).toContain(label(clubModel, outcome?.best ?? null));
    const nf = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
    const baseBest = core.base.ranking.find((r) => r.optionId === core.base.best);
    const scenarioBest = outcome?.ranking.find((r) => r.optionId === outcome.best);
    const cost = row(el, 'Kosten per maand');
    expect(cost[0]).toBe(nf.format(baseBest?.values.cost as number));
    expect(cost[1]).toContain(nf.format(scenarioBest?.values.cost as number));
    // The factors that differ get a row each, marked as changed.
    expect(row(el, 'Hoe vaak sport u per maand?')).toEqual(['6 keer per maand', '16 keer per maand anders']);
    expect(row(el, 'Bent u lid van de club?')).toEqual(['nee', 'ja anders']);
    expect(row(el, 'Waar woont u?')).toEqual(['Noord', 'Zuid anders']);

    // Back to "as now" removes the override.
    await userEvent.selectOptions(s.getByRole('combobox', { name: 'Waar woont u?' }), 'zoals nu (Noord)');
    await userEvent.fill(s.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }), '');
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(stateOf(module).scenarios[0]?.overrides).toEqual({ member: true });
  });

  it('keeps the last valid value and shows the message next to the field for an invalid entry', async () => {
    const { module, s } = await setup();
    await userEvent.click(s.getByRole('button', { name: 'Scenario toevoegen' }));
    await settle(module);
    const events = record<AdviceChangeDetail>(module, 'advice-change');
    const visits = s.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' });
    await userEvent.fill(visits, '25');
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(stateOf(module).scenarios[0]?.overrides).toEqual({});
    expect(visits.getAttribute('aria-invalid')).toBe('true');
    expect(s.getByText('Vul een getal in van 20 of minder.')).toBeTruthy();
    expect(events).toHaveLength(0);
    await userEvent.fill(visits, '8 - 12');
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(stateOf(module).scenarios[0]?.overrides).toEqual({ visits: { min: 8, max: 12 } });
    expect(visits.getAttribute('aria-invalid')).toBe('false');
  });

  it('duplicates a scenario as "… (kopie)"', async () => {
    const { module, el, s } = await setup();
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Vaker sporten' }));
    await settle(module);
    const events = record<AdviceChangeDetail>(module, 'advice-change');
    await userEvent.click(s.getByRole('button', { name: 'Kopie maken (Vaker sporten)' }));
    await settle(module);
    const scenarios = stateOf(module).scenarios;
    expect(scenarios.map((sc) => sc.name)).toEqual(['Vaker sporten', 'Vaker sporten (kopie)']);
    expect(scenarios[1]?.overrides).toEqual(scenarios[0]?.overrides);
    expect(scenarios[1]?.id).not.toBe(scenarios[0]?.id);
    expect(focused(el)?.textContent).toBe('Vaker sporten (kopie)');
    expect(events.map((e) => e.detail.action)).toEqual(['scenario-duplicate']);
  });

  it('removes a scenario with undo that restores it at the same place, moving focus sensibly', async () => {
    const { module, el, s } = await setup();
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Vaker sporten' }));
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Lid worden' }));
    await userEvent.click(s.getByRole('button', { name: 'Scenario toevoegen' }));
    await settle(module);
    const before = stateOf(module).scenarios;
    // The third scenario is "Scenario 3".
    expect(before.map((sc) => sc.name)).toEqual(['Vaker sporten', 'Lid worden', 'Scenario 3']);
    const events = record<AdviceChangeDetail>(module, 'advice-change');

    await userEvent.click(s.getByRole('button', { name: 'Verwijderen (Lid worden)' }));
    await settle(module);
    expect(stateOf(module).scenarios.map((sc) => sc.name)).toEqual(['Vaker sporten', 'Scenario 3']);
    expect(s.getByText('Het scenario “Lid worden” is verwijderd.')).toBeTruthy();
    const undo = s.getByRole('button', { name: 'Ongedaan maken' });
    expect(focused(el)).toBe(undo);
    const live = s.getAllByRole('status').find((n) => n.getAttribute('aria-live') === 'polite');
    expect(live?.textContent).toBe('Scenario verwijderd');

    await userEvent.click(undo);
    await settle(module);
    expect(stateOf(module).scenarios).toEqual(before);
    expect(s.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
    expect(focused(el)?.textContent).toBe('Lid worden');
    expect(events.map((e) => e.detail.action)).toEqual(['scenario-remove', 'scenario-restore']);
  });

  it("activates a scenario so the module shows it, and goes back to the person's own situation", async () => {
    const { module, el, s } = await setup();
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Vaker sporten' }));
    await settle(module);
    const events = record<AdviceChangeDetail>(module, 'advice-change');
    const view = s.getByRole('button', { name: 'Bekijk dit scenario (Vaker sporten)' });
    expect(view.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(view);
    await settle(module);
    const st = stateOf(module);
    const scenario = st.scenarios[0];
    expect(st.activeScenario).toBe(scenario?.id);
    const expected = applyScenario(clubModel, st.situation, scenario as NonNullable<typeof scenario>);
    expect(activeSituation(clubModel, st)).toEqual(expected);
    expect(expected.visits).toBe(12);
    expect(view.getAttribute('aria-pressed')).toBe('true');
    expect(s.getByText('U bekijkt nu het scenario “Vaker sporten”.')).toBeTruthy();
    expect(events).toHaveLength(1);
    expect(events[0]?.detail.action).toBe('scenario-activate');
    expect(events[0]?.detail.result.best).toBe((await rank(clubModel, expected, st.weights)).best);

    await userEvent.click(s.getByRole('button', { name: 'Terug naar mijn eigen situatie' }));
    await settle(module);
    expect(stateOf(module).activeScenario).toBeNull();
    expect(focused(el)).toBe(view);
    expect(events.map((e) => e.detail.action)).toEqual(['scenario-activate', 'scenario-activate']);
  });

  it('dispatches advice-view "scenarios" once, when the comparison is first on screen, and not before there is one', async () => {
    const { module, s } = await setup();
    const views = record<{ view: string }>(module, 'advice-view');
    await settle(module);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(views).toHaveLength(0);
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Vaker sporten' }));
    await settle(module);
    await expect.poll(() => views.map((e) => e.detail.view)).toEqual(['scenarios']);
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Lid worden' }));
    await settle(module);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(views).toHaveLength(1);
  });

  it('says when the advice is the same in every scenario', async () => {
    const { module, el, s } = await setup();
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Vaker sporten' }));
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Lid worden' }));
    await settle(module);
    const core = await compareInCore(module);
    expect(core.stable).toBe(true);
    expect(s.getByText(`Het advies is in alle scenario's hetzelfde: ${label(clubModel, core.base.best)}.`)).toBeTruthy();
    expect(row(el, 'Beste keuze').some((c) => c.includes('anders'))).toBe(false);
  });

  it('marks the changed advice when a scenario flips it (6 → 12 visits with price only: pay per visit → monthly pass)', async () => {
    const { module, el, s } = await setup();
    await setState(module, (st) => ({ ...st, weights: { cost: 1, flexibility: 0 } }));
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Vaker sporten' }));
    await settle(module);
    const core = await compareInCore(module);
    expect(core.stable).toBe(false);
    expect(core.base.best).toBe('visit');
    expect(core.scenarios[0]?.best).toBe('month');
    expect(core.changed).toEqual([stateOf(module).scenarios[0]?.id]);
    expect(s.getByText('Het advies is anders in het scenario “Vaker sporten”.')).toBeTruthy();
    expect(row(el, 'Beste keuze')).toEqual(['Betalen per keer', 'Maandpas anders']);
    const cell = within(table(el)).getByText('Maandpas').closest('td') as HTMLElement;
    expect(cell.classList.contains('changed')).toBe(true);
    expect(cell.querySelector('strong')?.textContent).toBe('Maandpas');
  });

  it("shows an invalid scenario's error in its own column without breaking the others", async () => {
    const { module, el } = await setup();
    await setState(module, (st) => ({
      ...st,
      scenarios: [
        { id: 'bad', name: 'Kapot', overrides: { visits: 99 } },
        { id: 'ok', name: 'Lid', overrides: { member: true } },
      ] as Scenario[],
    }));
    const core = await compareInCore(module);
    expect(core.scenarios[0]?.error?.code).toBe('invalid-situation');
    const best = row(el, 'Beste keuze');
    expect(best[1]).toContain('Voor dit scenario kan geen advies worden gegeven');
    expect(best[1]).toContain('Vul een getal in van 20 of minder.');
    expect(best[2]).toBe(label(clubModel, core.scenarios[1]?.best ?? null));
  });

  it('can be used with the keyboard alone', async () => {
    const { module, el, s } = await setup();
    const events = record<AdviceChangeDetail>(module, 'advice-change');
    (s.getByRole('button', { name: 'Scenario toevoegen' }) as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(focused(el)).toBe(s.getByRole('textbox', { name: 'Naam van het scenario' }));
    await userEvent.keyboard('{Control>}a{/Control}Thuiswerken');
    await userEvent.tab();
    await settle(module);
    expect(stateOf(module).scenarios[0]?.name).toBe('Thuiswerken');
    expect(focused(el)).toBe(s.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' }));
    await userEvent.keyboard('16');
    await userEvent.tab();
    await settle(module);
    expect(stateOf(module).scenarios[0]?.overrides).toEqual({ visits: 16 });
    expect(focused(el)).toBe(s.getByRole('combobox', { name: 'Bent u lid van de club?' }));

    // Shift+Tab back up to the scenario's buttons and view it.
    const view = s.getByRole('button', { name: 'Bekijk dit scenario (Thuiswerken)' });
    (s.getByRole('button', { name: 'Wijzigen (Thuiswerken)' }) as HTMLButtonElement).focus();
    await userEvent.tab({ shift: true });
    expect(focused(el)).toBe(view);
    await userEvent.keyboard(' ');
    await settle(module);
    expect(stateOf(module).activeScenario).toBe(stateOf(module).scenarios[0]?.id);

    // Remove with the keyboard, then undo with the keyboard.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(focused(el)).toBe(s.getByRole('button', { name: 'Verwijderen (Thuiswerken)' }));
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(stateOf(module).scenarios).toHaveLength(0);
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(stateOf(module).scenarios.map((sc) => sc.name)).toEqual(['Thuiswerken']);
    expect(events.map((e) => e.detail.action)).toEqual([
      'scenario-add',
      'scenario-edit',
      'scenario-edit',
      'scenario-activate',
      'scenario-remove',
      'scenario-restore',
    ]);
  });

  it('dispatches no advice-change at start-up, on programmatic changes or when only opening an editor', async () => {
    const { module, s } = await setup();
    const events = record<AdviceChangeDetail>(module, 'advice-change');
    await setState(module, (st) => ({ ...st, scenarios: [{ id: 'x', name: 'X', overrides: { visits: 3 } }] }));
    await userEvent.click(s.getByRole('button', { name: 'Wijzigen (X)' }));
    await settle(module);
    expect(s.getByRole('button', { name: 'Wijzigen (X)' }).getAttribute('aria-expanded')).toBe('true');
    // Committing an unchanged value changes nothing.
    const visits = s.getByRole('textbox', { name: 'Hoe vaak sport u per maand?' });
    await userEvent.click(visits);
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect(events).toHaveLength(0);
  });

  it('speaks English', async () => {
    const { module, el, s } = await setup(clubModel, { locale: 'en' });
    expect(s.getByRole('button', { name: 'What if: Working out more' })).toBeTruthy();
    await userEvent.click(s.getByRole('button', { name: 'Add a scenario' }));
    await settle(module);
    expect(stateOf(module).scenarios[0]?.name).toBe('Scenario 1');
    expect(s.getByRole('textbox', { name: 'Name of the scenario' })).toBeTruthy();
    expect(s.getByRole('combobox', { name: 'Are you a member of the club?' })).toBeTruthy();
    expect(s.getByRole('option', { name: 'as now (no)' })).toBeTruthy();
    expect(within(table(el)).getByRole('columnheader', { name: 'Now' })).toBeTruthy();
    expect(s.getByText('The advice is the same in every scenario: Pay per visit.')).toBeTruthy();
    await userEvent.click(s.getByRole('button', { name: 'Make a copy (Scenario 1)' }));
    await settle(module);
    expect(stateOf(module).scenarios[1]?.name).toBe('Scenario 1 (copy)');
    await userEvent.click(s.getByRole('button', { name: 'Remove (Scenario 1)' }));
    await settle(module);
    expect(s.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('shows an error with a retry when the model fails, and recovers', async () => {
    const model = failingModel();
    const { module, s } = await setup(model);
    expect(s.getByRole('alert').textContent).toContain('Het advies kon niet worden berekend.');
    model.fail.value = false;
    await userEvent.click(s.getByRole('button', { name: 'Opnieuw proberen' }));
    await settle(module);
    expect(s.queryByRole('alert')).toBeNull();
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Lid worden' }));
    await settle(module);
    expect(s.getByRole('table')).toBeTruthy();
  });

  it('shows that it is busy while a slow model works', async () => {
    // Polls instead of fixed waits: on a busy machine a click can take longer than the model.
    const busy = () => s.queryByText('Het advies wordt berekend…');
    const { module, s } = await setup(slowModel(1000));
    await new Promise((r) => setTimeout(r, 1100));
    await settle(module);
    await expect.poll(busy, { timeout: 5000 }).toBeNull();
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Lid worden' }));
    await expect.poll(busy, { timeout: 5000 }).not.toBeNull();
    await expect.poll(busy, { timeout: 5000 }).toBeNull();
    await settle(module);
    expect(s.getByRole('table')).toBeTruthy();
  });

  it('says it needs a module when used alone', async () => {
    const container = document.createElement('div');
    container.setAttribute('lang', 'nl');
    document.body.append(container);
    const el = document.createElement('advice-scenarios');
    container.append(el);
    await settle(container);
    expect(shadow(el).getByText('Dit onderdeel werkt alleen binnen een adviesmodule.')).toBeTruthy();
    container.remove();
  });

  it('renders texts typed by people and models as inert text', async () => {
    const { module, el } = await setup();
    await setState(module, (st) => ({ ...st, scenarios: [{ id: 'x', name: '<img src=x onerror="window.__pwned=1">', overrides: {} }] }));
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect(shadow(el).getAllByText('<img src=x onerror="window.__pwned=1">').length).toBeGreaterThan(0);
  });

  it('has no accessibility violations: default, with an open editor and a comparison', async () => {
    const { module, el, s } = await setup();
    await expectAccessible(el);
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Vaker sporten' }));
    await userEvent.click(s.getByRole('button', { name: 'Scenario toevoegen' }));
    await userEvent.click(s.getByRole('button', { name: 'Verwijderen (Vaker sporten)' }));
    await settle(module);
    await setState(module, (st) => ({ ...st, activeScenario: st.scenarios[0]?.id ?? null }));
    await expectAccessible(el);
  });

  it('has no accessibility violations in the error state', async () => {
    const { el } = await setup(failingModel());
    await expectAccessible(el);
  });

  it('fits 320 px without page-level horizontal scrolling, the table scrolling in its own box', async () => {
    await page.viewport(320, 700);
    const { module, el, s } = await setup(clubModel, { width: 320 });
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Vaker sporten' }));
    await userEvent.click(s.getByRole('button', { name: 'Wat als: Lid worden' }));
    await userEvent.click(s.getByRole('button', { name: 'Scenario toevoegen' }));
    await settle(module);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const wrapper = s.getByRole('region', { name: /naast elkaar/ });
    expect(wrapper.getAttribute('tabindex')).toBe('0');
    expect(getComputedStyle(wrapper).overflowX).toBe('auto');
    await expectAccessible(el);
  });
});
