/** What a household may weigh (cost, flexibility, convenience, waiting time) and each option's 0–10 scores. */
import type { Criterion } from '@advice-kit/core';
import type { ParkingOptionId } from './situation.js';

export const CRITERIA: readonly Criterion[] = [
  {
    id: 'monthlyCost',
    label: { nl: 'Kosten per maand', en: 'Cost per month' },
    help: {
      nl: 'Wat u gemiddeld per maand betaalt. Hoe lager, hoe beter.',
      en: 'What you pay per month on average. Lower is better.',
    },
    direction: 'lower',
    range: { min: 0, max: 300 },
    format: { style: 'currency', currency: 'EUR' },
    defaultWeight: 50,
    primaryCost: true,
    costPeriod: 'month',
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
    unit: { nl: 'van 10', en: 'out of 10' },
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
    unit: { nl: 'van 10', en: 'out of 10' },
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

/** How easily you can stop or change, 0–10 (model design, not a tariff). */
export const FLEXIBILITY: Readonly<Record<ParkingOptionId, number>> = { hourly: 10, visitorCard: 8, permit: 4 };
/** How little you have to think about it, 0–10. */
export const CONVENIENCE: Readonly<Record<ParkingOptionId, number>> = { permit: 10, visitorCard: 5, hourly: 3 };
