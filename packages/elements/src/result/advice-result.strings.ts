import type { CostPeriod } from '@advice-kit/core';
import { localized } from '../shared/translations.js';

/** Everything `<advice-result>` says itself; option and criterion names come from the model. */
export interface ResultStrings {
  /** Title, shown only when `heading-level` is set. */
  title: string;
  /** Words before the best option. */
  bestIntro: string;
  /** Text of the link to an option's page. */
  moreAbout: (option: string) => string;
  /** Accessible name of the list of the best option's values. */
  keyValues: (option: string) => string;
  /** Accessible name of the notes that go with an option. */
  notes: string;
  /** Accessible name of an option's notes in the ranking. */
  notesOf: (option: string) => string;

  why: string;
  whyIntro: (option: string) => string;
  /** The criterion that counts most; "value" is the option's value on it. */
  countsMost: (criterion: string, value: string) => string;
  countsToo: (criterion: string, value: string) => string;
  countsNot: (criterion: string, value: string) => string;
  /** Points of the score a criterion gave, out of the most it could give. */
  points: (points: string, possible: string) => string;
  totalScore: (option: string, score: string) => string;

  ranking: string;
  rankingIntro: string;
  score: (score: string) => string;
  notOpen: string;
  noReason: string;

  sure: string;
  onlyOne: (best: string) => string;
  clearLead: (best: string, runnerUp: string) => string;
  smallLead: (best: string, runnerUp: string) => string;
  tinyLead: (best: string, runnerUp: string) => string;
  /** The uncertain answer, e.g. "tussen 8 en 12 keer per maand". */
  holds: (best: string, range: string) => string;
  dependsOn: (question: string, range: string) => string;
  /** One stretch of an uncertain range: "van 8 tot en met 9 keer per maand". */
  stretch: (from: string, to: string) => string;
  at: (value: string) => string;
  middle: (value: string) => string;
  noOption: string;

  change: string;
  /** A price crossing: from this value the option is cheaper than the one it takes over from. */
  flipUpPrice: (value: string, option: string, versus: string) => string;
  flipDownPrice: (value: string, option: string, versus: string) => string;
  /** A change that comes from the person's weights, not from a price crossing. */
  flipUpWeights: (value: string, option: string, versus: string) => string;
  flipDownWeights: (value: string, option: string, versus: string) => string;
  flipUp: (value: string, option: string) => string;
  flipDown: (value: string, option: string) => string;
  flipUpNone: (value: string) => string;
  flipDownNone: (value: string) => string;
  flipChoice: (question: string, answer: string, option: string) => string;
  flipChoiceNone: (question: string, answer: string) => string;
  noFlips: string;

  /** "per maand": after a money amount of a cost per period. */
  per: Record<CostPeriod, string>;
  /** The advice is the cheapest open option. */
  isCheapest: (option: string) => string;
  /** A cheaper option than the advice: amount with its period, the yearly amount or null, what it asks (a clause) or null. */
  cheaper: (option: string, amount: string, perYear: string | null, drawback: string | null) => string;
  /** Why the advice all the same: what it gives (the model's sentence), or null. */
  whyStill: (option: string, benefit: string | null) => string;
  /** "Why not X?" in the comparison, for an option that costs more, less or the same. */
  whyNot: (option: string) => string;
  dearerBy: (option: string, amount: string) => string;
  cheaperBy: (option: string, amount: string, drawback: string | null) => string;
  sameCost: (option: string, drawback: string | null) => string;
  /** The why, in money: a criterion with the advice's value, and what the criterion is worth to the person. */
  whyMoneyIntro: (option: string) => string;
  costIs: (criterion: string, value: string) => string;
  worth: (criterion: string, value: string, amount: string) => string;
  worthNothing: (criterion: string, value: string) => string;
  /** The model's rule for its default weights follows. */
  defaultRule: string;
  /** The advice belongs to a scenario, not to the person's own answers. */
  scenarioAdvice: (name: string) => string;
  backToOwn: string;

  noneTitle: string;
  noneIntro: string;
  /** What the live region says when the best option changed. */
  announce: (option: string) => string;
  announceNone: string;
}

