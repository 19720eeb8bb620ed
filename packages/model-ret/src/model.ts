/**
 * The RET travel-product advice model: which RET travel product suits me?
 *
 * The kit's reference model. It gives facts only: for a traveller's situation,
 * which products are open to them (and why not) and what each costs per
 * month, how flexible and how carefree it is. The kit adds the weights.
 *
 * Tariffs come from `tariffs.json` (per year, each value with its source, or
 * marked illustrative). Costs follow the published formulas and are returned
 * unrounded, in euros: rounding to cents would make them step functions and
 * break the linearity the tipping-point search relies on. Round for display.
 */
import {
  type AdviceModel,
  type Assessment,
  type Assessments,
  type Criterion,
  defineModel,
  type Factor,
  type Option,
  type Reference,
  type ResolvedSituation,
  type SuggestedScenario,
  type Text,
} from '@advice-kit/core';
import { RET_TARIFFS, type RetTariffData, type TariffKey, type TariffValue, type TariffYear, tariffsFor } from './tariffs.js';

export {
  parseTariffs,
  RET_DEFAULT_TARIFF_YEAR,
  RET_TARIFF_YEARS,
  RET_TARIFFS,
  type RetTariffData,
  TARIFF_KEYS,
  TariffDataError,
  type TariffKey,
  type TariffValue,
  type TariffYear,
  tariffsFor,
} from './tariffs.js';

/** A month is 52/12 weeks. */
export const WEEKS_PER_MONTH = 52 / 12;

export const RET_OPTION_IDS = ['saldo', 'discount', 'month', 'year', 'day', 'free', 'student'] as const;
export type RetOptionId = (typeof RET_OPTION_IDS)[number];

