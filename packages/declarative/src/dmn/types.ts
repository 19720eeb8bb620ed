/**
 * typeRefs and item definitions: what a value must be. Used to check the
 * inputs handed to `evaluate` and the values decisions give. Resolved when
 * the files are loaded: an unknown type is a load problem.
 */
import type { DmnLimits } from './errors.js';
import { checkFeel, compileUnaryTests, parseFeel } from './feel.js';
import type { ParsedFile, Raw } from './parse.js';

/** null when the value is of the type; otherwise what it should have been. */
export type TypeCheck = (value: unknown) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const ISO_DATE = /^-?\d{4,}-\d{2}-\d{2}$/;
const isTemporal = (v: unknown, kind: string) =>
  (typeof v === 'object' && v !== null && !Array.isArray(v) && !isRecord(v)) ||
  (typeof v === 'string' && (kind !== 'date' || ISO_DATE.test(v)));

const BUILTIN: Record<string, TypeCheck> = {
  number: (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'a number'),
  string: (v) => (typeof v === 'string' ? null : 'a text'),
  boolean: (v) => (typeof v === 'boolean' ? null : 'true or false'),
  date: (v) => (isTemporal(v, 'date') ? null : 'a date (yyyy-mm-dd)'),
  time: (v) => (isTemporal(v, 'time') ? null : 'a time'),
  'date and time': (v) => (isTemporal(v, 'dt') ? null : 'a date and time'),
  'days and time duration': (v) => (isTemporal(v, 'd') ? null : 'a duration'),
  'years and months duration': (v) => (isTemporal(v, 'd') ? null : 'a duration'),
  context: (v) => (isRecord(v) ? null : 'a context'),
  list: (v) => (Array.isArray(v) ? null : 'a list'),
  any: () => null,
  Any: () => null,
};

const withNull =
  (check: TypeCheck): TypeCheck =>
  (v) =>
    v === null || v === undefined ? null : check(v);

/** Resolves typeRefs of one file (its own item definitions, and `prefix.name` for imported ones). */
export class TypeResolver {
  private readonly cache = new Map<string, TypeCheck | string>();
  constructor(
    private readonly files: ReadonlyMap<string, ParsedFile>,
    private readonly limits: DmnLimits,
  ) {}

  /** The check for `typeRef` as written in `file`, or a problem text. Null values always pass (DMN: every type has null). */
  resolve(typeRef: string | undefined, file: ParsedFile, depth = 0): TypeCheck | string {
    if (typeRef === undefined || typeRef.trim() === '') return BUILTIN.any as TypeCheck;
    const name = typeRef.trim().replace(/^feel:/, '');
    const key = `${file.ns}\u0000${name}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    if (depth > 16) return `the type ${JSON.stringify(typeRef)} refers to itself`;
    let result: TypeCheck | string;
    if (BUILTIN[name]) result = withNull(BUILTIN[name] as TypeCheck);
    else {
      const [owner, local] = this.owner(name, file);
      const item = owner ? (owner.raw.itemDefinition ?? []).find((i: Raw) => i.name === local) : undefined;
      result =
        owner && item ? this.item(item, owner, depth) : `unknown type ${JSON.stringify(typeRef)}: not a FEEL type nor an item definition`;
    }
    this.cache.set(key, result);
    return result;
  }

  private owner(name: string, file: ParsedFile): [ParsedFile | undefined, string] {
    if ((file.raw.itemDefinition ?? []).some((i: Raw) => i.name === name)) return [file, name];
    const dot = name.indexOf('.');
    if (dot > 0) {
      const ns = file.imports.get(name.slice(0, dot));
      if (ns) return [this.files.get(ns), name.slice(dot + 1)];
    }
    return [undefined, name];
  }

  private item(item: Raw, file: ParsedFile, depth: number): TypeCheck | string {
    if (item.typeLanguage !== undefined && !/FEEL/i.test(item.typeLanguage))
      return `item definition "${item.name}": type language ${item.typeLanguage} is not supported`;
    if (item.functionItem) return `item definition "${item.name}": function types are not supported`;
    let base: TypeCheck;
    const components: Raw[] = item.itemComponent ?? [];
    if (components.length > 0) {
      const parts: [string, TypeCheck][] = [];
      for (const c of components) {
        const check =
          c.typeRef !== undefined || (c.itemComponent ?? []).length > 0 ? this.item(c, file, depth + 1) : (BUILTIN.any as TypeCheck);
        if (typeof check === 'string') return check;
        parts.push([String(c.name), check]);
      }
      base = (v) => {
        if (!isRecord(v)) return `a context with ${parts.map(([n]) => `"${n}"`).join(', ')}`;
        for (const [n, check] of parts) {
          const bad = check(v[n]);
          if (bad) return `a context whose "${n}" is ${bad}`;
        }
        return null;
      };
    } else {
      const inner = this.resolve(item.typeRef, file, depth + 1);
      if (typeof inner === 'string') return `item definition "${item.name}": ${inner}`;
      base = inner;
    }
    if (item.allowedValues?.text !== undefined) {
      const text = String(item.allowedValues.text);
      const parsed = parseFeel(text, [], true);
      if ('problem' in parsed) return `item definition "${item.name}": allowed values: ${parsed.problem}`;
      const { problems, used } = checkFeel(text, parsed.tree, new Set(), this.limits, true);
      if (problems.length > 0) return `item definition "${item.name}": allowed values: ${problems.join('; ')}`;
      const test = compileUnaryTests(text, parsed.tree, [], used);
      const inner = base;
      base = (v) => inner(v) ?? (v === null || test(v, []) ? null : `one of ${text}`);
    }
    if (item.isCollection) {
      const one = base;
      base = (v) => {
        if (!Array.isArray(v)) return 'a list';
        for (const x of v) {
          const bad = one(x);
          if (bad) return `a list of ${bad}`;
        }
        return null;
      };
    }
    return withNull(base);
  }
}
