/**
 * A compiled element seen from the breakpoint analysis: its scope, and FEEL
 * texts over that scope compiled on demand (memoised per element).
 */
import { checkFeel, compileExpression, parseFeel } from './feel.js';
import type { DmnDecisionModel } from './load.js';
import type { DrgElement } from './parse.js';

export interface CompiledElementView {
  readonly element: DrgElement;
  readonly params: readonly string[];
  readonly scope: readonly { readonly name: string; readonly element?: DrgElement; readonly members?: readonly DrgElement[] }[];
  /** A FEEL text over the scope, compiled: the value for the scope's values, or null when it cannot be compiled. */
  evaluator(source: string): ((args: readonly unknown[]) => unknown) | null;
  /** A FEEL text (or unary tests) over the scope, parsed once. */
  parse(source: string, unary?: boolean): ReturnType<typeof parseFeel>;
}

const views = new WeakMap<DrgElement, CompiledElementView>();

export function compileView(dmn: DmnDecisionModel, element: DrgElement): CompiledElementView | null {
  const known = views.get(element);
  if (known) return known;
  const compiled = dmn.internals.compiled(element);
  if (!compiled) return null;
  const cache = new Map<string, ((args: readonly unknown[]) => unknown) | null>();
  const trees = new Map<string, ReturnType<typeof parseFeel>>();
  const view: CompiledElementView = {
    element,
    params: compiled.params,
    scope: compiled.scope,
    parse(source, unary = false) {
      const key = `${unary ? 'u' : 'e'}${source}`;
      let tree = trees.get(key);
      if (!tree) {
        tree = parseFeel(source, compiled.params, unary);
        trees.set(key, tree);
      }
      return tree;
    },
    evaluator(source) {
      if (cache.has(source)) return cache.get(source) ?? null;
      let fn: ((args: readonly unknown[]) => unknown) | null = null;
      const parsed = parseFeel(source, compiled.params);
      if (!('problem' in parsed)) {
        const { problems, used } = checkFeel(source, parsed.tree, new Set(compiled.params), dmn.internals.limits);
        if (problems.length === 0) {
          try {
            const run = compileExpression(source, compiled.params, used);
            fn = (args) => run(args).value;
          } catch {
            fn = null;
          }
        }
      }
      cache.set(source, fn);
      return fn;
    },
  };
  views.set(element, view);
  return view;
}
