/**
 * Declarative advice models: a model as JSON data, its rules as FEEL
 * expressions (the expression language of the DMN standard), checked against
 * a JSON Schema and compiled once into an {@link AdviceModel}.
 *
 * `@advice-kit/core/declarative` — a subpath of its own, so the main entry
 * stays free of dependencies. The format is described in the package README
 * ("Declarative models") and by {@link declarativeSchema}.
 */

import type {
  AdviceModel,
  Assessment,
  Assessments,
  Criterion,
  Factor,
  Option,
  Reference,
  ResolvedSituation,
  SuggestedScenario,
  Text,
} from '@advice-kit/core';
import { AdviceError, ModelDefinitionError, type ModelProblem, validateModel } from '@advice-kit/core';
import { type OutputUnit, Validator } from '@cfworker/json-schema';
import { type CompiledFeel, compileFeel, FEEL_KEYWORDS, type FeelProblem, type FeelScope, isFeelBuiltin } from './feel.js';
import { declarativeSchema } from './schema.js';

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

// ---------------------------------------------------------------------------
// JSON and JSON Schema

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const pointer = (...parts: (string | number)[]) => parts.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
const show = (v: unknown) =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
    : Array.isArray(v)
      ? 'a list'
      : v === null
        ? 'null'
        : typeof v === 'object'
          ? 'an object'
          : String(v);

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

let validator: Validator | undefined;

/** Follows a schema keyword location (`#/properties/factors/items/$ref/...`) to the schema object it names. */
function schemaAt(location: string): Json | undefined {
  let node: unknown = declarativeSchema;
  for (const raw of location.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    if (part === '$ref' && isRecord(node) && typeof node.$ref === 'string') {
      node = schemaAt(node.$ref);
      continue;
    }
    node = (node as Record<string, unknown>)[part];
  }
  return isRecord(node) ? node : undefined;
}

const STRUCTURAL = new Set(['properties', 'items', 'prefixItems', '$ref', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not']);

function valueAt(instance: unknown, path: string): unknown {
  let node = instance;
  for (const raw of path.split('/').slice(1)) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isRecord(node)) node = node[part];
    else return undefined;
  }
  return node;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  null: 'null',
};
const typeName = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value);

