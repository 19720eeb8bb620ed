/**
 * Exact breakpoints from the decisions themselves. For one number factor
 * (an input data element), the other inputs fixed, every decision's value is
 * read as a piecewise function of the factor: constant, or linear between
 * known points. Those points come from
 *
 * - decision-table input entries on inputs that depend on the factor
 *   (`< 10`, `[5..20)`, `not(3)`, lists): where the input reaches an end;
 * - comparisons in literal expressions (`if Trips < Days then …`), `min`,
 *   `max` and `abs`: where the two sides meet;
 *
 * and are found by solving linear pieces numerically (two evaluations per
 * piece). Where a value is not piecewise linear in a way that can be read —
 * a product or quotient of two values that both move with the factor,
 * rounding, a knowledge model called with the factor, a context or loop over
 * it — the answer is null and the engine samples (`exact: false`).
 */

import { childrenOf, type FeelNode } from './feel.js';
import type { DmnDecisionModel } from './load.js';
import type { DrgElement } from './parse.js';
import { type CompiledElementView, compileView } from './view.js';

/** How a value moves with the factor: not at all, or piecewise linear with changes only at `points`. */
interface Piece {
  readonly moves: boolean;
  readonly points: readonly number[];
}
const FIXED: Piece = { moves: false, points: [] };
const union = (...ps: Piece[]): Piece => ({ moves: ps.some((p) => p.moves), points: ps.flatMap((p) => p.points) });

const LINEAR_FUNCTIONS = new Set(['min', 'max', 'abs', 'sum', 'not']);

/**
 * The values of the factor where some of `decisions` stop being linear in it
 * or change value, with the other inputs as in `inputs`; null when that
 * cannot be read from the decisions.
 */
