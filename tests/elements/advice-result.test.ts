import {
  type Assessment,
  type Assessments,
  compareCosts,
  defineModel,
  type Flip,
  type Locale,
  localize,
  nearestFlips,
  rank,
  type Situation,
} from '@advice-kit/core';
import type { AdviceModuleElement, AdviceResultElement } from '@advice-kit/elements';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CLEAR_MARGIN, SMALL_MARGIN } from '../../packages/elements/src/result/advice-result.js';
import { formatCriterion, formatNumber } from '../../packages/elements/src/shared/format.js';
import { clubDefinition, clubModel, failingModel, noneEligibleModel, slowModel } from './fixtures.js';
import { expectAccessible, mount, record, settle, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

const RESULT = html`<advice-module><advice-result></advice-result></advice-module>`;

function resultOf(module: AdviceModuleElement) {
  const el = module.querySelector('advice-result') as AdviceResultElement;
  return { el, r: shadow(el) };
}

/** Collapses white space (Intl's no-break spaces included), so texts compare as a person reads them. */
function norm(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function text(el: Element | null | undefined): string {
  return norm(el?.textContent ?? '');
}

function label(id: string | null | undefined, locale: Locale = 'nl'): string {
  return localize(clubModel.options.find((o) => o.id === id)?.label, locale);
}

/** Money as the page writes it. */
const euro = (amount: number, locale: Locale = 'nl') =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(amount);

/** The sentence a flip should read as, by its reason: a price crossing, the weights, or plain. */
function flipText(flip: Flip): string {
  const value = `${flip.to} keer per maand`;
  const [best, versus] = [label(flip.best), label(flip.versus)];
  const down = flip.direction === 'decrease';
  if (flip.reason === 'price')
    return down
      ? `Bij ${value} of minder is ${best} goedkoper dan ${versus}. Dan wordt ${best} het advies.`
      : `Vanaf ${value} is ${best} goedkoper dan ${versus}. Dan wordt ${best} het advies.`;
  if (flip.reason === 'weights') {
    const tail = `wordt ${best} het advies in plaats van ${versus}. Dat komt door wat u belangrijk vindt, niet door een prijsgrens.`;
    return down ? `Bij ${value} of minder ${tail}` : `Vanaf ${value} ${tail}`;
  }
  return down ? `Bij ${value} of minder wordt ${best} het advies.` : `Vanaf ${value} wordt ${best} het advies.`;
}

async function setSituation(module: AdviceModuleElement, situation: Situation) {
  module.state = { ...(module.state as NonNullable<AdviceModuleElement['state']>), situation };
  await settle(module);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<advice-result>', () => {
  it("shows exactly the core's best option, its values, the ranking and the nearest flips", async () => {
    const module = await mount(clubModel, RESULT);
    const { el, r } = resultOf(module);
    for (const situation of [{ visits: 6 }, { visits: 16, member: true }, { visits: 3, member: true, region: 'south' }] as Situation[]) {
      await setSituation(module, situation);
      const expected = await rank(clubModel, situation);
      const flips = await nearestFlips(clubModel, situation, null, { limit: 3 });
      const root = el.shadowRoot as ShadowRoot;
      expect(text(root.querySelector('[part=best-label]'))).toBe(label(expected.best));
      const best = expected.ranking[0];
      for (const criterion of clubModel.criteria) {
        expect(text(root.querySelector('[part=values]'))).toContain(
          norm(`${localize(criterion.label, 'nl')}${formatCriterion(criterion, best?.values[criterion.id] as number, 'nl')}`),
        );
      }
      // ranking: every option, eligible ones in the core's order, then the ineligible with their reason
      const ranked = Array.from(root.querySelectorAll('.ranking-list > li')).map((li) => text(li.querySelector('.rank-label')));
      expect(ranked).toEqual(expected.ranking.filter((o) => o.eligible).map((o) => label(o.optionId)));
      // "why not X?" in money for every other open option; no points
      const costs = compareCosts(clubModel, expected.ranking);
      for (const [i, o] of expected.ranking.filter((x) => x.eligible).entries()) {
        const row = text(root.querySelectorAll('.ranking-list > li')[i]);
        expect(row).not.toContain('van de 100 punten');
        const other = costs?.others.find((x) => x.optionId === o.optionId);
        if (i === 0) expect(other).toBeUndefined();
        else if ((other?.difference ?? 0) > 0)
          expect(row).toContain(
            norm(`Waarom niet ${label(o.optionId)}? ${label(o.optionId)} kost ${euro(other?.difference ?? 0)} per maand meer.`),
          );
        else
          expect(row).toContain(
            norm(`Waarom niet ${label(o.optionId)}? ${label(o.optionId)} is ${euro(-(other?.difference ?? 0))} per maand goedkoper`),
          );
      }
      for (const o of expected.ranking.filter((x) => !x.eligible)) {
        expect(text(root.querySelector('[part=ranking]'))).toContain(`${label(o.optionId)}: ${localize(o.reason, 'nl')}`);
      }
      // flips as sentences, in the core's order
      const sentences = Array.from(root.querySelectorAll('[part=flips] li')).map(text);
      expect(sentences).toHaveLength(flips.flips.length);
      flips.flips.forEach((flip, i) => {
        const sentence = sentences[i] ?? '';
        expect(sentence).toContain(label(flip.best));
        if (flip.direction !== 'change') expect(sentence).toBe(flipText(flip));
        else expect(sentence).toMatch(/^Als uw antwoord op ".+" .+ is, dan wordt .+ het advies\.$/);
      });
    }
    // a yes/no answer that changes the advice, when only cost counts
    module.state = {
      ...(module.state as NonNullable<AdviceModuleElement['state']>),
      situation: { visits: 16, member: true },
      weights: { cost: 1, flexibility: 0 },
    };
    await settle(module);
    const flips = await nearestFlips(clubModel, { visits: 16, member: true }, { cost: 1, flexibility: 0 }, { limit: 3 });
    const change = flips.flips.find((f) => f.factorId === 'member');
    expect(change?.direction).toBe('change');
    expect(Array.from(el.shadowRoot?.querySelectorAll('[part=flips] li') ?? []).map(text)).toContain(
      `Als uw antwoord op "Bent u lid van de club?" nee is, dan wordt ${label(change?.best ?? null)} het advies.`,
    );
    expect(r.getByRole('heading', { name: 'Wat kan het advies veranderen?' })).toBeTruthy();
  });

  it("shows the model's remarks with every option in the comparison, not only with the best one", async () => {
    // A price that is an example must not be read as the real one, whichever option it belongs to.
    const noted = defineModel({
      ...clubDefinition,
      assess(s) {
        const base = clubDefinition.assess(s) as Assessments;
        return {
          ...base,
          month: {
            ...(base.month as Assessment),
            notes: [{ nl: 'Voorbeeldtarief: de echte prijs kan anders zijn.', en: 'Example tariff: the real price may differ.' }],
          },
        };
      },
    });
    const module = await mount(noted, RESULT);
    const { el, r } = resultOf(module);
    await setSituation(module, { visits: 3 }); // paying per visit is best, the monthly pass second
    expect(text(el.shadowRoot?.querySelector('[part=best-label]'))).toBe('Betalen per keer');
    expect(el.shadowRoot?.querySelector('[part=notes]')).toBeNull();
    await userEvent.click(r.getByText('Alle mogelijkheden vergeleken'));
    const notes = r.getByRole('list', { name: 'Let op bij Maandpas' });
    expect(text(notes)).toBe('Voorbeeldtarief: de echte prijs kan anders zijn.');
    expect(notes.closest('li')?.querySelector('.rank-label')?.textContent).toBe('Maandpas');
    expect(r.queryByRole('list', { name: 'Let op bij Betalen per keer' })).toBeNull();
    await expectAccessible(el);

    module.setAttribute('locale', 'en');
    await settle(module);
    expect(text(r.getByRole('list', { name: 'Please note for Monthly pass' }))).toBe('Example tariff: the real price may differ.');
  });

  it('explains why in money for a model with a cost: the price, and what the rest is worth to the person', async () => {
    const module = await mount(clubModel, RESULT);
    const { el } = resultOf(module);
    await setSituation(module, { visits: 6 });
    const why = text(el.shadowRoot?.querySelector('[part=why]'));
    // Weights 3 and 1 over a cost span of € 100: the whole flexibility scale is worth € 33,33 a month.
    expect(why).toContain(norm(`Kosten per maand: ${euro(24)}.`));
    expect(why).toContain(norm(`Flexibiliteit: 10 punten. Dit is u tot ${euro(100 / 3)} per maand waard.`));
    expect(why).not.toContain('mogelijke punten');
  });

  it('says when the advice is the cheapest, and otherwise which option is cheaper, by how much, and what the advice gives for it', async () => {
    const module = await mount(clubModel, RESULT);
    const { el } = resultOf(module);
    await setSituation(module, { visits: 6 }); // € 24 against € 40
    expect(text(el.shadowRoot?.querySelector('[part=cost]'))).toBe('Betalen per keer is de goedkoopste mogelijkheid die bij u past.');
    // 13 visits: € 52 against the monthly pass at € 40; paying per visit is 6 steps more flexible, worth € 20 here.
    await setSituation(module, { visits: 13 });
    expect(text(el.shadowRoot?.querySelector('[part=best-label]'))).toBe('Betalen per keer');
    expect(text(el.shadowRoot?.querySelector('[part=cost]'))).toBe(
      norm(
        `Maandpas is ${euro(12)} per maand goedkoper (${euro(144)} per jaar), maar u betaalt een maand vooruit. ` +
          'Waarom dan toch Betalen per keer? U zit nergens aan vast. Dat weegt voor u zwaarder dan het verschil in prijs.',
      ),
    );
    module.setAttribute('locale', 'en');
    await settle(module);
    expect(text(el.shadowRoot?.querySelector('[part=cost]'))).toBe(
      norm(
        `Monthly pass is ${euro(12, 'en')} a month cheaper (${euro(144, 'en')} a year), but you pay a month in advance. ` +
          'Why Pay per visit all the same? You are not tied to anything. That matters more to you than the difference in price.',
      ),
    );
    await expectAccessible(el);
  });

  it('says on the advice itself that it belongs to a scenario, with the way back', async () => {
    const module = await mount(clubModel, RESULT);
    const { el, r } = resultOf(module);
    module.state = {
      ...(module.state as NonNullable<AdviceModuleElement['state']>),
      scenarios: [{ id: 's1', name: 'Vaker sporten', overrides: { visits: 18 } }],
      activeScenario: 's1',
    };
    await settle(module);
    expect(text(el.shadowRoot?.querySelector('[part=scenario]'))).toContain('Advies bij scenario: Vaker sporten');
    await userEvent.click(r.getByRole('button', { name: 'Terug naar mijn eigen situatie' }));
    await settle(module);
    expect(module.state?.activeScenario).toBeNull();
    expect(el.shadowRoot?.querySelector('[part=scenario]')).toBeNull();
  });

  it('explains why with the contributions for a model without a cost, and how sure from the margin', async () => {
    const noCost = defineModel({ ...clubDefinition, criteria: clubDefinition.criteria.map((c) => ({ ...c, primaryCost: false })) });
    const module = await mount(noCost, RESULT);
    const { el, r } = resultOf(module);
    for (const visits of [6, 13, 15]) {
      await setSituation(module, { visits });
      const expected = await rank(noCost, { visits });
      const best = expected.ranking[0];
      const root = el.shadowRoot as ShadowRoot;
      const why = text(root.querySelector('[part=why]'));
      for (const criterion of clubModel.criteria) {
        const points = formatNumber((best?.contributions[criterion.id] ?? 0) * 100, 'nl', { maximumFractionDigits: 0 });
        const possible = formatNumber((expected.weights[criterion.id] ?? 0) * 100, 'nl', { maximumFractionDigits: 0 });
        expect(why).toContain(`${points} van de ${possible} mogelijke punten`);
      }
      expect(why).toContain('Kosten per maand telt het zwaarst mee');
      const sure = text(root.querySelector('[part=sure]'));
      const runnerUp = label(expected.runnerUp);
      if (expected.margin >= CLEAR_MARGIN) expect(sure).toContain(`${label(expected.best)} past duidelijk beter dan ${runnerUp}.`);
      else if (expected.margin >= SMALL_MARGIN) expect(sure).toContain('maar het verschil is klein');
      else expect(sure).toContain('passen bijna even goed');
    }
    expect(r.getByRole('heading', { name: 'Hoe zeker is dit advies?' })).toBeTruthy();
  });

  it('fires advice-view when the person opens why or the ranking, not at start-up', async () => {
    const module = await mount(clubModel, RESULT);
    const views = record<{ view: string }>(module, 'advice-view');
    await settle(module);
    expect(views).toHaveLength(0);
    await userEvent.click(page.getByText('Waarom dit advies?'));
    await settle(module);
    expect(views.map((e) => e.detail.view)).toEqual(['why']);
    await userEvent.click(page.getByText('Waarom dit advies?'));
    await settle(module);
    expect(views).toHaveLength(1);
    await userEvent.click(page.getByText('Alle mogelijkheden vergeleken'));
    await settle(module);
    expect(views.map((e) => e.detail.view)).toEqual(['why', 'ranking']);
  });

  it('opens why and the ranking with the keyboard, and retries with it after an error', async () => {
    const module = await mount(clubModel, RESULT);
    const { el } = resultOf(module);
    const root = el.shadowRoot as ShadowRoot;
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(text(root.activeElement)).toBe('Waarom dit advies?');
    await userEvent.keyboard('{Enter}');
    await settle(module);
    expect((root.querySelector('[part=why]') as HTMLDetailsElement).open).toBe(true);
    await userEvent.tab();
    expect(text(root.activeElement)).toBe('Alle mogelijkheden vergeleken');
    await userEvent.keyboard(' ');
    await settle(module);
    expect((root.querySelector('[part=ranking]') as HTMLDetailsElement).open).toBe(true);
    unmountAll();

    const model = failingModel();
    const failing = await mount(model, RESULT);
    const { el: errorEl, r } = resultOf(failing);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(errorEl.shadowRoot?.activeElement).toBe(r.getByRole('button', { name: 'Opnieuw proberen' }));
    model.fail.value = false;
    await userEvent.keyboard('{Enter}');
    await settle(failing);
    expect(r.queryByRole('alert')).toBeNull();
    expect(r.getByText('Wij raden aan:')).toBeTruthy();
  });

  it('announces a new advice once it has settled, never at start-up nor per step of a slider', async () => {
    const module = await mount(clubModel, RESULT);
    const { el } = resultOf(module);
    const live = el.shadowRoot?.querySelector('[role=status][aria-live=polite]') as HTMLElement;
    const said: string[] = [];
    new MutationObserver(() => said.push(text(live))).observe(live, { childList: true, subtree: true, characterData: true });
    await wait(900);
    expect(text(live)).toBe('');

    // slider moving within the same advice: nothing
    for (const visits of [7, 8, 9]) await setSituation(module, { visits });
    await wait(900);
    expect(said).toEqual([]);

    // the advice changes and flips back quickly: nothing
    const far = (await rank(clubModel, { visits: 18 })).best;
    expect(far).not.toBe((await rank(clubModel, { visits: 9 })).best);
    await setSituation(module, { visits: 18 });
    await wait(200);
    await setSituation(module, { visits: 9 });
    await wait(900);
    expect(said).toEqual([]);

    // the advice changes while dragging, then stays: announced once
    for (const visits of [16, 17, 18, 19]) {
      await setSituation(module, { visits });
      await wait(50);
    }
    expect(said).toEqual([]);
    await wait(900);
    expect(said).toEqual([`Advies: ${label(far)}`]);
    await setSituation(module, { visits: 20 });
    await wait(900);
    expect(said).toHaveLength(1);
  });

  it('speaks English', async () => {
    const module = await mount(clubModel, RESULT, { locale: 'en' });
    const { el, r } = resultOf(module);
    const expected = await rank(clubModel, { visits: 6 });
    const flips = await nearestFlips(clubModel, { visits: 6 }, null, { limit: 3 });
    expect(r.getByText('We recommend:')).toBeTruthy();
    expect(text(el.shadowRoot?.querySelector('[part=best-label]'))).toBe(label(expected.best, 'en'));
    expect(r.getByRole('heading', { name: 'How sure is this advice?' })).toBeTruthy();
    expect(r.getByText('Why this advice?')).toBeTruthy();
    const flip = flips.flips[0];
    // 6 visits: the monthly pass from 16 (€ 64 against € 40: more than paying per visit's flexibility is worth, € 20).
    expect(flip).toMatchObject({ to: 16, best: 'month', versus: 'visit', reason: 'weights' });
    expect(text(el.shadowRoot?.querySelector('[part=flips] li'))).toBe(
      'From 16 times a month, Monthly pass becomes the advice instead of Pay per visit. That comes from what matters to you, not from a price limit.',
    );
  });

  it('shows a loading state for a slow model, then the advice', async () => {
    const module = await mount(slowModel(700), RESULT);
    const { r } = resultOf(module);
    await wait(300);
    expect(r.getByText('Het advies wordt berekend…')).toBeTruthy();
    await wait(900);
    await settle(module);
    expect(r.queryByText('Het advies wordt berekend…')).toBeNull();
    expect(r.getByText('Wij raden aan:')).toBeTruthy();
  });

  it('shows an error with a retry that recovers', async () => {
    const model = failingModel();
    const errors = record(document, 'advice-error');
    const module = await mount(model, RESULT);
    const { r } = resultOf(module);
    const alert = r.getByRole('alert');
    expect(text(alert)).toContain('Het advies kon niet worden berekend.');
    expect(errors.length).toBeGreaterThan(0);
    await expectAccessible(module);
    model.fail.value = false;
    await userEvent.click(page.getByRole('button', { name: 'Opnieuw proberen' }));
    await settle(module);
    expect(r.queryByRole('alert')).toBeNull();
    expect(r.getByText('Wij raden aan:')).toBeTruthy();
  });

  it('says clearly when no option fits, with the reason per option', async () => {
    const module = await mount(noneEligibleModel, RESULT);
    const { el, r } = resultOf(module);
    expect(r.getByText('Geen van de mogelijkheden past bij deze situatie.')).toBeTruthy();
    const none = text(el.shadowRoot?.querySelector('[part=none]'));
    for (const option of noneEligibleModel.options) expect(none).toContain(`${localize(option.label, 'nl')}: Gesloten`);
    expect(el.shadowRoot?.querySelector('[part=best]')).toBeNull();
    await expectAccessible(module);
  });

  it('shows its own heading only when heading-level is set, and says so outside a module', async () => {
    const module = await mount(clubModel, html`<advice-module><advice-result heading-level="2"></advice-result></advice-module>`);
    const { r } = resultOf(module);
    expect(r.getByRole('heading', { level: 2, name: 'Ons advies' })).toBeTruthy();
    expect(r.getByRole('heading', { level: 3, name: 'Hoe zeker is dit advies?' })).toBeTruthy();

    const container = document.createElement('div');
    container.lang = 'nl';
    container.innerHTML = '<advice-result></advice-result>';
    document.body.append(container);
    const el = container.firstElementChild as AdviceResultElement;
    await el.updateComplete;
    expect(shadow(el).getByText('Dit onderdeel werkt alleen binnen een adviesmodule.')).toBeTruthy();
    container.remove();
  });

  it('has no accessibility violations, open and at 320 px', async () => {
    const module = await mount(clubModel, RESULT);
    await setSituation(module, { visits: { min: 8, max: 18 }, member: true });
    const { el } = resultOf(module);
    for (const details of Array.from(el.shadowRoot?.querySelectorAll('details') ?? [])) details.open = true;
    await settle(module);
    await expectAccessible(module);
    unmountAll();

    const narrow = await mount(clubModel, RESULT, { width: 320 });
    await setSituation(narrow, { visits: { min: 8, max: 18 }, member: true });
    const small = resultOf(narrow).el;
    for (const details of Array.from(small.shadowRoot?.querySelectorAll('details') ?? [])) details.open = true;
    await settle(narrow);
    await expectAccessible(narrow);
    const right = small.getBoundingClientRect().right;
    for (const node of Array.from(small.shadowRoot?.querySelectorAll('*') ?? [])) {
      if (node.closest('.visually-hidden')) continue;
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).toBeLessThanOrEqual(right + 0.5);
    }
  });
});
