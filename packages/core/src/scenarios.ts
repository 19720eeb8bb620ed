import { type EngineOptions, guarded, prepare, settle } from './context.js';
import { AdviceError, describeCause } from './errors.js';
import type {
  AdviceModel,
  FactorValue,
  Locale,
  NumberFactor,
  RelativeChange,
  ResolvedSituation,
  Situation,
  SuggestedScenario,
  ValueRange,
  Weights,
} from './model.js';
import { type RankResult, rank, rankIn } from './rank.js';
import { isValueRange, snapToFactor } from './situation.js';
import { localize } from './text.js';

/** A "what if": a name plus the factor values (and optionally weights) that differ from the base situation. */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly overrides: Readonly<Record<string, FactorValue | ValueRange | RelativeChange>>;
  readonly weights?: Weights;
  /** The model's suggestion this scenario came from, if any. */
  readonly suggestion?: string;
}

/** A scenario's id or name as text; never throws, whatever a caller put there (an object without a prototype, say). */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

function isRelative(value: unknown): value is RelativeChange {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.add === 'number' || typeof v.multiply === 'number' || typeof v.per === 'string';
}

/** A number factor's value in a situation: the middle of a range, the default when missing. */
function numberIn(situation: Readonly<Record<string, FactorValue | ValueRange>>, factor: NumberFactor): number {
  const current = situation[factor.id] ?? factor.default;
  return isValueRange(current) ? (current.min + current.max) / 2 : typeof current === 'number' ? current : factor.default;
}

/**
 * The situation of a scenario: the base with the scenario's overrides.
 * Relative changes (`{ add: -4 }`, `{ multiply: 0.6 }`) apply to the base's
 * value (the middle of a range) and are kept inside the factor's range and
 * on its grid. `{ per: 'daysPerWeek' }` is applied last: the value keeps its
 * amount per unit of that factor (8 trips on 4 days, 2 days less: 4 trips),
 * and stays as it was when that factor was 0. Overrides of unknown factors
 * are ignored. The result is always a valid situation.
 */
export function applyScenario(model: AdviceModel, base: Situation, scenario: Pick<Scenario, 'overrides'>): Situation {
  const out: Record<string, FactorValue | ValueRange> = {};
  for (const factor of model.factors) {
    if (Object.hasOwn(base, factor.id)) out[factor.id] = base[factor.id] as FactorValue | ValueRange;
  }
  for (const factor of model.factors) {
    if (!Object.hasOwn(scenario.overrides, factor.id)) continue;
    const override = scenario.overrides[factor.id];
    if (isRelative(override)) {
      if (factor.kind !== 'number' || 'per' in override) continue;
      const from = numberIn(out, factor);
      const to = 'add' in override ? from + override.add : from * override.multiply;
      out[factor.id] = snapToFactor(factor, to);
    } else if (override !== undefined) {
      out[factor.id] = override;
    }
  }
  for (const factor of model.factors) {
    const override = Object.hasOwn(scenario.overrides, factor.id) ? scenario.overrides[factor.id] : undefined;
    if (factor.kind !== 'number' || !isRelative(override) || !('per' in override)) continue;
    const unit = model.factors.find((f) => f.id === override.per);
    if (unit?.kind !== 'number' || unit.id === factor.id) continue;
    const before = Object.hasOwn(base, unit.id) ? numberIn(base, unit) : unit.default;
    const after = numberIn(out, unit);
    if (before === 0 || before === after) continue;
    out[factor.id] = snapToFactor(factor, (numberIn(out, factor) * after) / before);
  }
  return out;
}

/** A scenario from one of the model's suggestions, named in the given language. */
export function scenarioFromSuggestion(suggestion: SuggestedScenario, locale: Locale, id: string = suggestion.id): Scenario {
  return { id, name: localize(suggestion.name, locale), overrides: { ...suggestion.overrides }, suggestion: suggestion.id };
}

export interface ScenarioOutcome extends RankResult {
  readonly id: string;
  readonly name: string;
  /** The scenario's situation, exactly as the model was asked. */
  readonly situation: ResolvedSituation;
  /** Whether the best option differs from the base situation's. */
  readonly changed: boolean;
  /** The factors whose value differs from the base situation. */
  readonly differences: readonly string[];
}

export interface CompareScenariosResult {
  readonly base: RankResult;
  readonly scenarios: readonly ScenarioOutcome[];
  /** The ids of the scenarios in which the advice differs from the base. */
  readonly changed: readonly string[];
  /** True when the advice is the same in the base and every scenario that could be evaluated. */
  readonly stable: boolean;
  readonly error?: AdviceError;
}

/**
 * Ranks the base situation and every scenario, and says where the advice
 * differs. A scenario with invalid values gets its own error; the others are
 * still compared.
 */
export async function compareScenarios(
  model: AdviceModel,
  base: Situation,
  scenarios: readonly Scenario[],
  weights?: Weights | null,
  options: EngineOptions = {},
): Promise<CompareScenariosResult> {
  const fallback = (error: AdviceError): CompareScenariosResult => ({
    base: { ranking: [], best: null, runnerUp: null, margin: 0, situation: {}, weights: {}, uncertain: [], holds: true, error },
    scenarios: [],
    changed: [],
    stable: true,
    error,
  });
  return settle(() => compareAll(model, base, scenarios, weights, options), fallback);
}

async function compareAll(
  model: AdviceModel,
  base: Situation,
  scenarios: readonly Scenario[],
  weights: Weights | null | undefined,
  options: EngineOptions,
): Promise<CompareScenariosResult> {
  const baseResult = await rank(model, base, weights, options);
  if (baseResult.error) return { base: baseResult, scenarios: [], changed: [], stable: true, error: baseResult.error };
  const outcomes = await Promise.all(
    (Array.isArray(scenarios) ? scenarios : []).map(async (scenario, index): Promise<ScenarioOutcome> => {
      // A scenario that cannot even be applied (no overrides object, say) gets its own error instead of a rejection.
      let ctx: ReturnType<typeof prepare>;
      try {
        ctx = prepare(model, applyScenario(model, base ?? {}, scenario), scenario.weights ?? weights, options);
      } catch (error) {
        ctx = new AdviceError('invalid-situation', `Scenario ${index} cannot be applied: ${describeCause(error)}`, { cause: error });
      }
      const result = ctx instanceof AdviceError ? ctx : await guarded(() => rankIn(ctx));
      const ranked: RankResult =
        result instanceof AdviceError
          ? { ranking: [], best: null, runnerUp: null, margin: 0, situation: {}, weights: {}, uncertain: [], holds: true, error: result }
          : result;
      const differences = model.factors
        .filter((f) => ranked.situation[f.id] !== undefined && ranked.situation[f.id] !== baseResult.situation[f.id])
        .map((f) => f.id);
      return {
        ...ranked,
        id: asText(scenario?.id),
        name: asText(scenario?.name),
        changed: !ranked.error && ranked.best !== baseResult.best,
        differences,
      };
    }),
  );
  const changed = outcomes.filter((o) => o.changed).map((o) => o.id);
  return { base: baseResult, scenarios: outcomes, changed, stable: changed.length === 0 };
}
