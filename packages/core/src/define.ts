import { ModelDefinitionError, type ModelProblem } from './errors.js';
import { gridProblem, onGrid } from './grid.js';
import type { AdviceModel, AdviceModelDefinition } from './model.js';
import { isText } from './text.js';

/** Ids that would reach an object's prototype when used as keys. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** More grid points than this on one factor is almost certainly a mistake in `step`. */
const MAX_GRID_POINTS = 10_000_000;
/** Criterion ranges beyond ±10^15 overflow utilities and scores; no amount a citizen deals with comes near. */
const MAX_RANGE = 1e15;

type Problems = ModelProblem[];
type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function checkId(value: unknown, path: string, seen: Set<string>, what: string, problems: Problems): void {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    problems.push({
      path: `${path}.id`,
      message: `${what} id must start with a letter and hold only letters, digits, "_" or "-" (got ${show(value)})`,
    });
    return;
  }
  if (FORBIDDEN_KEYS.has(value)) {
    problems.push({ path: `${path}.id`, message: `${what} id ${show(value)} is reserved` });
    return;
  }
  if (seen.has(value)) problems.push({ path: `${path}.id`, message: `${what} id ${show(value)} is used twice` });
  seen.add(value);
}

function checkText(value: unknown, path: string, problems: Problems, optional = false): void {
  if (optional && value === undefined) return;
  if (!isText(value)) {
    problems.push({ path, message: `must be a text: a string or { nl, en } (got ${show(value)})` });
  }
}

function checkArray(value: unknown, path: string, problems: Problems, optional = false): unknown[] {
  if (Array.isArray(value)) return value;
  if (!(optional && value === undefined)) problems.push({ path, message: `must be an array (got ${show(value)})` });
  return [];
}

