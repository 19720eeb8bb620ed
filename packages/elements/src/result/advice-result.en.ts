import type { ResultStrings } from './advice-result.strings.js';

/** English texts of `<advice-result>`. */
export const resultEn: ResultStrings = {
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
  flipUpPrice: (value, option, versus) => `From ${value}, ${option} is cheaper than ${versus}. Then ${option} becomes the advice.`,
  flipDownPrice: (value, option, versus) => `At ${value} or less, ${option} is cheaper than ${versus}. Then ${option} becomes the advice.`,
  flipUpWeights: (value, option, versus) =>
    `From ${value}, ${option} becomes the advice instead of ${versus}. That comes from what matters to you, not from a price limit.`,
  flipDownWeights: (value, option, versus) =>
    `At ${value} or less, ${option} becomes the advice instead of ${versus}. That comes from what matters to you, not from a price limit.`,
  flipUp: (value, option) => `From ${value}, ${option} becomes the advice.`,
  flipDown: (value, option) => `At ${value} or less, ${option} becomes the advice.`,
  flipUpNone: (value) => `From ${value}, none of the options fits.`,
  flipDownNone: (value) => `At ${value} or less, none of the options fits.`,
  flipChoice: (question, answer, option) => `If your answer to "${question}" is ${answer}, ${option} becomes the advice.`,
  flipChoiceNone: (question, answer) => `If your answer to "${question}" is ${answer}, none of the options fits.`,
  noFlips: 'The advice stays the same if you change any one of your answers.',

  per: { week: 'a week', month: 'a month', year: 'a year' },
  isCheapest: (option) => `${option} is the cheapest option that fits you.`,
  cheaper: (option, amount, perYear, drawback) =>
    `${option} is ${amount} cheaper${perYear ? ` (${perYear} a year)` : ''}${drawback ? `, but ${drawback}` : ''}.`,
  whyStill: (option, benefit) =>
    `Why ${option} all the same? ${benefit ? `${benefit} ` : ''}That matters more to you than the difference in price.`,
  whyNot: (option) => `Why not ${option}?`,
  dearerBy: (option, amount) => `${option} costs ${amount} more.`,
  cheaperBy: (option, amount, drawback) => `${option} is ${amount} cheaper${drawback ? `, but ${drawback}` : ''}.`,
  sameCost: (option, drawback) => `${option} costs the same${drawback ? `, but ${drawback}` : ''}.`,
  whyMoneyIntro: (option) => `This is how we choose ${option}: we look at the price, and turn what else matters to you into money.`,
  costIs: (criterion, value) => `${criterion}: ${value}.`,
  worth: (criterion, value, amount) => `${criterion}: ${value}. This is worth up to ${amount} to you.`,
  worthNothing: (criterion, value) => `${criterion}: ${value}. This does not count, because you said it does not matter.`,
  defaultRule: 'How we choose:',
  scenarioAdvice: (name) => `Advice for the scenario: ${name}`,
  backToOwn: 'Back to my own situation',

  noneTitle: 'None of the options fits this situation.',
  noneIntro: 'This is the reason for each option:',
  announce: (option) => `Advice: ${option}`,
  announceNone: 'Advice: none of the options fits',
};
