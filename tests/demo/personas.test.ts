/**
 * Travellers on the built demo (strict CSP, production build), each opened
 * from a shared link with their answers: the advice they read, the sentence
 * about the cheapest option, and the sentences about what can change the
 * advice, at 390 and 1280 px, in Dutch and English, axe-clean.
 *
 * The expected advice and money sentences are worked out by hand from the
 * 2024 tariffs (packages/model-ret/src/tariffs.json): base fare € 1,08,
 * € 0,166 a km, so an 8 km trip costs € 2,408 and one trip a week costs
 * 52/12 × 2,408 = € 10,4347 a month; the discount subscription € 4 plus
 * 20 % off (adults), 40 % (12–18), 47 % (65+); the monthly subscription € 90
 * (− 34 % for 4–18 and 65+), the annual one 10 monthly prices over 12 months.
 */
import { encodeState, initialState, localize, nearestFlips, type Situation } from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.js';
import { closeBrowser, openDemo } from './browser.js';

afterAll(closeBrowser);

type Locale = 'nl' | 'en';

interface Persona {
  readonly name: string;
  readonly situation: Situation;
  readonly best: string;
  /** The sentence under the advice, per language. */
  readonly cost: Record<Locale, string>;
  /** Words that must appear in "Hoe zeker is dit advies?", per language (range answers). */
  readonly sure?: Record<Locale, string>;
}

const cheapest = (nl: string, en: string): Record<Locale, string> => ({
  nl: `${nl} is de goedkoopste mogelijkheid die bij u past.`,
  en: `${en} is the cheapest option that fits you.`,
});

const PERSONAS: readonly Persona[] = [
  {
    // The traveller: saldo € 104,35, discount € 87,48, month € 90, year € 75.
    name: 'adult, 10 trips of 8 km',
    situation: { tripsPerWeek: 10, tripKm: 8, ageGroup: '19-64', rotterdamResident: false },
    best: 'year',
    cost: cheapest('Jaarabonnement', 'Annual subscription'),
  },
  {
    // 2 trips: saldo € 20,87, discount € 20,70 (€ 0,17 cheaper); saldo is 3 steps more flexible, worth € 1,50.
    name: 'adult, few trips (2 a week)',
    situation: { tripsPerWeek: 2, tripKm: 8, ageGroup: '19-64', rotterdamResident: false },
    best: 'saldo',
    cost: {
      nl: 'Kortingsabonnement is € 0,17 per maand goedkoper (€ 2,09 per jaar), maar u betaalt elke maand een vast bedrag, ook als u weinig reist. Waarom dan toch Reizen op saldo? U betaalt niets vooruit en kunt elk moment stoppen. Dat weegt voor u zwaarder dan het verschil in prijs.',
      en: 'Discount subscription is €0.17 a month cheaper (€2.09 a year), but you pay a fixed amount every month, even when you travel little. Why Pay as you go all the same? You pay nothing in advance and can stop at any moment. That matters more to you than the difference in price.',
    },
  },
  {
    // 4 trips: saldo € 41,74, discount € 37,39: the discount is € 4,35 cheaper, more than saldo's flexibility is worth.
    name: 'adult, 4 trips',
    situation: { tripsPerWeek: 4, tripKm: 8, ageGroup: '19-64', rotterdamResident: false },
    best: 'discount',
    cost: cheapest('Kortingsabonnement', 'Discount subscription'),
  },
  {
    name: 'adult, many trips (30 a week)',
    situation: { tripsPerWeek: 30, tripKm: 8, ageGroup: '19-64', rotterdamResident: true },
    best: 'year',
    cost: cheapest('Jaarabonnement', 'Annual subscription'),
  },
  {
    // 12–18: saldo € 104,35 (no discount), discount 4 + 0,6 × 104,35 = € 66,61, month € 59,40, year € 49,50.
    name: '12–18, 10 trips',
    situation: { tripsPerWeek: 10, tripKm: 8, ageGroup: '12-18', rotterdamResident: true },
    best: 'year',
    cost: cheapest('Jaarabonnement', 'Annual subscription'),
  },
  {
    name: '65+ living in Rotterdam',
    situation: { tripsPerWeek: 10, tripKm: 8, ageGroup: '65+', rotterdamResident: true },
    best: 'free',
    cost: cheapest('Gratis reizen (Rotterdam)', 'Free travel (Rotterdam)'),
  },
  {
    // 65+ from Schiedam: saldo € 68,87, discount € 59,31, month € 59,40, year € 49,50.
    name: '65+ not living in Rotterdam',
    situation: { tripsPerWeek: 10, tripKm: 8, ageGroup: '65+', rotterdamResident: false },
    best: 'year',
    cost: cheapest('Jaarabonnement', 'Annual subscription'),
  },
  {
    name: 'student, 5 travel days',
    situation: { tripsPerWeek: 10, tripKm: 8, ageGroup: '19-64', rotterdamResident: false, student: true },
    best: 'student',
    cost: cheapest('Studentenreisproduct', 'Student travel product'),
  },
  {
    // Between 8 and 12: at the middle (10) the annual subscription; at 8 the discount subscription (€ 70,78).
    name: 'adult, between 8 and 12 trips',
    situation: { tripsPerWeek: { min: 8, max: 12 }, tripKm: 8, ageGroup: '19-64', rotterdamResident: false },
    best: 'year',
    cost: cheapest('Jaarabonnement', 'Annual subscription'),
    sure: {
      nl: 'Het advies hangt af van uw precieze antwoord op "Hoeveel ritten maakt u per week?" (tussen 8 en 12 ritten per week)',
      en: 'The advice depends on your exact answer to "How many trips do you make per week?" (between 8 and 12 trips per week)',
    },
  },
  {
    // 1 trip on 1 day: saldo € 10,43, discount € 12,35, a day ticket € 36,83.
    name: 'adult, 1 trip on 1 day',
    situation: { tripsPerWeek: 1, tripKm: 8, daysPerWeek: 1, ageGroup: '19-64', rotterdamResident: false },
    best: 'saldo',
    cost: cheapest('Reizen op saldo', 'Pay as you go'),
  },
];

