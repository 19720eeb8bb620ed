import type { Locale } from '@advice-kit/core';
import { localized } from '../shared/translations.js';

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
  /** A mark under the chart: the advice changes where the lines cross. `money`: the criterion is a cost. */
  markPrice: (at: string, to: string, from: string, criterion: string, money: boolean) => string;
  /** A mark: the advice changes where the lines do not cross, so the person's weights decide. */
  markWeights: (at: string, to: string, from: string, money: boolean) => string;
  /** A mark: the advice changes because an option opens. */
  markOpens: (at: string, to: string) => string;
  /** A mark: the advice changes because the advised option closes. */
  markCloses: (at: string, from: string, to: string) => string;
  /** A mark: another option is best on the criterion (the cheapest), the advice staying the same (`same`). */
  markBest: (at: string, to: string, from: string, criterion: string, money: boolean, same: boolean) => string;
  /** What the key's symbols mean. */
  keyCross: string;
  keyNumbers: string;
  /** The stretch shown around the answer. */
  focused: (xFrom: string, xTo: string, yFrom: string, yTo: string) => string;
  /** The toggle between the stretch around the answer and everything; pressed when everything is shown. */
  wholeRange: string;
  /** Options whose lines are not in the stretch shown. */
  outOfView: (options: string) => string;
  /** Options open nowhere in the range (they have no line and no column). */
  notOpen: (options: string) => string;
  /** Name of the scrollable area around the table. */
  tableRegion: string;
  unknownFactor: (id: string) => string;
  notNumber: (label: string) => string;
  unknownCriterion: (id: string) => string;
}

/** Dutch: the kit's first language and every other language's fallback. English is in `advice-chart.en.ts`, loaded when a page asks for it. */
const nl: ChartStrings = {
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
  markPrice: (at, to, from, criterion, money) =>
    money
      ? `Vanaf ${at} is ${to} goedkoper dan ${from}. Daarom raden wij vanaf daar ${to} aan.`
      : `Vanaf ${at} is ${to} beter dan ${from} op ${criterion}. Daarom raden wij vanaf daar ${to} aan.`,
  markWeights: (at, to, from, money) =>
    `Vanaf ${at} raden wij ${to} aan in plaats van ${from}. ${money ? 'De prijzen kruisen' : 'De lijnen kruisen'} hier niet: dit komt door wat u belangrijk vindt.`,
  markOpens: (at, to) => `Vanaf ${at} kunt u ${to} krijgen. Wij raden het vanaf daar aan.`,
  markCloses: (at, from, to) => `Vanaf ${at} kunt u ${from} niet meer krijgen. Wij raden dan ${to} aan.`,
  markBest: (at, to, from, criterion, money, same) =>
    `${money ? `Vanaf ${at} is ${to} het goedkoopst (goedkoper dan ${from}).` : `Vanaf ${at} is ${to} het beste op ${criterion} (beter dan ${from}).`}${same ? ' Het advies verandert hier niet.' : ''}`,
  keyCross: 'Cirkel: hier kruisen twee lijnen.',
  keyNumbers: 'De nummers boven de grafiek staan hieronder uitgelegd.',
  focused: (xFrom, xTo, yFrom, yTo) => `U ziet het deel rond uw antwoord: ${xFrom} tot ${xTo}, ${yFrom} tot ${yTo}.`,
  wholeRange: 'Toon de hele grafiek',
  outOfView: (options) => `Niet in dit deel: ${options}.`,
  notOpen: (options) => `In deze situatie niet mogelijk: ${options}.`,
  tableRegion: 'Tabel met de cijfers van de grafiek',
  unknownFactor: (id) => `Deze grafiek verwijst naar een vraag die niet bestaat (${id}).`,
  notNumber: (label) => `Deze grafiek werkt alleen bij een vraag met een getal als antwoord. „${label}” is zo'n vraag niet.`,
  unknownCriterion: (id) => `Deze grafiek verwijst naar iets om te vergelijken dat niet bestaat (${id}).`,
};

/** The strings in a language (Dutch until that language has loaded). */
export const chartStrings = localized('chart', nl);
