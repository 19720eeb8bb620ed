/** The bilingual notes shown with an open RET product: conditions, assumptions and example tariffs. */
import type { Text } from '@advice-kit/core';
import type { Quote } from './costs.js';
import { hasAgeDiscount, type RetOptionId, type RetSituation, weekendDays } from './situation.js';
import type { TariffKey, TariffYear } from './tariffs.js';

/** Shown with every option whose cost rests on an illustrative value. */
export const ILLUSTRATIVE_NOTE: Text = {
  nl: 'Voorbeeldtarief: de echte prijs kan anders zijn.',
  en: 'Example tariff: the real price may differ.',
};

// The Intl objects are made on first use, not when the module loads: a page's
// first Intl object loads the browser's locale data (tens of milliseconds on a
// slow phone), which should not lengthen the task that loads the script.
let percents: Record<'nl' | 'en', Intl.NumberFormat> | undefined;
function percent(share: number, locale: 'nl' | 'en'): string {
  percents ??= {
    nl: new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }),
    en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
  };
  return percents[locale].format(share);
}
let plurals: Record<'nl' | 'en', Intl.PluralRules> | undefined;
function plural(n: number, locale: 'nl' | 'en'): Intl.LDMLPluralRule {
  plurals ??= { nl: new Intl.PluralRules('nl-NL'), en: new Intl.PluralRules('en-GB') };
  return plurals[locale].select(n);
}

/** A count with its word in both languages: 1 reisdag, 2 reisdagen. */
function count(n: number, words: { nl: [string, string]; en: [string, string] }): { nl: string; en: string } {
  const pick = (locale: 'nl' | 'en') => words[locale][plural(n, locale) === 'one' ? 0 : 1];
  return { nl: `${n} ${pick('nl')}`, en: `${n} ${pick('en')}` };
}

const OFF_PEAK_NOTE: Text = {
  nl: 'U reist vooral in de daluren. In de tarieven die we vonden, is reizen in de daluren bij RET niet goedkoper.',
  en: 'You mostly travel off-peak. In the tariffs we found, off-peak travel on RET is not cheaper.',
};