export const AGE_GROUPS = ['4-11', '12-18', '19-64', '65+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** A situation as the RET model reads it. */
export interface RetSituation {
  readonly tripsPerWeek: number;
  readonly tripKm: number;
  readonly offPeakShare: number;
  readonly ageGroup: AgeGroup;
  readonly rotterdamResident: boolean;
  readonly student: boolean;
  readonly daysPerWeek: number;
}

/** Shown with every option whose cost rests on an illustrative value. */
export const ILLUSTRATIVE_NOTE: Text = {
  nl: 'Voorbeeldtarief: de echte prijs kan anders zijn.',
  en: 'Example tariff: the real price may differ.',
};

// ---------------------------------------------------------------------------
// Scores on the 0–10 scales of flexibility and convenience. Model design, not
// tariffs: the criterion help texts say what each score means.

/** How easily you can stop or change (10 = nothing to stop). */
const FLEXIBILITY: Readonly<Record<RetOptionId, number>> = {
  saldo: 10, // pay per trip, stop any moment
  free: 10, // nothing to pay, nothing to stop
  day: 9, // bought per travel day
  student: 8, // comes with student finance; switching week/weekend version is possible
  discount: 7, // a month at a time, small fee at stake
  month: 6, // paid a month ahead
  year: 3, // paid for a whole year
};

/** How carefree the travel is (10 = unlimited, no balance, no zones). */
const CONVENIENCE: Readonly<Record<RetOptionId, number>> = {
  month: 10,
  year: 10,
  free: 8, // RET only, not the BOB night bus; children travel with an adult
  student: 8, // weekdays free; weekends on saldo with discount
  day: 6, // unlimited that day, but a ticket to buy every travel day
  discount: 3, // pay per trip, keep a balance
  saldo: 3, // pay per trip; with an OV-chipkaart keep a balance
};

// ---------------------------------------------------------------------------
// Reading a situation

/** A situation as the RET model reads it (unknown values fall back to harmless ones; `assess` only gets valid ones). */
export function readRetSituation(s: ResolvedSituation): RetSituation {
  const num = (id: string): number => {
    const v = s[id];
    return typeof v === 'number' ? v : 0;
  };
  const age = s.ageGroup;
  return {
    tripsPerWeek: num('tripsPerWeek'),
    tripKm: num('tripKm'),
    offPeakShare: num('offPeakShare'),
    ageGroup: (AGE_GROUPS as readonly unknown[]).includes(age) ? (age as AgeGroup) : '19-64',
    rotterdamResident: s.rotterdamResident === true,
    student: s.student === true,
    daysPerWeek: num('daysPerWeek'),
  };
}

const hasAgeDiscount = (age: AgeGroup): boolean => age === '4-11' || age === '65+';
const hasSubscriptionReduction = (age: AgeGroup): boolean => age !== '19-64';

function discountRateKey(age: AgeGroup): TariffKey {
  if (age === '19-64') return 'discountRateAdult';
  if (age === '12-18') return 'discountRateYouth';
  return 'discountRateReduced';
}

/** Travel days on which a weekday-only student product does not apply: days beyond Monday–Friday. */
const weekendDays = (days: number): number => Math.max(0, days - 5);

// ---------------------------------------------------------------------------
// Costs: the published formulas, per month, unrounded.

/** A monthly cost and the tariff values it rests on. */
export interface Quote {
  readonly cost: number;
  readonly uses: readonly TariffKey[];
}

/**
 * The monthly cost of an option by its formula, whether or not the option is
 * open to the traveller (the breakpoint search needs the lines themselves).
 */
export function quote(option: RetOptionId, r: RetSituation, t: TariffYear): Quote {
  const v = (key: TariffKey) => t.values[key].value;
  const fare = v('baseFare') + v('kmRate') * r.tripKm; // full fare of one trip
  const tripsPerMonth = r.tripsPerWeek * WEEKS_PER_MONTH;
  switch (option) {
    case 'saldo': {
      const reduced = hasAgeDiscount(r.ageGroup);
      const cost = tripsPerMonth * fare * (1 - (reduced ? v('saldoAgeDiscount') : 0));
      return { cost, uses: reduced ? ['baseFare', 'kmRate', 'saldoAgeDiscount'] : ['baseFare', 'kmRate'] };
    }
    case 'discount': {
      const rate = discountRateKey(r.ageGroup);
      return { cost: v('discountFee') + tripsPerMonth * fare * (1 - v(rate)), uses: ['discountFee', rate, 'baseFare', 'kmRate'] };
    }
    case 'month':
    case 'year': {
      const reduced = hasSubscriptionReduction(r.ageGroup);
      const monthly = v('monthPrice') * (1 - (reduced ? v('subscriptionReduction') : 0));
      const uses: TariffKey[] = reduced ? ['monthPrice', 'subscriptionReduction'] : ['monthPrice'];
      if (option === 'month') return { cost: monthly, uses };
      return { cost: (monthly * v('yearMonths')) / 12, uses: [...uses, 'yearMonths'] };
    }
    case 'day': {
      // A day ticket on every travel day; you cannot travel on more days than you make trips.
      const days = Math.min(r.daysPerWeek, r.tripsPerWeek);
      return { cost: days * WEEKS_PER_MONTH * v('dayTicket'), uses: ['dayTicket'] };
    }
    case 'free':
      return { cost: 0, uses: [] };
    case 'student': {
      // Week version: free on weekdays; trips spread evenly over the travel days, those on weekend days at a discount.
      const weekend = weekendDays(r.daysPerWeek);
      if (weekend === 0 || r.daysPerWeek === 0) return { cost: 0, uses: [] };
      const cost = tripsPerMonth * (weekend / r.daysPerWeek) * fare * (1 - v('studentWeekendDiscount'));
      return { cost, uses: ['baseFare', 'kmRate', 'studentWeekendDiscount'] };
    }
  }
}

// ---------------------------------------------------------------------------
// Eligibility

const FREE_REASON_65: Text = {
  nl: 'Alleen voor inwoners van Rotterdam van 65 jaar en ouder.',
  en: 'Only for residents of Rotterdam aged 65 and over.',
};
const FREE_REASON_CHILD: Text = {
  nl: 'Alleen voor kinderen van 4 tot en met 11 jaar die in Rotterdam wonen.',
  en: 'Only for children aged 4 to 11 who live in Rotterdam.',
};
const FREE_REASON_AGE: Text = {
  nl: 'Alleen voor inwoners van Rotterdam van 4 tot en met 11 jaar en van 65 jaar en ouder.',
  en: 'Only for residents of Rotterdam aged 4 to 11 or 65 and over.',
};
const STUDENT_REASON: Text = {
  nl: 'Alleen als u een studentenreisproduct heeft. Studenten in het mbo, hbo of aan de universiteit kunnen dat krijgen.',
  en: 'Only if you have a student travel product. Students in vocational education, higher education or university can get one.',
};
const DAY_REASON_NO_TRIPS: Text = {
  nl: 'U maakt geen ritten. Een dagkaart heeft dan geen zin.',
  en: 'You make no trips, so a day ticket makes no sense.',
};
const DAY_REASON_NO_DAYS: Text = {
  nl: 'U heeft 0 reisdagen per week ingevuld. Een dagkaart koopt u per reisdag.',
  en: 'You entered 0 travel days a week. You buy a day ticket per travel day.',
};

/** Whether an option is open to the traveller, and why not. */
export function eligibility(option: RetOptionId, r: RetSituation): { eligible: true } | { eligible: false; reason: Text } {
  switch (option) {
    case 'free': {
      const ageOk = hasAgeDiscount(r.ageGroup);
      if (ageOk && r.rotterdamResident) return { eligible: true };
      if (!ageOk) return { eligible: false, reason: FREE_REASON_AGE };
      return { eligible: false, reason: r.ageGroup === '65+' ? FREE_REASON_65 : FREE_REASON_CHILD };
    }
    case 'student':
      return r.student ? { eligible: true } : { eligible: false, reason: STUDENT_REASON };
    case 'day':
      if (r.tripsPerWeek <= 0) return { eligible: false, reason: DAY_REASON_NO_TRIPS };
      if (r.daysPerWeek <= 0) return { eligible: false, reason: DAY_REASON_NO_DAYS };
      return { eligible: true };
    default:
      return { eligible: true };
  }
}

// ---------------------------------------------------------------------------
// Notes

const PERCENT = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
};
const percent = (share: number, locale: 'nl' | 'en') => PERCENT[locale].format(share);

