/** A loaded DMN model at work: its elements as callers see them, and decisions, knowledge models and services evaluated in a run. */
import { checked, type Logic } from './compile.js';
import { DmnEvaluationError, type DmnLimits } from './errors.js';
import type { DrgElement, ParsedFile } from './parse.js';
import { Run } from './run.js';
import type { TypeCheck, TypeResolver } from './types.js';

/** A name in an element's scope: one element, or an import's elements under its prefix. */
export interface ScopeEntry {
  readonly name: string;
  readonly element?: DrgElement;
  readonly members?: readonly DrgElement[];
}

export interface CompiledElement {
  readonly element: DrgElement;
  readonly scope: readonly ScopeEntry[];
  readonly params: readonly string[];
  readonly logic: Logic | null;
  readonly type: TypeCheck | undefined;
  /** Knowledge models: formal parameters and their types. Services: input decisions then input data. */
  readonly parameters: readonly { readonly name: string; readonly type?: TypeCheck; readonly element?: DrgElement }[];
}

/** An element of the loaded model, as callers see it. */
export interface DmnElementInfo {
  readonly id: string;
  readonly name: string;
  readonly file: string;
  readonly kind: 'input' | 'decision' | 'bkm' | 'service';
  readonly typeRef?: string;
  /** Ids of the elements it requires directly. */
  readonly requires: readonly string[];
}

/** Loaded, checked DMN files. */
export interface DmnDecisionModel {
  readonly files: readonly string[];
  readonly elements: readonly DmnElementInfo[];
  /**
   * Evaluates a decision (by id, name, or `importName.name`) with the given
   * inputs (keyed by input data id or name) and everything it requires.
   * Throws a `DmnEvaluationError` when an input does not fit its type, a
   * table's hit policy is broken by the data, FEEL gives no value, or the time
   * limit passes.
   */
  evaluate(decision: string, inputs: Readonly<Record<string, unknown>>): unknown;
  /** Evaluates several decisions with the same inputs, sharing what they require. */
  evaluateAll(decisions: readonly string[], inputs: Readonly<Record<string, unknown>>): unknown[];
  /** @internal the compiled elements, for `dmnModel` and its breakpoint analysis. */
  readonly internals: DmnInternals;
}

export interface DmnInternals {
  readonly parsed: readonly ParsedFile[];
  find(reference: string): DrgElement | undefined;
  findInput(reference: string): DrgElement | undefined;
  compiled(element: DrgElement): CompiledElement | undefined;
  /** The values of every element of `element`'s scope in `run`, in order. */
  argsOf(element: DrgElement, run: Run): unknown[];
  run(inputs: Readonly<Record<string, unknown>>): Run;
  valueFor(element: DrgElement, run: Run): unknown;
  readonly limits: DmnLimits;
}

