import { localized } from '../shared/translations.js';

/** Every text `<advice-handoff>` shows or copies, per language. */
export interface HandoffStrings {
  title: string;
  intro: string;
  actionsLabel: string;
  copyLink: string;
  copySummary: string;
  print: string;
  share: string;
  linkCopied: string;
  summaryCopied: string;
  copyFailed: string;
  /** Instructions next to the selected text field when copying failed. */
  fallbackHelp: string;
  fallbackLink: string;
  fallbackSummary: string;
  shared: string;
  shareFailed: string;
  /** Title of the summary: "Sportabonnement: samenvatting". */
  summaryTitle: (model: string) => string;
  situation: string;
  weights: string;
  advice: string;
  bestOption: string;
  /** The line above the values of the best option. */
  keyValues: string;
  moreAbout: (option: string) => string;
  viewing: (scenario: string) => string;
  viewingAdvice: (scenario: string, option: string) => string;
  scenarios: string;
  scenarioAdvice: (option: string) => string;
  differs: string;
  sameAsOwn: string;
  noChanges: string;
  none: string;
  pending: string;
  adviceError: string;
  scenarioError: string;
  contact: string;
  contactDefault: string;
  references: string;
  referencesUsed: string;
  referencesOther: string;
  referencesAll: string;
  illustrative: string;
  newTab: string;
  link: string;
}

/** Dutch: the kit's first language and every other language's fallback. English is in `advice-handoff.en.ts`, loaded when a page asks for it. */
const nl: HandoffStrings = {
  title: 'Advies bewaren of bespreken',
  intro: 'Laat deze samenvatting zien aan een medewerker. Dan hoeft u niets opnieuw te vertellen.',
  actionsLabel: 'Samenvatting bewaren of delen',
  copyLink: 'Kopieer link',
  copySummary: 'Kopieer samenvatting',
  print: 'Afdrukken',
  share: 'Delen',
  linkCopied: 'Link gekopieerd',
  summaryCopied: 'Samenvatting gekopieerd',
  copyFailed: 'Kopiëren lukte niet.',
  fallbackHelp: 'De tekst staat geselecteerd in het veld hieronder. Kopieer hem zelf met Ctrl+C (op een Mac: Cmd+C).',
  fallbackLink: 'Link naar dit advies',
  fallbackSummary: 'Samenvatting van dit advies',
  shared: 'Gedeeld',
  shareFailed: 'Delen lukte niet.',
  summaryTitle: (model) => `Samenvatting – ${model}`,
  situation: 'Uw situatie',
  weights: 'Wat u belangrijk vindt',
  advice: 'Advies',
  bestOption: 'Beste keuze',
  keyValues: 'Bij deze keuze:',
  moreAbout: (option) => `Meer over ${option}`,
  viewing: (scenario) => `Op het scherm staat nu het scenario “${scenario}”.`,
  viewingAdvice: (scenario, option) => `In het scenario “${scenario}” is het advies: ${option}.`,
  scenarios: "Scenario's die u heeft bekeken",
  scenarioAdvice: (option) => `Advies: ${option}`,
  differs: 'anders dan nu',
  sameAsOwn: 'hetzelfde als nu',
  noChanges: 'geen wijzigingen',
  none: 'Geen keuze past bij deze situatie.',
  pending: 'Het advies wordt berekend…',
  adviceError: 'Het advies kon nu niet worden berekend.',
  scenarioError: 'Voor dit scenario kan geen advies worden gegeven.',
  contact: 'Contact',
  contactDefault: 'Neem contact op met de organisatie en laat deze samenvatting zien.',
  references: 'Waar het advies op rust',
  referencesUsed: 'Bij dit advies',
  referencesOther: 'Andere bronnen',
  referencesAll: 'Bronnen',
  illustrative: 'voorbeeld',
  newTab: '(opent in een nieuw tabblad)',
  link: 'Link',
};

/** The strings in a language (Dutch until that language has loaded). */
export const handoffStrings = localized('handoff', nl);