const label = (id: string | null | undefined, locale: Locale) => localize(retModel.options.find((o) => o.id === id)?.label, locale);

/** Text as a person reads it: white space (no-break spaces too) collapsed. */
const norm = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every text inside the result element, shadow DOM included (Playwright's CSS pierces open shadow roots). */
async function partText(page: Page, part: string): Promise<string[]> {
  return (await page.locator(`advice-result [part="${part}"]`).allTextContents()).map(norm);
}

/** The sentences a flip may read as, by its reason (price crossing, weights, plain). */
function flipPatterns(locale: Locale): RegExp[] {
  return locale === 'nl'
    ? [
        /^(Vanaf|Bij) .+ (of minder )?is .+ goedkoper dan .+\. Dan wordt .+ het advies\.$/,
        /^(Vanaf|Bij) .+ wordt .+ het advies in plaats van .+\. Dat komt door wat u belangrijk vindt, niet door een prijsgrens\.$/,
        /^(Vanaf|Bij) .+ wordt .+ het advies\.$/,
        /^Als uw antwoord op ".+" .+ is, dan wordt .+ het advies\.$/,
        /^Het advies blijft hetzelfde/,
      ]
    : [
        /^(From|At) .+ is cheaper than .+\. Then .+ becomes the advice\.$/,
        /^(From|At) .+ becomes the advice instead of .+\. That comes from what matters to you, not from a price limit\.$/,
        /^(From|At) .+ becomes the advice\.$/,
        /^If your answer to ".+" is .+, .+ becomes the advice\.$/,
        /^The advice stays the same/,
      ];
}

describe('travellers read advice they can act on', () => {
  for (const persona of PERSONAS) {
    for (const locale of ['nl', 'en'] as const) {
      for (const width of [390, 1280]) {
        it(`${persona.name} (${locale}, ${width} px)`, async () => {
          const state = { ...initialState(retModel), situation: persona.situation };
          const url = `${inject('demoUrl')}${locale === 'en' ? '?lang=en' : ''}#${encodeState(retModel, state)}`;
          const { page, context, problems } = await openDemo(url, { width, height: 900 });
          try {
            const best = page.locator('advice-result [part="best-label"]');
            await expect.poll(async () => norm(await best.textContent())).toBe(label(persona.best, locale));
            await expect.poll(() => partText(page, 'cost')).toEqual([persona.cost[locale]]);

            // What can change the advice: never the age or the residence, each sentence says why.
            const flips = await nearestFlips(retModel, persona.situation, null, { limit: 3 });
            const expectedCount = Math.max(1, flips.flips.length);
            const sentences = (await page.locator('advice-result [part="flips"] li, advice-result [part="flips"] p').allTextContents()).map(
              norm,
            );
            expect(sentences).toHaveLength(expectedCount);
            for (const sentence of sentences)
              expect(
                flipPatterns(locale).some((p) => p.test(sentence)),
                sentence,
              ).toBe(true);
            const ageQuestion = localize(retModel.factors.find((f) => f.id === 'ageGroup')?.label, locale);
            const homeQuestion = localize(retModel.factors.find((f) => f.id === 'rotterdamResident')?.label, locale);
            expect(sentences.join(' ')).not.toContain(ageQuestion);
            expect(sentences.join(' ')).not.toContain(homeQuestion);
            for (const flip of flips.flips.filter((f) => f.reason === 'price')) {
              const verb = locale === 'nl' ? 'goedkoper dan' : 'is cheaper than';
              expect(sentences.some((s) => s.includes(`${label(flip.best, locale)} ${verb} ${label(flip.versus, locale)}`))).toBe(true);
            }

            // "Hoe zeker": the rule of the default weights, and a range answer named as a range.
            const sure = norm((await page.locator('advice-result [part="sure"]').textContent()) ?? '');
            expect(sure).toContain(locale === 'nl' ? 'we raden het goedkoopste product aan' : 'we recommend the cheapest product');
            if (persona.sure) expect(sure).toContain(persona.sure[locale]);

            // No engine words where a traveller reads.
            const result = norm(await page.locator('advice-result').evaluate((el) => el.shadowRoot?.textContent ?? ''));
            expect(result).not.toMatch(locale === 'nl' ? /punten|het beste\b/ : /\bpoints\b|is best\b/);

            expect(await axeViolations(page)).toEqual([]);
            expect(problems).toEqual([]);
          } finally {
            await context.close();
          }
        }, 60_000);
      }
    }
  }
});
