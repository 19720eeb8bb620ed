/**
 * @advice-kit/core — the engine of interactive advice modules.
 *
 * A pluggable model gives facts; this engine adds preferences: ranking with
 * weights, exact tipping points, nearest flips, scenarios, and the state
 * store with its URL codec. No DOM, no framework.
 */
export type { EngineOptions } from './context.js';
export {
  type ChangeReason,
  COST_TOLERANCE,
  type CostComparison,
  type CriterionWorth,
  changeReason,
  cheapestWeights,
  compareCosts,
  costCriterion,
  type OptionCost,
  weightWorth,
} from './cost.js';
export { defineModel, validateModel } from './define.js';
export {
  AdviceError,
  type AdviceErrorCode,
  isAdviceError,
  ModelDefinitionError,
  type ModelProblem,
  type SituationIssue,
  type SituationIssueCode,
} from './errors.js';
export {
  type AssessmentCache,
  checkAssessments,
  createAssessmentCache,
  type EvaluateOptions,
  type EvaluationStats,
  MAX_TIMEOUT,
} from './evaluate.js';
export {
  ADVICE_EVENTS,
  type AdviceAction,
  type AdviceChangeDetail,
  type AdviceErrorDetail,
  type AdviceEventDetails,
  type AdviceEventName,
  type AdviceHandoffDetail,
  type AdviceStepDetail,
  type AdviceView,
  type AdviceViewDetail,
} from './events.js';
export { type Flip, type NearestFlipsOptions, type NearestFlipsResult, nearestFlips } from './flips.js';
export { decimals, type Grid, gridOf, roundTo } from './grid.js';
export type * from './model.js';
export { isLanguageTag, LOCALES } from './model.js';
export { wholePercentages } from './percent.js';
export { type RankResult, rank, type UncertainFactor } from './rank.js';
export {
  applyScenario,
  type CompareScenariosResult,
  compareScenarios,
  type Scenario,
  type ScenarioOutcome,
  scenarioFromSuggestion,
} from './scenarios.js';
export { completeWeights, type RankedOption, utility, weightShares } from './score.js';
export { type FactorSeriesOptions, type FactorSeriesResult, factorSeries, type SeriesPoint } from './series.js';
export {
  checkFactorValue,
  defaultSituation,
  isValueRange,
  resolveSituation,
  type SituationValidation,
  situationKey,
  snapToFactor,
  validateSituation,
} from './situation.js';
export { type WeightInterval, type WeightStabilityResult, weightStability } from './stability.js';
export {
  type AdviceState,
  type AdviceStore,
  activeSituation,
  activeWeights,
  createStore,
  initialState,
  type StateListener,
} from './state.js';
export { isText, localize } from './text.js';
export {
  type Alternative,
  type Segment,
  type Threshold,
  type TippingPointsOptions,
  type TippingPointsResult,
  tippingPoints,
} from './tipping.js';
export { decodeState, encodeState, type ReadState, readState, STATE_VERSION, type StateProblem } from './url.js';