function checkFactor(factor: unknown, path: string, ids: Set<string>, problems: Problems): void {
  if (!isRecord(factor)) {
    problems.push({ path, message: `must be an object (got ${show(factor)})` });
    return;
  }
  checkId(factor.id, path, ids, 'factor', problems);
  checkText(factor.label, `${path}.label`, problems);
  checkText(factor.help, `${path}.help`, problems, true);
  if (factor.explorable !== undefined && typeof factor.explorable !== 'boolean') {
    problems.push({ path: `${path}.explorable`, message: `must be true or false (got ${show(factor.explorable)})` });
  }
  if (factor.changeable !== undefined && typeof factor.changeable !== 'boolean') {
    problems.push({ path: `${path}.changeable`, message: `must be true or false (got ${show(factor.changeable)})` });
  }
  switch (factor.kind) {
    case 'number': {
      const { min, max, step } = factor;
      let numbersOk = true;
      for (const key of ['min', 'max', 'step', 'default'] as const) {
        if (!isFiniteNumber(factor[key])) {
          problems.push({ path: `${path}.${key}`, message: `must be a finite number (got ${show(factor[key])})` });
          numbersOk = false;
        }
      }
      if (!numbersOk) break;
      const lo = min as number;
      const hi = max as number;
      const st = step as number;
      const def = factor.default as number;
      if (lo >= hi) {
        problems.push({ path, message: `min ${lo} is ${lo === hi ? 'equal to' : 'above'} max ${hi}` });
        break;
      }
      if (st <= 0) {
        problems.push({ path: `${path}.step`, message: `step must be above 0 (got ${st})` });
        break;
      }
      const inexact = (hi - lo) / st > MAX_GRID_POINTS ? null : gridProblem({ min: lo, max: hi, step: st });
      if (inexact) {
        problems.push({ path: `${path}.step`, message: inexact });
        break;
      }
      if (!onGrid({ min: lo, max: hi, step: st }, hi)) {
        problems.push({ path: `${path}.step`, message: `max ${hi} is not min ${lo} plus a whole number of steps of ${st}` });
      } else if ((hi - lo) / st > MAX_GRID_POINTS) {
        problems.push({ path: `${path}.step`, message: `step ${st} gives more than ${MAX_GRID_POINTS} values` });
      }
      if (def < lo || def > hi) {
        problems.push({ path: `${path}.default`, message: `default ${def} is outside min ${lo} and max ${hi}` });
      } else if (!onGrid({ min: lo, max: hi, step: st }, def)) {
        problems.push({ path: `${path}.default`, message: `default ${def} is not on the grid of step ${st} from ${lo}` });
      }
      checkText(factor.unit, `${path}.unit`, problems, true);
      checkText(factor.unitOne, `${path}.unitOne`, problems, true);
      if (factor.format !== undefined && !isRecord(factor.format)) {
        problems.push({ path: `${path}.format`, message: 'must be Intl.NumberFormat options' });
      }
      break;
    }
    case 'choice': {
      const choices = checkArray(factor.choices, `${path}.choices`, problems);
      const values = new Set<string>();
      choices.forEach((choice, i) => {
        const cpath = `${path}.choices[${i}]`;
        if (!isRecord(choice)) {
          problems.push({ path: cpath, message: `must be an object (got ${show(choice)})` });
          return;
        }
        if (typeof choice.value !== 'string' || choice.value === '') {
          problems.push({ path: `${cpath}.value`, message: `must be a non-empty string (got ${show(choice.value)})` });
        } else if (values.has(choice.value)) {
          problems.push({ path: `${cpath}.value`, message: `value ${show(choice.value)} is used twice` });
        } else {
          values.add(choice.value);
        }
        checkText(choice.label, `${cpath}.label`, problems);
        checkText(choice.help, `${cpath}.help`, problems, true);
      });
      if (Array.isArray(factor.choices) && choices.length < 2) {
        problems.push({ path: `${path}.choices`, message: 'a choice needs at least 2 choices' });
      }
      if (typeof factor.default !== 'string' || !values.has(factor.default)) {
        problems.push({ path: `${path}.default`, message: `default ${show(factor.default)} is not one of the choices` });
      }
      break;
    }
    case 'boolean':
      if (typeof factor.default !== 'boolean') {
        problems.push({ path: `${path}.default`, message: `must be true or false (got ${show(factor.default)})` });
      }
      break;
    default:
      problems.push({ path: `${path}.kind`, message: `must be "number", "choice" or "boolean" (got ${show(factor.kind)})` });
  }
}

function checkCriterion(criterion: unknown, path: string, ids: Set<string>, problems: Problems): void {
  if (!isRecord(criterion)) {
    problems.push({ path, message: `must be an object (got ${show(criterion)})` });
    return;
  }
  checkId(criterion.id, path, ids, 'criterion', problems);
  checkText(criterion.label, `${path}.label`, problems);
  checkText(criterion.help, `${path}.help`, problems, true);
  checkText(criterion.unit, `${path}.unit`, problems, true);
  if (criterion.direction !== 'lower' && criterion.direction !== 'higher') {
    problems.push({ path: `${path}.direction`, message: `must be "lower" or "higher" (got ${show(criterion.direction)})` });
  }
  const range = criterion.range;
  if (!isRecord(range) || !isFiniteNumber(range.min) || !isFiniteNumber(range.max)) {
    problems.push({ path: `${path}.range`, message: 'must be { min, max } with finite numbers' });
  } else if (range.min >= range.max) {
    problems.push({
      path: `${path}.range`,
      message: `min ${range.min} is ${range.min === range.max ? 'equal to' : 'above'} max ${range.max}`,
    });
  } else if (Math.abs(range.min) > MAX_RANGE || Math.abs(range.max) > MAX_RANGE) {
    // Wider ranges overflow max − min or the scores to Infinity and NaN.
    problems.push({
      path: `${path}.range`,
      message: `min and max must lie between -${MAX_RANGE} and ${MAX_RANGE} (got ${range.min} to ${range.max})`,
    });
  }
  if (!isFiniteNumber(criterion.defaultWeight) || criterion.defaultWeight < 0) {
    problems.push({ path: `${path}.defaultWeight`, message: `must be a number of 0 or more (got ${show(criterion.defaultWeight)})` });
  }
  if (criterion.format !== undefined && !isRecord(criterion.format)) {
    problems.push({ path: `${path}.format`, message: 'must be Intl.NumberFormat options' });
  }
  if (criterion.primaryCost !== undefined && typeof criterion.primaryCost !== 'boolean') {
    problems.push({ path: `${path}.primaryCost`, message: `must be true or false (got ${show(criterion.primaryCost)})` });
  } else if (criterion.primaryCost === true && criterion.direction !== 'lower') {
    problems.push({ path: `${path}.primaryCost`, message: 'a cost criterion needs direction "lower"' });
  }
  if (criterion.costPeriod !== undefined && !['week', 'month', 'year'].includes(criterion.costPeriod as string)) {
    problems.push({ path: `${path}.costPeriod`, message: `must be "week", "month" or "year" (got ${show(criterion.costPeriod)})` });
  }
}

