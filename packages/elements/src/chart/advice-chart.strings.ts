import type { Locale } from '@advice-kit/core';
import { intlLocale } from '../shared/locale.js';

/** Texts of `<advice-chart>`. Values come in formatted ("10 keer per maand", "Maandpas"). */
export interface ChartStrings {
  /** Heading, when `heading-level` is set. */
  title: (criterion: string) => string;
  /** The toggle button; its pressed state says whether the table is shown. */
  showTable: string;
  /** A table cell where an option is not open to the person. */
  notAvailable: string;
  /** First sentence of the chart's text alternative and the table's caption. */
  summary: (criterion: string, options: string, from: string, to: string) => string;
  /** The advice changes at a threshold. */
  changeTo: (at: string, option: string) => string;
  /** From a threshold on, no option is open. */
  changeToNone: (at: string) => string;
  /** No threshold in the whole range. */
  sameEverywhere: (option: string) => string;
  /** No option is open anywhere in the range. */
  noneEverywhere: string;
  /** The person's own answer, in the text alternative. */
  yourValue: (value: string) => string;
  /** Label of the person's value on the chart. */
  yourAnswer: string;
  /** Label of a threshold on the chart ("vanaf 10"). */
  from: (at: string) => string;
  /** Row markers in the table. */
  rowYours: string;
  rowChange: string;
  /** What the two kinds of vertical line mean. */
  keyYours: string;
  keyChange: string;
  /** Name of the scrollable area around the table. */
  tableRegion: string;
  unknownFactor: (id: string) => string;
  notNumber: (label: string) => string;
  unknownCriterion: (id: string) => string;
}

/** "a, b en c" / "a, b and c". */
export function joinList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}

export const chartStrings: Record<Locale, ChartStrings> = {
  nl: {
    title: (criterion) => `${criterion} vergeleken`,
    showTable: 'Toon als tabel',
    notAvailable: 'niet mogelijk',
    summary: (criterion, options, from, to) => `${criterion} van ${options}, van ${from} tot ${to}.`,
    changeTo: (at, option) => `Vanaf ${at} raden wij ${option} aan.`,
    changeToNone: (at) => `Vanaf ${at} past geen van de mogelijkheden.`,
    sameEverywhere: (option) => `Het advies is overal ${option}.`,
    noneEverywhere: 'Geen van de mogelijkheden past ergens in dit bereik.',
    yourValue: (value) => `Uw antwoord: ${value}.`,
    yourAnswer: 'Uw antwoord',
    from: (at) => `vanaf ${at}`,
    rowYours: 'uw antwoord',
    rowChange: 'advies verandert',
    keyYours: 'Doorgetrokken lijn: uw antwoord.',
    keyChange: 'Streepjeslijn: hier verandert het advies.',
    tableRegion: 'Tabel met de cijfers van de grafiek',
    unknownFactor: (id) => `Deze grafiek verwijst naar een vraag die niet bestaat (${id}).`,
    notNumber: (label) => `Deze grafiek werkt alleen bij een vraag met een getal als antwoord. „${label}” is zo'n vraag niet.`,
    unknownCriterion: (id) => `Deze grafiek verwijst naar iets om te vergelijken dat niet bestaat (${id}).`,
  },
  en: {
    title: (criterion) => `${criterion} compared`,
    showTable: 'Show as table',
    notAvailable: 'not available',
    summary: (criterion, options, from, to) => `${criterion} of ${options}, from ${from} to ${to}.`,
    changeTo: (at, option) => `From ${at} we advise ${option}.`,
    changeToNone: (at) => `From ${at} none of the options fits.`,
    sameEverywhere: (option) => `The advice is ${option} everywhere.`,
    noneEverywhere: 'None of the options fits anywhere in this range.',
    yourValue: (value) => `Your answer: ${value}.`,
    yourAnswer: 'Your answer',
    from: (at) => `from ${at}`,
    rowYours: 'your answer',
    rowChange: 'advice changes',
    keyYours: 'Solid line: your answer.',
    keyChange: 'Dashed line: here the advice changes.',
    tableRegion: 'Table with the numbers of the chart',
    unknownFactor: (id) => `This chart refers to a question that does not exist (${id}).`,
    notNumber: (label) => `This chart only works with a question answered by a number. “${label}” is not such a question.`,
    unknownCriterion: (id) => `This chart refers to something to compare that does not exist (${id}).`,
  },
};
