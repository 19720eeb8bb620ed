import type { IssueStrings } from './issues.js';

/** English messages next to an answer that cannot be used. */
export const issuesEn: IssueStrings = {
  'not-a-number': () => 'Enter a number.',
  'below-min': (v) => `Enter a number of ${v.min} or more.`,
  'above-max': (v) => `Enter a number of ${v.max} or less.`,
  'off-step': (v) => `Enter a number in steps of ${v.step}, for example ${v.near}.`,
  'unknown-choice': () => 'Choose one of the options.',
  'not-a-boolean': () => 'Choose yes or no.',
  'range-not-allowed': () => 'Give a single answer here.',
  'range-reversed': () => 'The first number must be lower than the second.',
};
