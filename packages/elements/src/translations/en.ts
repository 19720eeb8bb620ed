/**
 * English for every element. Importing this module registers it; the
 * elements also import it by themselves (lazily) when a page asks for
 * English, so a Dutch page never loads it.
 */
import { barEn } from '../bar/advice-bar.en.js';
import { chartEn } from '../chart/advice-chart.en.js';
import { handoffEn } from '../handoff/advice-handoff.en.js';
import { moduleEn } from '../module/advice-module.en.js';
import { questionsEn } from '../questions/advice-questions.en.js';
import { resultEn } from '../result/advice-result.en.js';
import { scenariosEn } from '../scenarios/advice-scenarios.en.js';
import { issuesEn } from '../shared/issues.en.js';
import { commonEn } from '../shared/strings.en.js';
import { registerTranslation, type Translation } from '../shared/translations.js';
import { tippingPointEn } from '../tipping-point/advice-tipping-point.en.js';
import { weightsEn } from '../weights/advice-weights.en.js';

export const en: Translation = {
  $code: 'en',
  $name: 'English',
  common: commonEn,
  issues: issuesEn,
  bar: barEn,
  chart: chartEn,
  handoff: handoffEn,
  module: moduleEn,
  questions: questionsEn,
  result: resultEn,
  scenarios: scenariosEn,
  tippingPoint: tippingPointEn,
  weights: weightsEn,
};

registerTranslation(en);

export default en;