const OFF_PEAK_NOTE: Text = {
  nl: 'U reist vooral in de daluren. In de tarieven die we vonden, is reizen in de daluren bij RET niet goedkoper.',
  en: 'You mostly travel off-peak. In the tariffs we found, off-peak travel on RET is not cheaper.',
};

function notesFor(option: RetOptionId, r: RetSituation, t: TariffYear, q: Quote): Text[] {
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
        notes.push({
          nl: `U maakt minder ritten dan uw reisdagen. We rekenen met ${r.tripsPerWeek} reisdagen per week.`,
          en: `You make fewer trips than travel days. We count ${r.tripsPerWeek} travel days a week.`,
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
        notes.push({
          nl: `We nemen aan dat ${weekend} van uw ${r.daysPerWeek} reisdagen in het weekend vallen.`,
          en: `We assume ${weekend} of your ${r.daysPerWeek} travel days fall at the weekend.`,
        });
      }
      break;
    }
  }
  if (q.uses.some((key) => t.values[key].illustrative)) notes.push(ILLUSTRATIVE_NOTE);
  return notes;
}

// ---------------------------------------------------------------------------
// The model definition

const FACTORS: readonly Factor[] = [
  {
    id: 'tripsPerWeek',
    kind: 'number',
    label: { nl: 'Hoeveel ritten maakt u per week?', en: 'How many trips do you make per week?' },
    help: {
      nl: 'Tel elke enkele reis als 1 rit. Heen en terug is dus 2 ritten.',
      en: 'Count every single journey as 1 trip. There and back is 2 trips.',
    },
    min: 0,
    max: 40,
    step: 1,
    default: 10,
    unit: { nl: 'ritten per week', en: 'trips per week' },
    format: { maximumFractionDigits: 0 },
  },
  {
    id: 'tripKm',
    kind: 'number',
    label: { nl: 'Hoe lang is een rit gemiddeld?', en: 'How long is a trip on average?' },
    help: {
      nl: 'De afstand in kilometers van instappen tot uitstappen. Weet u het niet precies? Een metrorit bij RET is gemiddeld ongeveer 6 km.',
      en: 'The distance in kilometres from getting on to getting off. Not sure? A RET metro trip is about 6 km on average.',
    },
    min: 1,
    max: 40,
    step: 0.5,
    default: 8,
    unit: { nl: 'km', en: 'km' },
    format: { maximumFractionDigits: 1 },
  },
  {
    id: 'offPeakShare',
    kind: 'number',
    label: { nl: 'Hoeveel van uw ritten maakt u in de daluren?', en: 'How many of your trips are off-peak?' },
    help: {
      nl: 'Daluren zijn op werkdagen voor 6.30 uur, van 9.00 tot 16.00 uur en na 18.30 uur, en het hele weekend. Bij RET kost een rit in de daluren volgens de tarieven die we vonden hetzelfde. Dit antwoord verandert de prijzen dus niet.',
      en: 'Off-peak is on weekdays before 6:30, from 9:00 to 16:00 and after 18:30, and all weekend. In the RET tariffs we found, an off-peak trip costs the same. So this answer does not change the prices.',
    },
    min: 0,
    max: 100,
    step: 5,
    default: 20,
    unit: { nl: '%', en: '%' },
    format: { maximumFractionDigits: 0 },
  },
  {
    id: 'ageGroup',
    kind: 'choice',
    label: { nl: 'Hoe oud bent u?', en: 'How old are you?' },
    help: {
      nl: 'Uw leeftijd bepaalt of u korting krijgt en of u gratis kunt reizen.',
      en: 'Your age decides whether you get a discount and whether you can travel free.',
    },
    choices: [
      { value: '4-11', label: { nl: '4 tot en met 11 jaar', en: '4 to 11 years' } },
      { value: '12-18', label: { nl: '12 tot en met 18 jaar', en: '12 to 18 years' } },
      { value: '19-64', label: { nl: '19 tot en met 64 jaar', en: '19 to 64 years' } },
      { value: '65+', label: { nl: '65 jaar of ouder', en: '65 or older' } },
    ],
    default: '19-64',
  },
  {
    id: 'rotterdamResident',
    kind: 'boolean',
    label: { nl: 'Woont u in de gemeente Rotterdam?', en: 'Do you live in the municipality of Rotterdam?' },
    help: {
      nl: 'Kinderen van 4 tot en met 11 jaar en 65-plussers die in Rotterdam wonen, kunnen gratis reizen met RET.',
      en: 'Children aged 4 to 11 and people aged 65+ who live in Rotterdam can travel free on RET.',
    },
    default: true,
  },
  {
    id: 'student',
    kind: 'boolean',
    label: { nl: 'Heeft u een studentenreisproduct?', en: 'Do you have a student travel product?' },
    help: {
      nl: 'Studenten in het mbo, hbo of aan de universiteit kunnen een studentenreisproduct krijgen. Met de weekversie reist u op werkdagen gratis.',
      en: 'Students in vocational education, higher education or university can get a student travel product. With the week version you travel free on weekdays.',
    },
    default: false,
  },
  {
    id: 'daysPerWeek',
    kind: 'number',
    label: { nl: 'Op hoeveel dagen per week reist u?', en: 'On how many days a week do you travel?' },
    help: {
      nl: 'Tel de dagen waarop u minstens 1 rit maakt. Een dagkaart koopt u per reisdag. Dagen 6 en 7 zijn het weekend.',
      en: 'Count the days on which you make at least 1 trip. You buy a day ticket per travel day. Days 6 and 7 are the weekend.',
    },
    min: 0,
    max: 7,
    step: 1,
    default: 5,
    unit: { nl: 'dagen per week', en: 'days per week' },
    format: { maximumFractionDigits: 0 },
  },
];

