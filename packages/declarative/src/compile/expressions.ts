/**
 * Phase 2 of compiling, the expressions: the names a model declares are
 * checked (none may hide another, a FEEL word or a FEEL function), and every
 * FEEL expression is parsed once, seeing exactly the names it may use.
 */
import { type CompiledFeel, compileFeel, FEEL_KEYWORDS, type FeelProblem, type FeelScope, isFeelBuiltin } from '../feel.js';
import type { DocumentParts } from './document.js';
import { isRecord, type Json, pointer } from './json.js';
import type { ProblemList } from './problems.js';

export class Expressions {
  /** The factors' ids: the first parameters of every expression. */
  readonly factorIds: readonly string[];
  /** Problems in expressions and `{{ }}` placeholders, in the order found; reported after the others. */
  readonly problems: FeelProblem[] = [];
  private readonly constants: Json;
  private readonly definitionSources: Json;
  private readonly definitionNames: readonly string[];
  private readonly choices = new Map<string, string[]>();
  private readonly scope: FeelScope;
  private readonly params: readonly string[];

  constructor(parts: DocumentParts, report: ProblemList) {
    const { factors, constants, definitions } = parts;
    this.constants = constants;
    this.definitionSources = definitions;
    this.factorIds = factors.map((f) => f.id).filter((id): id is string => typeof id === 'string');
    this.definitionNames = Object.keys(definitions);
    // Names: factors, then constants, then definitions; none may hide another or a FEEL word or function.
    const names = new Set<string>();
    const checkName = (name: string, path: string, what: string) => {
      if (FEEL_KEYWORDS.has(name)) report.add({ path, message: `${what} ${JSON.stringify(name)} is a FEEL keyword; choose another name` });
      else if (isFeelBuiltin(name))
        report.add({ path, message: `${what} ${JSON.stringify(name)} hides the FEEL function of that name; choose another` });
      else if (names.has(name))
        report.add({ path, message: `${what} ${JSON.stringify(name)} is already the name of a factor, constant or definition` });
      names.add(name);
    };
    factors.forEach((f, i) => {
      if (typeof f.id === 'string' && /^[A-Za-z][A-Za-z0-9_]*$/.test(f.id)) checkName(f.id, pointer('factors', i, 'id'), 'factor id');
    });
    for (const key of Object.keys(constants)) checkName(key, pointer('constants', key), 'constant');
    for (const key of this.definitionNames) checkName(key, pointer('definitions', key), 'definition');

    for (const f of factors) {
      if (f.kind === 'choice' && typeof f.id === 'string' && Array.isArray(f.choices)) {
        this.choices.set(
          f.id,
          f.choices.filter(isRecord).map((c) => String(c.value)),
        );
      }
    }
    this.scope = { names, choices: this.choices };
    this.params = [...this.factorIds, ...this.definitionNames];
  }

  /**
   * One expression, parsed and checked once; null when there is none (the
   * schema reported it). By default it sees every factor, constant and
   * definition, and is called with the factors' and definitions' values.
   */
  compile(source: unknown, path: string, scope = this.scope, params = this.params): CompiledFeel | null {
    if (typeof source !== 'string' || source.trim() === '') return null;
    return compileFeel(source, path, params, this.constants, scope, this.problems);
  }

  /** The definitions, in order: each sees the factors, the constants and the definitions above it. */
  definitions(): CompiledFeel[] {
    const compiled: CompiledFeel[] = [];
    this.definitionNames.forEach((name, k) => {
      const above = this.definitionNames.slice(0, k);
      const visible = new Set([...this.factorIds, ...Object.keys(this.constants), ...above]);
      const expr = this.compile(this.definitionSources[name], pointer('definitions', name), { names: visible, choices: this.choices }, [
        ...this.factorIds,
        ...above,
      ]);
      if (expr) compiled.push(expr);
    });
    return compiled;
  }
}
