/**
 * `loadDmn(files)`: DMN 1.3 decision models, read once and checked whole,
 * then evaluated decision by decision with everything each one requires.
 *
 * Scope follows DMN: an expression sees the elements its element requires
 * (information and knowledge requirements), by name, and the elements of an
 * imported model under the import's name (`lib.Fare(trips)`). Knowledge
 * models and decision services are FEEL functions in that scope. This file
 * reads, resolves, checks and compiles; `evaluate.ts` runs the result.
 */
import { type CompileContext, compileBoxed, type Logic, problem, typeOf } from './compile.js';
import { DEFAULT_DMN_LIMITS, type DmnLimits, DmnLoadError, type DmnProblem } from './errors.js';
import { buildModel, type CompiledElement, type DmnDecisionModel, type ScopeEntry } from './evaluate.js';
import { type DrgElement, parseFiles } from './parse.js';
import { compileTable } from './table.js';
import { TypeResolver } from './types.js';

export type { DmnDecisionModel, DmnElementInfo, DmnInternals } from './evaluate.js';

const hrefOf = (ref: { href?: string } | undefined) => String(ref?.href ?? '');

/**
 * Reads and checks DMN 1.3 files (file name → XML text). Resolves with a
 * model whose `evaluate` works on every decision; rejects with a
 * {@link DmnLoadError} listing every problem (file, element id, what is
 * missing or unsupported) when anything cannot be evaluated exactly.
 */
