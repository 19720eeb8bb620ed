import type { QuestionsStrings } from './advice-questions.strings.js';

/** English texts of `<advice-questions>`. */
export const questionsEn: QuestionsStrings = {
  title: 'Your situation',
  notSure: "I'm not sure",
  between: 'between',
  and: 'and',
  lowest: 'lowest value',
  highest: 'highest value',
  rangeHelp: 'Fill in the numbers your answer lies between. We check whether the advice stays the same.',
  yes: 'Yes',
  no: 'No',
  progress: (step, total) => `Question ${step} of ${total}`,
  progressDone: 'All questions answered',
  back: 'Back',
  next: 'Next',
  toSummary: 'To the summary',
  summaryTitle: 'Your answers',
  summaryIntro: 'Check that everything is right. You can still change any answer.',
  change: 'Change',
};
