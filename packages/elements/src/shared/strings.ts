import type { AdviceErrorCode } from '@advice-kit/core';
import { localized } from './translations.js';

/** Strings every element may show. */
export interface CommonStrings {
  loading: string;
  retry: string;
  noModule: string;
  noEligible: string;
  error: Record<AdviceErrorCode, string>;
  /** An uncertain answer: "tussen 8 en 12 ritten". The values come in formatted. */
  between: (min: string, max: string) => string;
  yes: string;
  no: string;
}

/** Dutch: the kit's first language and every other language's fallback. English is in `strings.en.ts`. */
const nl: CommonStrings = {
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
  between: (min, max) => `tussen ${min} en ${max}`,
  yes: 'ja',
  no: 'nee',
};

/** The strings in a language (Dutch until that language has loaded). */
export const common = localized('common', nl);
