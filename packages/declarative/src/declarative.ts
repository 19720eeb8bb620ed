/**
 * Declarative advice models: a model as JSON data, its rules as FEEL
 * expressions (the expression language of the DMN standard), checked against
 * a JSON Schema and compiled once into an {@link AdviceModel}.
 *
 * `@advice-kit/declarative`; kept out of the core, so the engine
 * stays free of dependencies. The format is described in the package README
 * ("Declarative models") and by {@link declarativeSchema}.
 */

import type { AdviceModel, Criterion, Factor, ModelProblem, Option, Reference, SuggestedScenario, Text } from '@advice-kit/core';
import { ModelDefinitionError } from '@advice-kit/core';
import { assembleModel } from './compile/assemble.js';
import { checkShape, modelShape, partsOf, readDocument } from './compile/document.js';
import { Expressions } from './compile/expressions.js';
import { compileBreakpoints, compileOptions } from './compile/options.js';
import { ProblemList } from './compile/problems.js';

export { DECLARATIVE_SCHEMA_ID, declarativeSchema } from './schema.js';

/** The value of `format` this version reads. */
export const DECLARATIVE_FORMAT = 'advice-kit/declarative@1';

/** A FEEL expression, as a string. */
export type FeelExpression = string;

/** A text shown only when `when` holds; `{{ expression }}` inside is replaced by its value. */
export interface ConditionalText {
  readonly when?: FeelExpression;
  readonly text: Text;
}

/** A factor as in the TypeScript contract; number factors may say where they bend. */
export type DeclarativeFactor = Factor & { readonly breakpoints?: FeelExpression };

export interface DeclarativeOption extends Option {
  /** FEEL boolean; default `true`. */
  readonly eligible?: FeelExpression;
  /** Why the option is not open: a text, or the first conditional text whose `when` holds. */
  readonly reason?: Text | readonly ConditionalText[];
  /** Criterion id → number or FEEL number. Evaluated only when the option is open. */
  readonly values: Readonly<Record<string, number | FeelExpression>>;
  /** Shown with the option when it is open. */
  readonly notes?: readonly (Text | ConditionalText)[];
}

/** A declarative advice model as its JSON holds it (see the JSON Schema). */
export interface DeclarativeModelDefinition {
  readonly $schema?: string;
  readonly format: typeof DECLARATIVE_FORMAT;
  readonly id: string;
  readonly title: Text;
  readonly description?: Text;
  readonly constants?: Readonly<Record<string, unknown>>;
  readonly definitions?: Readonly<Record<string, FeelExpression>>;
  readonly factors: readonly DeclarativeFactor[];
  readonly criteria: readonly Criterion[];
  readonly options: readonly DeclarativeOption[];
  readonly scenarios?: readonly SuggestedScenario[];
  readonly references?: readonly Reference[];
}

interface Compiled {
  readonly problems: ModelProblem[];
  readonly model?: AdviceModel;
}

/**
 * Compiling, phase by phase (each in `compile/`): read the document (JSON,
 * schema, the engine's checks on its shape), check the names and compile the
 * definitions, compile the options and breakpoints, and, when nothing is
 * wrong, assemble the model. Every problem is collected; none stops the rest.
 */
function compile(input: unknown): Compiled {
  const { json, problems: found } = readDocument(input);
  if (!json) return { problems: found };
  const problems = new ProblemList(found);
  const parts = partsOf(json);
  const shape = modelShape(json);
  checkShape(shape, problems);

  const expressions = new Expressions(parts, problems);
  const definitions = expressions.definitions();
  const options = compileOptions(parts, expressions, problems);
  const breakpoints = compileBreakpoints(parts, expressions);
  for (const p of expressions.problems) problems.add(p);
  if (problems.items.length > 0) return { problems: problems.items };

  return { problems: problems.items, model: assembleModel(shape, { factorIds: expressions.factorIds, definitions, options, breakpoints }) };
}

/**
 * Every problem of a declarative model, each with its JSON pointer
 * (`/options/2/values/monthlyCost`) and a message: JSON syntax, the JSON
 * Schema, the engine's model checks, FEEL syntax, unknown names and
 * functions. An empty list means `declarativeModel` will accept it.
 *
 * @param input the JSON text, or the parsed value
 */
export function validateDeclarative(input: unknown): ModelProblem[] {
  return compile(input).problems;
}

/**
 * Compiles a declarative model (JSON text or parsed value) into an
 * {@link AdviceModel}. Every expression is parsed once, here. Throws a
 * {@link ModelDefinitionError} listing every problem with its JSON pointer.
 * At run time an expression that gives no usable value (a division by null,
 * a text where a number belongs) makes `assess` throw an `AdviceError` with
 * code `model-failed`, which the engine returns in its results' `error`.
 */
export function declarativeModel(input: unknown): AdviceModel {
  const { problems, model } = compile(input);
  if (problems.length > 0 || !model) throw new ModelDefinitionError(problems);
  return model;
}
