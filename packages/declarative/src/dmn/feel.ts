/**
 * FEEL for DMN, on `feelin`: every expression and every unary test is
 * checked when the files are loaded (syntax, names in scope, constructs that
 * could run away) and compiled once into a FEEL function of the names in its
 * scope, so evaluation binds values and never parses.
 *
 * All FEEL of the DMN adapter goes through `compileExpression` and
 * `compileUnaryTests`: the one place to add evaluation limits to. Nothing in
 * a DMN file becomes JavaScript: feelin interprets its own syntax tree (no
 * `eval`, no `Function`), and the only JavaScript functions FEEL can call are
 * the adapter's own wrappers of knowledge models and decision services.
 */
import { evaluate, isFunction, parseExpression, parseUnaryTests } from 'feelin';
import { FEEL_KEYWORDS, isFeelBuiltin } from '../feel.js';
import type { DmnLimits } from './errors.js';

/** What one evaluation gave, with feelin's warnings (why a value became null). */
export interface FeelOutcome {
  readonly value: unknown;
  readonly warnings: readonly string[];
}

/** A compiled expression: call with the values of its parameters, in the order given when compiling. */
export type FeelFn = (args: readonly unknown[]) => FeelOutcome;

/** A compiled unary test (an input entry): does `input` pass, with the scope's values in `args`. */
export type UnaryFn = (input: unknown, args: readonly unknown[]) => boolean;

interface Node {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly type: { readonly isError: boolean };
  readonly firstChild: Node | null;
  readonly nextSibling: Node | null;
}

export const childrenOf = (node: Node): Node[] => {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};
export type { Node as FeelNode };

const normalise = (name: string) => name.replace(/\s+/g, ' ').trim();
const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
const NONE: readonly string[] = Object.freeze([]);
/** Regular expressions with a quantified group that is itself quantified: `(a+)+`, `(a|aa)*`. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]|\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)\s*[+*{]/;
const REGEX_FUNCTIONS = new Set(['matches', 'replace', 'split']);

/** A parse context that tells feelin's tokenizer the multi-word names of the scope. */
const nameContext = (names: Iterable<string>): Record<string, null> => {
  const ctx: Record<string, null> = {};
  for (const n of names) ctx[n] = null;
  return ctx;
};

/** Parses a FEEL expression (or unary tests) and returns its tree, or the syntax problem. */
export function parseFeel(source: string, names: Iterable<string>, unary = false): { tree: Node } | { problem: string } {
  let root: Node;
  try {
    const parsed = (unary ? parseUnaryTests : parseExpression)(source, nameContext(names), undefined) as unknown as { topNode: Node };
    root = parsed.topNode;
  } catch (error) {
    return { problem: `FEEL syntax error: ${error instanceof Error ? error.message : String(error)}` };
  }
  let bad: Node | null = null;
  const find = (n: Node) => {
    if (bad) return;
    if (n.type.isError) bad = n;
    else for (const c of childrenOf(n)) find(c);
  };
  find(root);
  if (bad) {
    const at = (bad as Node).from;
    const near = source.slice(at, at + 20);
    return { problem: `FEEL syntax error at column ${at + 1}${near ? ` near ${quote(near)}` : ' (the text ends too early)'}` };
  }
  return { tree: root };
}

/**
 * Static checks of one expression: unknown names and functions, FEEL
 * function definitions (use a knowledge model), iteration over ranges without
 * literal bounds or with too many items, regular expressions that can
 * backtrack without end. Returns the problems and the scope names it reads.
 */
