/**
 * Phase 1 of compiling, reading the document: JSON text or a parsed value
 * becomes an object checked against the schema, its parts (lenient: the
 * schema reports what is wrong, later phases skip it), and its shape without
 * expressions, checked by the engine's own `validateModel`.
 */
import { type AdviceModel, type ModelProblem, validateModel } from '@advice-kit/core';
import { isRecord, type Json, show } from './json.js';
import type { ProblemList } from './problems.js';
import { checkSchema } from './schema-problems.js';

function parseJson(text: string): { value: unknown } | { problem: ModelProblem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const position = Number(at[1]);
      const before = text.slice(0, position).split('\n');
      where = ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
    }
    return { problem: { path: '', message: `not valid JSON${where}: ${message}` } };
  }
}

/** The document as an object with its schema problems, or the one problem that stops reading (not JSON, not an object). */
export function readDocument(input: unknown): { json?: Json; problems: ModelProblem[] } {
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if ('problem' in parsed) return { problems: [parsed.problem] };
    json = parsed.value;
  }
  if (!isRecord(json)) return { problems: [{ path: '', message: `a declarative model must be a JSON object (got ${show(json)})` }] };
  return { json, problems: checkSchema(json) };
}

/** The parts of a document the compiler reads, each as far as it is usable. */
export interface DocumentParts {
  readonly factors: readonly Json[];
  readonly criteria: readonly Json[];
  readonly options: readonly unknown[];
  readonly constants: Json;
  readonly definitions: Json;
}

export function partsOf(json: Json): DocumentParts {
  return {
    factors: Array.isArray(json.factors) ? json.factors.filter(isRecord) : [],
    criteria: Array.isArray(json.criteria) ? json.criteria.filter(isRecord) : [],
    options: Array.isArray(json.options) ? json.options : [],
    constants: isRecord(json.constants) ? json.constants : {},
    definitions: isRecord(json.definitions) ? json.definitions : {},
  };
}

/** `factors[2].min` (the engine's paths) → `/factors/2/min`. */
function enginePathToPointer(path: string): string {
  if (path === '') return '';
  return `/${path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '')
    .join('/')}`;
}

/** The model without its expressions (no breakpoints, eligibility, reasons, values or notes): what the engine's checks and the compiled model share. */
export function modelShape(json: Json): Omit<AdviceModel, 'assess'> {
  const strip = (f: Json) => {
    const { breakpoints: _b, ...rest } = f;
    return rest;
  };
  return {
    id: json.id,
    title: json.title,
    ...(json.description === undefined ? {} : { description: json.description }),
    ...(json.weightingNote === undefined ? {} : { weightingNote: json.weightingNote }),
    factors: Array.isArray(json.factors) ? json.factors.map((f) => (isRecord(f) ? strip(f) : f)) : json.factors,
    criteria: json.criteria,
    options: Array.isArray(json.options)
      ? json.options.map((o) => {
          if (!isRecord(o)) return o;
          const { eligible: _e, reason: _r, values: _v, notes: _n, ...rest } = o;
          return rest;
        })
      : json.options,
    ...(json.scenarios === undefined ? {} : { scenarios: json.scenarios }),
    ...(json.references === undefined ? {} : { references: json.references }),
  } as unknown as Omit<AdviceModel, 'assess'>;
}

/** The engine's own checks (ids twice, references, scenarios, number grids...) on the shape; a place the schema already reported is left to it. */
export function checkShape(shape: Omit<AdviceModel, 'assess'>, problems: ProblemList): void {
  for (const p of validateModel({ ...shape, assess: () => ({}) })) {
    const path = enginePathToPointer(p.path);
    if (!problems.covers(path)) problems.add({ path, message: p.message });
  }
}