/** The notes of one option for the traveller, in both languages; the illustrative note when its cost rests on an example tariff. */
export function notesFor(option: RetOptionId, r: RetSituation, t: TariffYear, q: Quote): Text[] {
  const v = (key: TariffKey) => t.values[key].value;
  const notes: Text[] = [];
  switch (option) {
    case 'saldo':
      if (hasAgeDiscount(r.ageGroup)) {
        const d = v('saldoAgeDiscount');
        notes.push({
          nl: `De leeftijdskorting van ${percent(d, 'nl')} krijgt u alleen met een persoonlijke OV-chipkaart. Met OVpay (betalen met uw bankpas) betaalt u het volle tarief.`,
          en: `You only get the ${percent(d, 'en')} age discount with a personal OV-chipkaart. With OVpay (paying by bank card) you pay the full fare.`,
        });
      } else if (r.ageGroup === '12-18') {
        notes.push({
          nl: 'Voor 12 tot en met 18 jaar is er geen korting op reizen op saldo.',
          en: 'There is no discount on pay-as-you-go travel for ages 12 to 18.',
        });
      }
      if (r.offPeakShare >= 50) notes.push(OFF_PEAK_NOTE);
      break;
    case 'discount':
      notes.push({
        nl: 'Dit is een kortingsabonnement zoals Altijd Korting van HTM: u betaalt per maand en krijgt korting op elke rit. Of RET zo’n product heeft, wat het kost en hoe u het stopt, hebben we niet gevonden.',
        en: 'This is a discount subscription like HTM’s Altijd Korting: you pay per month and get a discount on every trip. Whether RET offers such a product, what it costs and how to stop it, we did not find.',
      });
      if (r.offPeakShare >= 50) notes.push(OFF_PEAK_NOTE);
      break;
    case 'month':
      notes.push({
        nl: 'De voorwaarden komen van het Regio abonnement (MRDH): korting voor 4 tot en met 18 jaar en 65-plussers, niet geldig in de BOB-bus en de Fast Ferry. Of een RET-abonnement dezelfde regels heeft, hebben we niet gevonden.',
        en: 'The conditions come from the Regio abonnement (MRDH): reduced fare for ages 4 to 18 and 65+, not valid on the BOB night bus or the Fast Ferry. Whether a RET subscription has the same rules, we did not find.',
      });
      break;
    case 'year':
      notes.push({
        nl: `Een jaarabonnement kost ${v('yearMonths')} keer de maandprijs (regel van het Regio abonnement). U betaalt voor een heel jaar. Of en hoe u eerder kunt stoppen, hebben we niet gevonden.`,
        en: `An annual subscription costs ${v('yearMonths')} times the monthly price (rule of the Regio abonnement). You pay for a whole year. Whether and how you can stop early, we did not find.`,
      });
      break;
    case 'day': {
      notes.push({
        nl: 'We rekenen met een dagkaart op elke dag dat u reist.',
        en: 'We count a day ticket for every day you travel.',
      });
      if (r.tripsPerWeek < r.daysPerWeek) {
        const days = count(r.tripsPerWeek, { nl: ['reisdag', 'reisdagen'], en: ['travel day', 'travel days'] });
        notes.push({
          nl: `U maakt minder ritten dan uw reisdagen. We rekenen met ${days.nl} per week.`,
          en: `You make fewer trips than travel days. We count ${days.en} a week.`,
        });
      }
      if (r.ageGroup === '65+') {
        notes.push({
          nl: 'De lagere prijs voor 65-plussers (€ 4,50) is in 2020 afgeschaft. U betaalt de volle prijs.',
          en: 'The lower price for people aged 65+ (€ 4.50) was abolished in 2020. You pay the full price.',
        });
      } else if (r.ageGroup !== '19-64') {
        notes.push({
          nl: 'Een lagere prijs voor kinderen of jongeren hebben we niet gevonden. We rekenen met de volle prijs.',
          en: 'We did not find a lower price for children or young people. We use the full price.',
        });
      }
      break;
    }
    case 'free':
      if (r.ageGroup === '4-11') {
        notes.push({
          nl: 'Kinderen reizen alleen gratis samen met een volwassene. U vraagt het aan met de DigiD van uw kind en een persoonlijke OV-chipkaart. Niet in de BOB-bus (nachtbus). Op metrolijn E tot en met Berkel Westpolder.',
          en: 'Children only travel free together with an adult. You apply with your child’s DigiD and a personal OV-chipkaart. Not on the BOB night bus. On metro line E up to Berkel Westpolder.',
        });
      } else if (r.ageGroup === '65+') {
        notes.push({
          nl: 'De precieze voorwaarden (op welke tijden, en of uw inkomen meetelt) hebben we niet gevonden. Vraag het na bij de gemeente Rotterdam.',
          en: 'We did not find the exact conditions (at which times, and whether your income counts). Ask the City of Rotterdam.',
        });
      }
      break;
    case 'student': {
      notes.push({
        nl: `We rekenen met de weekversie: op werkdagen reist u gratis, in het weekend krijgt u ${percent(v('studentWeekendDiscount'), 'nl')} korting op bus, tram en metro. De weekendversie rekenen we niet uit.`,
        en: `We use the week version: free travel on weekdays, and ${percent(v('studentWeekendDiscount'), 'en')} off bus, tram and metro at weekends. We do not work out the weekend version.`,
      });
      const weekend = weekendDays(r.daysPerWeek);
      if (weekend > 0) {
        const one = (locale: 'nl' | 'en') => plural(weekend, locale) === 'one';
        notes.push({
          nl: `We nemen aan dat ${weekend} van uw ${r.daysPerWeek} reisdagen in het weekend ${one('nl') ? 'valt' : 'vallen'}.`,
          en: `We assume ${weekend} of your ${r.daysPerWeek} travel days ${one('en') ? 'falls' : 'fall'} at the weekend.`,
        });
      }
      break;
    }
  }
  if (q.uses.some((key) => t.values[key].illustrative)) notes.push(ILLUSTRATIVE_NOTE);
  return notes;
}
