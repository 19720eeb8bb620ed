/**
 * `@advice-kit/declarative/dmn` — DMN 1.3 decision models as advice models.
 * A subpath of its own, so the FEEL/JSON format does not pull in the XML
 * parser (`dmn-moddle`).
 */
export {
  DEFAULT_DMN_LIMITS,
  type DmnErrorCode,
  DmnEvaluationError,
  type DmnLimits,
  DmnLoadError,
  type DmnProblem,
  type DmnProblemCode,
} from './errors.js';
export { type DmnDecisionModel, type DmnElementInfo, loadDmn } from './load.js';
