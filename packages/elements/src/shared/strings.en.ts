import type { CommonStrings } from './strings.js';

/** English strings every element may show. */
export const commonEn: CommonStrings = {
  loading: 'Working out the advice…',
  retry: 'Try again',
  noModule: 'This part only works inside an advice module.',
  noEligible: 'None of the options fits this situation.',
  error: {
    'invalid-model': 'No advice can be given now: the data behind the advice is not right.',
    'invalid-situation': 'One of the answers is not right. Please check the questions.',
    'unknown-factor': 'This part refers to a question that does not exist.',
    'model-failed': 'The advice could not be worked out.',
    'malformed-assessment': 'The advice could not be worked out: the answer was incomplete.',
    timeout: 'Working out the advice takes too long.',
    aborted: 'The calculation was stopped.',
  },
  between: (min, max) => `between ${min} and ${max}`,
  yes: 'yes',
  no: 'no',
};
