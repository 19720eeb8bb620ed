import type { ChartStrings } from './advice-chart.strings.js';

/** English texts of `<advice-chart>`. */
export const chartEn: ChartStrings = {
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
  markPrice: (at, to, from, criterion, money) =>
    money
      ? `From ${at}, ${to} is cheaper than ${from}. That is why we advise ${to} from there.`
      : `From ${at}, ${to} is better than ${from} on ${criterion}. That is why we advise ${to} from there.`,
  markWeights: (at, to, from, money) =>
    `From ${at}, we advise ${to} instead of ${from}. ${money ? 'The prices do' : 'The lines do'} not cross here: this comes from what matters to you.`,
  markOpens: (at, to) => `From ${at}, you can get ${to}. We advise it from there.`,
  markCloses: (at, from, to) => `From ${at}, you can no longer get ${from}. We then advise ${to}.`,
  markBest: (at, to, from, criterion, money, same) =>
    `${money ? `From ${at}, ${to} is the cheapest (cheaper than ${from}).` : `From ${at}, ${to} is the best on ${criterion} (better than ${from}).`}${same ? ' The advice does not change here.' : ''}`,
  keyCross: 'Circle: here two lines cross.',
  keyNumbers: 'The numbers above the chart are explained below.',
  focused: (xFrom, xTo, yFrom, yTo) => `You see the part around your answer: ${xFrom} to ${xTo}, ${yFrom} to ${yTo}.`,
  wholeRange: 'Show the whole chart',
  outOfView: (options) => `Not in this part: ${options}.`,
  notOpen: (options) => `Not possible in this situation: ${options}.`,
  tableRegion: 'Table with the numbers of the chart',
  unknownFactor: (id) => `This chart refers to a question that does not exist (${id}).`,
  notNumber: (label) => `This chart only works with a question answered by a number. “${label}” is not such a question.`,
  unknownCriterion: (id) => `This chart refers to something to compare that does not exist (${id}).`,
};
