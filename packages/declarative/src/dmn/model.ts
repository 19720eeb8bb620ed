/**
 * `dmnModel(files, mapping)`: an `AdviceModel` over DMN decisions. The
 * engine then works unchanged — ranking, weights, scenarios, URL state —
 * and tipping points are exact where the decisions' tables and comparisons
 * give their thresholds (`breakpoints.ts`).
 */
import {
  AdviceError,
  type AdviceModel,
  type Assessment,
  type Assessments,
  type Factor,
  ModelDefinitionError,
  type ModelProblem,
  type ResolvedSituation,
  type Text,
  validateModel,
} from '@advice-kit/core';
import { breakpointsOf } from './breakpoints.js';
import { DmnEvaluationError, type DmnLimits } from './errors.js';
import { type DmnDecisionModel, loadDmn } from './load.js';
import { type DecisionRef, type DmnMapping, validateMappingSchema } from './mapping.js';
import type { DrgElement } from './parse.js';
import type { Run } from './run.js';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const refName = (ref: DecisionRef) => (typeof ref === 'string' ? ref : ref.decision);
const describe = (v: unknown) =>
  typeof v === 'string'
    ? JSON.stringify(v)
    : v === null || v === undefined
      ? 'null'
      : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
          ? 'a context'
          : String(v);

interface Resolved {
  readonly element: DrgElement;
  readonly path: readonly string[];
  readonly label: string;
}

/** A mapped factor with its input data element. */
export interface MappedFactor {
  readonly factor: Factor;
  readonly input: DrgElement;
}

/** Every problem of a mapping against loaded DMN: the schema, the names it uses, the engine's own checks. */
export function checkMapping(dmn: DmnDecisionModel, mapping: unknown): ModelProblem[] {
  return compileMapping(dmn, mapping).problems;
}

