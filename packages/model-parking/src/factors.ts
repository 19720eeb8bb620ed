/** The questions the parking model asks: the factors of a household's situation, with their ranges and defaults. */
import type { Factor } from '@advice-kit/core';
import { WORK_FROM_HOME_HOURS_PER_WEEK } from './tariffs.js';

export const FACTORS: readonly Factor[] = [
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
    unitOne: { nl: 'uur per week', en: 'hour a week' },
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
    unitOne: { nl: 'auto', en: 'car' },
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
    changeable: false, // where you live now: a scenario may move you, the advice does not ask you to
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
    changeable: false,
  },
];
