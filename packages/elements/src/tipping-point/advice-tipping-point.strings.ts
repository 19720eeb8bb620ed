import { localized } from '../shared/translations.js';

/** Every text `<advice-tipping-point>` shows. Values come in formatted, with their unit. */
export interface TippingPointStrings {
  /** A stretch from the lowest value: "Tot en met 13 ritten". */
  upTo: (value: string) => string;
  /** A stretch in the middle: "Van 14 tot en met 20 ritten". */
  between: (from: string, to: string) => string;
  /** One single value: "Bij 14 ritten". */
  at: (value: string) => string;
  /** The last stretch: "Vanaf 21 ritten". */
  from: (value: string) => string;
  /** The whole range has one best option. */
  everywhere: (from: string, to: string) => string;
  /** One line of the text equivalent: "Tot en met 13 ritten: Reizen op saldo." */
  line: (stretch: string, option: string) => string;
  /** Where no option is open. */
  none: string;
  /** The best option at the person's own answer. */
  yours: (value: string, option: string) => string;
  /** The person answered with a range ("tussen 8 en 12 ritten per week"), and the advice is the same across it. */
  yoursRange: (range: string, option: string) => string;
  /** The advice changes within the person's range; the advice shown is for its middle. */
  yoursRangeMiddle: (range: string, middle: string, option: string) => string;
  /** Why the advice changes at a threshold: a price crossing. */
  thresholdPrice: (value: string, option: string, versus: string) => string;
  /** Why the advice changes at a threshold: the person's weights, not a price crossing. */
  thresholdWeights: (value: string, option: string, versus: string) => string;
  /** The slider's spoken value: "14 ritten per week: Maandpas". */
  valueText: (value: string, option: string) => string;
  /** How to operate the band. */
  hint: string;
  /** The thresholds were found by sampling, not exactly. */
  notExact: string;
  /** Marks the person's own value in the choice list. */
  current: string;
  /** The `factor` attribute names no factor of the model. */
  unknownFactor: (id: string) => string;
  /** The visible name of the band's slider (and the start of its accessible name). */
  tryLabel: string;
  /** The band's slider's accessible name: its own, with the question it answers. */
  tryName: (question: string) => string;
  /** The visible name of the list of other answers (choice and yes/no questions). */
  chooseLabel: string;
  /** The list's accessible name, with the question it answers. */
  chooseName: (question: string) => string;
  /** That choosing a value here changes the person's answer. */
  changesAnswer: string;
}

/** Dutch: the kit's first language and every other language's fallback. English is in `advice-tipping-point.en.ts`, loaded when a page asks for it. */
const nl: TippingPointStrings = {
  upTo: (value) => `Tot en met ${value}`,
  between: (from, to) => `Van ${from} tot en met ${to}`,
  at: (value) => `Bij ${value}`,
  from: (value) => `Vanaf ${value}`,
  everywhere: (from, to) => `Bij elk antwoord van ${from} tot en met ${to}`,
  line: (stretch, option) => `${stretch}: ${option}.`,
  none: 'geen van de mogelijkheden',
  yours: (value, option) => `Bij uw antwoord (${value}) is ${option} het advies.`,
  yoursRange: (range, option) => `Bij elk antwoord ${range} is ${option} het advies.`,
  yoursRangeMiddle: (range, middle, option) =>
    `Uw antwoord ligt ${range}. In het midden daarvan (${middle}) is ${option} het advies. Binnen uw antwoord verandert het advies.`,
  thresholdPrice: (value, option, versus) => `Vanaf ${value} is ${option} goedkoper dan ${versus}.`,
  thresholdWeights: (value, option, versus) =>
    `Vanaf ${value} wordt ${option} het advies in plaats van ${versus}. Dat komt door wat u belangrijk vindt, niet door een prijsgrens.`,
  valueText: (value, option) => `${value}: ${option}`,
  hint: 'Klik op de balk of gebruik de pijltjestoetsen om te zien wat het advies wordt bij een ander antwoord.',
  notExact: 'Deze grenzen zijn een schatting. Ze kunnen een klein beetje anders liggen.',
  current: 'uw antwoord',
  unknownFactor: (id) => `Dit onderdeel kan niet worden getoond: er is geen vraag met de naam "${id}".`,
  tryLabel: 'Ander antwoord proberen',
  tryName: (question) => `Ander antwoord proberen: ${question}`,
  chooseLabel: 'Ander antwoord kiezen',
  chooseName: (question) => `Ander antwoord kiezen: ${question}`,
  changesAnswer: 'Kiest u hier een waarde, dan verandert uw antwoord op de vraag. Het advies verandert mee.',
};

/** The strings in a language (Dutch until that language has loaded). */
export const tippingPointStrings = localized('tippingPoint', nl);
