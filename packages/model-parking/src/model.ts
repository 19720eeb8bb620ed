/**
 * A second, unrelated advice model for Storybook: which way of parking suits
 * a household in a (made-up) Dutch municipality — a resident's permit,
 * paying per hour, or a visitor's card used for your own car?
 *
 * It exists to show that the kit is really pluggable: nothing in the elements
 * knows about travel products. EVERY tariff and rule here is an example,
 * invented for the demonstration ("Voorbeeldstad"): each one is marked
 * `illustrative: true` in the references and the model's title says so.
 *
 * Facts only, as the contract asks: for a situation, what each option costs
 * per month, how flexible and how convenient it is, how long the waiting
 * list is, and whether it is open to the household. Weights are the kit's.
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

/** A month is 52/12 weeks. */
export const WEEKS_PER_MONTH = 52 / 12;

export const PARKING_ZONES = ['centre', 'ring', 'outer'] as const;
export type ParkingZone = (typeof PARKING_ZONES)[number];

export const PARKING_OPTION_IDS = ['permit', 'hourly', 'visitorCard'] as const;
export type ParkingOptionId = (typeof PARKING_OPTION_IDS)[number];

/** One tariff: a value per zone, always an example. */
interface ZoneTariff {
  readonly perZone: Readonly<Record<ParkingZone, number>>;
  readonly illustrative: true;
}

/**
 * The example tariffs of Voorbeeldstad (2025). Invented, in the range Dutch
 * municipalities charge; not the tariffs of any real municipality.
 */
export const PARKING_TARIFFS = {
  /** Street parking, € per hour. */
  hourlyRate: { perZone: { centre: 4.8, ring: 3.2, outer: 1.6 }, illustrative: true },
  /** Resident's permit for the first car, € per month. */
  permitFirstCar: { perZone: { centre: 14, ring: 9, outer: 5 }, illustrative: true },
  /** Resident's permit for a second car, € per month (none in the centre). */
  permitSecondCar: { perZone: { centre: 0, ring: 30, outer: 15 }, illustrative: true },
  /** Waiting list for a permit, in months. */
  permitWaitingMonths: { perZone: { centre: 18, ring: 6, outer: 0 }, illustrative: true },
  /** Visitor's card: € per hour for the first hours of each month. */
  visitorRate: { perZone: { centre: 1.2, ring: 0.7, outer: 0.4 }, illustrative: true },
} as const satisfies Record<string, ZoneTariff>;

/** Visitor's card: yearly fee (€ 24) spread over the months. Example. */
export const VISITOR_CARD_FEE_PER_MONTH = 2;
/** Visitor's card: hours per month at the visitor rate; above it the normal hourly rate applies. Example. */
export const VISITOR_HOURS_PER_MONTH = 40;
/** Working from home: two extra days of 8 paid hours a week with the car in the street. An assumption of the example. */
export const WORK_FROM_HOME_HOURS_PER_WEEK = 16;

/** The situation as the parking model reads it. */
export interface ParkingSituation {
  readonly hoursPerWeek: number;
  readonly cars: number;
  readonly worksFromHome: boolean;
  readonly zone: ParkingZone;
  readonly resident: boolean;
}

export function readParkingSituation(s: ResolvedSituation): ParkingSituation {
  const num = (id: string, fallback: number) => (typeof s[id] === 'number' ? (s[id] as number) : fallback);
  return {
    hoursPerWeek: num('hoursPerWeek', 0),
    cars: num('cars', 1),
    worksFromHome: s.worksFromHome === true,
    zone: (PARKING_ZONES as readonly unknown[]).includes(s.zone) ? (s.zone as ParkingZone) : 'ring',
    resident: s.resident !== false,
  };
}

/** Paid hours a week with the household's cars in the street. */
export const paidHoursPerWeek = (p: ParkingSituation): number => p.hoursPerWeek + (p.worksFromHome ? WORK_FROM_HOME_HOURS_PER_WEEK : 0);

