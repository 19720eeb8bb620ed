/**
 * The JSON Schema (2020-12) of a declarative advice model. The source of
 * truth: `packages/declarative/schema/declarative-model.schema.json` is a copy for
 * editors and other tools, kept equal by a test.
 *
 * The schema checks the shape; `validateDeclarative` adds what a schema
 * cannot say (ids used twice, references that do not exist, FEEL syntax,
 * unknown names and functions).
 */
export const DECLARATIVE_SCHEMA_ID = 'urn:advice-kit:declarative-model:1';

const text = {
  description: 'A text a person reads: one string for every language, or one per language (Dutch first).',
  anyOf: [
    { type: 'string' },
    {
      type: 'object',
      properties: { nl: { type: 'string' }, en: { type: 'string' } },
      additionalProperties: false,
      minProperties: 1,
    },
  ],
} as const;

const feel = {
  description: 'A FEEL expression (the expression language of DMN) over the factor ids, the constants and the definitions.',
  type: 'string',
  minLength: 1,
} as const;

const id = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' } as const;

/** Factor ids are FEEL variable names: no `-`. */
const factorId = {
  type: 'string',
  pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$',
  description: 'A factor id is a variable in FEEL expressions: a letter, then letters, digits or "_".',
} as const;

const numberFormat = { type: 'object', description: 'Intl.NumberFormat options.' } as const;

/** The properties only a number factor may have: forbidden for choice and boolean factors. */
const numberOnly = { min: false, max: false, step: false, unit: false, unitOne: false, format: false, breakpoints: false } as const;

/** A text that may depend on the situation: shown when `when` holds. `{{ expr }}` in the text is replaced by the value. */
const conditionalText = {
  type: 'object',
  properties: {
    when: { $ref: '#/$defs/feel', description: 'FEEL boolean: the text applies when true. Default: always.' },
    text: { $ref: '#/$defs/text' },
  },
  required: ['text'],
  additionalProperties: false,
} as const;

