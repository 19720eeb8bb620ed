/** What a traveller may weigh (cost, flexibility, convenience), each product's 0–10 scores, and the default weights' rule. */
import type { Criterion, Text } from '@advice-kit/core';
import type { RetOptionId } from './situation.js';

export const CRITERIA: readonly Criterion[] = [
  {
    id: 'monthlyCost',
    label: { nl: 'Kosten per maand', en: 'Cost per month' },
    help: {
      nl: 'Wat u gemiddeld per maand betaalt voor uw ritten. Een maand is 52/12 weken. Hoe lager, hoe beter.',
      en: 'What you pay per month for your trips, on average. A month is 52/12 weeks. Lower is better.',
    },
    direction: 'lower',
    // With the default weights (80/10/10), the whole 0–10 scale of flexibility or of convenience is worth
    // 10/80 × € 40 = € 5 a month: see README.md, "How the default advice is chosen".
    range: { min: 0, max: 40 },
    format: { style: 'currency', currency: 'EUR' },
    defaultWeight: 80,
    primaryCost: true,
    costPeriod: 'month',
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
    unit: { nl: 'van 10', en: 'out of 10' },
    format: { maximumFractionDigits: 0 },
    defaultWeight: 10,
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
    unit: { nl: 'van 10', en: 'out of 10' },
    format: { maximumFractionDigits: 0 },
    defaultWeight: 10,
  },
];

/**
 * The rule the default weights follow (README.md): flexibility and convenience are each worth at most
 * € 5 a month over their whole 0–10 scale, so € 0,50 a step. Between any two products the steps add up to at
 * most € 3 (a monthly subscription against the discount subscription: 1 step less flexible, 7 steps easier).
 */
export const RET_MAX_PREMIUM = 3;

export const WEIGHTING_NOTE: Text = {
  nl: `Zo kiezen we als u niets verandert aan wat u belangrijk vindt: we raden het goedkoopste product aan. Een ander product raden we alleen aan als het hooguit € ${RET_MAX_PREMIUM} per maand duurder is en u er flexibeler of makkelijker mee reist.`,
  en: `This is how we choose if you do not change what matters to you: we recommend the cheapest product. We only recommend another product if it costs at most € ${RET_MAX_PREMIUM} a month more and lets you travel more flexibly or more easily.`,
};

// ---------------------------------------------------------------------------
// Scores on the 0–10 scales of flexibility and convenience. Model design, not
// tariffs: the criterion help texts say what each score means.

/** How easily you can stop or change (10 = nothing to stop). */
export const FLEXIBILITY: Readonly<Record<RetOptionId, number>> = {
  saldo: 10, // pay per trip, stop any moment
  free: 10, // nothing to pay, nothing to stop
  day: 9, // bought per travel day
  student: 8, // comes with student finance; switching week/weekend version is possible
  discount: 7, // a month at a time, small fee at stake
  month: 6, // paid a month ahead
  year: 3, // paid for a whole year
};

/** How carefree the travel is (10 = unlimited, no balance, no zones). */
export const CONVENIENCE: Readonly<Record<RetOptionId, number>> = {
  month: 10,
  year: 10,
  free: 8, // RET only, not the BOB night bus; children travel with an adult
  student: 8, // weekdays free; weekends on saldo with discount
  day: 6, // unlimited that day, but a ticket to buy every travel day
  discount: 3, // pay per trip, keep a balance
  saldo: 3, // pay per trip; with an OV-chipkaart keep a balance
};