/** Monthly cost of an option by its (example) formula, open or not. */
export function monthlyCost(option: ParkingOptionId, p: ParkingSituation): number {
  const t = PARKING_TARIFFS;
  const hoursPerMonth = paidHoursPerWeek(p) * WEEKS_PER_MONTH;
  switch (option) {
    case 'permit':
      return t.permitFirstCar.perZone[p.zone] + (p.cars >= 2 ? t.permitSecondCar.perZone[p.zone] : 0);
    case 'hourly':
      return hoursPerMonth * t.hourlyRate.perZone[p.zone];
    case 'visitorCard': {
      const cheap = Math.min(hoursPerMonth, VISITOR_HOURS_PER_MONTH);
      const rest = Math.max(0, hoursPerMonth - VISITOR_HOURS_PER_MONTH);
      return VISITOR_CARD_FEE_PER_MONTH + cheap * t.visitorRate.perZone[p.zone] + rest * t.hourlyRate.perZone[p.zone];
    }
  }
}

const NOT_RESIDENT: Text = {
  nl: 'Alleen voor bewoners van het vergunningsgebied.',
  en: 'Only for residents of the permit area.',
};

/** Whether an option is open to the household, and why not (example rules). */
export function eligibility(option: ParkingOptionId, p: ParkingSituation): { eligible: true } | { eligible: false; reason: Text } {
  switch (option) {
    case 'permit':
      if (!p.resident) return { eligible: false, reason: NOT_RESIDENT };
      if (p.zone === 'centre' && p.cars > 1) {
        return {
          eligible: false,
          reason: { nl: 'In het centrum krijgt een huishouden 1 vergunning.', en: 'In the centre a household gets 1 permit.' },
        };
      }
      if (p.cars > 2) {
        return {
          eligible: false,
          reason: { nl: 'Een huishouden krijgt hoogstens 2 vergunningen.', en: 'A household gets at most 2 permits.' },
        };
      }
      return { eligible: true };
    case 'visitorCard':
      if (!p.resident) return { eligible: false, reason: NOT_RESIDENT };
      if (p.cars > 1) {
        return {
          eligible: false,
          reason: {
            nl: 'Voor uw eigen auto mag u de bezoekerskaart alleen gebruiken als uw huishouden 1 auto heeft.',
            en: 'You may only use the visitor’s card for your own car if your household has 1 car.',
          },
        };
      }
      return { eligible: true };
    case 'hourly':
      return { eligible: true };
  }
}

/** How easily you can stop or change, 0–10 (model design, not a tariff). */
const FLEXIBILITY: Readonly<Record<ParkingOptionId, number>> = { hourly: 10, visitorCard: 8, permit: 4 };
/** How little you have to think about it, 0–10. */
const CONVENIENCE: Readonly<Record<ParkingOptionId, number>> = { permit: 10, visitorCard: 5, hourly: 3 };

export const EXAMPLE_NOTE: Text = {
  nl: 'Voorbeeldtarief: verzonnen bedragen, alleen om de kit te laten zien.',
  en: 'Example tariff: invented amounts, only to show the kit.',
};

const money = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

function notesFor(option: ParkingOptionId, p: ParkingSituation): Text[] {
  const notes: Text[] = [];
  if (p.worksFromHome && option !== 'permit') {
    notes.push({
      nl: `U werkt thuis: we rekenen ${WORK_FROM_HOME_HOURS_PER_WEEK} uur per week extra.`,
      en: `You work from home: we add ${WORK_FROM_HOME_HOURS_PER_WEEK} hours a week.`,
    });
  }
  if (option === 'permit' && PARKING_TARIFFS.permitWaitingMonths.perZone[p.zone] > 0) {
    const months = PARKING_TARIFFS.permitWaitingMonths.perZone[p.zone];
    notes.push({
      nl: `Er is een wachtlijst van ongeveer ${months} maanden. Tot die tijd betaalt u per uur.`,
      en: `There is a waiting list of about ${months} months. Until then you pay per hour.`,
    });
  }
  if (option === 'visitorCard') {
    const rate = PARKING_TARIFFS.hourlyRate.perZone[p.zone];
    notes.push({
      nl: `De eerste ${VISITOR_HOURS_PER_MONTH} uur per maand kosten het bezoekerstarief, daarna ${money.nl.format(rate)} per uur.`,
      en: `The first ${VISITOR_HOURS_PER_MONTH} hours a month cost the visitor rate, after that ${money.en.format(rate)} an hour.`,
    });
  }
  notes.push(EXAMPLE_NOTE);
  return notes;
}