export async function loadDmn(files: Readonly<Record<string, string>>, limits: Partial<DmnLimits> = {}): Promise<DmnDecisionModel> {
  const lim: DmnLimits = { ...DEFAULT_DMN_LIMITS, ...limits };
  const { parsed, problems } = await parseFiles(files, lim);
  const byNs = new Map(parsed.map((p) => [p.ns, p]));
  const registry = new Map<string, DrgElement>();
  for (const d of parsed) {
    for (const el of d.elements) {
      const key = `${d.ns}#${el.id}`;
      if (registry.has(key)) problems.push({ file: d.file, element: el.id, code: 'reference', message: `the id "${el.id}" is used twice` });
      else registry.set(key, el);
    }
  }
  const types = new TypeResolver(byNs, lim);

  /** Resolves an href of `from`'s file; pushes a problem when it does not resolve. */
  const resolve = (from: DrgElement, href: string, what: string): DrgElement | undefined => {
    const hash = href.indexOf('#');
    const ns = hash <= 0 ? from.ns : href.slice(0, hash);
    const id = href.slice(hash + 1);
    const el = registry.get(`${ns}#${id}`);
    if (!el) {
      problems.push({
        file: from.file,
        element: from.id,
        code: 'reference',
        message: `${what} "${href}" does not resolve to an element of the given files`,
      });
      return undefined;
    }
    if (el.ns !== from.ns && ![...from.definitions.imports.values()].includes(el.ns)) {
      problems.push({
        file: from.file,
        element: from.id,
        code: 'reference',
        message: `${what} "${href}" is in ${el.file}, which this file does not import`,
      });
      return undefined;
    }
    return el;
  };
  const prefixOf = (from: DrgElement, el: DrgElement) => [...from.definitions.imports].find(([, ns]) => ns === el.ns)?.[0];

  /** The direct requirements of an element, checked by kind. */
  const requirements = new Map<DrgElement, DrgElement[]>();
  const requirementsOf = (el: DrgElement): DrgElement[] => {
    const known = requirements.get(el);
    if (known) return known;
    const out: DrgElement[] = [];
    const add = (href: string, what: string, kinds: readonly DrgElement['kind'][]) => {
      const target = resolve(el, href, what);
      if (!target) return;
      if (!kinds.includes(target.kind))
        problems.push({
          file: el.file,
          element: el.id,
          code: 'reference',
          message: `${what} "${href}" points to a ${target.kind === 'bkm' ? 'business knowledge model' : target.kind}`,
        });
      else out.push(target);
    };
    for (const r of el.raw.informationRequirement ?? []) {
      if (r.requiredDecision) add(hrefOf(r.requiredDecision), 'the required decision', ['decision']);
      else if (r.requiredInput) add(hrefOf(r.requiredInput), 'the required input', ['input']);
    }
    for (const r of el.raw.knowledgeRequirement ?? []) add(hrefOf(r.requiredKnowledge), 'the required knowledge', ['bkm', 'service']);
    requirements.set(el, out);
    return out;
  };

  const scopeOf = (el: DrgElement): ScopeEntry[] => {
    const scope: ScopeEntry[] = [];
    const imported = new Map<string, DrgElement[]>();
    for (const r of requirementsOf(el)) {
      if (r.ns === el.ns) {
        if (scope.some((s) => s.name === r.name))
          problems.push({ file: el.file, element: el.id, code: 'reference', message: `two requirements are named "${r.name}"` });
        else scope.push({ name: r.name, element: r });
      } else {
        const prefix = prefixOf(el, r) as string;
        imported.set(prefix, [...(imported.get(prefix) ?? []), r]);
      }
    }
    for (const [name, members] of imported) scope.push({ name, members });
    return scope;
  };

  // Cycles: decisions through their required decisions and the services they call, knowledge models through theirs.
  const state = new Map<DrgElement, 'visiting' | 'done'>();
  const dependsOn = (el: DrgElement): DrgElement[] => {
    if (el.kind === 'service')
      return (el.raw.outputDecision ?? []).map((r: { href?: string }) => resolve(el, hrefOf(r), 'the output decision')).filter(Boolean);
    return requirementsOf(el).filter((r) => r.kind !== 'input');
  };
  const visit = (el: DrgElement, path: DrgElement[]) => {
    if (state.get(el) === 'done') return;
    if (state.get(el) === 'visiting') {
      const loop = [...path.slice(path.indexOf(el)), el].map((e) => e.name).join(' → ');
      problems.push({ file: el.file, element: el.id, code: 'cycle', message: `requires itself: ${loop}` });
      return;
    }
    state.set(el, 'visiting');
    for (const d of dependsOn(el)) visit(d, [...path, el]);
    state.set(el, 'done');
  };
  for (const el of registry.values()) visit(el, []);

  // Compile every element.
  const compiled = new Map<DrgElement, CompiledElement>();
  const context = (el: DrgElement, scope: readonly ScopeEntry[]): CompileContext => {
    const functions = new Map<string, readonly string[]>();
    for (const s of scope)
      if (s.element && (s.element.kind === 'bkm' || s.element.kind === 'service')) functions.set(s.name, parameterNames(s.element));
    return { file: el.definitions, element: el.id, limits: lim, problems, types, functions };
  };
  const parameterNames = (el: DrgElement): string[] =>
    el.kind === 'bkm'
      ? (el.raw.encapsulatedLogic?.formalParameter ?? []).map((p: { name?: string }) => String(p.name ?? '').trim())
      : serviceParameters(el).map((p) => p.name);
  const serviceParameters = (el: DrgElement) => {
    const refs = [...(el.raw.inputDecision ?? []), ...(el.raw.inputData ?? [])];
    return refs
      .map((r: { href?: string }) => resolve(el, hrefOf(r), 'the service parameter'))
      .filter((x): x is DrgElement => x !== undefined)
      .map((x) => ({ name: x.name, element: x }));
  };

  for (const el of registry.values()) {
    const scope = el.kind === 'input' || el.kind === 'service' ? [] : scopeOf(el);
    const c = context(el, scope);
    const type = typeOf(c, el.raw.variable?.typeRef, `the type of "${el.name}"`);
    if (el.raw.variable?.name !== undefined && String(el.raw.variable.name).trim() !== el.name)
      problem(c, `its variable is named "${el.raw.variable.name}", not "${el.name}" as DMN requires`, 'reference');
    let params = scope.map((s) => s.name);
    let logic: Logic | null = null;
    let parameters: CompiledElement['parameters'] = [];
    if (el.kind === 'decision') {
      if (!el.raw.decisionLogic)
        problem(c, 'the decision has no decision logic (a literal expression, decision table, context, list or invocation)');
      else logic = compileBoxed(c, el.raw.decisionLogic, params, compileTable, `the decision "${el.name}"`);
    } else if (el.kind === 'bkm') {
      const fd = el.raw.encapsulatedLogic;
      if (!fd) problem(c, 'the business knowledge model has no encapsulated logic');
      else if (fd.kind !== undefined && fd.kind !== 'FEEL') problem(c, `a ${fd.kind} function is not supported: only FEEL functions`);
      else {
        parameters = (fd.formalParameter ?? []).map((p: { name?: string; typeRef?: string }) => ({
          name: String(p.name ?? '').trim(),
          type: typeOf(c, p.typeRef, `parameter "${p.name}"`),
        }));
        params = [...parameters.map((p) => p.name), ...params];
        logic = compileBoxed(c, fd.body, params, compileTable, `the body of "${el.name}"`);
      }
    } else if (el.kind === 'service') {
      parameters = serviceParameters(el);
      const outputs = (el.raw.outputDecision ?? []).length;
      if (outputs === 0) problem(c, 'the decision service has no output decision');
    }
    compiled.set(el, { element: el, scope, params, logic, type, parameters });
  }

  // A decision service must list every input data its decisions read (above its input decisions).
  for (const el of registry.values()) {
    if (el.kind !== 'service') continue;
    const given = new Set(serviceParameters(el).map((p) => p.element));
    const missing = new Set<string>();
    const seen = new Set<DrgElement>();
    const walk = (d: DrgElement) => {
      if (seen.has(d) || given.has(d)) return;
      seen.add(d);
      if (d.kind === 'input') missing.add(d.name);
      else if (d.kind === 'decision') for (const r of requirementsOf(d)) if (r.kind !== 'bkm' && r.kind !== 'service') walk(r);
    };
    for (const r of el.raw.outputDecision ?? []) {
      const d = resolve(el, hrefOf(r), 'the output decision');
      if (d) walk(d);
    }
    if (missing.size > 0)
      problems.push({
        file: el.file,
        element: el.id,
        code: 'reference',
        message: `the decision service needs input data it does not list: ${[...missing].join(', ')}`,
      });
  }

  if (problems.length > 0) throw new DmnLoadError(problems);
  return buildModel(parsed, registry, compiled, lim, types);
}

export type { DmnProblem };
