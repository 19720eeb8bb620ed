/** The parking example model put together from its parts (one file per concern): `parkingDefinition`, `parkingModel`. */
import { type AdviceModel, type Assessment, type Assessments, defineModel, type ResolvedSituation } from '@advice-kit/core';
import { breakpoints } from './breakpoints.js';
import { monthlyCost } from './costs.js';
import { CONVENIENCE, CRITERIA, FLEXIBILITY } from './criteria.js';
import { eligibility } from './eligibility.js';
import { FACTORS } from './factors.js';
import { notesFor } from './notes.js';
import { OPTIONS } from './options.js';
import { REFERENCES } from './references.js';
import { SCENARIOS } from './scenarios.js';
import { PARKING_OPTION_IDS, type ParkingOptionId, type ParkingSituation, readParkingSituation } from './situation.js';
import { PARKING_TARIFFS } from './tariffs.js';

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