/** The model of checked, compiled elements: `evaluate`, `evaluateAll` and the internals the advice model and its breakpoints use. */
export function buildModel(
  parsed: readonly ParsedFile[],
  registry: ReadonlyMap<string, DrgElement>,
  compiled: ReadonlyMap<DrgElement, CompiledElement>,
  limits: DmnLimits,
  types: TypeResolver,
): DmnDecisionModel {
  const all = [...registry.values()];
  const where = (el: DrgElement) => ({ file: el.file, element: el.id });
  const qualified = (el: DrgElement): string[] => {
    const names = [el.id, el.name];
    for (const d of parsed) for (const [prefix, ns] of d.imports) if (ns === el.ns) names.push(`${prefix}.${el.name}`);
    return names;
  };
  const lookup = (reference: string, kinds: readonly DrgElement['kind'][]): DrgElement | undefined => {
    const candidates = all.filter((el) => kinds.includes(el.kind) && qualified(el).includes(reference));
    if (candidates.length > 1) {
      const byId = candidates.filter((c) => c.id === reference);
      if (byId.length === 1) return byId[0];
      throw new DmnEvaluationError(
        'unknown-decision',
        `"${reference}" names ${candidates.length} elements (${candidates.map((c) => `${c.file} #${c.id}`).join(', ')}): use an id`,
      );
    }
    return candidates[0];
  };

  const valueFor = (el: DrgElement, run: Run): unknown => {
    if (run.values.has(el)) return run.values.get(el);
    const c = compiled.get(el) as CompiledElement;
    if (el.kind === 'input') {
      if (!run.inputs.has(el)) throw new DmnEvaluationError('input', `the input "${el.name}" has no value`, where(el));
      return run.inputs.get(el);
    }
    if (el.kind === 'bkm' || el.kind === 'service') return functionOf(el, run);
    run.tick(where(el));
    const value = checked((c.logic as Logic)(argsOf(el, run), run), c.type, where(el), `the decision "${el.name}"`);
    run.values.set(el, value);
    return value;
  };
  const argsOf = (el: DrgElement, run: Run): unknown[] => {
    const c = compiled.get(el) as CompiledElement;
    return c.scope.map((s) =>
      s.element ? valueFor(s.element, run) : Object.fromEntries((s.members ?? []).map((m) => [m.name, valueFor(m, run)])),
    );
  };
  const functionOf = (el: DrgElement, run: Run): unknown => {
    const known = run.functions.get(el);
    if (known) return known;
    const c = compiled.get(el) as CompiledElement;
    const names = c.parameters.map((p) => p.name);
    let fn: ((...args: unknown[]) => unknown) & { $args?: string[] };
    if (el.kind === 'bkm') {
      fn = (...values: unknown[]) => {
        try {
          if (run.calls >= limits.depth)
            throw new DmnEvaluationError('depth', `more than ${limits.depth} nested calls of knowledge models`, where(el));
          run.calls++;
          c.parameters.forEach((p, k) => {
            checked(values[k] ?? null, p.type, where(el), `the argument "${p.name}" of "${el.name}"`);
          });
          const args = [...c.parameters.map((_, k) => values[k] ?? null), ...argsOf(el, run)];
          return checked((c.logic as Logic)(args, run), c.type, where(el), `the knowledge model "${el.name}"`);
        } catch (error) {
          return run.fail(error);
        } finally {
          run.calls--;
        }
      };
    } else {
      const outputs = (el.raw.outputDecision ?? []).map((r: { href?: string }) => {
        const href = String(r.href ?? '');
        const hash = href.indexOf('#');
        return registry.get(`${hash <= 0 ? el.ns : href.slice(0, hash)}#${href.slice(hash + 1)}`) as DrgElement;
      });
      fn = (...values: unknown[]) => {
        try {
          const inputs = new Map<DrgElement, unknown>();
          const seeded = new Map<DrgElement, unknown>();
          c.parameters.forEach((p, k) => {
            const target = p.element as DrgElement;
            if (target.kind === 'input') inputs.set(target, values[k] ?? null);
            else seeded.set(target, values[k] ?? null);
          });
          const sub = run.nested(inputs, where(el));
          for (const [d, v] of seeded) sub.values.set(d, v);
          const results = outputs.map((d: DrgElement) => valueFor(d, sub));
          return outputs.length === 1 ? results[0] : Object.fromEntries(outputs.map((d: DrgElement, k: number) => [d.name, results[k]]));
        } catch (error) {
          return run.fail(error);
        }
      };
    }
    fn.$args = names;
    run.functions.set(el, fn);
    return fn;
  };

  const inputTypes = new Map<DrgElement, TypeCheck | undefined>();
  for (const el of all) {
    if (el.kind !== 'input') continue;
    const t = types.resolve(el.raw.variable?.typeRef, el.definitions);
    inputTypes.set(el, typeof t === 'string' ? undefined : t);
  }
  const newRun = (inputs: Readonly<Record<string, unknown>>): Run => {
    const values = new Map<DrgElement, unknown>();
    for (const [key, value] of Object.entries(inputs)) {
      const el = lookup(key, ['input']);
      if (!el || value === undefined) continue; // inputs of other models may share a situation
      const bad = inputTypes.get(el)?.(value);
      if (bad) throw new DmnEvaluationError('input', `the input "${el.name}" is ${JSON.stringify(value)}, not ${bad}`, where(el));
      values.set(el, value);
    }
    return new Run(values, limits);
  };
  const decision = (reference: string): DrgElement => {
    const el = lookup(reference, ['decision']);
    if (!el) throw new DmnEvaluationError('unknown-decision', `no decision is named or has the id "${reference}"`);
    return el;
  };

  const internals: DmnInternals = {
    parsed,
    find: (reference) => lookup(reference, ['decision', 'bkm', 'service']),
    findInput: (reference) => lookup(reference, ['input']),
    compiled: (el) => compiled.get(el),
    argsOf,
    run: newRun,
    valueFor,
    limits,
  };
  return {
    files: parsed.map((p) => p.file),
    elements: all.map((el) => ({
      id: el.id,
      name: el.name,
      file: el.file,
      kind: el.kind,
      ...(el.raw.variable?.typeRef ? { typeRef: String(el.raw.variable.typeRef) } : {}),
      requires: (compiled.get(el)?.scope ?? []).flatMap((s) => (s.element ? [s.element.id] : (s.members ?? []).map((m) => m.id))),
    })),
    evaluate: (reference, inputs) => valueFor(decision(reference), newRun(inputs)),
    evaluateAll: (references, inputs) => {
      const run = newRun(inputs);
      return references.map((r) => valueFor(decision(r), run));
    },
    internals,
  };
}