export const declarativeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: DECLARATIVE_SCHEMA_ID,
  title: 'advice-kit declarative advice model',
  description:
    'An advice model as data: factors, criteria and options as in the TypeScript contract, with eligibility, reasons, criterion values, notes and breakpoints as FEEL expressions.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    $comment: { type: 'string' },
    format: { const: 'advice-kit/declarative@1', description: 'The version of this format.' },
    id,
    title: { $ref: '#/$defs/text' },
    description: { $ref: '#/$defs/text' },
    weightingNote: { $ref: '#/$defs/text', description: "How the default weights decide, in the person's terms." },
    constants: {
      type: 'object',
      description: 'Named values (numbers, texts, lists, objects) usable in every expression, e.g. a tariff table: `tariffs.baseFare`.',
      propertyNames: { $ref: '#/$defs/name' },
    },
    definitions: {
      type: 'object',
      description:
        'Named FEEL expressions evaluated once per situation, in order; each may use the factors, the constants and the definitions above it.',
      propertyNames: { $ref: '#/$defs/name' },
      additionalProperties: { $ref: '#/$defs/feel' },
    },
    factors: { type: 'array', minItems: 1, items: { $ref: '#/$defs/factor' } },
    criteria: { type: 'array', minItems: 1, items: { $ref: '#/$defs/criterion' } },
    options: { type: 'array', minItems: 1, items: { $ref: '#/$defs/option' } },
    scenarios: { type: 'array', items: { $ref: '#/$defs/scenario' } },
    references: { type: 'array', items: { $ref: '#/$defs/reference' } },
  },
  required: ['format', 'id', 'title', 'factors', 'criteria', 'options'],
  additionalProperties: false,
  $defs: {
    text,
    feel,
    name: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$',
      description: 'A FEEL variable name: a letter, then letters, digits or "_".',
    },
    numberOrFeel: {
      description: 'A number, or a FEEL expression giving a number.',
      anyOf: [{ type: 'number' }, { $ref: '#/$defs/feel' }],
    },
    conditionalText,
    factor: {
      type: 'object',
      properties: {
        id: factorId,
        kind: { enum: ['number', 'choice', 'boolean'] },
        label: { $ref: '#/$defs/text' },
        help: { $ref: '#/$defs/text' },
        explorable: { type: 'boolean' },
        changeable: { type: 'boolean', description: 'False for a fact a person cannot change by a choice (age, residence). Default true.' },
        min: { type: 'number' },
        max: { type: 'number' },
        step: { type: 'number', exclusiveMinimum: 0 },
        default: { type: ['number', 'string', 'boolean'] },
        unit: { $ref: '#/$defs/text' },
        unitOne: { $ref: '#/$defs/text', description: 'The unit after a number counted as one ("rit per week"). Default: unit.' },
        format: numberFormat,
        choices: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            properties: { value: { type: 'string', minLength: 1 }, label: { $ref: '#/$defs/text' }, help: { $ref: '#/$defs/text' } },
            required: ['value', 'label'],
            additionalProperties: false,
          },
        },
        breakpoints: {
          $ref: '#/$defs/feel',
          description:
            'Number factors: FEEL list of the values where an option stops being linear in this factor or its eligibility changes (the other factors as in the situation). Makes tipping points exact without sampling.',
        },
      },
      required: ['id', 'kind', 'label', 'default'],
      additionalProperties: false,
      allOf: [
        {
          if: { properties: { kind: { const: 'number' } }, required: ['kind'] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise
          then: {
            required: ['min', 'max', 'step'],
            properties: { default: { type: 'number' }, choices: false },
          },
        },
        {
          if: { properties: { kind: { const: 'choice' } }, required: ['kind'] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise
          then: {
            required: ['choices'],
            properties: {
              default: { type: 'string' },
              ...numberOnly,
            },
          },
        },
        {
          if: { properties: { kind: { const: 'boolean' } }, required: ['kind'] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise
          then: {
            properties: {
              default: { type: 'boolean' },
              choices: false,
              ...numberOnly,
            },
          },
        },
      ],
    },
    criterion: {
      type: 'object',
      properties: {
        id,
        label: { $ref: '#/$defs/text' },
        help: { $ref: '#/$defs/text' },
        direction: { enum: ['lower', 'higher'] },
        range: {
          type: 'object',
          properties: { min: { type: 'number' }, max: { type: 'number' } },
          required: ['min', 'max'],
          additionalProperties: false,
        },
        unit: { $ref: '#/$defs/text' },
        format: numberFormat,
        defaultWeight: { type: 'number', minimum: 0 },
        primaryCost: { type: 'boolean', description: "True for the option's money cost (at most one criterion, direction lower)." },
        costPeriod: { enum: ['week', 'month', 'year'], description: 'The period the cost is per.' },
      },
      required: ['id', 'label', 'direction', 'range', 'defaultWeight'],
      additionalProperties: false,
    },
    option: {
      type: 'object',
      properties: {
        id,
        label: { $ref: '#/$defs/text' },
        description: { $ref: '#/$defs/text' },
        link: { type: 'string' },
        references: { type: 'array', items: { type: 'string' } },
        drawback: { $ref: '#/$defs/text', description: 'What a person gives up with this option, as a clause after "but".' },
        benefit: { $ref: '#/$defs/text', description: 'What this option gives for its price, as a sentence.' },
        eligible: { $ref: '#/$defs/feel', description: 'FEEL boolean: whether the option is open. Default: always.' },
        reason: {
          description: 'Why the option is not open: a text, or texts with a `when` condition (the first that holds is used).',
          anyOf: [{ $ref: '#/$defs/text' }, { type: 'array', minItems: 1, items: { $ref: '#/$defs/conditionalText' } }],
        },
        values: {
          type: 'object',
          description: 'Criterion id → a number or a FEEL expression giving a number. Evaluated only when the option is open.',
          additionalProperties: { $ref: '#/$defs/numberOrFeel' },
        },
        notes: {
          type: 'array',
          description: 'Remarks shown with the option when it is open: texts, or texts with a `when` condition.',
          items: { anyOf: [{ $ref: '#/$defs/text' }, { $ref: '#/$defs/conditionalText' }] },
        },
      },
      required: ['id', 'label', 'values'],
      additionalProperties: false,
    },
    scenario: {
      type: 'object',
      properties: {
        id,
        name: { $ref: '#/$defs/text' },
        description: { $ref: '#/$defs/text' },
        overrides: {
          type: 'object',
          additionalProperties: {
            anyOf: [
              { type: ['number', 'string', 'boolean'] },
              { type: 'object', properties: { add: { type: 'number' } }, required: ['add'], additionalProperties: false },
              { type: 'object', properties: { multiply: { type: 'number' } }, required: ['multiply'], additionalProperties: false },
              { type: 'object', properties: { per: { type: 'string' } }, required: ['per'], additionalProperties: false },
            ],
          },
        },
      },
      required: ['id', 'name', 'overrides'],
      additionalProperties: false,
    },
    reference: {
      type: 'object',
      properties: {
        id,
        label: { $ref: '#/$defs/text' },
        url: { type: 'string' },
        year: { type: 'integer' },
        illustrative: { type: 'boolean' },
      },
      required: ['id', 'label'],
      additionalProperties: false,
    },
  },
} as const;
