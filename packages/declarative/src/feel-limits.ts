/**
 * Limits on FEEL expressions, checked before anything is evaluated.
 *
 * feelin is a synchronous tree-walking interpreter: once an evaluation runs it
 * cannot be interrupted, and a loop over `1..10000000`, nested loops of 10^5 ×
 * 10^5 or a catastrophically backtracking `matches` pattern would freeze the
 * page. So the inputs of the work are bounded before the first evaluation:
 * the length and nesting depth of the expression, the size of every range a
 * loop runs over (fixed numbers only) and of loops nested in each other, and
 * the regular expressions given to `matches`, `replace` and `split` (fixed
 * strings without nested or alternated quantifiers, back-references or
 * look-arounds). With these, an expression that passes does a bounded amount
 * of work per evaluation.
 */

/** Longest expression, in characters. */
export const MAX_FEEL_LENGTH = 10_000;
/** Deepest nesting of the syntax tree (brackets, `if`s, operators). */
export const MAX_FEEL_DEPTH = 120;
/** Most values one loop range may hold (`for i in 1..1000`). */
export const MAX_FEEL_RANGE = 10_000;
/** Most iterations of loops nested in each other, multiplied. */
export const MAX_FEEL_ITERATIONS = 100_000;
/** Longest regular expression. */
export const MAX_FEEL_PATTERN = 200;

const REGEX_FUNCTIONS: ReadonlyMap<string, number> = new Map([
  ['matches', 1],
  ['replace', 1],
  ['split', 1],
]);

interface Node {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly firstChild: Node | null;
  readonly nextSibling: Node | null;
}

function kids(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Cheap checks on the text, before parsing: a 5,000-deep `if` chain is refused at once, not after seconds of parsing. */
export function feelTextProblem(source: string): string | null {
  if (source.length > MAX_FEEL_LENGTH) {
    return `the expression is ${source.length} characters long; at most ${MAX_FEEL_LENGTH} are allowed`;
  }
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"' && source[i - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (c === '(' || c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  const words = source.replace(/"(?:[^"\\]|\\.)*"/g, '""').match(/\b(if|for|some|every|function)\b/g)?.length ?? 0;
  if (deepest > MAX_FEEL_DEPTH / 2 || words > MAX_FEEL_DEPTH) {
    return `the expression is nested too deeply (at most ${MAX_FEEL_DEPTH / 2} levels of brackets and ${MAX_FEEL_DEPTH} if/for/some/every); split it into definitions`;
  }
  return null;
}

/** A fixed number in the tree: `10`, `-1`, `2.5`. */
function literal(source: string, node: Node | undefined): number | null {
  if (node?.name !== 'NumericLiteral') return null;
  const n = Number(source.slice(node.from, node.to).replace(/\s+/g, ''));
  return Number.isFinite(n) ? n : null;
}

/**
 * Whether a regular expression can backtrack catastrophically: a quantified
 * group that holds a quantifier or an alternation (`(a+)+`, `(a|a)*`), a
 * back-reference or a look-around. Returns the reason, or null when safe.
 */
export function unsafePattern(pattern: string): string | null {
  if (pattern.length > MAX_FEEL_PATTERN) return `it is longer than ${MAX_FEEL_PATTERN} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'it uses a back-reference';
  if (/\(\?<?[=!]/.test(pattern)) return 'it uses a look-around';
  /** Per open group: whether it holds a quantifier or an alternation. */
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push(false);
    else if (c === '|' && groups.length > 0) groups[groups.length - 1] = true;
    else if (c === ')') {
      const risky = groups.pop() ?? false;
      const next = pattern[i + 1];
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      if (risky && quantified) return 'a repeated group holds a repetition or a choice (such as (a+)+ or (a|b)*), which can take for ever';
      if (risky && groups.length > 0) groups[groups.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '?' || c === '{') && groups.length > 0) {
      groups[groups.length - 1] = true;
    }
  }
  return null;
}

/**
 * Problems with the work an expression would do, from its syntax tree: depth,
 * loop ranges and regular expressions. Each message says where.
 */
export function feelTreeProblems(source: string, root: Node): string[] {
  const problems: string[] = [];
  const at = (n: Node) => `at column ${n.from + 1}`;
  // Iterative walk: a deep tree must not overflow the stack while being checked.
  const stack: { node: Node; depth: number; iterations: number }[] = [{ node: root, depth: 0, iterations: 1 }];
  let tooDeep = false;
  while (stack.length > 0) {
    const { node, depth, iterations } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_FEEL_DEPTH * 4) {
      tooDeep = true;
      continue;
    }
    let inner = iterations;
    if (node.name === 'ForExpression' || node.name === 'QuantifiedExpression') {
      for (const list of kids(node).filter((k) => k.name === 'InExpressions')) {
        for (const inExpr of kids(list)) {
          const context = kids(inExpr).find((k) => k.name === 'IterationContext');
          const parts = context ? kids(context) : [];
          if (!parts.some((p) => p.name === '..')) continue; // a list: its size is the data's
          const bounds = parts.filter((p) => p.name !== '..');
          const a = literal(source, bounds[0]);
          const b = literal(source, bounds[1]);
          if (a === null || b === null) {
            problems.push(`the range ${at(context as Node)} must run between fixed numbers (such as 1..12)`);
            continue;
          }
          const size = Math.floor(Math.abs(b - a)) + 1;
          if (size > MAX_FEEL_RANGE) {
            problems.push(`the range ${at(context as Node)} holds ${size} values; at most ${MAX_FEEL_RANGE} are allowed`);
            continue;
          }
          inner *= size;
        }
      }
      if (inner > MAX_FEEL_ITERATIONS) {
        problems.push(`the loops ${at(node)} would run ${inner} times; at most ${MAX_FEEL_ITERATIONS} are allowed`);
        continue;
      }
    }
    if (node.name === 'FunctionInvocation') {
      const [callee, , params] = kids(node);
      const name = callee ? source.slice(callee.from, callee.to).replace(/\s+/g, ' ').trim() : '';
      const index = REGEX_FUNCTIONS.get(name);
      if (index !== undefined && params) {
        const args = kids(params).filter((k) => k.name !== ',');
        const pattern = args[index];
        if (pattern && pattern.name === 'NamedParameter') {
          problems.push(`${name}() ${at(node)} needs its arguments in order, with the pattern as a fixed text`);
        } else if (pattern?.name !== 'StringLiteral') {
          if (pattern) problems.push(`the pattern of ${name}() ${at(pattern)} must be a fixed text`);
        } else {
          const text = source.slice(pattern.from + 1, pattern.to - 1);
          const reason = unsafePattern(text);
          if (reason) problems.push(`the pattern of ${name}() ${at(pattern)} is not allowed: ${reason}`);
        }
      }
    }
    for (const child of kids(node)) stack.push({ node: child, depth: depth + 1, iterations: inner });
  }
  if (tooDeep) problems.unshift(`the expression is nested too deeply (more than ${MAX_FEEL_DEPTH * 4} levels); split it into definitions`);
  return problems;
}
