/** The bilingual notes shown with each way of parking: assumptions, waiting lists and the example-tariff warning. */
import type { Text } from '@advice-kit/core';
import type { ParkingOptionId, ParkingSituation } from './situation.js';
import { PARKING_TARIFFS, VISITOR_HOURS_PER_MONTH, WORK_FROM_HOME_HOURS_PER_WEEK } from './tariffs.js';

export const EXAMPLE_NOTE: Text = {
  nl: 'Voorbeeldtarief: verzonnen bedragen, alleen om de kit te laten zien.',
  en: 'Example tariff: invented amounts, only to show the kit.',
};

// Made on first use, not when the module loads: a page's first Intl object
// loads the browser's locale data, which should not lengthen the script's load.
let euros: Record<'nl' | 'en', Intl.NumberFormat> | undefined;
function money(locale: 'nl' | 'en'): Intl.NumberFormat {
  euros ??= {
    nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
    en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
  };
  return euros[locale];
}

/** The notes of one option for the household, in both languages; always the example-tariff note. */
export function notesFor(option: ParkingOptionId, p: ParkingSituation): Text[] {
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
      nl: `De eerste ${VISITOR_HOURS_PER_MONTH} uur per maand kosten het bezoekerstarief, daarna ${money('nl').format(rate)} per uur.`,
      en: `The first ${VISITOR_HOURS_PER_MONTH} hours a month cost the visitor rate, after that ${money('en').format(rate)} an hour.`,
    });
  }
  notes.push(EXAMPLE_NOTE);
  return notes;
}
