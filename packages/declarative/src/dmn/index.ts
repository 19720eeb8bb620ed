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
export {
  type DecisionRef,
  DMN_MAPPING_FORMAT,
  DMN_MAPPING_SCHEMA_ID,
  type DmnFactorMapping,
  type DmnMapping,
  type DmnOptionMapping,
  dmnMappingSchema,
  type MappingProblem,
  validateMappingSchema,
} from './mapping.js';
export { checkMapping, dmnModel, dmnModelOf } from './model.js';