const CRITERIA: readonly Criterion[] = [
  {
    id: 'monthlyCost',
    label: { nl: 'Kosten per maand', en: 'Cost per month' },
    help: {
      nl: 'Wat u gemiddeld per maand betaalt voor uw ritten. Een maand is 52/12 weken. Hoe lager, hoe beter. Een verschil van € 200 per maand telt voor het hele gewicht.',
      en: 'What you pay per month for your trips, on average. A month is 52/12 weeks. Lower is better. A difference of € 200 a month counts for the whole weight.',
    },
    direction: 'lower',
    range: { min: 0, max: 200 },
    format: { style: 'currency', currency: 'EUR' },
    defaultWeight: 60,
  },
  {
    id: 'flexibility',
    label: { nl: 'Flexibel', en: 'Flexibility' },
    help: {
      nl: 'Hoe makkelijk u kunt stoppen of wisselen, van 0 tot 10. 10: u betaalt niets vooruit (reizen op saldo, gratis reizen). 9: u koopt per dag. 8: studentenreisproduct. 7: u betaalt een klein bedrag per maand. 6: u betaalt een maand vooruit. 3: u betaalt een jaar vooruit.',
      en: 'How easily you can stop or change, from 0 to 10. 10: you pay nothing in advance (pay as you go, free travel). 9: you buy per day. 8: student travel product. 7: you pay a small amount per month. 6: you pay a month in advance. 3: you pay a year in advance.',
    },
    direction: 'higher',
    range: { min: 0, max: 10 },
    unit: { nl: 'punten', en: 'points' },
    format: { maximumFractionDigits: 0 },
    defaultWeight: 20,
  },
  {
    id: 'convenience',
    label: { nl: 'Gemak', en: 'Convenience' },
    help: {
      nl: 'Hoe onbezorgd u reist, van 0 tot 10. 10: onbeperkt reizen, niet op uw saldo letten, geen zones. 8: gratis of op werkdagen gratis, met een paar grenzen. 6: onbeperkt op een dag, maar elke reisdag een kaartje kopen. 3: u betaalt per rit en let op uw saldo.',
      en: 'How carefree you travel, from 0 to 10. 10: unlimited travel, no balance to watch, no zones. 8: free, or free on weekdays, with a few limits. 6: unlimited for a day, but a ticket to buy every travel day. 3: you pay per trip and watch your balance.',
    },
    direction: 'higher',
    range: { min: 0, max: 10 },
    unit: { nl: 'punten', en: 'points' },
    format: { maximumFractionDigits: 0 },
    defaultWeight: 20,
  },
];