/** Turns the validator's output into one clear message per place. */
function schemaProblems(instance: unknown, errors: readonly OutputUnit[]): ModelProblem[] {
  const all = errors.map((e) => ({ ...e, path: e.instanceLocation.replace(/^#/, '') }));
  const leaves = all.filter((e) => !STRUCTURAL.has(e.keyword));
  // A type mismatch at a place where deeper errors exist comes from another branch of an `anyOf`.
  const deeper = (path: string) => leaves.some((e) => e.path.startsWith(`${path}/`));
  const problems: ModelProblem[] = [];
  const add = (path: string, message: string) => {
    if (!problems.some((p) => p.path === path && p.message === message)) problems.push({ path, message });
  };
  const closed = new Set<string>(); // properties reported as unknown
  const types = new Map<string, { expected: Set<string>; text: boolean }>();
  for (const e of leaves) {
    const value = valueAt(instance, e.path);
    const schema = schemaAt(e.keywordLocation.replace(/\/[^/]+$/, ''));
    switch (e.keyword) {
      case 'additionalProperties': {
        if (schema?.additionalProperties !== false) break; // a typed map: its entries report their own errors
        const key = /Property "([^"]+)"/.exec(e.error)?.[1] ?? '?';
        const known = isRecord(schema.properties) ? Object.keys(schema.properties).filter((k) => !k.startsWith('$')) : [];
        closed.add(`${e.path}/${key}`);
        add(`${e.path}/${key}`, `unknown property "${key}"${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}`);
        break;
      }
      case 'false': {
        if (closed.has(e.path)) break;
        const slash = e.path.lastIndexOf('/');
        const parent = valueAt(instance, e.path.slice(0, slash));
        const kind = isRecord(parent) && typeof parent.kind === 'string' ? parent.kind : undefined;
        const key = e.path.slice(slash + 1);
        add(e.path, kind ? `"${key}" is not allowed for a ${kind} factor` : `"${key}" is not allowed here`);
        break;
      }
      case 'type': {
        if (deeper(e.path)) break;
        const entry = types.get(e.path) ?? { expected: new Set<string>(), text: false };
        for (const t of (/Expected "([^"]+)"/.exec(e.error)?.[1] ?? 'another type').split(/",\s*"/)) entry.expected.add(t);
        const branchOf = schemaAt(e.keywordLocation.replace(/\/anyOf\/\d+\/type$/, ''));
        if (branchOf === declarativeSchema.$defs.text) entry.text = true;
        types.set(e.path, entry);
        break;
      }
      case 'required': {
        const name = /property "([^"]+)"/.exec(e.error)?.[1] ?? '?';
        add(e.path, `missing required property "${name}"`);
        break;
      }
      case 'pattern': {
        const rule = typeof schema?.description === 'string' ? schema.description : `It must match ${String(schema?.pattern)}.`;
        add(e.path, `${show(value)} is not a valid name. ${rule}`);
        break;
      }
      case 'const':
        add(e.path, `must be ${JSON.stringify(schema?.const)} (got ${show(value)})`);
        break;
      case 'enum': {
        const options = Array.isArray(schema?.enum) ? schema.enum.map((o) => JSON.stringify(o)).join(', ') : '';
        add(e.path, `must be one of ${options} (got ${show(value)})`);
        break;
      }
      case 'minItems':
        add(e.path, `needs at least ${String(schema?.minItems)} item${schema?.minItems === 1 ? '' : 's'}`);
        break;
      case 'minLength':
        add(e.path, 'must not be empty');
        break;
      case 'minProperties':
        add(e.path, 'needs at least one of "nl" and "en"');
        break;
      case 'minimum':
      case 'exclusiveMinimum': {
        const bound = String(schema?.[e.keyword]);
        add(e.path, `must be ${e.keyword === 'minimum' ? `${bound} or more` : `above ${bound}`} (got ${show(value)})`);
        break;
      }
      case 'propertyNames':
        break; // the offending name reports its own pattern error
      default:
        add(e.path, e.error);
    }
  }
  for (const [path, { expected, text }] of types) {
    const got = typeName(valueAt(instance, path));
    if (text) add(path, `must be a text: a string, or an object with "nl" and/or "en" (got ${got})`);
    else add(path, `must be ${[...expected].map((t) => TYPE_WORDS[t] ?? t).join(' or ')} (got ${got})`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Compiling

/** `factors[2].min` (the engine's paths) → `/factors/2/min`. */
function enginePathToPointer(path: string): string {
  if (path === '') return '';
  return `/${path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '')
    .join('/')}`;
}

/** How a placeholder's value is written: `{{ expr }}`, `{{ expr | percent }}`, `{{ expr | raw }}`. */
type Format = 'number' | 'percent' | 'raw';
const FORMATS: readonly Format[] = ['number', 'percent', 'raw'];

interface Placeholder {
  readonly expr: CompiledFeel;
  readonly format: Format;
}

interface CompiledText {
  /** Per language: the text in pieces, literal strings and placeholders. */
  readonly nl?: readonly (string | Placeholder)[];
  readonly en?: readonly (string | Placeholder)[];
  readonly plain?: Text;
}

interface CompiledConditional {
  readonly when: CompiledFeel | null;
  readonly text: CompiledText;
}

interface CompiledOption {
  readonly id: string;
  readonly index: number;
  readonly eligible: CompiledFeel | null;
  readonly reasons: readonly CompiledConditional[];
  readonly values: readonly { readonly criterion: string; readonly constant?: number; readonly expr?: CompiledFeel }[];
  readonly notes: readonly CompiledConditional[];
}

interface Compiled {
  readonly problems: ModelProblem[];
  readonly model?: AdviceModel;
}

const PLACEHOLDER = /\{\{([\s\S]*?)\}\}/g;

const numberFormats = new Map<string, Intl.NumberFormat>();
/** `number`: up to 2 decimals; `percent`: a share as a percentage (0.34 → 34%), up to 1 decimal. In the language's own way. */
const formatted = new Map<string, string>();
function formatNumber(n: number, locale: 'nl' | 'en', format: 'number' | 'percent'): string {
  const key = `${locale}:${format}`;
  const memo = `${key}:${n}`;
  const known = formatted.get(memo);
  if (known !== undefined) return known;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(
      locale === 'nl' ? 'nl-NL' : 'en-GB',
      format === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 },
    );
    numberFormats.set(key, nf);
  }
  const text = nf.format(n);
  if (formatted.size > 10_000) formatted.clear();
  formatted.set(memo, text);
  return text;
}

function fail(expr: CompiledFeel, what: string, warnings: readonly string[]): AdviceError {
  const why = warnings.length > 0 ? ` (${warnings.join('; ')})` : '';
  return new AdviceError('model-failed', `The declarative model failed at ${expr.path}: ${quoteExpr(expr.source)} ${what}${why}.`);
}
const quoteExpr = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number that is not finite';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a context' : String(value);
}

