import { localized } from '../shared/translations.js';

/** Every text `<advice-scenarios>` shows, per language. */
export interface ScenariosStrings {
  title: string;
  /** A change that follows another answer: in verhouding tot “Reisdagen”. */
  inProportionTo: (label: string) => string;
  intro: string;
  empty: string;
  /** The list of the person's scenarios. */
  listLabel: string;
  suggestionsLabel: string;
  /** Text of a suggestion button: "Wat als: Vaker sporten". */
  suggestion: (name: string) => string;
  add: string;
  /** Name of a new blank scenario. */
  blankName: (n: number) => string;
  /** Name of a copy. */
  copyName: (name: string) => string;
  view: string;
  viewing: string;
  backToOwn: string;
  /** Banner while a scenario is active. */
  viewingBanner: (name: string) => string;
  edit: string;
  duplicate: string;
  remove: string;
  nameLabel: string;
  nameRequired: string;
  changesLegend: (name: string) => string;
  asNow: string;
  /** The hint under a number field: what an empty field means. */
  asNowHint: (value: string) => string;
  /** Hint under a number field whose override came relative to the person's value. */
  relativeHint: (change: string) => string;
  yes: string;
  no: string;
  noChanges: string;
  removed: string;
  removedNotice: (name: string) => string;
  undo: string;
  restored: string;
  added: string;
  compareCaption: string;
  compareHint: string;
  now: string;
  rowHeader: string;
  bestOption: string;
  /** Row header of a criterion value: "Kosten per maand". */
  criterionRow: (criterion: string) => string;
  none: string;
  changed: string;
  /** Where the advice differs; `list` is the scenario names joined in the person's language. */
  changedIn: (count: number, list: string) => string;
  stable: (option: string) => string;
  scenarioError: string;
  noValue: string;
}

/** Dutch: the kit's first language and every other language's fallback. English is in `advice-scenarios.en.ts`, loaded when a page asks for it. */
const nl: ScenariosStrings = {
  title: "Scenario's",
  inProportionTo: (label) => `in verhouding tot “${label}”`,
  intro: 'Probeer uit wat er gebeurt als uw situatie verandert. Uw eigen antwoorden blijven hetzelfde.',
  empty: 'U heeft nog geen scenario gemaakt. Voeg er een toe om te zien of het advies dan verandert.',
  listLabel: "Uw scenario's",
  suggestionsLabel: 'Voorbeelden om te proberen',
  suggestion: (name) => `Wat als: ${name}`,
  add: 'Scenario toevoegen',
  blankName: (n) => `Scenario ${n}`,
  copyName: (name) => `${name} (kopie)`,
  view: 'Bekijk dit scenario',
  viewing: 'U bekijkt dit scenario. Het advies op de pagina hoort bij dit scenario.',
  backToOwn: 'Terug naar mijn eigen situatie',
  viewingBanner: (name) => `U bekijkt nu het scenario “${name}”.`,
  edit: 'Wijzigen',
  duplicate: 'Kopie maken',
  remove: 'Verwijderen',
  nameLabel: 'Naam van het scenario',
  nameRequired: 'Geef het scenario een naam.',
  changesLegend: (name) => `Wat is anders in “${name}”?`,
  asNow: 'zoals nu',
  asNowHint: (value) => `Leeg laten = zoals nu (${value}).`,
  relativeHint: (change) => `Uitgerekend vanuit uw eigen antwoord (${change}).`,
  yes: 'ja',
  no: 'nee',
  noChanges: 'Nog niets veranderd: dit scenario is gelijk aan uw situatie.',
  removed: 'Scenario verwijderd',
  removedNotice: (name) => `Het scenario “${name}” is verwijderd.`,
  undo: 'Ongedaan maken',
  restored: 'Scenario teruggezet',
  added: 'Scenario toegevoegd',
  compareCaption: "Uw situatie en de scenario's naast elkaar",
  compareHint: 'Is de tabel te breed? Schuif dan opzij om alle kolommen te zien.',
  now: 'Nu',
  rowHeader: 'Onderdeel',
  bestOption: 'Beste keuze',
  criterionRow: (criterion) => criterion,
  none: 'Geen keuze past',
  changed: 'anders',
  changedIn: (count, list) =>
    count === 1 ? `Het advies is anders in het scenario ${list}.` : `Het advies is anders in ${count} scenario's: ${list}.`,
  stable: (option) => `Het advies is in alle scenario's hetzelfde: ${option}.`,
  scenarioError: 'Voor dit scenario kan geen advies worden gegeven:',
  noValue: 'geen waarde',
};

/** The strings in a language (Dutch until that language has loaded). */
export const scenariosStrings = localized('scenarios', nl);
