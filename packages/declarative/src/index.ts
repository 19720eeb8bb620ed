/**
 * @advice-kit/declarative — advice models as data: a model as JSON, its rules
 * as FEEL expressions (the expression language of the DMN standard), checked
 * against a JSON Schema and compiled once into an `AdviceModel` for the
 * engine in `@advice-kit/core`.
 */
export {
  type ConditionalText,
  DECLARATIVE_FORMAT,
  DECLARATIVE_SCHEMA_ID,
  type DeclarativeFactor,
  type DeclarativeModelDefinition,
  type DeclarativeOption,
  declarativeModel,
  declarativeSchema,
  type FeelExpression,
  validateDeclarative,
} from './declarative.js';
