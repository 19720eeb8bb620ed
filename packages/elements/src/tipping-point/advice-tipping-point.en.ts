import type { TippingPointStrings } from './advice-tipping-point.strings.js';

/** English texts of `<advice-tipping-point>`. */
export const tippingPointEn: TippingPointStrings = {
  upTo: (value) => `Up to ${value}`,
  between: (from, to) => `From ${from} to ${to}`,
  at: (value) => `At ${value}`,
  from: (value) => `From ${value}`,
  everywhere: (from, to) => `For every answer from ${from} to ${to}`,
  line: (stretch, option) => `${stretch}: ${option}.`,
  none: 'none of the options',
  yours: (value, option) => `With your answer (${value}), ${option} is the advice.`,
  yoursRange: (range, option) => `For any answer ${range}, ${option} is the advice.`,
  yoursRangeMiddle: (range, middle, option) =>
    `Your answer lies ${range}. In the middle of it (${middle}), ${option} is the advice. Within your answer the advice changes.`,
  thresholdPrice: (value, option, versus) => `From ${value}, ${option} is cheaper than ${versus}.`,
  thresholdWeights: (value, option, versus) =>
    `From ${value}, ${option} becomes the advice instead of ${versus}. That comes from what matters to you, not from a price limit.`,
  valueText: (value, option) => `${value}: ${option}`,
  hint: 'Click the band or use the arrow keys to see the advice for another answer.',
  notExact: 'These limits are an estimate. They may lie slightly differently.',
  current: 'your answer',
  unknownFactor: (id) => `This part cannot be shown: there is no question called "${id}".`,
  tryLabel: 'Try another answer',
  tryName: (question) => `Try another answer: ${question}`,
  chooseLabel: 'Choose another answer',
  chooseName: (question) => `Choose another answer: ${question}`,
  changesAnswer: 'Choosing a value here changes your answer to the question. The advice changes with it.',
};
