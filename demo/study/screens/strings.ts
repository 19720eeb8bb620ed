import type { BuiltInLocale as Locale } from '@advice-kit/core';

/** Texts of the screens around the tasks (consent, background, preference), the set-up's warnings, notes and findings. */
export interface ScreenStrings {
  agreeHint: string;
  answerMissing: string;
  errorSummaryHeading: string;
  errorPrefix: string;
  next: string;
  declinedHeading: string;
  declinedText: string;
  duplicateWarning: (code: string, when: string) => string;
  startAnyway: string;
  assignment: (design: string, taskOrder: number, completed: number) => string;
  notesHeading: string;
  notesIntro: string;
  notesLabel: (n: number, title: string) => string;
  saveNotes: string;
  notesSaved: string;
  preferenceVariant: Record<'classic' | 'interactive' | 'same', string>;
}

export const screenStrings: Record<Locale, ScreenStrings> = {
  nl: {
    agreeHint: 'U kunt altijd stoppen, zonder uitleg.',
    answerMissing: 'Kies een antwoord.',
    errorSummaryHeading: 'Er is een probleem',
    errorPrefix: 'Fout',
    next: 'Verder',
    declinedHeading: 'U doet niet mee',
    declinedText: 'Dat is goed. Er is niets van u bewaard behalve dat u niet meedoet. Geef de laptop terug aan de onderzoeker.',
    duplicateWarning: (code, when) =>
      `Deelnemercode ${code} is al gebruikt (sessie van ${when}). Is dit dezelfde deelnemer? Kies dan een andere code of hervat de oude sessie. Wilt u toch een nieuwe sessie met deze code? Kies ‘Toch starten’.`,
    startAnyway: 'Toch starten',
    assignment: (design, taskOrder, completed) =>
      `Volgende deelnemer (${completed + 1}e afgeronde sessie van dit ontwerp): ${design}, takenvolgorde ${taskOrder + 1}.`,
    notesHeading: 'Notities van de begeleider',
    notesIntro: 'Alleen voor de onderzoeker. Schrijf geen namen of andere gegevens waarmee iemand te herkennen is.',
    notesLabel: (n, title) => `Opdracht ${n}: ${title}`,
    saveNotes: 'Notities opslaan',
    notesSaved: 'De notities zijn opgeslagen.',
    preferenceVariant: { classic: 'classic', interactive: 'interactive', same: 'same' },
  },
  en: {
    agreeHint: 'You can stop at any time, without explanation.',
    answerMissing: 'Choose an answer.',
    errorSummaryHeading: 'There is a problem',
    errorPrefix: 'Error',
    next: 'Continue',
    declinedHeading: 'You are not taking part',
    declinedText:
      'That is fine. Nothing about you is kept except that you are not taking part. Please give the laptop back to the researcher.',
    duplicateWarning: (code, when) =>
      `Participant code ${code} has been used before (session of ${when}). Is this the same participant? Then choose another code or resume the old session. Do you want a new session with this code anyway? Choose ‘Start anyway’.`,
    startAnyway: 'Start anyway',
    assignment: (design, taskOrder, completed) =>
      `Next participant (completed session ${completed + 1} of this design): ${design}, task order ${taskOrder + 1}.`,
    notesHeading: 'Facilitator’s notes',
    notesIntro: 'For the researcher only. Do not write names or anything else that identifies someone.',
    notesLabel: (n, title) => `Task ${n}: ${title}`,
    saveNotes: 'Save notes',
    notesSaved: 'The notes have been saved.',
    preferenceVariant: { classic: 'classic', interactive: 'interactive', same: 'same' },
  },
};