function assessOption(option: ParkingOptionId, p: ParkingSituation): Assessment {
  const values = {
    monthlyCost: monthlyCost(option, p),
    flexibility: FLEXIBILITY[option],
    convenience: CONVENIENCE[option],
    waitingTime: option === 'permit' ? PARKING_TARIFFS.permitWaitingMonths.perZone[p.zone] : 0,
  };
  const open = eligibility(option, p);
  return open.eligible
    ? { eligible: true, values, notes: notesFor(option, p) }
    : { eligible: false, reason: open.reason, values, notes: notesFor(option, p) };
}

const FACTORS: readonly Factor[] = [
  {
    id: 'hoursPerWeek',
    kind: 'number',
    label: { nl: 'Hoeveel uur per week parkeert u in de wijk?', en: 'How many hours a week do you park in your neighbourhood?' },
    help: {
      nl: 'Tel alleen de uren waarin u moet betalen: maandag tot en met zaterdag van 9.00 tot 23.00 uur. Tel de uren van al uw auto’s bij elkaar op.',
      en: 'Count only the hours you have to pay for: Monday to Saturday from 9:00 to 23:00. Add up the hours of all your cars.',
    },
    min: 0,
    max: 60,
    step: 1,
    default: 8,
    unit: { nl: 'uur per week', en: 'hours a week' },
    format: { maximumFractionDigits: 0 },
  },
  {
    id: 'cars',
    kind: 'number',
    label: { nl: 'Hoeveel auto’s heeft uw huishouden?', en: 'How many cars does your household have?' },
    help: {
      nl: 'Tel de auto’s die op uw adres staan of die u in de wijk parkeert.',
      en: 'Count the cars registered at your address or parked in your neighbourhood.',
    },
    min: 1,
    max: 3,
    step: 1,
    default: 1,
    unit: { nl: 'auto’s', en: 'cars' },
    format: { maximumFractionDigits: 0 },
  },
  {
    id: 'worksFromHome',
    kind: 'boolean',
    label: { nl: 'Werkt u een deel van de week thuis?', en: 'Do you work from home part of the week?' },
    help: {
      nl: `Dan staat uw auto overdag vaker in de wijk. We rekenen met ${WORK_FROM_HOME_HOURS_PER_WEEK} uur per week extra.`,
      en: `Then your car stands in the street more often during the day. We count ${WORK_FROM_HOME_HOURS_PER_WEEK} extra hours a week.`,
    },
    default: false,
  },
  {
    id: 'zone',
    kind: 'choice',
    label: { nl: 'In welk deel van de stad woont u?', en: 'Which part of town do you live in?' },
    help: {
      nl: 'Parkeren kost in het centrum het meest. Voor een vergunning is daar ook een lange wachtlijst.',
      en: 'Parking costs most in the centre. There is also a long waiting list for a permit there.',
    },
    choices: [
      { value: 'centre', label: { nl: 'Centrum', en: 'Centre' } },
      { value: 'ring', label: { nl: 'Rond het centrum', en: 'Around the centre' } },
      { value: 'outer', label: { nl: 'Buitenwijk', en: 'Outer district' } },
    ],
    default: 'ring',
  },
  {
    id: 'resident',
    kind: 'boolean',
    label: { nl: 'Woont u in het vergunningsgebied?', en: 'Do you live in the permit area?' },
    help: {
      nl: 'Alleen bewoners kunnen een vergunning of een bezoekerskaart krijgen.',
      en: 'Only residents can get a permit or a visitor’s card.',
    },
    default: true,
  },
];

