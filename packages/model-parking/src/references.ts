/** The parking model's references: every tariff and rule, each marked illustrative. */
import type { Reference } from '@advice-kit/core';
import { VISITOR_HOURS_PER_MONTH } from './tariffs.js';

export const REFERENCES: readonly Reference[] = [
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
