import { localized } from '../shared/translations.js';

/** Everything `<advice-questions>` says itself; the questions come from the model. */
export interface QuestionsStrings {
  /** Title, shown only when `heading-level` is set. */
  title: string;
  /** Checkbox that turns a number answer into a range. */
  notSure: string;
  /** Visible words around the two range fields: "tussen … en …". */
  between: string;
  and: string;
  /** Hidden extra words that tell the two range fields apart for screen readers. */
  lowest: string;
  highest: string;
  /** Explains the range fields. */
  rangeHelp: string;
  yes: string;
  no: string;
  /** "Vraag 2 van 5". */
  progress: (step: number, total: number) => string;
  /** Progress text on the summary after the last question. */
  progressDone: string;
  back: string;
  next: string;
  /** Label of the button on the last question, which opens the summary. */
  toSummary: string;
  summaryTitle: string;
  summaryIntro: string;
  /** Visible text of a summary row's button; the question follows, visually hidden. */
  change: string;
}

/** Dutch: the kit's first language and every other language's fallback. English is in `advice-questions.en.ts`, loaded when a page asks for it. */
const nl: QuestionsStrings = {
  title: 'Uw situatie',
  notSure: 'Ik weet het niet precies',
  between: 'tussen',
  and: 'en',
  lowest: 'laagste waarde',
  highest: 'hoogste waarde',
  rangeHelp: 'Vul in tussen welke getallen uw antwoord ligt. Wij kijken of het advies dan hetzelfde blijft.',
  yes: 'Ja',
  no: 'Nee',
  progress: (step, total) => `Vraag ${step} van ${total}`,
  progressDone: 'Alle vragen zijn beantwoord',
  back: 'Vorige',
  next: 'Volgende',
  toSummary: 'Naar het overzicht',
  summaryTitle: 'Uw antwoorden',
  summaryIntro: 'Kijk of alles klopt. U kunt elk antwoord nog wijzigen.',
  change: 'Wijzigen',
};

/** The strings in a language (Dutch until that language has loaded). */
export const questionsStrings = localized('questions', nl);
