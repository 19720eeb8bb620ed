/**
 * FEEL expressions for declarative models, on `feelin` (the bpmn-io FEEL
 * interpreter: a Lezer parser and a tree-walking interpreter, no `eval`, no
 * `Function`, so it runs under a strict Content-Security-Policy).
 *
 * An expression is checked once (syntax, unknown names, unknown functions)
 * and compiled once: it is wrapped as a FEEL function definition
 * `function(p1, p2, …) expression` and evaluated a single time, which parses
 * it and builds feelin's execution tree. Each situation then only calls that
 * function with the factor values — no parsing per evaluation.
 */
import { evaluate, isFunction, parseExpression } from 'feelin';

/** A problem found while checking an expression, with its JSON pointer. */
export interface FeelProblem {
  readonly path: string;
  readonly message: string;
}

/** What one evaluation gave, with feelin's warnings (why a value became null). */
export interface FeelResult {
  readonly value: unknown;
  readonly warnings: readonly string[];
}

/** A checked, compiled expression: call `run` with the parameter values in order. */
export interface CompiledFeel {
  readonly source: string;
  readonly path: string;
  run(args: readonly unknown[]): FeelResult;
}

/** Words of the FEEL grammar, which cannot be variable names. */
export const FEEL_KEYWORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'true',
  'false',
  'null',
  'if',
  'then',
  'else',
  'for',
  'in',
  'return',
  'some',
  'every',
  'satisfies',
  'instance',
  'of',
  'function',
  'external',
  'between',
  'item',
  'date',
  'time',
  'duration',
]);

const builtins = new Map<string, boolean>();
const NONE: readonly string[] = Object.freeze([]);

/** Whether `name` is one of FEEL's built-in functions (`min`, `sum`, `string length`...). */
export function isFeelBuiltin(name: string): boolean {
  let known = builtins.get(name);
  if (known === undefined) {
    try {
      const { value } = evaluate(name, {});
      known = typeof value === 'function' || isFunction(value);
    } catch {
      known = false;
    }
    builtins.set(name, known);
  }
  return known;
}

interface SyntaxNodeLike {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly type: { readonly isError: boolean };
  readonly firstChild: SyntaxNodeLike | null;
  readonly nextSibling: SyntaxNodeLike | null;
}