const SCENARIOS: readonly SuggestedScenario[] = [
  {
    id: 'work-from-home',
    name: { nl: 'Twee dagen per week thuiswerken', en: 'Working from home two days a week' },
    description: {
      nl: 'U reist 2 dagen minder. Van 5 werkdagen blijven er 3 over: 60% van uw ritten.',
      en: 'You travel 2 days less. Of 5 working days, 3 are left: 60% of your trips.',
    },
    overrides: { tripsPerWeek: { multiply: 0.6 }, daysPerWeek: { add: -2 } },
  },
  {
    id: 'move-further',
    name: { nl: 'Verder weg verhuizen', en: 'Moving further away' },
    description: { nl: 'Elke rit wordt 5 km langer.', en: 'Every trip gets 5 km longer.' },
    overrides: { tripKm: { add: 5 } },
  },
  {
    id: 'turn-65',
    name: { nl: '65 worden', en: 'Turning 65' },
    description: {
      nl: 'U wordt 65 en woont in Rotterdam. Dan krijgt u korting of reist u gratis.',
      en: 'You turn 65 and live in Rotterdam. Then you get a discount or travel free.',
    },
    overrides: { ageGroup: '65+', rotterdamResident: true },
  },
  {
    id: 'start-studying',
    name: { nl: 'Gaan studeren', en: 'Starting to study' },
    description: {
      nl: 'U krijgt een studentenreisproduct (weekversie).',
      en: 'You get a student travel product (week version).',
    },
    overrides: { student: true },
  },
  {
    id: 'off-peak',
    name: { nl: 'Vooral in de daluren reizen', en: 'Travelling mostly off-peak' },
    description: { nl: '80% van uw ritten is in de daluren.', en: '80% of your trips are off-peak.' },
    overrides: { offPeakShare: 80 },
  },
];

