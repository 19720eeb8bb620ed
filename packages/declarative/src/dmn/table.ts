/**
 * Decision tables (DMN 1.3, 8.2): every hit policy — UNIQUE, ANY, PRIORITY,
 * FIRST, RULE ORDER, OUTPUT ORDER, COLLECT with and without SUM, MIN, MAX
 * and COUNT — with input values, output values (also as priorities) and
 * default output entries. A table the data makes ambiguous (two rules under
 * UNIQUE, different outputs under ANY) is an error, never a guess.
 */

import { type CompileContext, checked, describeValue, feel, type Logic, problem, run, typeOf, unary, whereOf } from './compile.js';
import { DmnEvaluationError } from './errors.js';
import { childrenOf, type FeelFn, parseFeel, type UnaryFn } from './feel.js';
import type { Raw } from './parse.js';
import type { TypeCheck } from './types.js';

export type HitPolicy = 'UNIQUE' | 'ANY' | 'PRIORITY' | 'FIRST' | 'RULE ORDER' | 'OUTPUT ORDER' | 'COLLECT';
export type Aggregation = 'SUM' | 'MIN' | 'MAX' | 'COUNT';
const POLICIES = new Set<string>(['UNIQUE', 'ANY', 'PRIORITY', 'FIRST', 'RULE ORDER', 'OUTPUT ORDER', 'COLLECT']);
const AGGREGATIONS = new Set<string>(['SUM', 'MIN', 'MAX', 'COUNT']);

interface Input {
  readonly id: string;
  readonly label: string;
  readonly expr: FeelFn;
  readonly allowed: UnaryFn | null;
  readonly allowedText: string;
  readonly type: TypeCheck | undefined;
}
interface Output {
  readonly id: string;
  readonly name: string;
  readonly allowed: UnaryFn | null;
  readonly allowedText: string;
  /** The output values one by one, in order: the priority of a value is the index of the first that it passes. */
  readonly priority: readonly UnaryFn[];
  readonly fallback: FeelFn | null;
  readonly type: TypeCheck | undefined;
}
interface Rule {
  readonly id: string;
  readonly tests: readonly (UnaryFn | null)[];
  readonly outputs: readonly FeelFn[];
}

/** The parts of a compiled table that the breakpoint analysis reads. */
export interface TableInfo {
  readonly raw: Raw;
  readonly params: readonly string[];
}

