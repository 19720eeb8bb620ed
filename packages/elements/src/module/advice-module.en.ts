import type { ModuleStrings } from './advice-module.strings.js';

/** English texts of `<advice-module>`. */
export const moduleEn: ModuleStrings = {
  questions: 'Your situation',
  result: 'Our advice',
  weights: 'What matters to you?',
  tippingPoints: 'When does the advice change?',
  scenarios: 'What if your situation changes?',
  chart: (criterion) => `${criterion} compared`,
  handoff: 'Keep or discuss this advice',
  noModel: 'No advice is available yet.',
  invalidModel: 'No advice can be given now. Please try again later or contact us.',
  linkProblems:
    'Not everything in the link could be used. Where an answer was not valid, the nearest valid answer or the default is used now. Please check these answers:',
  linkUnreadable: 'This link cannot be read. You see the default answers. Please fill in your own situation.',
  linkWeight: (criterion) => `How much ${criterion.toLowerCase()} matters to you`,
  linkScenario: (factor) => `${factor} (in a scenario)`,
  contactDefault: 'Contact the organisation and show them this summary.',
};
