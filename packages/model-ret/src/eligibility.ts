/** Whether each RET product is open to the traveller, and why not (in Dutch and English). */
import type { Text } from '@advice-kit/core';
import { hasAgeDiscount, type RetOptionId, type RetSituation } from './situation.js';

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
