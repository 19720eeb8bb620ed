/**
 * Boxed expressions compiled to functions of their scope: literal
 * expressions, contexts, lists and invocations (decision tables are in
 * `table.ts`). Each takes the values of the scope's names, in order, and the
 * run. Anything else is refused while loading, with the element and file.
 */
import { DmnEvaluationError, type DmnLimits, type DmnProblem } from './errors.js';
import { checkFeel, compileExpression, compileUnaryTests, type FeelFn, parseFeel, type UnaryFn } from './feel.js';
import type { ParsedFile } from './parse.js';
import { isFeelLanguage, type Raw } from './parse.js';
import type { Run } from './run.js';
import type { TypeCheck, TypeResolver } from './types.js';

export type Logic = (args: readonly unknown[], run: Run) => unknown;

/** What compiling one element needs to know and where its problems go. */
export interface CompileContext {
  readonly file: ParsedFile;
  /** The id of the DRG element being compiled (for messages). */
  readonly element: string;
  readonly limits: DmnLimits;
  readonly problems: DmnProblem[];
  readonly types: TypeResolver;
  /** Parameter names of the functions (knowledge models, services) in scope, by FEEL name. */
  readonly functions: ReadonlyMap<string, readonly string[]>;
}

export const whereOf = (c: CompileContext, id?: string) => ({ file: c.file.file, element: id ?? c.element });

export function problem(c: CompileContext, message: string, code: DmnProblem['code'] = 'unsupported', id?: string): null {
  c.problems.push({ file: c.file.file, element: id ?? c.element, code, message });
  return null;
}

const short = (s: string) => JSON.stringify(s.length > 50 ? `${s.slice(0, 50)}…` : s);
const describe = (v: unknown): string =>
  v === null || v === undefined
    ? 'null'
    : typeof v === 'string'
      ? short(v)
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : Array.isArray(v)
          ? 'a list'
          : typeof v === 'function'
            ? 'a function'
            : 'a context';

export { describe as describeValue };

/** Compiles one FEEL expression of this element; null (and a problem) when it cannot be used. */
export function feel(c: CompileContext, source: unknown, params: readonly string[], what: string, id?: string): FeelFn | null {
  if (typeof source !== 'string' || source.trim() === '') return problem(c, `${what}: the expression is empty`, 'feel', id);
  const parsed = parseFeel(source, params);
  if ('problem' in parsed) return problem(c, `${what} ${short(source)}: ${parsed.problem}`, 'feel', id);
  const { problems, used } = checkFeel(source, parsed.tree, new Set(params), c.limits);
  if (problems.length > 0) return problem(c, `${what} ${short(source)}: ${problems.join('; ')}`, 'feel', id);
  try {
    return compileExpression(source, params, used);
  } catch (error) {
    return problem(
      c,
      `${what} ${short(source)}: FEEL cannot compile it (${error instanceof Error ? error.message : String(error)})`,
      'feel',
      id,
    );
  }
}

/** Compiles unary tests (an input entry, input or output values); null (and a problem) when they cannot be used. */
export function unary(c: CompileContext, source: unknown, params: readonly string[], what: string, id?: string): UnaryFn | null {
  const text = typeof source === 'string' ? source : '-';
  const parsed = parseFeel(text.trim() === '' ? '-' : text, params, true);
  if ('problem' in parsed) return problem(c, `${what} ${short(text)}: ${parsed.problem}`, 'feel', id);
  const { problems, used } = checkFeel(text, parsed.tree, new Set(params), c.limits, true);
  if (problems.length > 0) return problem(c, `${what} ${short(text)}: ${problems.join('; ')}`, 'feel', id);
  try {
    return compileUnaryTests(text, parsed.tree, params, used);
  } catch (error) {
    return problem(
      c,
      `${what} ${short(text)}: FEEL cannot compile it (${error instanceof Error ? error.message : String(error)})`,
      'feel',
      id,
    );
  }
}

/** Runs a compiled expression: a null that FEEL warned about is an error, never a silent answer. */
export function run(fn: FeelFn, args: readonly unknown[], r: Run, where: { file: string; element: string }, what: string): unknown {
  r.tick(where);
  let outcome: ReturnType<FeelFn>;
  try {
    outcome = fn(args);
  } catch (error) {
    if (r.failure) throw r.failure;
    if (error instanceof DmnEvaluationError) throw error;
    throw new DmnEvaluationError('failed', `${what} failed: ${error instanceof Error ? error.message : String(error)}`, where);
  }
  if (r.failure) throw r.failure;
  if ((outcome.value === null || outcome.value === undefined) && outcome.warnings.length > 0) {
    throw new DmnEvaluationError('failed', `${what} gave no value: ${outcome.warnings.join('; ')}`, where);
  }
  return outcome.value ?? null;
}