/** Dutch: the kit's first language and every other language's fallback. English is in `advice-result.en.ts`, loaded when a page asks for it. */
const nl: ResultStrings = {
  title: 'Ons advies',
  bestIntro: 'Wij raden aan:',
  moreAbout: (option) => `Meer over ${option}`,
  keyValues: (option) => `Gegevens van ${option}`,
  notes: 'Let op',
  notesOf: (option) => `Let op bij ${option}`,

  why: 'Waarom dit advies?',
  whyIntro: (option) => `Zo komt ${option} aan zijn punten. Hoe zwaarder iets voor u telt, hoe meer punten het kan opleveren.`,
  countsMost: (criterion, value) => `${criterion} telt het zwaarst mee: ${value}.`,
  countsToo: (criterion, value) => `${criterion} telt ook mee: ${value}.`,
  countsNot: (criterion, value) => `${criterion} telt niet mee, omdat u het niet belangrijk vindt: ${value}.`,
  points: (points, possible) => `${points} van de ${possible} mogelijke punten`,
  totalScore: (option, score) => `${option} haalt in totaal ${score} van de 100 punten.`,

  ranking: 'Alle mogelijkheden vergeleken',
  rankingIntro: 'Van best passend naar minst passend.',
  score: (score) => `${score} van de 100 punten`,
  notOpen: 'Past niet bij uw situatie',
  noReason: 'Geen reden bekend.',

  sure: 'Hoe zeker is dit advies?',
  onlyOne: (best) => `${best} is de enige mogelijkheid die bij uw situatie past.`,
  clearLead: (best, runnerUp) => `${best} past duidelijk beter dan ${runnerUp}.`,
  smallLead: (best, runnerUp) => `${best} past beter dan ${runnerUp}, maar het verschil is klein.`,
  tinyLead: (best, runnerUp) =>
    `${best} en ${runnerUp} passen bijna even goed. Kijk ook zelf wat u belangrijk vindt, want een kleine verandering kan het advies omdraaien.`,
  holds: (best, range) => `Het advies blijft ${best} voor elk antwoord ${range}.`,
  dependsOn: (question, range) => `Het advies hangt af van uw precieze antwoord op "${question}" (${range}):`,
  stretch: (from, to) => `Van ${from} tot en met ${to}`,
  at: (value) => `Bij ${value}`,
  middle: (value) => `Het advies hierboven gaat uit van het midden: ${value}.`,
  noOption: 'geen mogelijkheid past',

  change: 'Wat kan het advies veranderen?',
  flipUpPrice: (value, option, versus) => `Vanaf ${value} is ${option} goedkoper dan ${versus}. Dan wordt ${option} het advies.`,
  flipDownPrice: (value, option, versus) => `Bij ${value} of minder is ${option} goedkoper dan ${versus}. Dan wordt ${option} het advies.`,
  flipUpWeights: (value, option, versus) =>
    `Vanaf ${value} wordt ${option} het advies in plaats van ${versus}. Dat komt door wat u belangrijk vindt, niet door een prijsgrens.`,
  flipDownWeights: (value, option, versus) =>
    `Bij ${value} of minder wordt ${option} het advies in plaats van ${versus}. Dat komt door wat u belangrijk vindt, niet door een prijsgrens.`,
  flipUp: (value, option) => `Vanaf ${value} wordt ${option} het advies.`,
  flipDown: (value, option) => `Bij ${value} of minder wordt ${option} het advies.`,
  flipUpNone: (value) => `Vanaf ${value} past geen van de mogelijkheden.`,
  flipDownNone: (value) => `Bij ${value} of minder past geen van de mogelijkheden.`,
  flipChoice: (question, answer, option) => `Als uw antwoord op "${question}" ${answer} is, dan wordt ${option} het advies.`,
  flipChoiceNone: (question, answer) => `Als uw antwoord op "${question}" ${answer} is, dan past geen van de mogelijkheden.`,
  noFlips: 'Het advies blijft hetzelfde als u één van uw antwoorden verandert.',

  per: { week: 'per week', month: 'per maand', year: 'per jaar' },
  isCheapest: (option) => `${option} is de goedkoopste mogelijkheid die bij u past.`,
  cheaper: (option, amount, perYear, drawback) =>
    `${option} is ${amount} goedkoper${perYear ? ` (${perYear} per jaar)` : ''}${drawback ? `, maar ${drawback}` : ''}.`,
  whyStill: (option, benefit) =>
    `Waarom dan toch ${option}? ${benefit ? `${benefit} ` : ''}Dat weegt voor u zwaarder dan het verschil in prijs.`,
  whyNot: (option) => `Waarom niet ${option}?`,
  dearerBy: (option, amount) => `${option} kost ${amount} meer.`,
  cheaperBy: (option, amount, drawback) => `${option} is ${amount} goedkoper${drawback ? `, maar ${drawback}` : ''}.`,
  sameCost: (option, drawback) => `${option} kost evenveel${drawback ? `, maar ${drawback}` : ''}.`,
  whyMoneyIntro: (option) => `Zo kiezen we ${option}: we kijken naar de prijs, en rekenen wat u verder belangrijk vindt om naar geld.`,
  costIs: (criterion, value) => `${criterion}: ${value}.`,
  worth: (criterion, value, amount) => `${criterion}: ${value}. Dit is u tot ${amount} waard.`,
  worthNothing: (criterion, value) => `${criterion}: ${value}. Dit telt niet mee, omdat u het niet belangrijk vindt.`,
  defaultRule: 'Hoe wij kiezen:',
  scenarioAdvice: (name) => `Advies bij scenario: ${name}`,
  backToOwn: 'Terug naar mijn eigen situatie',

  noneTitle: 'Geen van de mogelijkheden past bij deze situatie.',
  noneIntro: 'Dit is de reden per mogelijkheid:',
  announce: (option) => `Advies: ${option}`,
  announceNone: 'Advies: geen van de mogelijkheden past',
};

/** The strings in a language (Dutch until that language has loaded). */
export const resultStrings = localized('result', nl);