/** The unary tests of a list of output values, one function each (for priorities). */
function splitValues(c: CompileContext, text: string, params: readonly string[], id: string): UnaryFn[] {
  const parsed = parseFeel(text, params, true);
  if ('problem' in parsed) return [];
  const positive = childrenOf(parsed.tree).find((n) => n.name === 'PositiveUnaryTests');
  const parts = positive ? childrenOf(positive).filter((n) => n.name === 'PositiveUnaryTest') : [];
  return parts.map((p) => unary(c, text.slice(p.from, p.to), params, 'an output value', id)).filter((f): f is UnaryFn => f !== null);
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function compileTable(c: CompileContext, raw: Raw, params: readonly string[]): Logic | null {
  const tableId: string = raw.id ?? c.element;
  const where = whereOf(c, tableId);
  const policy: string = raw.hitPolicy ?? 'UNIQUE';
  const aggregation: string | undefined = raw.aggregation;
  if (!POLICIES.has(policy)) return problem(c, `hit policy ${JSON.stringify(policy)} is not a DMN 1.3 hit policy`, 'unsupported', tableId);
  if (aggregation !== undefined && (!AGGREGATIONS.has(aggregation) || policy !== 'COLLECT'))
    return problem(
      c,
      `aggregation ${JSON.stringify(aggregation)} is only allowed as SUM, MIN, MAX or COUNT with hit policy COLLECT`,
      'unsupported',
      tableId,
    );
  if (raw.preferredOrientation === 'CrossTable') return problem(c, 'crosstab decision tables are not supported', 'unsupported', tableId);
  const rulesRaw: Raw[] = raw.rule ?? [];
  if (rulesRaw.length > c.limits.rules)
    return problem(c, `the table has ${rulesRaw.length} rules; at most ${c.limits.rules} are read`, 'unsafe', tableId);
  const outputsRaw: Raw[] = raw.output ?? [];
  if (outputsRaw.length === 0) return problem(c, 'the table has no output', 'unsupported', tableId);
  if (aggregation && outputsRaw.length > 1)
    return problem(c, `aggregation ${aggregation} needs a table with one output`, 'unsupported', tableId);
  if (outputsRaw.length > 1 && outputsRaw.some((o) => !o.name))
    return problem(c, 'a table with more than one output needs a name on every output', 'unsupported', tableId);

  let ok = true;
  const inputs: Input[] = [];
  (raw.input ?? []).forEach((i: Raw, k: number) => {
    const id = i.id ?? `${tableId} input ${k + 1}`;
    const label = String(i.label ?? i.inputExpression?.text ?? `input ${k + 1}`);
    const exprRaw = i.inputExpression;
    if (exprRaw && exprRaw.$type !== 'dmn:LiteralExpression')
      ok = problem(c, 'an input expression must be a literal expression', 'unsupported', id) ?? false;
    const expr = feel(c, exprRaw?.text, params, `input expression of "${label}"`, id);
    const allowedText = i.inputValues?.text === undefined ? '' : String(i.inputValues.text);
    const allowed = allowedText ? unary(c, allowedText, params, `input values of "${label}"`, id) : null;
    const type = typeOf(c, exprRaw?.typeRef, `input "${label}"`, id);
    if (!expr || (allowedText && !allowed)) ok = false;
    else inputs.push({ id, label, expr, allowed, allowedText, type });
  });
  const outputs: Output[] = outputsRaw.map((o: Raw, k: number) => {
    const id = o.id ?? `${tableId} output ${k + 1}`;
    const name = String(o.name ?? '').trim();
    const allowedText = o.outputValues?.text === undefined ? '' : String(o.outputValues.text);
    const allowed = allowedText ? unary(c, allowedText, params, `output values of "${name}"`, id) : null;
    if (allowedText && !allowed) ok = false;
    const priority = allowedText ? splitValues(c, allowedText, params, id) : [];
    const fallback = o.defaultOutputEntry ? feel(c, o.defaultOutputEntry.text, params, `default output of "${name}"`, id) : null;
    if (o.defaultOutputEntry && !fallback) ok = false;
    return { id, name, allowed, allowedText, priority, fallback, type: typeOf(c, o.typeRef, `output "${name}"`, id) };
  });
  if ((policy === 'PRIORITY' || policy === 'OUTPUT ORDER') && outputs.some((o) => o.priority.length === 0))
    ok = problem(c, `hit policy ${policy} needs output values on every output: they give the priorities`, 'unsupported', tableId) ?? false;

  const rules: Rule[] = [];
  rulesRaw.forEach((r: Raw, k: number) => {
    const id = r.id ?? `${tableId} rule ${k + 1}`;
    const entries: Raw[] = r.inputEntry ?? [];
    const outs: Raw[] = r.outputEntry ?? [];
    if (entries.length !== inputs.length && ok)
      ok = problem(c, `rule ${k + 1} has ${entries.length} input entries for ${inputs.length} inputs`, 'unsupported', id) ?? false;
    if (outs.length !== outputs.length && ok)
      ok = problem(c, `rule ${k + 1} has ${outs.length} output entries for ${outputs.length} outputs`, 'unsupported', id) ?? false;
    const tests = entries.map((e, j) => {
      const text = String(e.text ?? '-');
      if (text.trim() === '-' || text.trim() === '') return null;
      const t = unary(c, text, params, `rule ${k + 1}, input "${inputs[j]?.label ?? j + 1}"`, e.id ?? id);
      if (!t) ok = false;
      return t;
    });
    const fns = outs.map((e, j) => {
      const f = feel(c, e.text, params, `rule ${k + 1}, output "${outputs[j]?.name ?? j + 1}"`, e.id ?? id);
      if (!f) ok = false;
      return f as FeelFn;
    });
    rules.push({ id, tests, outputs: fns });
  });
  if (!ok) return null;

  const single = outputs.length === 1;
  const rowOf = (rule: Rule, args: readonly unknown[], r: Parameters<Logic>[1]): unknown => {
    const values = rule.outputs.map((fn, j) => {
      const out = outputs[j] as Output;
      const what = `rule ${rule.id}, output "${out.name}"`;
      const v = checked(run(fn, args, r, where, what), out.type, where, what);
      if (out.allowed && v !== null && !out.allowed(v, args)) {
        throw new DmnEvaluationError('failed', `${what} gave ${describeValue(v)}, not one of its output values ${out.allowedText}`, where);
      }
      return v;
    });
    if (single) return values[0];
    return Object.fromEntries(outputs.map((o, j) => [o.name, values[j]]));
  };
  const priorityOf = (row: unknown, args: readonly unknown[]): number[] =>
    outputs.map((o, _j) => {
      const v = single ? row : (row as Record<string, unknown>)[o.name];
      const k = o.priority.findIndex((t) => t(v, args));
      return k < 0 ? o.priority.length : k;
    });
  const compare = (a: number[], b: number[]) => {
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return (a[k] as number) - (b[k] as number);
    return 0;
  };
  const defaults = (args: readonly unknown[], r: Parameters<Logic>[1]): unknown => {
    if (outputs.every((o) => !o.fallback)) return null;
    const values = outputs.map((o) => (o.fallback ? run(o.fallback, args, r, where, `default output "${o.name}"`) : null));
    return single ? values[0] : Object.fromEntries(outputs.map((o, j) => [o.name, values[j]]));
  };

  return (args, r) => {
    r.tick(where);
    const values = inputs.map((input) => {
      const what = `input "${input.label}"`;
      const v = checked(run(input.expr, args, r, whereOf(c, input.id), what), input.type, whereOf(c, input.id), what);
      if (input.allowed && v !== null && !input.allowed(v, args)) {
        throw new DmnEvaluationError(
          'input',
          `${what} is ${describeValue(v)}, not one of its input values ${input.allowedText}`,
          whereOf(c, input.id),
        );
      }
      return v;
    });
    const matched: Rule[] = [];
    for (const rule of rules) {
      let hit = true;
      for (let k = 0; k < rule.tests.length; k++) {
        const test = rule.tests[k];
        if (test && !test(values[k], args)) {
          hit = false;
          break;
        }
      }
      if (hit) {
        matched.push(rule);
        if (policy === 'FIRST') break;
      }
    }
    r.tick(where);
    switch (policy) {
      case 'UNIQUE': {
        if (matched.length > 1)
          throw new DmnEvaluationError(
            'hit-policy',
            `rules ${matched.map((m) => m.id).join(', ')} all match, but hit policy UNIQUE allows one`,
            where,
          );
        return matched[0] ? rowOf(matched[0], args, r) : defaults(args, r);
      }
      case 'FIRST':
        return matched[0] ? rowOf(matched[0], args, r) : defaults(args, r);
      case 'ANY': {
        const rows = matched.map((m) => rowOf(m, args, r));
        if (rows.some((row) => !same(row, rows[0])))
          throw new DmnEvaluationError(
            'hit-policy',
            `rules ${matched.map((m) => m.id).join(', ')} match with different outputs, but hit policy ANY needs them equal`,
            where,
          );
        return rows.length > 0 ? rows[0] : defaults(args, r);
      }
      case 'PRIORITY': {
        if (matched.length === 0) return defaults(args, r);
        const rows = matched.map((m) => rowOf(m, args, r));
        let best = 0;
        for (let k = 1; k < rows.length; k++) if (compare(priorityOf(rows[k], args), priorityOf(rows[best], args)) < 0) best = k;
        return rows[best];
      }
      case 'RULE ORDER':
        return matched.map((m) => rowOf(m, args, r));
      case 'OUTPUT ORDER': {
        const rows = matched.map((m, k) => ({ row: rowOf(m, args, r), key: [0], k }));
        for (const x of rows) x.key = priorityOf(x.row, args);
        return rows.sort((a, b) => compare(a.key, b.key) || a.k - b.k).map((x) => x.row);
      }
      default: {
        const rows = matched.map((m) => rowOf(m, args, r));
        if (!aggregation) return rows;
        if (aggregation === 'COUNT') return rows.length;
        if (rows.length === 0) return null;
        if (rows.some((x) => typeof x !== 'number'))
          throw new DmnEvaluationError(
            'failed',
            `${aggregation} needs numbers; the matching rules gave ${rows.map(describeValue).join(', ')}`,
            where,
          );
        const numbers = rows as number[];
        if (aggregation === 'MIN') return Math.min(...numbers);
        if (aggregation === 'MAX') return Math.max(...numbers);
        return numbers.reduce((a, b) => a + b, 0);
      }
    }
  };
}
