/**
 * English for every element: data only, nothing runs on import. The elements
 * import it by themselves (lazily) and register it when a page asks for
 * English, so a Dutch page never loads it. A host that wants English without
 * waiting: `registerTranslation(en)` with `en` imported from
 * `@advice-kit/elements/translations/en`.
 *
 * It imports no code of the kit (types only), so its chunk stands alone.
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
import type { Translation } from '../shared/translations.js';
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

export default en;