const CRITERIA: readonly Criterion[] = [
  {
    id: 'monthlyCost',
    label: { nl: 'Kosten per maand', en: 'Cost per month' },
    help: {
      nl: 'Wat u gemiddeld per maand betaalt. Hoe lager, hoe beter. Een verschil van € 300 per maand telt voor het hele gewicht.',
      en: 'What you pay per month on average. Lower is better. A difference of € 300 a month counts for the whole weight.',
    },
    direction: 'lower',
    range: { min: 0, max: 300 },
    format: { style: 'currency', currency: 'EUR' },
    defaultWeight: 50,
  },
  {
    id: 'flexibility',
    label: { nl: 'Flexibel', en: 'Flexibility' },
    help: {
      nl: 'Hoe makkelijk u kunt stoppen of wisselen, van 0 tot 10. 10: u betaalt alleen wat u gebruikt. 8: een kleine jaarbijdrage. 4: u betaalt vooruit en verliest uw plek op de wachtlijst als u stopt.',
      en: 'How easily you can stop or change, from 0 to 10. 10: you pay only for what you use. 8: a small yearly fee. 4: you pay in advance and lose your place on the waiting list if you stop.',
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
      nl: 'Hoe weinig u erover hoeft na te denken, van 0 tot 10. 10: parkeren wanneer u wilt. 5: elke keer aanmelden in een app. 3: elke keer starten, stoppen en op de tijd letten.',
      en: 'How little you have to think about it, from 0 to 10. 10: park whenever you like. 5: register in an app each time. 3: start, stop and watch the time each time.',
    },
    direction: 'higher',
    range: { min: 0, max: 10 },
    unit: { nl: 'punten', en: 'points' },
    format: { maximumFractionDigits: 0 },
    defaultWeight: 15,
  },
  {
    id: 'waitingTime',
    label: { nl: 'Wachttijd', en: 'Waiting time' },
    help: {
      nl: 'Hoe lang u moet wachten voordat u het kunt gebruiken. Hoe korter, hoe beter. Twee jaar wachten telt voor het hele gewicht.',
      en: 'How long you wait before you can use it. Shorter is better. Two years of waiting counts for the whole weight.',
    },
    direction: 'lower',
    range: { min: 0, max: 24 },
    unit: { nl: 'maanden', en: 'months' },
    format: { maximumFractionDigits: 0 },
    defaultWeight: 15,
  },
];

const OPTIONS: readonly Option[] = [
  {
    id: 'permit',
    label: { nl: 'Bewonersvergunning', en: 'Resident’s permit' },
    description: {
      nl: 'U betaalt een vast bedrag per maand en parkeert zo vaak u wilt in uw eigen vergunningsgebied.',
      en: 'You pay a fixed amount a month and park as often as you like in your own permit area.',
    },
    references: ['example-permit-tariffs', 'example-permit-rules', 'example-waiting-list'],
  },
  {
    id: 'hourly',
    label: { nl: 'Betalen per uur', en: 'Paying per hour' },
    description: {
      nl: 'U betaalt voor elk uur dat u parkeert, met de parkeerautomaat of een parkeerapp.',
      en: 'You pay for every hour you park, at the meter or with a parking app.',
    },
    references: ['example-hourly-tariffs'],
  },
  {
    id: 'visitorCard',
    label: { nl: 'Bezoekerskaart', en: 'Visitor’s card' },
    description: {
      nl: 'Met de bezoekerskaart parkeert u tegen een laag uurtarief. Huishoudens met 1 auto mogen hem ook voor de eigen auto gebruiken.',
      en: 'With the visitor’s card you park at a low hourly rate. Households with 1 car may also use it for their own car.',
    },
    references: ['example-visitor-tariffs', 'example-visitor-rules'],
  },
];

const SCENARIOS: readonly SuggestedScenario[] = [
  {
    id: 'work-from-home',
    name: { nl: 'Thuis gaan werken', en: 'Starting to work from home' },
    description: {
      nl: 'Uw auto staat overdag vaker in de wijk.',
      en: 'Your car stands in the street more often during the day.',
    },
    overrides: { worksFromHome: true },
  },
  {
    id: 'second-car',
    name: { nl: 'Een tweede auto', en: 'A second car' },
    description: { nl: 'Uw huishouden krijgt er een auto bij.', en: 'Your household gets another car.' },
    overrides: { cars: { add: 1 } },
  },
  {
    id: 'move-to-centre',
    name: { nl: 'Verhuizen naar het centrum', en: 'Moving to the centre' },
    description: { nl: 'Duurder parkeren en een lange wachtlijst.', en: 'Dearer parking and a long waiting list.' },
    overrides: { zone: 'centre' },
  },
  {
    id: 'park-less',
    name: { nl: 'Half zo vaak parkeren', en: 'Parking half as often' },
    description: { nl: 'Bijvoorbeeld omdat u vaker fietst.', en: 'For example because you cycle more.' },
    overrides: { hoursPerWeek: { multiply: 0.5 } },
  },
];

