import type { Locale } from '@advice-kit/core';

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
  flipUp: (value: string, option: string) => string;
  flipDown: (value: string, option: string) => string;
  flipUpNone: (value: string) => string;
  flipDownNone: (value: string) => string;
  flipChoice: (question: string, answer: string, option: string) => string;
  flipChoiceNone: (question: string, answer: string) => string;
  noFlips: string;

  noneTitle: string;
  noneIntro: string;
  /** What the live region says when the best option changed. */
  announce: (option: string) => string;
  announceNone: string;
}

export const resultStrings: Record<Locale, ResultStrings> = {
  nl: {
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
    flipUp: (value, option) => `Vanaf ${value} is ${option} het beste.`,
    flipDown: (value, option) => `Bij ${value} of minder is ${option} het beste.`,
    flipUpNone: (value) => `Vanaf ${value} past geen van de mogelijkheden.`,
    flipDownNone: (value) => `Bij ${value} of minder past geen van de mogelijkheden.`,
    flipChoice: (question, answer, option) => `Als uw antwoord op "${question}" ${answer} is, dan is ${option} het beste.`,
    flipChoiceNone: (question, answer) => `Als uw antwoord op "${question}" ${answer} is, dan past geen van de mogelijkheden.`,
    noFlips: 'Het advies blijft hetzelfde als u één van uw antwoorden verandert.',

    noneTitle: 'Geen van de mogelijkheden past bij deze situatie.',
    noneIntro: 'Dit is de reden per mogelijkheid:',
    announce: (option) => `Advies: ${option}`,
    announceNone: 'Advies: geen van de mogelijkheden past',
  },
  en: {
    title: 'Our advice',
    bestIntro: 'We recommend:',
    moreAbout: (option) => `More about ${option}`,
    keyValues: (option) => `Details of ${option}`,
    notes: 'Please note',
    notesOf: (option) => `Please note for ${option}`,

    why: 'Why this advice?',
    whyIntro: (option) => `This is how ${option} gets its points. The more something matters to you, the more points it can give.`,
    countsMost: (criterion, value) => `${criterion} counts the most: ${value}.`,
    countsToo: (criterion, value) => `${criterion} counts too: ${value}.`,
    countsNot: (criterion, value) => `${criterion} does not count, because you said it does not matter: ${value}.`,
    points: (points, possible) => `${points} of the ${possible} possible points`,
    totalScore: (option, score) => `${option} gets ${score} of 100 points in total.`,

    ranking: 'All options compared',
    rankingIntro: 'From the best fit to the worst.',
    score: (score) => `${score} of 100 points`,
    notOpen: 'Does not fit your situation',
    noReason: 'No reason given.',

    sure: 'How sure is this advice?',
    onlyOne: (best) => `${best} is the only option that fits your situation.`,
    clearLead: (best, runnerUp) => `${best} fits clearly better than ${runnerUp}.`,
    smallLead: (best, runnerUp) => `${best} fits better than ${runnerUp}, but the difference is small.`,
    tinyLead: (best, runnerUp) =>
      `${best} and ${runnerUp} fit almost equally well. Think about what matters to you, because a small change can turn the advice around.`,
    holds: (best, range) => `The advice stays ${best} for any answer ${range}.`,
    dependsOn: (question, range) => `The advice depends on your exact answer to "${question}" (${range}):`,
    stretch: (from, to) => `From ${from} up to and including ${to}`,
    at: (value) => `At ${value}`,
    middle: (value) => `The advice above assumes the middle: ${value}.`,
    noOption: 'no option fits',

    change: 'What would change the advice?',
    flipUp: (value, option) => `From ${value}, ${option} is best.`,
    flipDown: (value, option) => `At ${value} or less, ${option} is best.`,
    flipUpNone: (value) => `From ${value}, none of the options fits.`,
    flipDownNone: (value) => `At ${value} or less, none of the options fits.`,
    flipChoice: (question, answer, option) => `If your answer to "${question}" is ${answer}, ${option} is best.`,
    flipChoiceNone: (question, answer) => `If your answer to "${question}" is ${answer}, none of the options fits.`,
    noFlips: 'The advice stays the same if you change any one of your answers.',

    noneTitle: 'None of the options fits this situation.',
    noneIntro: 'This is the reason for each option:',
    announce: (option) => `Advice: ${option}`,
    announceNone: 'Advice: none of the options fits',
  },
};