interface OptionSpec {
  readonly id: RetOptionId;
  readonly label: Text;
  readonly description: Text;
  readonly link: string;
  /** Tariff values the cost can rest on (their sources become references). */
  readonly values: readonly TariffKey[];
  /** Sources for the rules and conditions. */
  readonly rules: readonly string[];
}

const OPTION_SPECS: readonly OptionSpec[] = [
  {
    id: 'saldo',
    label: { nl: 'Reizen op saldo', en: 'Pay as you go' },
    description: {
      nl: 'U betaalt per rit met uw OV-chipkaart of met OVpay (uw bankpas). U betaalt een vast bedrag per rit plus een bedrag per kilometer. Kinderen van 4 tot en met 11 jaar en 65-plussers krijgen 34% korting met een persoonlijke OV-chipkaart.',
      en: 'You pay per trip with your OV-chipkaart or with OVpay (your bank card). You pay a fixed amount per trip plus an amount per kilometre. Children aged 4 to 11 and people aged 65+ get 34% off with a personal OV-chipkaart.',
    },
    link: 'https://www.ret.nl',
    values: ['baseFare', 'kmRate', 'saldoAgeDiscount'],
    rules: ['treinreiziger-ovpay', 'ret-jaarverslag-2023', 'rijnmond-2019-ritprijs', 'ns-daluren'],
  },
  {
    id: 'discount',
    label: { nl: 'Kortingsabonnement', en: 'Discount subscription' },
    description: {
      nl: 'U betaalt een klein bedrag per maand en krijgt korting op elke rit op saldo, zoals bij Altijd Korting.',
      en: 'You pay a small amount per month and get a discount on every pay-as-you-go trip, like Altijd Korting.',
    },
    link: 'https://www.htm.nl',
    values: ['discountFee', 'discountRateAdult', 'discountRateYouth', 'discountRateReduced', 'baseFare', 'kmRate'],
    rules: ['ns-daluren'],
  },
  {
    id: 'month',
    label: { nl: 'Maandabonnement', en: 'Monthly subscription' },
    description: {
      nl: 'Een maand onbeperkt reizen met de bus, tram en metro van RET. U kiest zelf de dag waarop het begint.',
      en: 'A month of unlimited travel on RET bus, tram and metro. You choose the day it starts.',
    },
    link: 'https://www.ret.nl',
    values: ['monthPrice', 'subscriptionReduction'],
    rules: ['htm-regio-abonnement'],
  },
  {
    id: 'year',
    label: { nl: 'Jaarabonnement', en: 'Annual subscription' },
    description: {
      nl: 'Een jaar onbeperkt reizen met de bus, tram en metro van RET. Goedkoper per maand, maar u zit een jaar vast.',
      en: 'A year of unlimited travel on RET bus, tram and metro. Cheaper per month, but you are committed for a year.',
    },
    link: 'https://www.ret.nl',
    values: ['monthPrice', 'subscriptionReduction', 'yearMonths'],
    rules: ['htm-regio-abonnement'],
  },
  {
    id: 'day',
    label: { nl: 'Dagkaart op reisdagen', en: 'Day tickets on travel days' },
    description: {
      nl: 'Op elke dag dat u reist, koopt u een dagkaart (RET 1 dag). Daarmee reist u die dag onbeperkt in het hele RET-net.',
      en: 'On every day you travel, you buy a day ticket (RET 1 dag). With it you travel as much as you like that day on the whole RET network.',
    },
    link: 'https://www.ret.nl',
    values: ['dayTicket'],
    rules: [],
  },
  {
    id: 'free',
    label: { nl: 'Gratis reizen (Rotterdam)', en: 'Free travel (Rotterdam)' },
    description: {
      nl: 'Inwoners van Rotterdam van 4 tot en met 11 jaar en van 65 jaar en ouder reizen gratis met de bus, tram en metro van RET. U moet het wel aanvragen.',
      en: 'Rotterdam residents aged 4 to 11 and aged 65 and over travel free on RET bus, tram and metro. You do have to apply.',
    },
    link: 'https://www.rotterdam.nl/gratis-ov-voor-kinderen-4-tot-12-jaar-aanvragen',
    values: [],
    rules: ['rotterdam-gratis-ov-kinderen', 'nltimes-2021', 'nieuws-2022-gratis-ov'],
  },
  {
    id: 'student',
    label: { nl: 'Studentenreisproduct', en: 'Student travel product' },
    description: {
      nl: 'Met de weekversie van het studentenreisproduct reist u op werkdagen gratis. In het weekend krijgt u korting.',
      en: 'With the week version of the student travel product you travel free on weekdays. At weekends you get a discount.',
    },
    link: 'https://www.ns.nl',
    values: ['studentWeekendDiscount', 'baseFare', 'kmRate'],
    rules: ['ns-studenten', 'onderwijsconsument'],
  },
];