function compileMapping(dmn: DmnDecisionModel, mapping: unknown) {
  const problems: ModelProblem[] = validateMappingSchema(mapping);
  if (problems.length > 0 || !isRecord(mapping)) return { problems };
  const m = mapping as unknown as DmnMapping;
  const internals = dmn.internals;
  const resolve = (ref: DecisionRef, path: string): Resolved | null => {
    const name = refName(ref);
    let element: DrgElement | undefined;
    try {
      element = internals.find(name);
    } catch (error) {
      problems.push({ path, message: error instanceof Error ? error.message : String(error) });
      return null;
    }
    if (element?.kind !== 'decision') {
      const known = dmn.elements.filter((e) => e.kind === 'decision').map((e) => `"${e.name}"`);
      problems.push({ path, message: `no decision is named or has the id "${name}" (decisions: ${known.join(', ')})` });
      return null;
    }
    const fields = typeof ref === 'string' || !ref.path ? [] : ref.path.split('.');
    return { element, path: fields, label: typeof ref === 'string' || !ref.path ? element.name : `${element.name}.${ref.path}` };
  };

  const factors: MappedFactor[] = [];
  m.factors.forEach((f, i) => {
    let input: DrgElement | undefined;
    try {
      input = internals.findInput(f.input);
    } catch (error) {
      problems.push({ path: `/factors/${i}/input`, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (!input) {
      const known = dmn.elements.filter((e) => e.kind === 'input').map((e) => `"${e.name}"`);
      problems.push({
        path: `/factors/${i}/input`,
        message: `no input data is named or has the id "${f.input}" (input data: ${known.join(', ')})`,
      });
      return;
    }
    const { input: _i, ...factor } = f;
    // Every value the factor can take must fit the input's type.
    const values: [string, unknown][] = [['default', f.default]];
    if (f.kind === 'number') values.push(['min', f.min], ['max', f.max]);
    if (f.kind === 'choice') for (const [k, c] of (f.choices ?? []).entries()) values.push([`choices/${k}/value`, c.value]);
    if (f.kind === 'boolean') values.push(['default', true], ['default', false]);
    for (const [where, value] of values) {
      try {
        internals.run({ [input.id]: value });
      } catch (error) {
        problems.push({ path: `/factors/${i}/${where}`, message: error instanceof Error ? error.message : String(error) });
        break;
      }
    }
    factors.push({ factor: factor as Factor, input });
  });

  const options = m.options.map((o, i) => ({
    id: o.id,
    eligible: o.eligible === undefined ? null : resolve(o.eligible, `/options/${i}/eligible`),
    reason: o.reason === undefined ? null : resolve(o.reason, `/options/${i}/reason`),
    notes: o.notes === undefined ? null : resolve(o.notes, `/options/${i}/notes`),
    values: Object.entries(o.values).map(([criterion, v]) => ({
      criterion,
      constant: typeof v === 'number' ? v : null,
      decision: typeof v === 'number' ? null : resolve(v, `/options/${i}/values/${criterion}`),
    })),
  }));
  const criterionIds = m.criteria.map((c) => c.id);
  m.options.forEach((o, i) => {
    for (const c of criterionIds)
      if (!(c in o.values)) problems.push({ path: `/options/${i}/values`, message: `no value for criterion "${c}"` });
    for (const c of Object.keys(o.values))
      if (!criterionIds.includes(c))
        problems.push({ path: `/options/${i}/values/${c}`, message: `"${c}" is not one of the criteria (${criterionIds.join(', ')})` });
  });

  // Every input data the mapped decisions read must come from a factor.
  const given = new Set(factors.map((f) => f.input));
  const needed = new Map<DrgElement, string>();
  const seen = new Set<DrgElement>();
  const walk = (el: DrgElement, from: string) => {
    if (seen.has(el)) return;
    seen.add(el);
    if (el.kind === 'input') {
      if (!given.has(el)) needed.set(el, from);
      return;
    }
    if (el.kind !== 'decision') return;
    for (const s of internals.compiled(el)?.scope ?? []) for (const r of s.element ? [s.element] : (s.members ?? [])) walk(r, from);
  };
  for (const o of options)
    for (const r of [o.eligible, o.reason, o.notes, ...o.values.map((v) => v.decision)]) if (r) walk(r.element, r.element.name);
  for (const [el, from] of needed)
    problems.push({ path: '/factors', message: `the decision "${from}" reads the input data "${el.name}", which no factor gives` });

  const { format: _f, $schema: _s, texts: _t, factors: _fs, options: _os, ...rest } = m;
  const shape = {
    ...rest,
    factors: factors.map((f) => f.factor),
    options: m.options.map(({ eligible: _e, reason: _r, values: _v, notes: _n, ...o }) => o),
    assess: () => ({}),
  };
  for (const p of validateModel(shape))
    problems.push({
      path: `/${p.path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .filter(Boolean)
        .join('/')}`,
      message: p.message,
    });
  return { problems, shape, factors, options, texts: m.texts ?? {} };
}

/**
 * An advice model over DMN 1.3 files and a mapping. Rejects with a
 * `DmnLoadError` when the files cannot be evaluated, and with a
 * `ModelDefinitionError` (JSON pointers into the mapping) when the mapping
 * does not fit the files or the engine's checks.
 */
export async function dmnModel(
  files: Readonly<Record<string, string>>,
  mapping: unknown,
  limits: Partial<DmnLimits> = {},
): Promise<AdviceModel & { readonly dmn: DmnDecisionModel }> {
  const dmn = await loadDmn(files, limits);
  return dmnModelOf(dmn, mapping);
}

/** {@link dmnModel} over files already loaded. */
export function dmnModelOf(dmn: DmnDecisionModel, mapping: unknown): AdviceModel & { readonly dmn: DmnDecisionModel } {
  const compiled = compileMapping(dmn, mapping);
  if (compiled.problems.length > 0 || !compiled.shape) throw new ModelDefinitionError(compiled.problems);
  const { shape, factors, options, texts } = compiled as Required<typeof compiled>;
  const internals = dmn.internals;

  const read = (r: Resolved, run: Run): unknown => {
    let value = internals.valueFor(r.element, run);
    for (const field of r.path) value = isRecord(value) ? value[field] : null;
    return value;
  };
  const text = (value: unknown, what: string): Text => {
    if (typeof value !== 'string') throw new DmnEvaluationError('failed', `${what} gave ${describe(value)}, not a code or a text`);
    return texts[value] ?? value;
  };
  const inputsOf = (s: ResolvedSituation) => {
    const out: Record<string, unknown> = {};
    for (const f of factors) out[f.input.id] = s[f.factor.id];
    return out;
  };

  const assess = (s: ResolvedSituation): Assessments => {
    try {
      const run = internals.run(inputsOf(s));
      const out: Record<string, Assessment> = {};
      for (const o of options) {
        let eligible: unknown = true;
        let reasonValue: unknown = null;
        if (o.eligible) {
          const v = read(o.eligible, run);
          if (isRecord(v)) {
            eligible = v.eligible;
            reasonValue = v.reason ?? null;
          } else eligible = v;
          if (typeof eligible !== 'boolean')
            throw new DmnEvaluationError(
              'failed',
              `"${o.eligible.label}" gave ${describe(eligible)} for option "${o.id}", not true or false`,
            );
        }
        if (!eligible) {
          const reason = o.reason ? read(o.reason, run) : reasonValue;
          out[o.id] = {
            eligible: false,
            values: {},
            ...(reason === null || reason === undefined ? {} : { reason: text(reason, `the reason of "${o.id}"`) }),
          };
          continue;
        }
        const values: Record<string, number> = {};
        for (const v of o.values) {
          const value = v.decision ? read(v.decision, run) : v.constant;
          if (typeof value !== 'number' || !Number.isFinite(value))
            throw new DmnEvaluationError(
              'failed',
              `"${v.decision?.label}" gave ${describe(value)} as the ${v.criterion} of "${o.id}", not a number`,
            );
          values[v.criterion] = value;
        }
        let notes: Text[] = [];
        if (o.notes) {
          const list = read(o.notes, run);
          const items = list === null ? [] : Array.isArray(list) ? list : [list];
          notes = items.filter((n) => n !== null).map((n) => text(n, `a note of "${o.id}"`));
        }
        out[o.id] = { eligible: true, values, ...(notes.length > 0 ? { notes } : {}) };
      }
      return out;
    } catch (error) {
      if (error instanceof AdviceError) throw error;
      throw new AdviceError('model-failed', `The DMN model failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const used = options.flatMap((o) => [o.eligible, ...o.values.map((v) => v.decision)]).filter((r): r is Resolved => r !== null);
  return {
    ...(shape as unknown as Omit<AdviceModel, 'assess'>),
    assess,
    breakpoints(factorId: string, s: ResolvedSituation): readonly number[] {
      const f = factors.find((x) => x.factor.id === factorId);
      if (f?.factor.kind !== 'number') throw new AdviceError('unknown-factor', `The DMN model has no number factor "${factorId}".`);
      const found = breakpointsOf(
        dmn,
        f.input,
        f.factor.min,
        f.factor.max,
        used.map((r) => r.element),
        inputsOf(s),
      );
      // Where the thresholds cannot be read from the decisions, the engine samples and says the result is not exact.
      if (found === null)
        throw new AdviceError('model-failed', `The decisions are not piecewise linear in "${factorId}" in a way that can be read.`);
      return found;
    },
    dmn,
  };
}
