/**
 * @advice-kit/elements — web components for interactive advice modules.
 * Importing this module registers nothing; import `@advice-kit/elements/define`
 * to register the tags, or define the classes under names of your own.
 */
export { AdviceBarElement, priceCriterion } from './bar/advice-bar.js';
export { AdviceChartElement } from './chart/advice-chart.js';
export { AdviceHandoffElement } from './handoff/advice-handoff.js';
export { AdviceModuleElement } from './module/advice-module.js';
export { AdviceQuestionsElement } from './questions/advice-questions.js';
export { AdviceResultElement } from './result/advice-result.js';
export { AdviceScenariosElement } from './scenarios/advice-scenarios.js';
export { AdviceElement } from './shared/advice-element.js';
export { type AdviceAction, type AdviceContext, adviceContext } from './shared/context.js';
export { AdviceConsumer, Evaluation, type EvaluationStatus } from './shared/controllers.js';
export type {
  AdviceChangeDetail,
  AdviceErrorDetail,
  AdviceEventMap,
  AdviceHandoffDetail,
  AdviceStepDetail,
  AdviceView,
  AdviceViewDetail,
} from './shared/events.js';
export {
  directionOf,
  hasTranslation,
  type Localized,
  loadTranslation,
  registerTranslation,
  type Translation,
  type TranslationSection,
  translation,
  whenTranslationsLoaded,
} from './shared/translations.js';
export { AdviceTippingPointElement } from './tipping-point/advice-tipping-point.js';
export { AdviceWeightsElement } from './weights/advice-weights.js';