function children(node: SyntaxNodeLike): SyntaxNodeLike[] {
  const out: SyntaxNodeLike[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

const column = (position: number) => `column ${position + 1}`;
const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** The first syntax error of an expression, or null. */
function syntaxError(source: string, root: SyntaxNodeLike): string | null {
  let error: SyntaxNodeLike | null = null;
  const find = (node: SyntaxNodeLike) => {
    if (error) return;
    if (node.type.isError) {
      error = node;
      return;
    }
    for (const c of children(node)) find(c);
  };
  find(root);
  if (!error) return null;
  const at = (error as SyntaxNodeLike).from;
  // feelin words the message ("Incomplete <IfExpression>"); the tree only says where.
  let detail = 'unexpected input';
  try {
    evaluate(source, {});
  } catch (e) {
    if (e instanceof Error && e.message) detail = e.message;
  }
  const near = source.slice(at, at + 20);
  return `FEEL syntax error at ${column(at)}${near ? ` near ${quote(near)}` : ' (the expression ends too early)'}: ${detail}`;
}

/** Facts about the names an expression may use, for the static check. */
export interface FeelScope {
  /** Names bound to a value: factors, constants, definitions. */
  readonly names: ReadonlySet<string>;
  /** Choice factors and their values, to catch `ageGroup = "65 +"`. */
  readonly choices?: ReadonlyMap<string, readonly string[]>;
}

const normalise = (name: string) => name.replace(/\s+/g, ' ').trim();

/** Unknown variables and functions, and comparisons of a choice factor with a value it cannot take. */
function checkNames(source: string, root: SyntaxNodeLike, scope: FeelScope): { problems: string[]; used: Set<string> } {
  const problems: string[] = [];
  /** Names of the scope the expression reads (not those it binds itself). */
  const used = new Set<string>();
  const text = (n: SyntaxNodeLike) => source.slice(n.from, n.to);
  const report = (message: string) => {
    if (!problems.includes(message)) problems.push(message);
  };

  const walk = (node: SyntaxNodeLike, local: ReadonlySet<string>, lenient: boolean): void => {
    const known = (name: string) => scope.names.has(name) || local.has(name);
    const kids = children(node);
    switch (node.name) {
      case 'VariableName': {
        const name = normalise(text(node));
        if (scope.names.has(name) && !local.has(name)) used.add(name);
        if (!lenient && !known(name) && !isFeelBuiltin(name)) {
          report(`unknown name ${quote(name)} at ${column(node.from)}: not a factor, constant or definition`);
        }
        return;
      }
      case 'FunctionInvocation': {
        const [callee, ...rest] = kids;
        if (callee?.name === 'VariableName') {
          const name = normalise(text(callee));
          if (scope.names.has(name) && !local.has(name)) used.add(name);
          if (!known(name) && !isFeelBuiltin(name) && !lenient) {
            report(`unknown function ${quote(name)} at ${column(callee.from)}: not one of FEEL's built-in functions`);
          }
        } else if (callee) walk(callee, local, lenient);
        for (const c of rest) walk(c, local, lenient);
        return;
      }
      case 'NamedParameter':
      case 'ContextEntry': {
        // The first child is the parameter name or the key; only the value is an expression.
        for (const c of kids.slice(1)) walk(c, local, lenient);
        return;
      }
      case 'PathExpression': {
        // `tariffs.baseFare`: only the head is a variable.
        if (kids[0]) walk(kids[0], local, lenient);
        return;
      }
      case 'Type':
        return;
      case 'FilterExpression': {
        // Inside `list[...]`, `item` and the properties of each element are names.
        const [target, ...rest] = kids;
        if (target) walk(target, local, lenient);
        for (const c of rest) walk(c, new Set([...local, 'item']), true);
        return;
      }
      case 'ForExpression':
      case 'QuantifiedExpression': {
        const bound = new Set(local);
        for (const c of kids) {
          if (c.name === 'InExpressions') {
            for (const inExpr of children(c)) {
              const parts = children(inExpr);
              const name = parts.find((p) => p.name === 'Name');
              for (const p of parts) if (p.name === 'IterationContext') walk(p, bound, lenient);
              if (name) bound.add(normalise(text(name)));
            }
          } else walk(c, new Set([...bound, 'partial']), lenient);
        }
        return;
      }
      case 'FunctionDefinition': {
        const params = new Set(local);
        for (const c of kids) {
          if (c.name === 'FormalParameters') {
            for (const p of children(c)) {
              const name = children(p).find((x) => x.name === 'ParameterName');
              if (name) params.add(normalise(text(name)));
            }
          } else if (c.name === 'FunctionBody') walk(c, params, lenient);
        }
        return;
      }
      case 'Context': {
        const keys = new Set(local);
        for (const entry of kids) {
          if (entry.name !== 'ContextEntry') continue;
          walk(entry, keys, lenient);
          const key = children(entry)[0];
          if (key) keys.add(normalise(text(key)).replace(/^"(.*)"$/, '$1'));
        }
        return;
      }
      case 'Comparison': {
        const [left, op, right] = kids;
        if (scope.choices && op && (text(op) === '=' || text(op) === '!=') && left && right) {
          for (const [a, b] of [
            [left, right],
            [right, left],
          ] as const) {
            const values = a.name === 'VariableName' ? scope.choices.get(normalise(text(a))) : undefined;
            if (values && b.name === 'StringLiteral' && !local.has(normalise(text(a)))) {
              const literal = text(b).slice(1, -1);
              if (!values.includes(literal)) {
                report(
                  `${quote(normalise(text(a)))} is never ${quote(literal)} (at ${column(b.from)}): its values are ${values.map((v) => JSON.stringify(v)).join(', ')}`,
                );
              }
            }
          }
        }
        for (const c of kids) walk(c, local, lenient);
        return;
      }
      default:
        for (const c of kids) walk(c, local, lenient);
    }
  };
  walk(root, new Set(), false);
  return { problems, used };
}

/**
 * Checks an expression and compiles it as a function of `params`; the
 * `constants` are fixed for every call. Problems go into `problems` (with
 * `path`); returns null when the expression cannot be used.
 */
export function compileFeel(
  source: string,
  path: string,
  params: readonly string[],
  constants: Readonly<Record<string, unknown>>,
  scope: FeelScope,
  problems: FeelProblem[],
): CompiledFeel | null {
  let tree: { readonly topNode: SyntaxNodeLike };
  try {
    tree = parseExpression(source, {}, undefined) as unknown as { readonly topNode: SyntaxNodeLike };
  } catch (error) {
    problems.push({ path, message: `FEEL syntax error: ${error instanceof Error ? error.message : String(error)}` });
    return null;
  }
  const syntax = syntaxError(source, tree.topNode);
  if (syntax) {
    problems.push({ path, message: syntax });
    return null;
  }
  const { problems: nameProblems, used } = checkNames(source, tree.topNode, scope);
  for (const message of nameProblems) problems.push({ path, message });
  if (nameProblems.length > 0) return null;

  // The function takes only the parameters the expression reads: fewer to bind on every call.
  const own = params.filter((p) => used.has(p));
  const picks = own.map((p) => params.indexOf(p));
  const prefix = `function(${own.join(', ')}) `;
  let fn: (...args: unknown[]) => unknown;
  let warnings: { type: string; message: string; position: { from: number } }[];
  try {
    const compiled = evaluate(prefix + source, { ...constants });
    if (!isFunction(compiled.value)) throw new Error('the expression did not compile to a function');
    fn = compiled.value.fn;
    // feelin collects the warnings of every later call of this function in this same array.
    warnings = compiled.warnings as typeof warnings;
  } catch (error) {
    problems.push({ path, message: `FEEL could not compile the expression: ${error instanceof Error ? error.message : String(error)}` });
    return null;
  }
  const picked: unknown[] = new Array(picks.length);
  const call = (args: readonly unknown[]): FeelResult => {
    if (warnings.length > 0) warnings.length = 0;
    for (let k = 0; k < picks.length; k++) picked[k] = args[picks[k] as number];
    let value: unknown;
    try {
      value = fn(...picked);
    } catch (error) {
      return { value: null, warnings: [error instanceof Error ? error.message : String(error)] };
    }
    if (warnings.length === 0) return { value, warnings: NONE };
    const said = warnings.map((w) => `${w.message} (at ${column(Math.max(0, w.position.from - prefix.length))})`);
    warnings.length = 0;
    return { value, warnings: said };
  };
  // An expression of constants only (`flexibility.saldo`) has one value: work it out once.
  const constant = own.length === 0 && !/\b(now|today)\s*\(/.test(source);
  let folded: FeelResult | undefined;
  return {
    source,
    path,
    run: constant ? () => (folded ??= call([])) : call,
  };
}