/** Id of the reference that marks an illustrative tariff value. */
export const exampleReferenceId = (key: TariffKey): string => `example-${key}`;

function referencesFor(t: TariffYear, data: RetTariffData): Reference[] {
  const refs: Reference[] = Object.values(data.sources).map((s) => ({
    id: s.id,
    label: s.label,
    ...(s.url ? { url: s.url } : {}),
    ...(s.year === undefined ? {} : { year: s.year }),
  }));
  for (const key of Object.keys(t.values) as TariffKey[]) {
    const value = t.values[key];
    if (!value.illustrative) continue;
    const field = data.fields[key].label;
    const url = value.source ? data.sources[value.source]?.url : undefined;
    refs.push({
      id: exampleReferenceId(key),
      label: {
        nl: `${field.nl}: voorbeeldtarief. ${value.note?.nl ?? ''}`.trim(),
        en: `${field.en}: example tariff. ${value.note?.en ?? ''}`.trim(),
      },
      ...(url ? { url } : {}),
      year: value.year,
      illustrative: true,
    });
  }
  return refs;
}

function optionReferences(spec: OptionSpec, t: TariffYear): string[] {
  const ids = new Set<string>();
  for (const key of spec.values) {
    const value: TariffValue = t.values[key];
    if (value.source) ids.add(value.source);
    for (const s of value.seeAlso) ids.add(s);
    if (value.illustrative) ids.add(exampleReferenceId(key));
  }
  for (const rule of spec.rules) ids.add(rule);
  return [...ids];
}

// ---------------------------------------------------------------------------
// Breakpoints

/** The [min, max] of a number factor, from its definition (so the two never drift apart). */
function rangeOf(id: string): [number, number] {
  const f = FACTORS.find((x) => x.id === id);
  return f?.kind === 'number' ? [f.min, f.max] : [0, 0];
}

/**
 * Where two open options cost the same, on stretches where every cost is
 * linear: between consecutive kinks the lines are fixed by their ends.
 */
function costCrossings(
  factorId: 'tripsPerWeek' | 'tripKm',
  r: RetSituation,
  t: TariffYear,
  kinks: readonly number[],
  min: number,
  max: number,
): number[] {
  const at = (x: number): RetSituation => ({ ...r, [factorId]: x });
  const points = [...new Set([min, ...kinks.filter((k) => k > min && k < max), max])].sort((a, b) => a - b);
  const out: number[] = [];
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] as number;
    const b = points[k] as number;
    const mid = at((a + b) / 2);
    const open = RET_OPTION_IDS.filter((o) => eligibility(o, mid).eligible);
    const ca = open.map((o) => quote(o, at(a), t).cost);
    const cb = open.map((o) => quote(o, at(b), t).cost);
    for (let i = 0; i < open.length; i++) {
      for (let j = i + 1; j < open.length; j++) {
        const da = (ca[i] as number) - (ca[j] as number);
        const db = (cb[i] as number) - (cb[j] as number);
        if ((da < 0 && db > 0) || (da > 0 && db < 0)) out.push(a + ((b - a) * da) / (da - db));
      }
    }
  }
  return out;
}