const REFERENCES: readonly Reference[] = [
  {
    id: 'example-hourly-tariffs',
    label: {
      nl: 'Voorbeeld: uurtarieven straatparkeren Voorbeeldstad (€ 4,80 centrum, € 3,20 rond het centrum, € 1,60 buitenwijk)',
      en: 'Example: hourly street parking tariffs of Exampletown (€ 4.80 centre, € 3.20 around the centre, € 1.60 outer districts)',
    },
    year: 2025,
    illustrative: true,
  },
  {
    id: 'example-permit-tariffs',
    label: {
      nl: 'Voorbeeld: bewonersvergunning per maand (eerste auto € 14 / € 9 / € 5, tweede auto € 30 / € 15, niet in het centrum)',
      en: 'Example: resident’s permit per month (first car € 14 / € 9 / € 5, second car € 30 / € 15, not in the centre)',
    },
    year: 2025,
    illustrative: true,
  },
  {
    id: 'example-permit-rules',
    label: {
      nl: 'Voorbeeld: regels bewonersvergunning (alleen bewoners; hoogstens 2 per huishouden, 1 in het centrum)',
      en: 'Example: resident’s permit rules (residents only; at most 2 per household, 1 in the centre)',
    },
    year: 2025,
    illustrative: true,
  },
  {
    id: 'example-waiting-list',
    label: {
      nl: 'Voorbeeld: wachtlijst vergunningen (18 maanden centrum, 6 maanden rond het centrum)',
      en: 'Example: permit waiting list (18 months centre, 6 months around the centre)',
    },
    year: 2025,
    illustrative: true,
  },
  {
    id: 'example-visitor-tariffs',
    label: {
      nl: `Voorbeeld: bezoekerskaart (€ 24 per jaar; € 1,20 / € 0,70 / € 0,40 per uur voor de eerste ${VISITOR_HOURS_PER_MONTH} uur per maand)`,
      en: `Example: visitor’s card (€ 24 a year; € 1.20 / € 0.70 / € 0.40 an hour for the first ${VISITOR_HOURS_PER_MONTH} hours a month)`,
    },
    year: 2025,
    illustrative: true,
  },
  {
    id: 'example-visitor-rules',
    label: {
      nl: 'Voorbeeld: regels bezoekerskaart (alleen bewoners; eigen auto alleen bij 1 auto per huishouden)',
      en: 'Example: visitor’s card rules (residents only; own car only with 1 car per household)',
    },
    year: 2025,
    illustrative: true,
  },
];

/** The model's own kinks: where the visitor's card hours run out, and where the number of cars changes eligibility. */
function breakpoints(factorId: string, s: ResolvedSituation): number[] {
  const p = readParkingSituation(s);
  if (factorId === 'hoursPerWeek') {
    // The visitor rate stops after VISITOR_HOURS_PER_MONTH paid hours a month.
    return [VISITOR_HOURS_PER_MONTH / WEEKS_PER_MONTH - (paidHoursPerWeek(p) - p.hoursPerWeek)];
  }
  // Between whole numbers of cars eligibility and the permit price jump: evaluate every value.
  if (factorId === 'cars') return [1.5, 2.5];
  return [];
}

export const parkingDefinition = {
  id: 'parking-example',
  title: {
    nl: 'Voorbeeld: parkeren in Voorbeeldstad',
    en: 'Example: parking in Exampletown',
  },
  description: {
    nl: 'Een verzonnen voorbeeldmodel met voorbeeldtarieven: vergunning, betalen per uur of bezoekerskaart. Geen echt advies.',
    en: 'An invented example model with example tariffs: permit, paying per hour or visitor’s card. Not real advice.',
  },
  factors: FACTORS,
  criteria: CRITERIA,
  options: OPTIONS,
  scenarios: SCENARIOS,
  references: REFERENCES,
  assess(s: ResolvedSituation): Assessments {
    const p = readParkingSituation(s);
    return Object.fromEntries(PARKING_OPTION_IDS.map((o) => [o, assessOption(o, p)]));
  },
  breakpoints,
};

/** The parking example model (illustrative tariffs). */
export const parkingModel: AdviceModel = defineModel(parkingDefinition);
