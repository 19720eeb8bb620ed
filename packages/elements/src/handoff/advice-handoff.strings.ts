import type { Locale } from '@advice-kit/core';

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

export const handoffStrings: Record<Locale, HandoffStrings> = {
  nl: {
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
  },
  en: {
    title: 'Keep or discuss this advice',
    intro: 'Show this summary to an employee, so you do not have to explain everything again.',
    actionsLabel: 'Keep or share the summary',
    copyLink: 'Copy link',
    copySummary: 'Copy summary',
    print: 'Print',
    share: 'Share',
    linkCopied: 'Link copied',
    summaryCopied: 'Summary copied',
    copyFailed: 'Copying did not work.',
    fallbackHelp: 'The text is selected in the field below. Copy it yourself with Ctrl+C (on a Mac: Cmd+C).',
    fallbackLink: 'Link to this advice',
    fallbackSummary: 'Summary of this advice',
    shared: 'Shared',
    shareFailed: 'Sharing did not work.',
    summaryTitle: (model) => `Summary – ${model}`,
    situation: 'Your situation',
    weights: 'What matters to you',
    advice: 'Advice',
    bestOption: 'Best choice',
    keyValues: 'With this choice:',
    moreAbout: (option) => `More about ${option}`,
    viewing: (scenario) => `The screen now shows the scenario “${scenario}”.`,
    viewingAdvice: (scenario, option) => `In the scenario “${scenario}” the advice is: ${option}.`,
    scenarios: 'Scenarios you looked at',
    scenarioAdvice: (option) => `Advice: ${option}`,
    differs: 'different from now',
    sameAsOwn: 'same as now',
    noChanges: 'no changes',
    none: 'None of the options fits this situation.',
    pending: 'Working out the advice…',
    adviceError: 'The advice could not be worked out just now.',
    scenarioError: 'No advice can be given for this scenario.',
    contact: 'Contact',
    contactDefault: 'Contact the organisation and show them this summary.',
    references: 'What the advice is based on',
    referencesUsed: 'Behind this advice',
    referencesOther: 'Other sources',
    referencesAll: 'Sources',
    illustrative: 'illustrative',
    newTab: '(opens in a new tab)',
    link: 'Link',
  },
};