function compile(input: unknown): Compiled {
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if ('problem' in parsed) return { problems: [parsed.problem] };
    json = parsed.value;
  }
  if (!isRecord(json)) return { problems: [{ path: '', message: `a declarative model must be a JSON object (got ${show(json)})` }] };

  validator ??= new Validator(declarativeSchema as never, '2020-12', false);
  const problems: ModelProblem[] = schemaProblems(json, validator.validate(json).errors);
  const add = (p: FeelProblem) => {
    if (!problems.some((q) => q.path === p.path && q.message === p.message)) problems.push(p);
  };

  const factors = Array.isArray(json.factors) ? json.factors.filter(isRecord) : [];
  const criteria = Array.isArray(json.criteria) ? json.criteria.filter(isRecord) : [];
  const options = Array.isArray(json.options) ? json.options : [];
  const constants = isRecord(json.constants) ? json.constants : {};
  const definitions = isRecord(json.definitions) ? json.definitions : {};

  // The engine's own checks (ids twice, references, scenarios, number grids...), on the model without expressions.
  const strip = (f: Json) => {
    const { breakpoints: _b, ...rest } = f;
    return rest;
  };
  const shape = {
    id: json.id,
    title: json.title,
    ...(json.description === undefined ? {} : { description: json.description }),
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
    assess: () => ({}),
  };
  for (const p of validateModel(shape)) {
    const path = enginePathToPointer(p.path);
    // The schema already said what is wrong here.
    if (!problems.some((q) => q.path === path || path.startsWith(`${q.path}/`))) add({ path, message: p.message });
  }

  // Names: factors, then constants, then definitions; none may hide another or a FEEL word or function.
  const factorIds = factors.map((f) => f.id).filter((id): id is string => typeof id === 'string');
  const names = new Set<string>();
  const checkName = (name: string, path: string, what: string) => {
    if (FEEL_KEYWORDS.has(name)) add({ path, message: `${what} ${JSON.stringify(name)} is a FEEL keyword; choose another name` });
    else if (isFeelBuiltin(name))
      add({ path, message: `${what} ${JSON.stringify(name)} hides the FEEL function of that name; choose another` });
    else if (names.has(name))
      add({ path, message: `${what} ${JSON.stringify(name)} is already the name of a factor, constant or definition` });
    names.add(name);
  };
  factors.forEach((f, i) => {
    if (typeof f.id === 'string' && /^[A-Za-z][A-Za-z0-9_]*$/.test(f.id)) checkName(f.id, pointer('factors', i, 'id'), 'factor id');
  });
  for (const key of Object.keys(constants)) checkName(key, pointer('constants', key), 'constant');
  const definitionNames = Object.keys(definitions);
  for (const key of definitionNames) checkName(key, pointer('definitions', key), 'definition');

  const choices = new Map<string, string[]>();
  for (const f of factors) {
    if (f.kind === 'choice' && typeof f.id === 'string' && Array.isArray(f.choices)) {
      choices.set(
        f.id,
        f.choices.filter(isRecord).map((c) => String(c.value)),
      );
    }
  }
  const feelProblems: FeelProblem[] = [];
  const fullScope: FeelScope = { names, choices };
  const params = [...factorIds, ...definitionNames];
  const feel = (source: unknown, path: string, scope = fullScope, ps = params): CompiledFeel | null => {
    if (typeof source !== 'string' || source.trim() === '') return null; // the schema reported it
    return compileFeel(source, path, ps, constants, scope, feelProblems);
  };

  // Definitions, in order: each sees the factors, the constants and the definitions above it.
  const compiledDefinitions: CompiledFeel[] = [];
  definitionNames.forEach((name, k) => {
    const visible = new Set([...factorIds, ...Object.keys(constants), ...definitionNames.slice(0, k)]);
    const expr = feel(definitions[name], pointer('definitions', name), { names: visible, choices }, [
      ...factorIds,
      ...definitionNames.slice(0, k),
    ]);
    if (expr) compiledDefinitions.push(expr);
  });

  const compileText = (text: unknown, path: string): CompiledText => {
    const pieces = (s: string, p: string): (string | Placeholder)[] => {
      const out: (string | Placeholder)[] = [];
      let last = 0;
      for (const m of s.matchAll(PLACEHOLDER)) {
        out.push(s.slice(last, m.index));
        let source = (m[1] ?? '').trim();
        let format: Format = 'number';
        const piped = /^([\s\S]*?)\|\s*([A-Za-z]+)$/.exec(source);
        if (piped) {
          source = (piped[1] ?? '').trim();
          const name = piped[2] as Format;
          if (FORMATS.includes(name)) format = name;
          else
            feelProblems.push({ path: p, message: `unknown format "| ${name}" in {{ }}: use ${FORMATS.map((f) => `| ${f}`).join(', ')}` });
        }
        if (source === '') feelProblems.push({ path: p, message: 'an empty {{ }} placeholder' });
        else {
          const expr = feel(source, p);
          if (expr) out.push({ expr, format });
        }
        last = m.index + m[0].length;
      }
      out.push(s.slice(last));
      return out.filter((x) => x !== '');
    };
    if (typeof text === 'string') return text.includes('{{') ? { nl: pieces(text, path), en: pieces(text, path) } : { plain: text };
    if (!isRecord(text)) return { plain: '' };
    if (![text.nl, text.en].some((s) => typeof s === 'string' && s.includes('{{'))) return { plain: text as Text };
    return {
      ...(typeof text.nl === 'string' ? { nl: pieces(text.nl, `${path}/nl`) } : {}),
      ...(typeof text.en === 'string' ? { en: pieces(text.en, `${path}/en`) } : {}),
    };
  };
  /** A list of texts, each plain or `{ when, text }`. */
  const conditionals = (list: readonly unknown[], path: string): CompiledConditional[] =>
    list.map((item, j) =>
      isRecord(item) && 'text' in item
        ? {
            when: item.when === undefined ? null : feel(item.when, `${path}/${j}/when`),
            text: compileText(item.text, `${path}/${j}/text`),
          }
        : { when: null, text: compileText(item, `${path}/${j}`) },
    );

  const criterionIds = criteria.map((c) => c.id).filter((id): id is string => typeof id === 'string');
  const compiledOptions: CompiledOption[] = [];
  options.forEach((o, i) => {
    if (!isRecord(o) || typeof o.id !== 'string') return;
    const values = isRecord(o.values) ? o.values : {};
    for (const key of Object.keys(values)) {
      if (!criterionIds.includes(key)) {
        add({
          path: pointer('options', i, 'values', key),
          message: `${JSON.stringify(key)} is not one of the criteria (${criterionIds.join(', ')})`,
        });
      }
    }
    if (isRecord(o.values)) {
      for (const c of criterionIds) {
        if (!(c in values)) add({ path: pointer('options', i, 'values'), message: `no value for criterion ${JSON.stringify(c)}` });
      }
    }
    compiledOptions.push({
      id: o.id,
      index: i,
      eligible: o.eligible === undefined ? null : feel(o.eligible, pointer('options', i, 'eligible')),
      reasons: Array.isArray(o.reason)
        ? conditionals(o.reason, pointer('options', i, 'reason'))
        : o.reason === undefined
          ? []
          : [{ when: null, text: compileText(o.reason, pointer('options', i, 'reason')) }],
      values: criterionIds
        .filter((c) => c in values)
        .map((c) => {
          const v = values[c];
          if (typeof v === 'number') return { criterion: c, constant: v };
          const expr = feel(v, pointer('options', i, 'values', c));
          return expr ? { criterion: c, expr } : { criterion: c };
        }),
      notes: Array.isArray(o.notes) ? conditionals(o.notes, pointer('options', i, 'notes')) : [],
    });
  });

  const breakpointExprs = new Map<string, CompiledFeel>();
  factors.forEach((f, i) => {
    if (f.breakpoints === undefined || typeof f.id !== 'string') return;
    const expr = feel(f.breakpoints, pointer('factors', i, 'breakpoints'));
    if (expr) breakpointExprs.set(f.id, expr);
  });

  for (const p of feelProblems) add(p);
  if (problems.length > 0) return { problems };

  const definition = shape as unknown as Omit<AdviceModel, 'assess'>;
  const evaluateDefinitions = (s: ResolvedSituation): unknown[] => {
    const args: unknown[] = factorIds.map((id) => s[id]);
    for (const expr of compiledDefinitions) {
      const { value, warnings } = expr.run(args);
      if ((value === null || value === undefined) && warnings.length > 0) throw fail(expr, 'gave null', warnings);
      args.push(value ?? null);
    }
    return args;
  };
  const bool = (expr: CompiledFeel, args: readonly unknown[]): boolean => {
    const { value, warnings } = expr.run(args);
    if (typeof value !== 'boolean') throw fail(expr, `gave ${describe(value)}, not true or false`, warnings);
    return value;
  };
  const num = (expr: CompiledFeel, args: readonly unknown[]): number => {
    const { value, warnings } = expr.run(args);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(expr, `gave ${describe(value)}, not a number`, warnings);
    return value;
  };
  const render = (text: CompiledText, args: readonly unknown[]): Text => {
    if (text.plain !== undefined) return text.plain;
    const one = (pieces: readonly (string | Placeholder)[], locale: 'nl' | 'en') =>
      pieces
        .map((p) => {
          if (typeof p === 'string') return p;
          const { value, warnings } = p.expr.run(args);
          if (typeof value === 'number' && Number.isFinite(value))
            return p.format === 'raw' ? String(value) : formatNumber(value, locale, p.format);
          if (typeof value === 'string' || typeof value === 'boolean') return String(value);
          throw fail(p.expr, `gave ${describe(value)}, not a number or text to show`, warnings);
        })
        .join('');
    const nl = text.nl ? one(text.nl, 'nl') : undefined;
    const en = text.en ? one(text.en, 'en') : undefined;
    return nl !== undefined && en !== undefined ? { nl, en } : nl !== undefined ? { nl } : { en: en ?? '' };
  };
  const pick = (list: readonly CompiledConditional[], args: readonly unknown[]): Text[] =>
    list.filter((c) => c.when === null || bool(c.when, args)).map((c) => render(c.text, args));

  const assess = (s: ResolvedSituation): Assessments => {
    const args = evaluateDefinitions(s);
    const out: Record<string, Assessment> = {};
    for (const option of compiledOptions) {
      const eligible = option.eligible ? bool(option.eligible, args) : true;
      if (!eligible) {
        const [reason] = pick(option.reasons, args);
        out[option.id] = { eligible, values: {}, ...(reason === undefined ? {} : { reason }) };
        continue;
      }
      const values: Record<string, number> = {};
      for (const v of option.values) values[v.criterion] = v.expr ? num(v.expr, args) : (v.constant as number);
      const notes = pick(option.notes, args);
      out[option.id] = { eligible, values, ...(notes.length > 0 ? { notes } : {}) };
    }
    return out;
  };

  const model: AdviceModel = {
    ...definition,
    assess,
    ...(breakpointExprs.size > 0
      ? {
          breakpoints(factorId: string, s: ResolvedSituation): number[] {
            const expr = breakpointExprs.get(factorId);
            if (!expr) throw new AdviceError('unknown-factor', `The declarative model gives no breakpoints for "${factorId}".`);
            const args = evaluateDefinitions(s);
            const { value, warnings } = expr.run(args);
            const list = typeof value === 'number' ? [value] : value;
            if (!Array.isArray(list) || !list.every((x) => typeof x === 'number' && Number.isFinite(x))) {
              throw fail(expr, `gave ${describe(value)}, not a list of numbers`, warnings);
            }
            return list as number[];
          },
        }
      : {}),
  };
  return { problems, model };
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
