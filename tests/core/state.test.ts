import { type AdviceState, activeSituation, activeWeights, createStore, decodeState, initialState, type Scenario } from '@advice-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { travel } from './models.js';

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe('initialState', () => {
  it('holds the model defaults, frozen all the way down', () => {
    const s = initialState(travel);
    expect(s).toEqual({
      situation: { trips: 10, zone: 'inner', senior: false, distance: 2 },
      weights: { cost: 4, flexibility: 1 },
      scenarios: [],
      activeScenario: null,
    });
    expect(isDeeplyFrozen(s)).toBe(true);
  });
});

describe('createStore', () => {
  it('notifies subscribers with the new and the previous state, until they unsubscribe', () => {
    const store = createStore(travel);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    const before = store.getState();
    store.setFactor('trips', 20);
    expect(listener).toHaveBeenCalledTimes(1);
    const [next, previous] = listener.mock.calls[0] as [AdviceState, AdviceState];
    expect(previous).toBe(before);
    expect(next).toBe(store.getState());
    expect(next.situation.trips).toBe(20);
    expect(before.situation.trips).toBe(10); // the old state is untouched
    stop();
    store.setFactor('trips', 30);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('lets a listener unsubscribe itself or another during a notification', () => {
    const store = createStore(travel);
    const calls: string[] = [];
    const stopB = store.subscribe(() => calls.push('b'));
    const stopA = store.subscribe(() => {
      calls.push('a');
      stopA();
      stopB();
    });
    store.setFactor('trips', 11);
    store.setFactor('trips', 12);
    expect(calls).toEqual(['b', 'a']);
  });

  it('keeps every state frozen: mutating throws and changes nothing', () => {
    const store = createStore(travel);
    store.addScenario({ name: 'A', overrides: { trips: 5 } });
    const s = store.getState();
    expect(isDeeplyFrozen(s)).toBe(true);
    expect(() => {
      (s.situation as Record<string, unknown>).trips = 99;
    }).toThrow(TypeError);
    expect(() => {
      (s.scenarios[0]?.overrides as Record<string, unknown>).trips = 99;
    }).toThrow(TypeError);
    expect(() => (s.scenarios as Scenario[]).push({ id: 'x', name: 'x', overrides: {} })).toThrow(TypeError);
    expect(store.getState().situation.trips).toBe(10);
  });

  it('freezes a decoded state deeply, scenarios included', () => {
    const store = createStore(travel, decodeState(travel, 'v=1&s0.n=Thuis&s0.f.trips=%2B-8&s0.w.cost=2'));
    expect(store.getState().scenarios[0]?.overrides).toEqual({ trips: { add: -8 } });
    expect(isDeeplyFrozen(store.getState())).toBe(true);
  });

  describe('setFactor', () => {
    it('sets valid values, including ranges, and returns null', () => {
      const store = createStore(travel);
      expect(store.setFactor('trips', 25)).toBeNull();
      expect(store.setFactor('zone', 'outer')).toBeNull();
      expect(store.setFactor('senior', true)).toBeNull();
      expect(store.setFactor('distance', { min: 1, max: 3 })).toBeNull();
      expect(store.getState().situation).toEqual({ trips: 25, zone: 'outer', senior: true, distance: { min: 1, max: 3 } });
      store.setFactor('distance', { min: 2, max: 2 });
      expect(store.getState().situation.distance).toBe(2);
    });

    it.each([
      ['trips', Number.NaN, 'not-a-number'],
      ['trips', Number.POSITIVE_INFINITY, 'not-a-number'],
      ['trips', '12', 'not-a-number'],
      ['trips', -1, 'below-min'],
      ['trips', 61, 'above-max'],
      ['trips', 1.5, 'off-step'],
      ['trips', { min: 9, max: 3 }, 'range-reversed'],
      ['zone', 'x'.repeat(100_000), 'unknown-choice'],
      ['zone', '__proto__', 'unknown-choice'],
      ['senior', 'yes', 'not-a-boolean'],
    ])('rejects %s = %s with the issue and keeps the state', (factorId, value, code) => {
      const store = createStore(travel);
      const listener = vi.fn();
      store.subscribe(listener);
      const before = store.getState();
      const issue = store.setFactor(factorId, value as never, 'en');
      expect(issue?.code).toBe(code);
      expect(issue?.factorId).toBe(factorId);
      expect(issue?.message).toBe(issue?.messages.en);
      expect(store.getState()).toBe(before);
      expect(listener).not.toHaveBeenCalled();
    });

    it('gives the issue in Dutch by default', () => {
      expect(createStore(travel).setFactor('trips', 100)?.message).toBe('Vul een getal in van 60 of minder.');
    });

    it('does nothing (and notifies nobody) for the same value or an unknown factor', () => {
      const store = createStore(travel);
      const listener = vi.fn();
      store.subscribe(listener);
      store.setFactor('trips', 10);
      expect(store.setFactor('unknown', 5)).toBeNull();
      expect(store.setFactor('__proto__', 5)).toBeNull();
      store.setFactor('trips', { min: 4, max: 8 });
      store.setFactor('trips', { min: 4, max: 8 });
      expect(listener).toHaveBeenCalledTimes(1);
      expect(Object.hasOwn(store.getState().situation, '__proto__')).toBe(false);
    });
  });

  describe('weights', () => {
    it('setWeight takes a number of 0 or more for a known criterion and ignores anything else', () => {
      const store = createStore(travel);
      store.setWeight('cost', 2.5);
      expect(store.getState().weights).toEqual({ cost: 2.5, flexibility: 1 });
      const before = store.getState();
      for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, '3', null]) store.setWeight('cost', bad as never);
      store.setWeight('unknown', 3);
      store.setWeight('__proto__', 3);
      store.setWeight('constructor', 3);
      expect(store.getState()).toBe(before);
      expect(({} as Record<string, unknown>).cost).toBeUndefined();
    });

    it('setWeights completes missing and invalid weights with the defaults', () => {
      const store = createStore(travel);
      store.setWeights({ cost: 1 });
      expect(store.getState().weights).toEqual({ cost: 1, flexibility: 1 });
      store.setWeights(JSON.parse('{"cost": -5, "flexibility": 3, "__proto__": {"x": 1}, "extra": 9}'));
      expect(store.getState().weights).toEqual({ cost: 4, flexibility: 3 });
    });

    it('setWeights with the weights already set notifies nobody', () => {
      const store = createStore(travel);
      const listener = vi.fn();
      store.subscribe(listener);
      const before = store.getState();
      store.setWeights({ cost: 4, flexibility: 1 });
      store.setWeights({});
      expect(store.getState()).toBe(before);
      expect(listener).not.toHaveBeenCalled();
      store.setWeights({ cost: 5 });
      expect(listener).toHaveBeenCalledTimes(1);
    });
  });

  describe('scenarios', () => {
    it('adds scenarios with fresh ids, keeps a given unique id, and updates them', () => {
      const store = createStore(travel);
      const a = store.addScenario({ name: 'A', overrides: { trips: 5 } });
      const b = store.addScenario({ name: 'B', overrides: {} });
      const c = store.addScenario({ id: 'mine', name: 'C', overrides: {} });
      const d = store.addScenario({ id: 'mine', name: 'D', overrides: {} });
      expect([a.id, b.id, c.id, d.id]).toEqual(['s1', 's2', 'mine', 's4']);
      store.updateScenario('s1', { name: 'A2', id: 'hijack' } as never);
      expect(store.getState().scenarios[0]).toEqual({ id: 's1', name: 'A2', overrides: { trips: 5 } });
      const before = store.getState();
      store.updateScenario('nope', { name: 'x' });
      expect(store.getState()).toBe(before);
    });

    it('removes a scenario and restores it at its place (undo)', () => {
      const store = createStore(travel);
      for (const name of ['A', 'B', 'C']) store.addScenario({ name, overrides: {} });
      const removed = store.removeScenario('s2');
      expect(removed).toEqual({ scenario: { id: 's2', name: 'B', overrides: {} }, index: 1 });
      expect(store.getState().scenarios.map((s) => s.id)).toEqual(['s1', 's3']);
      if (!removed) throw new Error('removed');
      store.restoreScenario(removed);
      expect(store.getState().scenarios.map((s) => s.name)).toEqual(['A', 'B', 'C']);
      // Restoring twice does not duplicate; removing an unknown id gives null.
      const before = store.getState();
      store.restoreScenario(removed);
      expect(store.getState()).toBe(before);
      expect(store.removeScenario('nope')).toBeNull();
      // An index beyond the end is clamped.
      store.restoreScenario({ scenario: { id: 'z', name: 'Z', overrides: {} }, index: 99 });
      expect(store.getState().scenarios.at(-1)?.id).toBe('z');
    });

    it('tracks the active scenario: its situation and weights, cleared when it is removed', () => {
      const store = createStore(travel);
      const s = store.addScenario({ name: 'Druk', overrides: { trips: { add: 20 } }, weights: { cost: 1, flexibility: 0 } });
      expect(activeSituation(travel, store.getState())).toEqual(store.getState().situation);
      store.setActiveScenario(s.id);
      expect(store.getState().activeScenario).toBe('s1');
      expect(activeSituation(travel, store.getState())).toMatchObject({ trips: 30 });
      expect(activeWeights(store.getState())).toEqual({ cost: 1, flexibility: 0 });
      store.setActiveScenario('unknown');
      expect(store.getState().activeScenario).toBeNull();
      expect(activeWeights(store.getState())).toEqual({ cost: 4, flexibility: 1 });
      store.setActiveScenario(s.id);
      store.removeScenario(s.id);
      expect(store.getState().activeScenario).toBeNull();
    });

    it('setActiveWeights writes where the person is looking: a scenario with weights of its own, else the person', () => {
      const store = createStore(travel);
      const own = store.addScenario({ name: 'Druk', overrides: {}, weights: { cost: 1, flexibility: 0 } });
      const plain = store.addScenario({ name: 'Rustig', overrides: {} });
      const listener = vi.fn();
      store.subscribe(listener);
      // No active scenario: the person's weights, completed with the defaults.
      store.setActiveWeights({ cost: 2 });
      expect(store.getState().weights).toEqual({ cost: 2, flexibility: 1 });
      // A scenario with weights of its own: those change, the person's stay.
      store.setActiveScenario(own.id);
      store.setActiveWeights({ cost: 1, flexibility: 5 });
      expect(store.getState().scenarios.find((x) => x.id === own.id)?.weights).toEqual({ cost: 1, flexibility: 5 });
      expect(store.getState().weights).toEqual({ cost: 2, flexibility: 1 });
      expect(activeWeights(store.getState())).toEqual({ cost: 1, flexibility: 5 });
      // A scenario without weights shares the person's: those change.
      store.setActiveScenario(plain.id);
      store.setActiveWeights({ cost: 3, flexibility: 1 });
      expect(store.getState().weights).toEqual({ cost: 3, flexibility: 1 });
      expect(store.getState().scenarios.find((x) => x.id === plain.id)?.weights).toBeUndefined();
      // The same weights again notify nobody, wherever they are written.
      const calls = listener.mock.calls.length;
      store.setActiveWeights({ cost: 3, flexibility: 1 });
      store.setActiveScenario(own.id);
      const afterSwitch = listener.mock.calls.length;
      store.setActiveWeights({ cost: 1, flexibility: 5 });
      expect(listener.mock.calls.length).toBe(afterSwitch);
      expect(afterSwitch).toBe(calls + 1);
    });
  });

  it('setState replaces or derives the state; the same state notifies nobody; reset goes back to defaults', () => {
    const store = createStore(travel);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setState((s) => s);
    expect(listener).not.toHaveBeenCalled();
    store.setState((s) => ({ ...s, activeScenario: null, weights: { cost: 9, flexibility: 9 } }));
    expect(store.getState().weights).toEqual({ cost: 9, flexibility: 9 });
    expect(Object.isFrozen(store.getState().weights)).toBe(true);
    store.reset();
    expect(store.getState()).toEqual(initialState(travel));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.model).toBe(travel);
  });
});
