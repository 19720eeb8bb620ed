import type { SituationIssue } from './errors.js';
import type { AdviceModel, FactorValue, Locale, Situation, ValueRange, Weights } from './model.js';
import { applyScenario, type Scenario } from './scenarios.js';
import { completeWeights } from './score.js';
import { checkFactorValue, defaultSituation, isValueRange } from './situation.js';

/** Everything a person has said: one immutable value. */
export interface AdviceState {
  readonly situation: Situation;
  readonly weights: Weights;
  readonly scenarios: readonly Scenario[];
  /** The scenario being looked at, or null for the person's own situation. */
  readonly activeScenario: string | null;
}

export type StateListener = (state: AdviceState, previous: AdviceState) => void;

/** A small store holding one {@link AdviceState}; every change makes a new, frozen state. */
export interface AdviceStore {
  readonly model: AdviceModel;
  getState(): AdviceState;
  /** Replaces the state (or derives it from the current one). Listeners hear only real changes. */
  setState(next: AdviceState | ((current: AdviceState) => AdviceState)): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: StateListener): () => void;
  /** Sets one factor when the value is valid; otherwise keeps the state and returns the issue. */
  setFactor(factorId: string, value: FactorValue | ValueRange, locale?: Locale): SituationIssue | null;
  /** Sets one criterion's weight (a number of 0 or more; others are ignored). */
  setWeight(criterionId: string, weight: number): void;
  setWeights(weights: Weights): void;
  /**
   * Sets the weights where the person is looking: the active scenario's own
   * weights when it has them, else the person's (completed like `setWeights`).
   * What a weights control writes, so every control follows the same rule.
   */
  setActiveWeights(weights: Weights): void;
  addScenario(scenario: Omit<Scenario, 'id'> & { id?: string }): Scenario;
  updateScenario(id: string, patch: Partial<Omit<Scenario, 'id'>>): void;
  /** Removes a scenario and returns it with its position, for undo. */
  removeScenario(id: string): { scenario: Scenario; index: number } | null;
  /** Puts a removed scenario back where it was. */
  restoreScenario(removed: { scenario: Scenario; index: number }): void;
  setActiveScenario(id: string | null): void;
  /** Back to the model's defaults. */
  reset(): void;
}

/** Objects known to be frozen all the way down (a frozen object may still hold unfrozen ones). */
const deeplyFrozen = new WeakSet<object>();

function freeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !deeplyFrozen.has(value)) {
    deeplyFrozen.add(value);
    Object.freeze(value);
    for (const v of Object.values(value as object)) freeze(v);
  }
  return value;
}

/** The state of a person who has said nothing yet: the model's defaults. */
export function initialState(model: AdviceModel): AdviceState {
  return freeze({
    situation: { ...defaultSituation(model) },
    weights: completeWeights(model),
    scenarios: [],
    activeScenario: null,
  });
}

/** The situation being looked at: the base, or the active scenario applied to it. */
export function activeSituation(model: AdviceModel, state: AdviceState): Situation {
  const scenario = activeScenarioOf(state);
  return scenario ? applyScenario(model, state.situation, scenario) : state.situation;
}

function activeScenarioOf(state: AdviceState): Scenario | undefined {
  return state.activeScenario === null ? undefined : state.scenarios.find((s) => s.id === state.activeScenario);
}

/** The weights being looked at: the active scenario's own, or the person's. */
export function activeWeights(state: AdviceState): Weights {
  return activeScenarioOf(state)?.weights ?? state.weights;
}

const sameWeights = (model: AdviceModel, a: Weights, b: Weights) => model.criteria.every((c) => Object.is(a[c.id], b[c.id]));

function sameValue(a: unknown, b: unknown): boolean {
  if (isValueRange(a) && isValueRange(b)) return a.min === b.min && a.max === b.max;
  return Object.is(a, b);
}

function nextScenarioId(scenarios: readonly Scenario[]): string {
  let n = scenarios.length + 1;
  const ids = new Set(scenarios.map((s) => s.id));
  while (ids.has(`s${n}`)) n++;
  return `s${n}`;
}

/** A store for one model, starting from `initial` or the model's defaults. */
export function createStore(model: AdviceModel, initial?: AdviceState): AdviceStore {
  let state: AdviceState = freeze(initial ?? initialState(model));
  const listeners = new Set<StateListener>();

  const setState: AdviceStore['setState'] = (next) => {
    const value = typeof next === 'function' ? next(state) : next;
    if (value === state) return;
    const previous = state;
    state = freeze(value);
    for (const listener of [...listeners]) listener(state, previous);
  };

  return {
    model,
    getState: () => state,
    setState,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setFactor(factorId, value, locale = 'nl') {
      const factor = model.factors.find((f) => f.id === factorId);
      if (!factor) return null;
      const problem = checkFactorValue(factor, value, locale);
      if (problem) return problem;
      const clean = isValueRange(value) ? (value.min === value.max ? value.min : { min: value.min, max: value.max }) : value;
      if (sameValue(state.situation[factorId], clean)) return null;
      setState((s) => ({ ...s, situation: { ...s.situation, [factorId]: clean } }));
      return null;
    },
    setWeight(criterionId, weight) {
      if (!model.criteria.some((c) => c.id === criterionId)) return;
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) return;
      if (state.weights[criterionId] === weight) return;
      setState((s) => ({ ...s, weights: { ...s.weights, [criterionId]: weight } }));
    },
    setWeights(weights) {
      const next = completeWeights(model, weights);
      if (sameWeights(model, state.weights, next)) return;
      setState((s) => ({ ...s, weights: next }));
    },
    setActiveWeights(weights) {
      const scenario = activeScenarioOf(state);
      if (!scenario?.weights) return this.setWeights(weights);
      const next = completeWeights(model, weights);
      if (sameWeights(model, scenario.weights, next)) return;
      setState((s) => ({ ...s, scenarios: s.scenarios.map((sc) => (sc.id === scenario.id ? { ...sc, weights: next } : sc)) }));
    },
    addScenario(scenario) {
      const id = scenario.id && !state.scenarios.some((s) => s.id === scenario.id) ? scenario.id : nextScenarioId(state.scenarios);
      const created: Scenario = { ...scenario, id };
      setState((s) => ({ ...s, scenarios: [...s.scenarios, created] }));
      return created;
    },
    updateScenario(id, patch) {
      if (!state.scenarios.some((s) => s.id === id)) return;
      setState((s) => ({ ...s, scenarios: s.scenarios.map((sc) => (sc.id === id ? { ...sc, ...patch, id } : sc)) }));
    },
    removeScenario(id) {
      const index = state.scenarios.findIndex((s) => s.id === id);
      if (index < 0) return null;
      const scenario = state.scenarios[index] as Scenario;
      setState((s) => ({
        ...s,
        scenarios: s.scenarios.filter((sc) => sc.id !== id),
        activeScenario: s.activeScenario === id ? null : s.activeScenario,
      }));
      return { scenario, index };
    },
    restoreScenario({ scenario, index }) {
      if (state.scenarios.some((s) => s.id === scenario.id)) return;
      setState((s) => {
        const scenarios = [...s.scenarios];
        scenarios.splice(Math.min(Math.max(0, index), scenarios.length), 0, scenario);
        return { ...s, scenarios };
      });
    },
    setActiveScenario(id) {
      const next = id !== null && state.scenarios.some((s) => s.id === id) ? id : null;
      if (next === state.activeScenario) return;
      setState((s) => ({ ...s, activeScenario: next }));
    },
    reset() {
      setState(initialState(model));
    },
  };
}
