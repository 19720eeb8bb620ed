import type { BuiltInLocale as Locale } from '@advice-kit/core';

/** Texts of the researcher's findings and import. */
export interface FindingsStrings {
  heading: string;
  intro: (sessions: number, within: number, between: number) => string;
  none: string;
  measure: Record<string, string>;
  dimension: (label: string) => string;
  variant: Record<'classic' | 'interactive', string>;
  colVariant: string;
  colN: string;
  colMean: string;
  colMedian: string;
  interval: (low: string, high: string) => string;
  noInterval: string;
  within: (p: string, effect: string, n: number, exact: boolean) => string;
  between: (p: string, effect: string, n: number, exact: boolean) => string;
  tooSmall: string;
  noTest: string;
  chartLabel: (measure: string) => string;
  showTable: string;
  valuesCaption: (measure: string) => string;
  participant: string;
  png: (measure: string) => string;
  csvDescriptives: string;
  csvTests: string;
  preference: (counts: string) => string;
  preferenceName: Record<string, string>;
  importHeading: string;
  importLabel: string;
  importHint: string;
  imported: (added: number, extended: number, duplicates: number) => string;
  problem: (file: string, code: string, participant: string) => string;
  problemCode: Record<string, string>;
}

const nl: FindingsStrings = {
  heading: 'Bevindingen',
  intro: (n, w, b) =>
    `Uit ${n} afgeronde ${n === 1 ? 'sessie' : 'sessies'}: ${w} met beide versies (binnen proefpersonen), ${b} met één versie (tussen proefpersonen). Per deelnemer telt één waarde per versie.`,
  none: 'Er zijn nog geen afgeronde sessies.',
  measure: {
    sus: 'SUS-score (0–100)',
    time_to_decision_s: 'Tijd tot de keuze (seconden)',
    choice_correct: 'Juiste keuze (aandeel)',
    choice_matches_advice: 'Keuze gelijk aan het getoonde advies (aandeel)',
  },
  dimension: (label) => `${label} (gemiddelde, 1–7)`,
  variant: { classic: 'Klassiek formulier', interactive: 'Interactief advies' },
  colVariant: 'Versie',
  colN: 'n',
  colMean: 'Gemiddelde (95%-interval)',
  colMedian: 'Mediaan (95%-interval)',
  interval: (low, high) => `${low} tot ${high}`,
  noInterval: 'te weinig waarden',
  within: (p, e, n, exact) => `Wilcoxon-rangtekentoets (${n} paren${exact ? ', exact' : ''}): p = ${p}, effect r = ${e}.`,
  between: (p, e, n, exact) => `Mann-Whitney-U-toets (${n} deelnemers${exact ? ', exact' : ''}): p = ${p}, effect r = ${e}.`,
  tooSmall: 'Let op: met zo weinig deelnemers kan geen uitkomst een verschil aantonen. Zeg hier nog niets over.',
  noTest: 'Geen toets: er zijn geen waarden om te vergelijken.',
  chartLabel: (m) => `Waarden per deelnemer: ${m}`,
  showTable: 'Toon de waarden als tabel',
  valuesCaption: (m) => `Waarden per deelnemer: ${m}`,
  participant: 'Deelnemer',
  png: (m) => `Grafiek als PNG: ${m}`,
  csvDescriptives: 'CSV beschrijvende cijfers',
  csvTests: 'CSV toetsen',
  preference: (counts) => `Meer vertrouwen bij: ${counts}.`,
  preferenceName: { classic: 'het formulier', interactive: 'het interactieve advies', same: 'geen verschil' },
  importHeading: 'Gegevens van andere laptops',
  importLabel: 'JSON-exports importeren',
  importHint:
    'Kies een of meer JSON-bestanden die met ‘Alles als JSON’ zijn opgeslagen. Sessies die hier al staan, worden niet dubbel bewaard.',
  imported: (a, e, d) => `Geïmporteerd: ${a} nieuw, ${e} aangevuld, ${d} al aanwezig.`,
  problem: (file, code, participant) => `${file}${participant ? ` (${participant})` : ''}: ${code}`,
  problemCode: {
    'not-an-export': 'geen export van deze onderzoeksmodus',
    damaged: 'de gebeurtenissen zijn niet compleet of niet op volgorde; niet geïmporteerd',
    conflict: 'dezelfde sessie met andere gegevens dan hier; niet geïmporteerd',
  },
};

const en: FindingsStrings = {
  heading: 'Findings',
  intro: (n, w, b) =>
    `From ${n} completed ${n === 1 ? 'session' : 'sessions'}: ${w} with both versions (within subjects), ${b} with one version (between subjects). Each participant counts with one value per version.`,
  none: 'There are no completed sessions yet.',
  measure: {
    sus: 'SUS score (0–100)',
    time_to_decision_s: 'Time to the choice (seconds)',
    choice_correct: 'Correct choice (share)',
    choice_matches_advice: 'Choice equal to the advice shown (share)',
  },
  dimension: (label) => `${label} (mean, 1–7)`,
  variant: { classic: 'Classic form', interactive: 'Interactive advice' },
  colVariant: 'Version',
  colN: 'n',
  colMean: 'Mean (95% interval)',
  colMedian: 'Median (95% interval)',
  interval: (low, high) => `${low} to ${high}`,
  noInterval: 'too few values',
  within: (p, e, n, exact) => `Wilcoxon signed-rank test (${n} pairs${exact ? ', exact' : ''}): p = ${p}, effect r = ${e}.`,
  between: (p, e, n, exact) => `Mann–Whitney U test (${n} participants${exact ? ', exact' : ''}): p = ${p}, effect r = ${e}.`,
  tooSmall: 'Note: with so few participants no result can show a difference. Do not draw a conclusion yet.',
  noTest: 'No test: there are no values to compare.',
  chartLabel: (m) => `Values per participant: ${m}`,
  showTable: 'Show the values as a table',
  valuesCaption: (m) => `Values per participant: ${m}`,
  participant: 'Participant',
  png: (m) => `Chart as PNG: ${m}`,
  csvDescriptives: 'CSV descriptives',
  csvTests: 'CSV tests',
  preference: (counts) => `More confidence with: ${counts}.`,
  preferenceName: { classic: 'the form', interactive: 'the interactive advice', same: 'no difference' },
  importHeading: 'Data from other laptops',
  importLabel: 'Import JSON exports',
  importHint: 'Choose one or more JSON files saved with ‘All as JSON’. Sessions already here are not kept twice.',
  imported: (a, e, d) => `Imported: ${a} new, ${e} extended, ${d} already here.`,
  problem: (file, code, participant) => `${file}${participant ? ` (${participant})` : ''}: ${code}`,
  problemCode: {
    'not-an-export': 'not an export of this study mode',
    damaged: 'the events are incomplete or out of order; not imported',
    conflict: 'the same session with other data than here; not imported',
  },
};

export const findingsStrings: Record<Locale, FindingsStrings> = { nl, en };