/** Checks a value against a type; throws with the element when it does not fit. */
export function checked(value: unknown, type: TypeCheck | undefined, where: { file: string; element: string }, what: string): unknown {
  if (!type) return value;
  const bad = type(value);
  if (bad) throw new DmnEvaluationError('failed', `${what} gave ${describe(value)}, not ${bad}`, where);
  return value;
}

/** A typeRef resolved, or a problem. */
export function typeOf(c: CompileContext, typeRef: unknown, what: string, id?: string): TypeCheck | undefined {
  if (typeRef === undefined) return undefined;
  const t = c.types.resolve(String(typeRef), c.file);
  if (typeof t === 'string') {
    problem(c, `${what}: ${t}`, 'type', id);
    return undefined;
  }
  return t;
}

export type TableCompiler = (c: CompileContext, raw: Raw, params: readonly string[]) => Logic | null;

/** Compiles the boxed expression `raw` as a function of `params`. */
export function compileBoxed(
  c: CompileContext,
  raw: Raw,
  params: readonly string[],
  table: TableCompiler,
  what = 'the expression',
): Logic | null {
  if (!raw) return problem(c, `${what} is missing`);
  const id: string | undefined = raw.id;
  const where = whereOf(c, id);
  if (raw.typeRef !== undefined) typeOf(c, raw.typeRef, what, id);
  switch (raw.$type) {
    case 'dmn:LiteralExpression': {
      if (!isFeelLanguage(raw.expressionLanguage))
        return problem(c, `expression language ${JSON.stringify(raw.expressionLanguage)} is not supported: only FEEL`, 'unsupported', id);
      if (raw.importedValues) return problem(c, 'imported values in a literal expression are not supported', 'unsupported', id);
      const fn = feel(c, raw.text, params, what, id);
      if (!fn) return null;
      return (args, r) => run(fn, args, r, where, what);
    }
    case 'dmn:Context': {
      const entries: Raw[] = raw.contextEntry ?? [];
      const names: string[] = [];
      const parts: { name: string | null; logic: Logic }[] = [];
      let ok = true;
      entries.forEach((entry, k) => {
        const name: string | null = entry.variable?.name ? String(entry.variable.name).trim() : null;
        if (name === null && k !== entries.length - 1) {
          ok = problem(c, 'only the last entry of a context may have no name (it is the result)', 'unsupported', id) ?? false;
          return;
        }
        const logic = compileBoxed(c, entry.value, [...params, ...names], table, `context entry ${name ? `"${name}"` : '(result)'}`);
        if (!logic) ok = false;
        else parts.push({ name, logic });
        if (name) names.push(name);
      });
      if (!ok) return null;
      return (args, r) => {
        const scope = [...args];
        const out: Record<string, unknown> = {};
        for (const part of parts) {
          const value = part.logic(scope, r);
          if (part.name === null) return value;
          out[part.name] = value;
          scope.push(value);
        }
        return out;
      };
    }
    case 'dmn:List': {
      const items = (raw.elements ?? []).map((e: Raw, k: number) => compileBoxed(c, e, params, table, `list item ${k + 1}`));
      if (items.some((l: Logic | null) => !l)) return null;
      return (args, r) => items.map((l: Logic) => l(args, r));
    }
    case 'dmn:Invocation': {
      const called = raw.calledFunction;
      const name = called?.$type === 'dmn:LiteralExpression' ? String(called.text ?? '').trim() : '';
      const formal = c.functions.get(name);
      if (!formal)
        return problem(
          c,
          `the invocation calls ${JSON.stringify(name)}, which is not a required knowledge model or decision service`,
          'reference',
          id,
        );
      const index = params.indexOf(name);
      const bindings: { position: number; logic: Logic | null }[] = [];
      let ok = true;
      for (const b of raw.binding ?? []) {
        const pname = String(b.parameter?.name ?? '').trim();
        const position = formal.indexOf(pname);
        if (position < 0) {
          ok =
            problem(
              c,
              `the invocation of "${name}" binds "${pname}", which is not one of its parameters (${formal.join(', ')})`,
              'reference',
              id,
            ) ?? false;
          continue;
        }
        // A binding without an expression passes null (DMN 1.3, 10.3.2.5).
        const logic = b.bindingFormula ? compileBoxed(c, b.bindingFormula, params, table, `binding "${pname}"`) : () => null;
        if (!logic) ok = false;
        bindings.push({ position, logic });
      }
      if (!ok) return null;
      return (args, r) => {
        const fn = args[index] as (...a: unknown[]) => unknown;
        const values: unknown[] = formal.map(() => null);
        for (const b of bindings) values[b.position] = (b.logic as Logic)(args, r);
        r.tick(where);
        return fn(...values);
      };
    }
    case 'dmn:DecisionTable':
      return table(c, raw, params);
    default:
      return problem(
        c,
        `${String(raw.$type).replace('dmn:', '')} (as ${what}) is not supported: use a literal expression, context, list, invocation or decision table`,
        'unsupported',
        id,
      );
  }
}
