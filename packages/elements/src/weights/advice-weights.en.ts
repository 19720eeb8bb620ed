import type { WeightsStrings } from './advice-weights.strings.js';

/** English texts of `<advice-weights>`. */
export const weightsEn: WeightsStrings = {
  title: 'What matters to you?',
  intro: 'Move the sliders to say how much each thing matters to you. The advice follows at once.',
  presets: 'Quick choice',
  cheapest: 'Cheapest',
  first: (criterion) => `${criterion} first`,
  balanced: 'Balanced',
  reset: 'Back to the default weights',
  valueText: (share) => `${share} of the total`,
  bandLegend: 'While the handle is in the highlighted part of the track, the advice stays the same.',
  holdsBetween: (option, criterion, from, to) => `The advice stays ${option} as long as ${criterion} weighs between ${from} and ${to}.`,
  holdsAtMost: (option, criterion, to) => `The advice stays ${option} as long as ${criterion} weighs no more than ${to}.`,
  holdsAtLeast: (option, criterion, from) => `The advice stays ${option} as long as ${criterion} weighs at least ${from}.`,
  holdsAlways: (option, criterion) => `The advice stays ${option}, however much ${criterion} weighs.`,
  less: (option) => `If it weighs less, ${option} becomes the advice.`,
  more: (option) => `If it weighs more, ${option} becomes the advice.`,
  worth: (criterion, amount) => `${criterion} is worth up to ${amount} to you.`,
  worthBetween: (option, from, to) => `The advice stays ${option} as long as that lies between ${from} and ${to}.`,
  worthAtMost: (option, to) => `The advice stays ${option} as long as that is no more than ${to}.`,
  worthAtLeast: (option, from) => `The advice stays ${option} as long as that is at least ${from}.`,
  worthAlways: (option) => `The advice stays ${option}, whatever it is worth to you.`,
  worthLess: (option) => `If it is worth less to you, ${option} becomes the advice.`,
  worthMore: (option) => `If it is worth more to you, ${option} becomes the advice.`,
  worthNoPrice: (criterion) => `You do not let the price count. So we choose on ${criterion} and the rest only.`,
  per: { week: 'a week', month: 'a month', year: 'a year' },
};
