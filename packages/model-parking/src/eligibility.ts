/** Whether each way of parking is open to the household, and why not (example rules, in Dutch and English). */
import type { Text } from '@advice-kit/core';
import type { ParkingOptionId, ParkingSituation } from './situation.js';

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
