/**
 * The mapping that makes DMN decisions an advice model: which input data
 * are the factors (with their questions in nl and en), which decisions give
 * each option's criterion values, eligibility and reasons, and the texts of
 * reason and note codes. JSON, checked against {@link dmnMappingSchema}.
 */
import type { Criterion, Option, Reference, SuggestedScenario, Text } from '@advice-kit/core';
import { type OutputUnit, Validator } from '@cfworker/json-schema';
import { declarativeSchema } from '../schema.js';

export const DMN_MAPPING_FORMAT = 'advice-kit/dmn-mapping@1';
export const DMN_MAPPING_SCHEMA_ID = 'urn:advice-kit:dmn-mapping:1';

/** A decision by id or name; with `path`, a field of the context it gives (`eligibility.reason`). */
export type DecisionRef = string | { readonly decision: string; readonly path?: string };

/** A factor: an input data element asked as a question. The fields are those of the core's `Factor`. */
export interface DmnFactorMapping {
  /** The input data element (id or name). */
  readonly input: string;
  readonly id: string;
  readonly kind: 'number' | 'choice' | 'boolean';
  readonly label: Text;
  readonly help?: Text;
  readonly explorable?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly default: number | string | boolean;
  readonly unit?: Text;
  readonly unitOne?: Text;
  readonly changeable?: boolean;
  readonly format?: Readonly<Intl.NumberFormatOptions>;
  readonly choices?: readonly { readonly value: string; readonly label: Text; readonly help?: Text }[];
}

export interface DmnOptionMapping extends Option {
  /** A decision giving true or false, or a context with `eligible` (and `reason`). Default: always open. */
  readonly eligible?: DecisionRef;
  /** A decision giving the reason (a code of `texts`, or a text) when the option is not open. */
  readonly reason?: DecisionRef;
  /** Criterion id → a decision giving a number, or a number. Read only when the option is open. */
  readonly values: Readonly<Record<string, DecisionRef | number>>;
  /** A decision giving a list of note codes (or texts), shown with the option when it is open. */
  readonly notes?: DecisionRef;
}

export interface DmnMapping {
  readonly $schema?: string;
  readonly format: typeof DMN_MAPPING_FORMAT;
  readonly id: string;
  readonly title: Text;
  readonly description?: Text;
  /** How the default weights decide, in the person's terms. */
  readonly weightingNote?: Text;
  readonly factors: readonly DmnFactorMapping[];
  readonly criteria: readonly Criterion[];
  readonly options: readonly DmnOptionMapping[];
  /** Code → text, for the reasons and notes decisions give. */
  readonly texts?: Readonly<Record<string, Text>>;
  readonly scenarios?: readonly SuggestedScenario[];
  readonly references?: readonly Reference[];
}

const defs = declarativeSchema.$defs;
const { breakpoints: _b, ...factorProperties } = defs.factor.properties;
const decisionRef = {
  description: 'A decision by id or name, or { "decision": …, "path": "field.subfield" } for a field of the context it gives.',
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      properties: { decision: { type: 'string', minLength: 1 }, path: { type: 'string', minLength: 1 } },
      required: ['decision'],
      additionalProperties: false,
    },
  ],
};

/** The JSON Schema (2020-12) of a DMN mapping. */
export const dmnMappingSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: DMN_MAPPING_SCHEMA_ID,
  title: 'advice-kit DMN mapping',
  description: 'Makes DMN 1.3 decisions an advice model: factors from input data, option values and eligibility from decisions.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    $comment: { type: 'string' },
    format: { const: DMN_MAPPING_FORMAT, description: 'The version of this format.' },
    id: declarativeSchema.properties.id,
    title: { $ref: '#/$defs/text' },
    description: { $ref: '#/$defs/text' },
    weightingNote: declarativeSchema.properties.weightingNote,
    factors: { type: 'array', minItems: 1, items: { $ref: '#/$defs/factor' } },
    criteria: { type: 'array', minItems: 1, items: { $ref: '#/$defs/criterion' } },
    options: { type: 'array', minItems: 1, items: { $ref: '#/$defs/option' } },
    texts: { type: 'object', description: 'Code → text, for reasons and notes.', additionalProperties: { $ref: '#/$defs/text' } },
    scenarios: { type: 'array', items: { $ref: '#/$defs/scenario' } },
    references: { type: 'array', items: { $ref: '#/$defs/reference' } },
  },
  required: ['format', 'id', 'title', 'factors', 'criteria', 'options'],
  additionalProperties: false,
  $defs: {
    text: defs.text,
    decisionRef,
    factor: {
      ...defs.factor,
      properties: { input: { type: 'string', minLength: 1, description: 'The input data element (id or name).' }, ...factorProperties },
      required: ['input', ...defs.factor.required],
    },
    criterion: defs.criterion,
    option: {
      type: 'object',
      properties: {
        id: defs.option.properties.id,
        label: { $ref: '#/$defs/text' },
        description: { $ref: '#/$defs/text' },
        drawback: defs.option.properties.drawback,
        benefit: defs.option.properties.benefit,
        link: { type: 'string' },
        references: { type: 'array', items: { type: 'string' } },
        eligible: { $ref: '#/$defs/decisionRef' },
        reason: { $ref: '#/$defs/decisionRef' },
        values: {
          type: 'object',
          description: 'Criterion id → a decision giving a number, or a number.',
          additionalProperties: { anyOf: [{ type: 'number' }, { $ref: '#/$defs/decisionRef' }] },
        },
        notes: { $ref: '#/$defs/decisionRef' },
      },
      required: ['id', 'label', 'values'],
      additionalProperties: false,
    },
    scenario: defs.scenario,
    reference: defs.reference,
  },
} as const;

/** A problem of a mapping, with its JSON pointer. */
export interface MappingProblem {
  readonly path: string;
  readonly message: string;
}

const STRUCTURAL = new Set(['properties', 'items', '$ref', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not', 'additionalProperties']);
let validator: Validator | undefined;

/** Checks a mapping against the schema: one message per place, most specific first. */
export function validateMappingSchema(mapping: unknown): MappingProblem[] {
  validator ??= new Validator(dmnMappingSchema as never, '2020-12', false);
  const errors: readonly OutputUnit[] = validator.validate(mapping).errors;
  const problems: MappingProblem[] = [];
  const leaves = errors.filter((e) => !STRUCTURAL.has(e.keyword) || (e.keyword === 'additionalProperties' && /Property "/.test(e.error)));
  for (const e of leaves.length > 0 ? leaves : errors) {
    const path = e.instanceLocation.replace(/^#/, '');
    const message = e.keyword === 'false' ? 'is not allowed here' : e.error.replace(/^Instance does not /, 'does not ');
    if (!problems.some((p) => p.path === path && p.message === message)) problems.push({ path, message });
  }
  return problems;
}
