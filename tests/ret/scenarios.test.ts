/**
 * The RET model's suggested scenarios, on a grid of situations against a
 * table computed by hand: each changes only what its name says, and always
 * gives a valid situation. And the facts (age, residence) are never offered
 * as a way to change the advice.
 */
import {
  applyScenario,
  compareScenarios,
  decodeState,
  defaultSituation,
  encodeState,
  initialState,
  nearestFlips,
  type ResolvedSituation,
  type Situation,
  scenarioFromSuggestion,
  validateSituation,
} from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';
import { describe, expect, it } from 'vitest';

const suggestion = (id: string) => {
  const s = retModel.scenarios?.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return scenarioFromSuggestion(s, 'nl');
};

/** The factors whose value differs. */
function changed(before: Situation, after: Situation): string[] {
  return retModel.factors.filter((f) => JSON.stringify(before[f.id]) !== JSON.stringify(after[f.id])).map((f) => f.id);
}

const base: ResolvedSituation = defaultSituation(retModel);

describe('"Twee dagen per week thuiswerken": two travel days less, trips scaled by the person’s own trips per day', () => {
  // [trips, days] → [trips, days], by hand: trips × (days − 2) / days, to the nearest whole trip; days not below 0.
  const table: [number, number, number, number][] = [
    [8, 4, 4, 2], // the commuter: 2 trips a day on 4 days → 2 days
    [10, 5, 6, 3],
    [12, 6, 8, 4],
    [7, 3, 2, 1], // 7 × 1/3 = 2.33
    [40, 7, 29, 5], // 40 × 5/7 = 28.57
    [0, 5, 0, 3],
    [6, 2, 0, 0],
    [3, 1, 0, 0], // only 1 travel day: none left
    [5, 0, 5, 0], // no travel days to scale by: trips as they were
  ];
  it.each(table)('%i trips on %i days → %i trips on %i days', (trips, days, wantTrips, wantDays) => {
    const own = { ...base, tripsPerWeek: trips, daysPerWeek: days };
    const after = applyScenario(retModel, own, suggestion('work-from-home'));
    expect(after).toEqual({ ...own, tripsPerWeek: wantTrips, daysPerWeek: wantDays });
    expect(validateSituation(retModel, after).valid).toBe(true);
  });

  it('scales the middle of a range answer ("between 8 and 12" on 4 days: 10 → 5)', () => {
    const after = applyScenario(retModel, { ...base, tripsPerWeek: { min: 8, max: 12 }, daysPerWeek: 4 }, suggestion('work-from-home'));
    expect(after).toMatchObject({ tripsPerWeek: 5, daysPerWeek: 2 });
  });

  it('survives a shared link', () => {
    const state = { ...initialState(retModel), scenarios: [suggestion('work-from-home')] };
    const read = decodeState(retModel, encodeState(retModel, state));
    expect(read.scenarios[0]?.overrides).toEqual({ daysPerWeek: { add: -2 }, tripsPerWeek: { per: 'daysPerWeek' } });
  });
});

describe('the other suggestions change only what their names say', () => {
  const people: Situation[] = [
    base,
    { ...base, ageGroup: '19-64', rotterdamResident: false, tripsPerWeek: 10, tripKm: 8 }, // a commuter from Schiedam
    { ...base, ageGroup: '12-18', rotterdamResident: true, tripsPerWeek: 3, tripKm: 37 },
    { ...base, ageGroup: '65+', rotterdamResident: true, student: true, tripKm: 40, offPeakShare: 80 },
    { ...base, ageGroup: '4-11', rotterdamResident: false, tripsPerWeek: 0, daysPerWeek: 0 },
  ];
  // id → the factors it may change, and their value by hand
  const expected: Record<string, (s: Situation) => Record<string, unknown>> = {
    'move-further': (s) => ({ tripKm: Math.min(40, (s.tripKm as number) + 5) }),
    'turn-65': () => ({ ageGroup: '65+' }),
    'start-studying': () => ({ student: true }),
    'off-peak': () => ({ offPeakShare: 80 }),
  };
  for (const [id, want] of Object.entries(expected)) {
    it.each(people.map((p, i) => [i, p] as const))(`${id}, person %i`, (_i, person) => {
      const after = applyScenario(retModel, person, suggestion(id));
      expect(after).toEqual({ ...person, ...want(person) });
      expect(changed(person, after).every((f) => f in want(person))).toBe(true);
      expect(validateSituation(retModel, after).valid).toBe(true);
    });
  }

  it('"65 worden" keeps a commuter from Schiedam out of Rotterdam: no free travel, the reduced annual subscription (€ 49,50)', async () => {
    const commuter = { ...base, rotterdamResident: false };
    const result = await compareScenarios(retModel, commuter, [suggestion('turn-65')]);
    const outcome = result.scenarios[0];
    expect(outcome?.situation.rotterdamResident).toBe(false);
    expect(outcome?.best).toBe('year');
    expect(outcome?.ranking.find((r) => r.optionId === 'free')?.eligible).toBe(false);
    expect(outcome?.ranking[0]?.values.monthlyCost).toBeCloseTo(90 * 0.66 * (10 / 12), 9);
  });
});

describe('facts are not offered as ways to change the advice', () => {
  it('a 67-year-old Rotterdam resident hears nothing about another age or residence', async () => {
    const flips = await nearestFlips(retModel, { ageGroup: '65+', rotterdamResident: true }, null);
    expect(flips.best).toBe('free');
    expect(flips.flips.map((f) => f.factorId)).not.toContain('ageGroup');
    expect(flips.flips.map((f) => f.factorId)).not.toContain('rotterdamResident');
  });

  it('for an adult, only trips, distance, days and the student product can change it', async () => {
    const flips = await nearestFlips(retModel, {}, null);
    const ids = new Set(flips.flips.map((f) => f.factorId));
    for (const id of ids) expect(['tripsPerWeek', 'tripKm', 'daysPerWeek', 'offPeakShare', 'student']).toContain(id);
    // 10 trips of 8 km: the discount subscription at 8 trips or fewer (a price crossing, 8.5 trips)
    const down = flips.flips.find((f) => f.factorId === 'tripsPerWeek' && f.direction === 'decrease');
    expect(down).toMatchObject({ to: 8, best: 'discount', versus: 'year', reason: 'price' });
  });
});
