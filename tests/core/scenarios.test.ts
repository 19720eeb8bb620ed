import { applyScenario, compareScenarios, defineModel, type Scenario, scenarioFromSuggestion } from '@advice-kit/core';
import { describe, expect, it } from 'vitest';
import { travel, travelDefinition } from './models.js';

describe('applyScenario', () => {
  it('overrides the base, with relative changes clamped onto the factor grid', () => {
    const base = { trips: 10, zone: 'inner' };
    expect(applyScenario(travel, base, { overrides: { trips: { add: -8 } } })).toEqual({ trips: 2, zone: 'inner' });
    expect(applyScenario(travel, base, { overrides: { trips: { add: -80 } } })).toEqual({ trips: 0, zone: 'inner' });
    expect(applyScenario(travel, base, { overrides: { trips: { multiply: 0.66 } } })).toEqual({ trips: 7, zone: 'inner' });
    expect(applyScenario(travel, base, { overrides: { trips: { multiply: 100 } } })).toEqual({ trips: 60, zone: 'inner' });
    expect(applyScenario(travel, base, { overrides: { senior: true, zone: 'outer' } })).toEqual({ trips: 10, zone: 'outer', senior: true });
    // A relative change of a missing factor starts from its default; of a range, from its middle.
    expect(applyScenario(travel, {}, { overrides: { distance: { add: 1.2 } } })).toEqual({ distance: 3 });
    expect(applyScenario(travel, { trips: { min: 10, max: 20 } }, { overrides: { trips: { add: 5 } } })).toEqual({ trips: 20 });
    expect(applyScenario(travel, base, { overrides: { trips: { min: 5, max: 9 } } })).toEqual({ trips: { min: 5, max: 9 }, zone: 'inner' });
  });

  it('ignores unknown factors, relative changes of non-numbers, and unknown base keys', () => {
    const out = applyScenario(travel, { trips: 10, stray: 1 } as never, {
      overrides: { nonsense: 5, zone: { add: 1 }, __proto__: { trips: 1 } } as never,
    });
    expect(out).toEqual({ trips: 10 });
  });
});

describe('scenarioFromSuggestion', () => {
  it('names the scenario in the requested language and copies the overrides', () => {
    const suggestion = travel.scenarios?.[0];
    if (!suggestion) throw new Error('fixture');
    const nl = scenarioFromSuggestion(suggestion, 'nl');
    expect(nl).toEqual({ id: 'home', name: 'Thuiswerken', overrides: { trips: { add: -8 } }, suggestion: 'home' });
    expect(nl.overrides).not.toBe(suggestion.overrides);
    expect(scenarioFromSuggestion(suggestion, 'en', 's9')).toMatchObject({ id: 's9', name: 'Working from home' });
  });
});

describe('compareScenarios', () => {
  const scenarios: Scenario[] = [
    { id: 'home', name: 'Thuis', overrides: { trips: { add: -8 } } },
    { id: 'busy', name: 'Druk', overrides: { trips: 30 } },
    { id: 'retire', name: 'Pensioen', overrides: { senior: true, trips: 20 } },
    { id: 'flex', name: 'Flexibel', overrides: { trips: 30 }, weights: { cost: 0, flexibility: 1 } },
  ];

  it('ranks the base and every scenario and says which change the advice', async () => {
    const r = await compareScenarios(travel, { trips: 10 }, scenarios, null);
    expect(r.error).toBeUndefined();
    expect(r.base.best).toBe('single');
    expect(r.scenarios.map((s) => [s.id, s.name, s.best, s.changed])).toEqual([
      ['home', 'Thuis', 'single', false],
      ['busy', 'Druk', 'monthly', true],
      ['retire', 'Pensioen', 'senior', true],
      ['flex', 'Flexibel', 'single', false],
    ]);
    expect(r.changed).toEqual(['busy', 'retire']);
    expect(r.stable).toBe(false);
    expect(r.scenarios[0]?.situation).toEqual({ trips: 2, zone: 'inner', senior: false, distance: 2 });
    expect(r.scenarios[2]?.differences).toEqual(['trips', 'senior']);
    expect(r.scenarios[3]?.weights).toEqual({ cost: 0, flexibility: 1 });
    expect(r.scenarios[1]?.ranking).toHaveLength(4);
  });

  it('is stable when no scenario changes the advice, or when there are none', async () => {
    const r = await compareScenarios(travel, { trips: 10 }, [scenarios[0] as Scenario, scenarios[3] as Scenario], null);
    expect(r.stable).toBe(true);
    expect(r.changed).toEqual([]);
    expect((await compareScenarios(travel, {}, [], null)).stable).toBe(true);
  });

  it('gives a scenario with invalid values its own error and still compares the others', async () => {
    const r = await compareScenarios(
      travel,
      { trips: 10 },
      [
        { id: 'bad', name: 'Bad', overrides: { trips: Number.NaN } },
        { id: 'range', name: 'Range', overrides: { senior: { min: 0, max: 1 } } },
        scenarios[1] as Scenario,
      ],
      null,
    );
    expect(r.scenarios.map((s) => [s.id, s.error?.code ?? null, s.changed])).toEqual([
      ['bad', 'invalid-situation', false],
      ['range', 'invalid-situation', false],
      ['busy', null, true],
    ]);
    expect(r.changed).toEqual(['busy']);
  });

  it('never rejects on scenarios that cannot be applied: null base, no overrides, null scenario, not a list', async () => {
    const r1 = await compareScenarios(travel, null as never, [scenarios[1] as Scenario], null);
    expect(r1.base.best).toBe('single');
    expect(r1.changed).toEqual(['busy']);
    const r2 = await compareScenarios(travel, {}, [{ id: 'x', name: 'X' } as never, null as never, scenarios[1] as Scenario], null);
    expect(r2.scenarios.map((s) => s.error?.code ?? null)).toEqual(['invalid-situation', 'invalid-situation', null]);
    expect(r2.changed).toEqual(['busy']);
    const r3 = await compareScenarios(travel, {}, 'scenarios' as never, null);
    expect(r3).toMatchObject({ scenarios: [], changed: [], stable: true });
  });

  it('returns the base error when the base situation or the model fails', async () => {
    const bad = await compareScenarios(travel, { trips: -1 }, scenarios, null);
    expect(bad.error?.code).toBe('invalid-situation');
    expect(bad.scenarios).toEqual([]);
    const failing = defineModel(
      travelDefinition({
        assess: () => {
          throw new Error('down');
        },
      }),
    );
    expect((await compareScenarios(failing, {}, scenarios, null)).error?.code).toBe('model-failed');
  });

  it('marks a scenario whose model call fails, without failing the comparison', async () => {
    const fragile = defineModel(
      travelDefinition({
        assess: (s) => {
          if (s.trips === 30) throw new Error('no tariff for 30');
          return travel.assess(s);
        },
      }),
    );
    const r = await compareScenarios(fragile, { trips: 10 }, scenarios, null);
    expect(r.error).toBeUndefined();
    expect(r.scenarios.map((s) => s.error?.code ?? null)).toEqual([null, 'model-failed', null, 'model-failed']);
    expect(r.changed).toEqual(['retire']);
  });
});