export function checkFeel(
  source: string,
  tree: Node,
  scope: ReadonlySet<string>,
  limits: DmnLimits,
  unary = false,
): { problems: string[]; used: Set<string> } {
  const problems: string[] = [];
  const used = new Set<string>();
  const text = (n: Node) => source.slice(n.from, n.to);
  const report = (m: string) => {
    if (!problems.includes(m)) problems.push(m);
  };
  if (source.length > limits.expressionChars) report(`the expression is longer than ${limits.expressionChars} characters`);
  const number = (n: Node | undefined) => {
    if (!n) return null;
    const t = text(n).trim();
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
  };

  const walk = (node: Node, local: ReadonlySet<string>, lenient: boolean, items: number): void => {
    const known = (name: string) => scope.has(name) || local.has(name) || (unary && name === '?');
    const kids = childrenOf(node);
    switch (node.name) {
      case 'VariableName': {
        const name = normalise(text(node));
        if (scope.has(name) && !local.has(name)) used.add(name);
        if (!lenient && !known(name) && !isFeelBuiltin(name)) report(`unknown name ${quote(name)}: not in this element's requirements`);
        return;
      }
      case 'FunctionDefinition':
        report('a FEEL function definition inside an expression is not supported: use a business knowledge model');
        return;
      case 'FunctionInvocation': {
        const [callee, ...rest] = kids;
        if (callee?.name === 'VariableName') {
          const name = normalise(text(callee));
          if (scope.has(name) && !local.has(name)) used.add(name);
          if (!lenient && !known(name) && !isFeelBuiltin(name))
            report(`unknown function ${quote(name)}: not a FEEL function nor a required knowledge model or decision service`);
          if (REGEX_FUNCTIONS.has(name) && !known(name)) {
            const args = childrenOf(rest.find((r) => r.name === 'PositionalParameters' || r.name === 'NamedParameters') ?? node);
            const pattern = args[1];
            if (pattern?.name !== 'StringLiteral') report(`${name}() needs its pattern written as a literal text`);
            else if (NESTED_QUANTIFIER.test(text(pattern)))
              report(`the pattern ${quote(text(pattern))} of ${name}() can take too long to match (a repeated group that repeats)`);
          }
        } else if (callee) walk(callee, local, lenient, items);
        for (const c of rest) walk(c, local, lenient, items);
        return;
      }
      case 'NamedParameter':
      case 'ContextEntry':
        for (const c of kids.slice(1)) walk(c, local, lenient, items);
        return;
      case 'PathExpression':
        if (kids[0]) walk(kids[0], local, lenient, items);
        return;
      case 'Type':
        return;
      case 'FilterExpression': {
        const [target, ...rest] = kids;
        if (target) walk(target, local, lenient, items);
        for (const c of rest) walk(c, new Set([...local, 'item']), true, items);
        return;
      }
      case 'ForExpression':
      case 'QuantifiedExpression': {
        const bound = new Set(local);
        let count = items;
        for (const c of kids) {
          if (c.name !== 'InExpressions') continue;
          for (const inExpr of childrenOf(c)) {
            const parts = childrenOf(inExpr);
            const context = parts.find((p) => p.name === 'IterationContext');
            if (context) {
              const ends = childrenOf(context);
              if (ends.some((e) => e.name === '..')) {
                const a = number(ends[0]);
                const b = number(ends[2]);
                if (a === null || b === null) report('a loop over a range needs both ends written as numbers (for i in 1..10)');
                else count *= Math.abs(b - a) + 1;
              }
              walk(context, bound, lenient, count);
            }
            const name = parts.find((p) => p.name === 'Name');
            if (name) bound.add(normalise(text(name)));
          }
        }
        if (count > limits.rangeItems) report(`a loop over more than ${limits.rangeItems} items is not allowed`);
        for (const c of kids) if (c.name !== 'InExpressions') walk(c, new Set([...bound, 'partial']), lenient, count);
        return;
      }
      case 'Context': {
        const keys = new Set(local);
        for (const entry of kids) {
          if (entry.name !== 'ContextEntry') continue;
          walk(entry, keys, lenient, items);
          const key = childrenOf(entry)[0];
          if (key) keys.add(normalise(text(key)).replace(/^"(.*)"$/, '$1'));
        }
        return;
      }
      default:
        for (const c of kids) walk(c, local, lenient, items);
    }
  };
  walk(tree, new Set(), false, 1);
  for (const name of used) if (FEEL_KEYWORDS.has(name)) used.delete(name);
  return { problems, used };
}

/**
 * Compiles an expression as a FEEL function of `params` (the names of its
 * scope, in order). Throws when feelin cannot build it (the load reports it).
 */
export function compileExpression(source: string, params: readonly string[], used: ReadonlySet<string>): FeelFn {
  const own = params.filter((p) => used.has(p));
  const picks = own.map((p) => params.indexOf(p));
  const prefix = `function(${own.join(', ')}) `;
  const compiled = evaluate(prefix + source, nameContext(params));
  if (!isFunction(compiled.value)) throw new Error('the expression did not compile');
  const fn = compiled.value.fn as (...args: unknown[]) => unknown;
  // feelin collects the warnings of every later call of this function in this same array.
  const warnings = compiled.warnings as { message: string }[];
  const picked: unknown[] = new Array(picks.length);
  return (args) => {
    if (warnings.length > 0) warnings.length = 0;
    for (let k = 0; k < picks.length; k++) picked[k] = args[picks[k] as number];
    const value = fn(...picked);
    if (warnings.length === 0) return { value, warnings: NONE };
    const said = warnings.map((w) => w.message);
    warnings.length = 0;
    return { value, warnings: said };
  };
}

/** `not(…)` around the whole of a unary test, or null. */
function negated(source: string): string | null {
  const m = /^\s*not\s*\(([\s\S]*)\)\s*$/.exec(source);
  if (!m) return null;
  let depth = 0;
  const inner = m[1] as string;
  for (const ch of inner) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return null;
  }
  return depth === 0 ? inner : null;
}

const INPUT = '__input';

/**
 * The source of a unary test rewritten as a boolean expression of `__input`:
 * `"a","b"` → `__input in ("a","b")`; a test that uses `?` → `?` replaced.
 * `-` (any value) gives null.
 */
export function unaryAsExpression(source: string, tree: Node): { expression: string; negate: boolean } | null {
  const trimmed = source.trim();
  if (trimmed === '-' || trimmed === '') return null;
  const inner = negated(source);
  const body = inner ?? source;
  const questions: number[] = [];
  const find = (n: Node) => {
    if (n.name === 'VariableName' && source.slice(n.from, n.to).trim() === '?')
      questions.push(n.from + source.slice(n.from, n.to).indexOf('?'));
    for (const c of childrenOf(n)) find(c);
  };
  find(tree);
  if (questions.length > 0) {
    let out = source;
    for (const at of questions.sort((a, b) => b - a)) out = `${out.slice(0, at)}${INPUT}${out.slice(at + 1)}`;
    return { expression: out, negate: false };
  }
  if (body.trim() === 'null') return { expression: `${INPUT} = null`, negate: inner !== null };
  return { expression: `${INPUT} in (${body})`, negate: inner !== null };
}

/** Compiles a unary test (see {@link unaryAsExpression}) as a function of the input and `params`. */
export function compileUnaryTests(source: string, tree: Node, params: readonly string[], used: ReadonlySet<string>): UnaryFn {
  const form = unaryAsExpression(source, tree);
  if (!form) return () => true;
  const fn = compileExpression(form.expression, [INPUT, ...params], new Set([INPUT, ...used]));
  const args: unknown[] = [];
  return (input, scope) => {
    args.length = 0;
    args.push(input, ...scope);
    const result = fn(args).value === true;
    return form.negate ? !result : result;
  };
}
