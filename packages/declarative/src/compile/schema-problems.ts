/** The JSON Schema check of a declarative model: the validator's output turned into one clear message per place. */
import type { ModelProblem } from '@advice-kit/core';
import { type OutputUnit, Validator } from '@cfworker/json-schema';
import { declarativeSchema } from '../schema.js';
import { isRecord, type Json, show } from './json.js';

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

/** Every schema problem of a parsed model, in the order the validator found them. */
export function checkSchema(json: Json): ModelProblem[] {
  validator ??= new Validator(declarativeSchema as never, '2020-12', false);
  return schemaProblems(json, validator.validate(json).errors);
}
