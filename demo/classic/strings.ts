import type { BuiltInLocale as Locale } from '@advice-kit/core';

/** Texts of the classic one-shot form and its result page. */
export interface ClassicStrings {
  submit: string;
  errorSummaryHeading: string;
  /** Read before each field's message by screen readers. */
  errorPrefix: string;
  /** A question left open: what a person must do (the core's message for a wrong answer). */
  missingNumber: string;
  missingChoice: string;
  yes: string;
  no: string;
  resultHeading: string;
  advice: (option: string) => string;
  cost: (cost: string) => string;
  none: string;
  error: string;
  conditions: string;
  notes: string;
  moreAbout: (option: string) => string;
  answersHeading: string;
  change: string;
  contactHeading: string;
  contactBefore: string;
  contactAfter: string;
}

export const classicStrings: Record<Locale, ClassicStrings> = {
  nl: {
    submit: 'Bekijk mijn advies',
    errorSummaryHeading: 'Er is een probleem',
    errorPrefix: 'Fout',
    missingNumber: 'Vul een getal in.',
    missingChoice: 'Kies een antwoord.',
    yes: 'Ja',
    no: 'Nee',
    resultHeading: 'Uw advies',
    advice: (option) => `Wij adviseren: ${option}.`,
    cost: (cost) => `Kosten: ${cost} per maand.`,
    none: 'Geen van de reisproducten past bij uw antwoorden.',
    error: 'Het advies kon niet worden berekend. Probeer het opnieuw.',
    conditions: 'Voorwaarden',
    notes: 'Let op',
    moreAbout: (option) => `Meer over ${option}`,
    answersHeading: 'Uw antwoorden',
    change: 'Antwoorden wijzigen',
    contactHeading: 'Vragen over dit advies?',
    contactBefore: 'Neem contact op met de klantenservice van RET via ',
    contactAfter: '. Noem uw antwoorden hierboven. Dan kan de medewerker u snel helpen.',
  },
  en: {
    submit: 'Show my advice',
    errorSummaryHeading: 'There is a problem',
    errorPrefix: 'Error',
    missingNumber: 'Enter a number.',
    missingChoice: 'Choose an answer.',
    yes: 'Yes',
    no: 'No',
    resultHeading: 'Your advice',
    advice: (option) => `We advise: ${option}.`,
    cost: (cost) => `Cost: ${cost} a month.`,
    none: 'None of the travel products fits your answers.',
    error: 'The advice could not be worked out. Please try again.',
    conditions: 'Conditions',
    notes: 'Please note',
    moreAbout: (option) => `More about ${option}`,
    answersHeading: 'Your answers',
    change: 'Change answers',
    contactHeading: 'Questions about this advice?',
    contactBefore: 'Contact RET customer service through ',
    contactAfter: '. Mention your answers above, so they can help you quickly.',
  },
};
