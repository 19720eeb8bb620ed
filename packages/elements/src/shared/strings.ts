import type { AdviceErrorCode, Locale } from '@advice-kit/core';

/** Strings every element may show. */
export interface CommonStrings {
  loading: string;
  retry: string;
  noModule: string;
  noEligible: string;
  error: Record<AdviceErrorCode, string>;
}

export const common: Record<Locale, CommonStrings> = {
  nl: {
    loading: 'Het advies wordt berekend…',
    retry: 'Opnieuw proberen',
    noModule: 'Dit onderdeel werkt alleen binnen een adviesmodule.',
    noEligible: 'Geen van de mogelijkheden past bij deze situatie.',
    error: {
      'invalid-model': 'Dit advies kan nu niet worden gegeven: de gegevens achter het advies kloppen niet.',
      'invalid-situation': 'Een van de antwoorden klopt niet. Kijk de vragen na.',
      'unknown-factor': 'Dit onderdeel verwijst naar een vraag die niet bestaat.',
      'model-failed': 'Het advies kon niet worden berekend.',
      'malformed-assessment': 'Het advies kon niet worden berekend: het antwoord was onvolledig.',
      timeout: 'Het berekenen van het advies duurt te lang.',
      aborted: 'De berekening is gestopt.',
    },
  },
  en: {
    loading: 'Working out the advice…',
    retry: 'Try again',
    noModule: 'This part only works inside an advice module.',
    noEligible: 'None of the options fits this situation.',
    error: {
      'invalid-model': 'No advice can be given now: the data behind the advice is not right.',
      'invalid-situation': 'One of the answers is not right. Please check the questions.',
      'unknown-factor': 'This part refers to a question that does not exist.',
      'model-failed': 'The advice could not be worked out.',
      'malformed-assessment': 'The advice could not be worked out: the answer was incomplete.',
      timeout: 'Working out the advice takes too long.',
      aborted: 'The calculation was stopped.',
    },
  },
};