export function breakpointsOf(
  dmn: DmnDecisionModel,
  factor: DrgElement,
  min: number,
  max: number,
  decisions: readonly DrgElement[],
  inputs: Readonly<Record<string, unknown>>,
): number[] | null {
  const internals = dmn.internals;
  const runs = new Map<number, ReturnType<typeof internals.run>>();
  const runAt = (x: number) => {
    let r = runs.get(x);
    if (!r) {
      r = internals.run({ ...inputs, [factor.id]: x });
      runs.set(x, r);
    }
    return r;
  };
  const pieces = new Map<DrgElement, Piece | null>();

  /** Solves `left(x) = right(x)` on every stretch between known points where both are linear. */
  const roots = (view: CompiledElementView, left: string, right: string, known: readonly number[]): number[] | null => {
    const f = view.evaluator(`(${left}) - (${right})`);
    if (!f) return null;
    const at = (x: number): number | null => {
      try {
        const v = f(internals.argsOf(view.element, runAt(x)));
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      } catch {
        return null;
      }
    };
    const points = [...new Set([min, max, ...known.filter((k) => k > min && k < max)])].sort((a, b) => a - b);
    const out: number[] = [];
    for (let k = 1; k < points.length; k++) {
      const p = points[k - 1] as number;
      const q = points[k] as number;
      const t1 = p + (q - p) / 3;
      const t2 = p + (2 * (q - p)) / 3;
      const g1 = at(t1);
      const g2 = at(t2);
      if (g1 === null || g2 === null) return null;
      if (g1 === g2) continue;
      const root = t1 - (g1 * (t2 - t1)) / (g2 - g1);
      if (root >= p - 1e-9 && root <= q + 1e-9) out.push(root);
    }
    return out;
  };

  /** A FEEL expression of `view`'s scope, read as a piece. */
  const expression = (view: CompiledElementView, source: string): Piece | null => {
    const parsed = view.parse(source);
    if ('problem' in parsed) return null;
    const text = (n: FeelNode) => source.slice(n.from, n.to);
    const paramPiece = (name: string): Piece | null => {
      const k = view.params.indexOf(name);
      if (k < 0) return FIXED; // a FEEL function name or a local name
      const entry = view.scope[k];
      if (!entry?.element) return (entry?.members ?? []).some((m) => movesAtAll(m)) ? null : FIXED;
      return pieceOf(entry.element);
    };
    const walk = (n: FeelNode): Piece | null => {
      const kids = childrenOf(n);
      switch (n.name) {
        case 'Expression':
        case 'ParenthesizedExpression':
          return kids.length === 1 ? walk(kids[0] as FeelNode) : all(kids);
        case 'NumericLiteral':
        case 'StringLiteral':
        case 'BooleanLiteral':
        case 'NullLiteral':
          return FIXED;
        case 'VariableName':
          return paramPiece(text(n).replace(/\s+/g, ' ').trim());
        case 'PathExpression': {
          const head = kids[0] ? walk(kids[0]) : FIXED;
          return head && !head.moves ? FIXED : null;
        }
        case 'ArithmeticExpression': {
          const operands = kids.filter((k) => k.name !== 'ArithOp');
          const op = text(kids.find((k) => k.name === 'ArithOp') ?? n).trim();
          const ps = operands.map(walk);
          if (ps.some((p) => p === null)) return null;
          const [a, b] = ps as Piece[];
          if (!b) return a ?? FIXED;
          if (op === '+' || op === '-') return union(a as Piece, b);
          if (op === '*') return a?.moves && b.moves ? null : union(a as Piece, b);
          if (op === '/') return b.moves ? null : (a as Piece);
          return a?.moves || b.moves ? null : FIXED;
        }
        case 'Comparison': {
          const [a, op, b] = kids;
          if (!a || !op || !b) return null;
          const pa = walk(a);
          if (op.name === 'in' || text(op) === 'in' || text(op) === 'between') {
            const rest = kids.slice(1).filter((k) => k.name !== 'in' && k.name !== 'between' && k.name !== 'and');
            if (rest.some((k) => depends(k))) return null;
            if (!pa?.moves) return pa;
            const lists = rest.map((k) => endpoints(k, source));
            if (lists.some((l) => l === null)) return null;
            const ends = lists.flat() as string[];
            const found: number[] = [...pa.points];
            for (const e of ends) {
              const r = roots(view, text(a), e, pa.points);
              if (r === null) return null;
              found.push(...r);
            }
            return { moves: true, points: found };
          }
          const pb = walk(b);
          if (!pa || !pb) return null;
          if (!pa.moves && !pb.moves) return FIXED;
          const r = roots(view, text(a), text(b), [...pa.points, ...pb.points]);
          return r === null ? null : { moves: true, points: [...pa.points, ...pb.points, ...r] };
        }
        case 'FunctionInvocation': {
          const [callee, ...rest] = kids;
          const name = callee ? text(callee).replace(/\s+/g, ' ').trim() : '';
          const args = childrenOf(rest.find((r) => r.name === 'PositionalParameters') ?? n).filter((k) => k.name !== ',');
          const named = rest.some((r) => r.name === 'NamedParameters');
          if (!rest.some((r) => depends(r))) return FIXED;
          if (named || !LINEAR_FUNCTIONS.has(name) || view.params.includes(name)) return null;
          const list =
            args.length === 1 && args[0]?.name === 'List'
              ? childrenOf(args[0]).filter((k) => k.name !== ',' && k.name !== '[' && k.name !== ']')
              : args;
          const ps = list.map(walk);
          if (ps.some((p) => p === null)) return null;
          const base = union(...(ps as Piece[]));
          if (name === 'sum' || name === 'not') return base;
          if (name === 'abs') {
            const r = roots(view, text(list[0] as FeelNode), '0', base.points);
            return r === null ? null : { moves: true, points: [...base.points, ...r] };
          }
          const found = [...base.points];
          for (let i = 0; i < list.length; i++) {
            for (let j = i + 1; j < list.length; j++) {
              const r = roots(view, text(list[i] as FeelNode), text(list[j] as FeelNode), base.points);
              if (r === null) return null;
              found.push(...r);
            }
          }
          return { moves: true, points: found };
        }
        case 'IfExpression':
        case 'Conjunction':
        case 'Disjunction':
          return all(kids);
        default:
          return depends(n) ? null : FIXED;
      }
    };
    const all = (kids: FeelNode[]): Piece | null => {
      const ps = kids.filter((k) => !['if', 'then', 'else', 'and', 'or', '(', ')'].includes(k.name)).map(walk);
      return ps.some((p) => p === null) ? null : union(...(ps as Piece[]));
    };
    const depends = (n: FeelNode): boolean => {
      if (n.name === 'VariableName') {
        const p = paramPiece(text(n).replace(/\s+/g, ' ').trim());
        return p === null || p.moves;
      }
      return childrenOf(n).some(depends);
    };
    return walk(parsed.tree);
  };

  /** The ends of positive unary tests (`< 5`, `[1..3]`, `"a"`, `5`) as FEEL texts; null when one cannot be read. */
  const endpoints = (n: FeelNode, source: string): string[] | null => {
    const text = (x: FeelNode) => source.slice(x.from, x.to);
    const out: string[] = [];
    const visit = (x: FeelNode): boolean => {
      const kids = childrenOf(x);
      switch (x.name) {
        case 'PositiveUnaryTests':
        case 'PositiveUnaryTest':
        case 'UnaryTests':
        case 'ParenthesizedExpression':
          return kids.filter((k) => k.name !== ',' && k.name !== '(' && k.name !== ')').every(visit);
        case 'SimplePositiveUnaryTest': {
          const ends = kids.filter((k) => k.name !== 'CompareOp');
          if (ends.length === 1 && ends[0]?.name === 'Interval') return visit(ends[0]);
          for (const e of ends) out.push(text(e));
          return ends.length > 0;
        }
        case 'Interval':
          for (const e of kids.filter((k) => !['[', ']', '(', ')', '..'].includes(k.name))) out.push(text(e));
          return true;
        default:
          out.push(text(x));
          return true;
      }
    };
    return visit(n) ? out : null;
  };

  /** A decision table's value as a piece: its moving inputs reach their entries' ends; its outputs move as they do. */
  const tableOf = (view: CompiledElementView, raw: Raw): Piece | null => {
    const inputs = (raw.input ?? []).map((i: Raw) => String(i.inputExpression?.text ?? ''));
    const inputPieces = inputs.map((t: string) => expression(view, t));
    if (inputPieces.some((p: Piece | null) => p === null)) return null;
    const found: number[] = inputPieces.flatMap((p: Piece) => [...p.points]);
    let moves = inputPieces.some((p: Piece) => p.moves);
    for (const rule of raw.rule ?? []) {
      const entries: Raw[] = rule.inputEntry ?? [];
      for (let k = 0; k < entries.length; k++) {
        const piece = inputPieces[k] as Piece;
        if (!piece.moves) continue;
        const source = String(entries[k].text ?? '-').trim();
        if (source === '-' || source === '') continue;
        const inner = /^not\s*\(([\s\S]*)\)$/.exec(source)?.[1] ?? source;
        const parsed = view.parse(inner, true);
        if ('problem' in parsed || /(^|[^"])\?/.test(inner)) return null;
        const ends = endpoints(parsed.tree, inner);
        if (ends === null) return null;
        for (const e of ends) {
          const r = roots(view, inputs[k] as string, e, piece.points);
          if (r === null) return null;
          found.push(...r);
        }
      }
      for (const o of rule.outputEntry ?? []) {
        const p = expression(view, String(o.text ?? ''));
        if (p === null) return null;
        if (p.moves && (raw.aggregation === 'MIN' || raw.aggregation === 'MAX')) return null;
        moves ||= p.moves;
        found.push(...p.points);
      }
    }
    return { moves, points: found };
  };

  const movesAtAll = (el: DrgElement): boolean => {
    const p = pieceOf(el);
    return p === null || p.moves;
  };

  const pieceOf = (el: DrgElement): Piece | null => {
    if (pieces.has(el)) return pieces.get(el) as Piece | null;
    if (el === factor) return { moves: true, points: [] };
    if (el.kind !== 'decision') return FIXED; // other inputs are fixed; functions move only with their arguments
    pieces.set(el, null); // cycles cannot happen (refused at load); this guards the recursion anyway
    const view = compileView(dmn, el);
    let piece: Piece | null;
    if (!view) piece = null;
    else {
      const logic = el.raw.decisionLogic;
      const moving = view.scope.some((s) => (s.element ? movesAtAll(s.element) : (s.members ?? []).some(movesAtAll)));
      if (!moving) piece = FIXED;
      else if (logic?.$type === 'dmn:LiteralExpression') piece = expression(view, String(logic.text ?? ''));
      else if (logic?.$type === 'dmn:DecisionTable') piece = tableOf(view, logic);
      else piece = null;
    }
    pieces.set(el, piece);
    return piece;
  };

  const found: number[] = [];
  for (const d of decisions) {
    const p = pieceOf(d);
    if (p === null) return null;
    found.push(...p.points);
  }
  const rounded = found.filter((x) => Number.isFinite(x) && x >= min && x <= max).map((x) => Math.round(x * 1e9) / 1e9);
  return [...new Set(rounded)].sort((a, b) => a - b);
}

// biome-ignore lint/suspicious/noExplicitAny: moddle's element tree is untyped
type Raw = any;