/**
 * Every problem in a model definition, each with its path. An empty list
 * means the definition is usable.
 */
export function validateModel(definition: unknown): ModelProblem[] {
  const problems: Problems = [];
  if (!isRecord(definition)) return [{ path: '', message: `a model must be an object (got ${show(definition)})` }];
  const d = definition;
  if (typeof d.id !== 'string' || d.id.trim() === '')
    problems.push({ path: 'id', message: `must be a non-empty string (got ${show(d.id)})` });
  checkText(d.title, 'title', problems);
  checkText(d.description, 'description', problems, true);
  checkText(d.weightingNote, 'weightingNote', problems, true);
  if (typeof d.assess !== 'function') problems.push({ path: 'assess', message: 'must be a function (situation) => assessments' });
  if (d.assessMany !== undefined && typeof d.assessMany !== 'function') {
    problems.push({ path: 'assessMany', message: 'must be a function when given' });
  }
  if (d.breakpoints !== undefined && typeof d.breakpoints !== 'function') {
    problems.push({ path: 'breakpoints', message: 'must be a function when given' });
  }

  const factorIds = new Set<string>();
  const factors = checkArray(d.factors, 'factors', problems);
  for (const [i, f] of factors.entries()) checkFactor(f, `factors[${i}]`, factorIds, problems);

  const criterionIds = new Set<string>();
  const criteria = checkArray(d.criteria, 'criteria', problems);
  for (const [i, c] of criteria.entries()) checkCriterion(c, `criteria[${i}]`, criterionIds, problems);
  if (Array.isArray(d.criteria) && criteria.length === 0)
    problems.push({ path: 'criteria', message: 'a model needs at least 1 criterion' });
  const weightSum = criteria.reduce<number>(
    (sum, c) => sum + (isRecord(c) && isFiniteNumber(c.defaultWeight) ? Math.max(0, c.defaultWeight) : 0),
    0,
  );
  if (criteria.length > 0 && weightSum <= 0)
    problems.push({ path: 'criteria', message: 'at least 1 criterion needs a default weight above 0' });
  const costs = criteria.filter((c) => isRecord(c) && c.primaryCost === true);
  if (costs.length > 1) problems.push({ path: 'criteria', message: `at most 1 criterion can be the primary cost (got ${costs.length})` });

  const referenceIds = new Set<string>();
  const references = checkArray(d.references, 'references', problems, true);
  references.forEach((r, i) => {
    const path = `references[${i}]`;
    if (!isRecord(r)) {
      problems.push({ path, message: `must be an object (got ${show(r)})` });
      return;
    }
    checkId(r.id, path, referenceIds, 'reference', problems);
    checkText(r.label, `${path}.label`, problems);
    if (r.url !== undefined && typeof r.url !== 'string') problems.push({ path: `${path}.url`, message: 'must be a string' });
    if (r.year !== undefined && !Number.isInteger(r.year))
      problems.push({ path: `${path}.year`, message: `must be a whole number (got ${show(r.year)})` });
  });

  const optionIds = new Set<string>();
  const options = checkArray(d.options, 'options', problems);
  if (Array.isArray(d.options) && options.length === 0) problems.push({ path: 'options', message: 'a model needs at least 1 option' });
  options.forEach((o, i) => {
    const path = `options[${i}]`;
    if (!isRecord(o)) {
      problems.push({ path, message: `must be an object (got ${show(o)})` });
      return;
    }
    checkId(o.id, path, optionIds, 'option', problems);
    checkText(o.label, `${path}.label`, problems);
    checkText(o.description, `${path}.description`, problems, true);
    checkText(o.drawback, `${path}.drawback`, problems, true);
    checkText(o.benefit, `${path}.benefit`, problems, true);
    if (o.link !== undefined && typeof o.link !== 'string') problems.push({ path: `${path}.link`, message: 'must be a string' });
    checkArray(o.references, `${path}.references`, problems, true).forEach((ref, j) => {
      if (typeof ref !== 'string' || !referenceIds.has(ref)) {
        problems.push({ path: `${path}.references[${j}]`, message: `${show(ref)} is not the id of one of the model's references` });
      }
    });
  });

  const factorById = new Map<string, Record_>();
  for (const f of factors) if (isRecord(f) && typeof f.id === 'string') factorById.set(f.id, f);
  const scenarioIds = new Set<string>();
  checkArray(d.scenarios, 'scenarios', problems, true).forEach((s, i) => {
    const path = `scenarios[${i}]`;
    if (!isRecord(s)) {
      problems.push({ path, message: `must be an object (got ${show(s)})` });
      return;
    }
    checkId(s.id, path, scenarioIds, 'scenario', problems);
    checkText(s.name, `${path}.name`, problems);
    checkText(s.description, `${path}.description`, problems, true);
    if (!isRecord(s.overrides)) {
      problems.push({ path: `${path}.overrides`, message: 'must be an object of factor values' });
      return;
    }
    for (const [key, value] of Object.entries(s.overrides)) {
      const opath = `${path}.overrides.${key}`;
      const factor = factorById.get(key);
      if (!factor) {
        problems.push({ path: opath, message: `${show(key)} is not one of the model's factors` });
        continue;
      }
      const per = isRecord(value) && typeof value.per === 'string' ? factorById.get(value.per) : undefined;
      if (isRecord(value) && value.per !== undefined && (per?.kind !== 'number' || value.per === key)) {
        problems.push({ path: opath, message: `per: ${show(value.per)} must name another number factor` });
        continue;
      }
      const relative = isRecord(value) && (isFiniteNumber(value.add) || isFiniteNumber(value.multiply) || per !== undefined);
      const fits =
        factor.kind === 'number'
          ? isFiniteNumber(value) || relative
          : factor.kind === 'boolean'
            ? typeof value === 'boolean'
            : typeof value === 'string' && Array.isArray(factor.choices) && factor.choices.some((c) => isRecord(c) && c.value === value);
      if (!fits) problems.push({ path: opath, message: `${show(value)} is not a valid value for factor ${show(key)}` });
    }
  });
  return problems;
}

const checkedModels = new WeakMap<object, readonly ModelProblem[]>();

/** The problems of a model, checked once per object. */
export function modelProblems(model: unknown): readonly ModelProblem[] {
  if (model === null || typeof model !== 'object') return validateModel(model);
  let problems = checkedModels.get(model);
  if (!problems) {
    problems = validateModel(model);
    checkedModels.set(model, problems);
  }
  return problems;
}

/**
 * Checks a model definition and returns it as an {@link AdviceModel}. Throws a
 * {@link ModelDefinitionError} listing every problem with its path.
 */
export function defineModel<const D extends AdviceModelDefinition>(definition: D): D & AdviceModel {
  const problems = validateModel(definition);
  if (problems.length > 0) throw new ModelDefinitionError(problems);
  checkedModels.set(definition, problems);
  return definition;
}