/**
 * Every value of a number factor where an option's criterion values stop
 * being linear or its eligibility changes (the other factors as in the
 * situation), plus the points where two open options cost the same.
 *
 * - tripsPerWeek: day tickets are bought on min(days, trips) days (kink at
 *   trips = days) and are open only from 1 trip (change between 0 and 1).
 *   Every other cost is linear in trips.
 * - tripKm: every cost is linear in the distance; only cost crossings.
 * - daysPerWeek: the student product's weekend share (days − 5) / days is
 *   not linear, so every value (0–7) is a breakpoint.
 * - offPeakShare: no price depends on it.
 */
function breakpointsFor(factorId: string, s: ResolvedSituation, t: TariffYear): number[] {
  const r = readRetSituation(s);
  switch (factorId) {
    case 'tripsPerWeek': {
      const kinks = r.daysPerWeek > 0 ? [0, 1, r.daysPerWeek] : [];
      return [...kinks, ...costCrossings('tripsPerWeek', r, t, kinks, ...rangeOf('tripsPerWeek'))].sort((a, b) => a - b);
    }
    case 'tripKm':
      return costCrossings('tripKm', r, t, [], ...rangeOf('tripKm')).sort((a, b) => a - b);
    case 'daysPerWeek':
      return [0, 1, 2, 3, 4, 5, 6, 7];
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------

/** Assessments of every option for one situation, in one tariff year. */
export function assessRet(s: ResolvedSituation, t: TariffYear): Assessments {
  const r = readRetSituation(s);
  const out: Record<string, Assessment> = {};
  for (const option of RET_OPTION_IDS) {
    const e = eligibility(option, r);
    // Values of closed options that mean nothing (no product, no trips) are left out.
    const meaningful = e.eligible || (option !== 'free' && option !== 'student' && option !== 'day');
    const q = quote(option, r, t);
    out[option] = {
      eligible: e.eligible,
      ...(e.eligible ? {} : { reason: e.reason }),
      values: meaningful ? { monthlyCost: q.cost, flexibility: FLEXIBILITY[option], convenience: CONVENIENCE[option] } : {},
      ...(meaningful ? { notes: notesFor(option, r, t, q) } : {}),
    };
  }
  return out;
}

export interface CreateRetModelOptions {
  /** Tariff year; default {@link RET_DEFAULT_TARIFF_YEAR}. Must be one of {@link RET_TARIFF_YEARS}. */
  readonly year?: number;
  /** Other tariff data (parsed with `parseTariffs`), e.g. a draft of next year's table. */
  readonly data?: RetTariffData;
}

/** The RET advice model for one tariff year. */
export function createRetModel(options: CreateRetModelOptions = {}): AdviceModel {
  const data = options.data ?? RET_TARIFFS;
  const t = tariffsFor(options.year ?? data.defaultYear, data);
  const modelOptions: Option[] = OPTION_SPECS.map((spec) => ({
    id: spec.id,
    label: spec.label,
    description: spec.description,
    link: spec.link,
    references: optionReferences(spec, t),
  }));
  return defineModel({
    id: `ret-${t.year}`,
    title: { nl: 'Welk reisproduct van RET past bij mij?', en: 'Which RET travel product suits me?' },
    description: {
      nl: `Vergelijk reisproducten van RET voor uw reizen. Tarieven van ${t.year}. Bedragen met 'voorbeeldtarief' zijn geen echte RET-prijzen.`,
      en: `Compare RET travel products for your trips. Tariffs of ${t.year}. Amounts marked 'example tariff' are not real RET prices.`,
    },
    factors: FACTORS,
    criteria: CRITERIA,
    options: modelOptions,
    scenarios: SCENARIOS,
    references: referencesFor(t, data),
    assess: (s) => assessRet(s, t),
    breakpoints: (factorId, s) => breakpointsFor(factorId, s, t),
  });
}

/** The RET model with the default tariff year (2024). */
export const retModel: AdviceModel = createRetModel();
