/** The RET model fits the engine's contract: defineModel accepts it, its ids are the public ones, its scenarios make sense. */
import {
  applyScenario,
  compareScenarios,
  decodeState,
  defaultSituation,
  defineModel,
  encodeState,
  initialState,
  type NumberFactor,
  rank,
  scenarioFromSuggestion,
  type Text,
  validateModel,
} from '@advice-kit/core';
import { createRetModel, RET_DEFAULT_TARIFF_YEAR, RET_TARIFF_YEARS, retModel } from '@advice-kit/model-ret';
import { describe, expect, it } from 'vitest';
import { assessAt, both } from './helpers.js';

describe('the model definition', () => {
  it('is accepted by defineModel and validateModel, for every tariff year', () => {
    expect(validateModel(retModel)).toEqual([]);
    expect(() => defineModel({ ...retModel })).not.toThrow();
    for (const year of RET_TARIFF_YEARS) expect(validateModel(createRetModel({ year }))).toEqual([]);
    expect(RET_DEFAULT_TARIFF_YEAR).toBe(2024);
  });

  it('keeps the public factor ids, kinds and ranges', () => {
    const spec = retModel.factors.map((f) =>
      f.kind === 'number'
        ? [f.id, f.kind, f.min, f.max, f.step]
        : f.kind === 'choice'
          ? [f.id, f.kind, f.choices.map((c) => c.value)]
          : [f.id, f.kind],
    );
    expect(spec).toEqual([
      ['tripsPerWeek', 'number', 0, 40, 1],
      ['tripKm', 'number', 1, 40, 0.5],
      ['offPeakShare', 'number', 0, 100, 5],
      ['ageGroup', 'choice', ['4-11', '12-18', '19-64', '65+']],
      ['rotterdamResident', 'boolean'],
      ['student', 'boolean'],
      ['daysPerWeek', 'number', 0, 7, 1],
    ]);
  });

  it('has the three criteria, cost first and weighted most', () => {
    expect(retModel.criteria.map((c) => [c.id, c.direction, c.range, c.defaultWeight])).toEqual([
      ['monthlyCost', 'lower', { min: 0, max: 200 }, 60],
      ['flexibility', 'higher', { min: 0, max: 10 }, 20],
      ['convenience', 'higher', { min: 0, max: 10 }, 20],
    ]);
  });

  it('has the options of the issue, each with a description, an https link and references', () => {
    expect(retModel.options.map((o) => o.id)).toEqual(['saldo', 'discount', 'month', 'year', 'day', 'free', 'student']);
    const refIds = new Set((retModel.references ?? []).map((r) => r.id));
    for (const o of retModel.options) {
      expect(both(o.description).nl).toBeTruthy();
      expect(both(o.description).en).toBeTruthy();
      expect(o.link).toMatch(/^https:\/\//);
      expect(o.references?.length).toBeGreaterThan(0);
      for (const r of o.references ?? []) expect(refIds).toContain(r);
    }
  });

  it('writes every factor, choice and criterion text in Dutch and English', () => {
    for (const f of retModel.factors) {
      for (const text of [f.label, f.help]) {
        expect(both(text).nl, f.id).toBeTruthy();
        expect(both(text).en, f.id).toBeTruthy();
      }
      if (f.kind === 'choice') for (const c of f.choices) expect(both(c.label).en).toBeTruthy();
    }
    for (const c of retModel.criteria) expect(both(c.help).en).toBeTruthy();
  });

  it('addresses the reader in Dutch as "u", as the kit’s elements do, in every text, note and reason', () => {
    const texts: (Text | undefined)[] = [retModel.title, retModel.description];
    for (const f of retModel.factors) {
      texts.push(f.label, f.help, f.kind === 'number' ? f.unit : undefined);
      if (f.kind === 'choice') texts.push(...f.choices.map((c) => c.label));
    }
    for (const c of retModel.criteria) texts.push(c.label, c.help, c.unit);
    for (const o of retModel.options) texts.push(o.label, o.description);
    for (const s of retModel.scenarios ?? []) texts.push(s.name, s.description);
    for (const r of retModel.references ?? []) texts.push(r.label);
    let notes = 0;
    for (const ageGroup of ['4-11', '12-18', '19-64', '65+']) {
      for (const rotterdamResident of [false, true]) {
        for (const student of [false, true]) {
          for (const { tripsPerWeek, daysPerWeek } of [
            { tripsPerWeek: 0, daysPerWeek: 5 },
            { tripsPerWeek: 4, daysPerWeek: 0 },
            { tripsPerWeek: 2, daysPerWeek: 5 },
            { tripsPerWeek: 10, daysPerWeek: 6 },
          ]) {
            for (const offPeakShare of [20, 80]) {
              const assessments = assessAt({ ageGroup, rotterdamResident, student, tripsPerWeek, daysPerWeek, offPeakShare });
              for (const a of Object.values(assessments)) {
                texts.push(a.reason, ...(a.notes ?? []));
                notes += a.notes?.length ?? 0;
              }
            }
          }
        }
      }
    }
    expect(notes).toBeGreaterThan(100);
    const informal = [...new Set(texts.map((t) => both(t).nl ?? ''))].filter((nl) => /\b(je|jij|jou|jouw|jezelf)\b/i.test(nl));
    expect(informal).toEqual([]);
  });

  it('gives a default situation of 10 trips a week of 8 km on 5 days, an adult in Rotterdam', () => {
    expect(defaultSituation(retModel)).toEqual({
      tripsPerWeek: 10,
      tripKm: 8,
      offPeakShare: 20,
      ageGroup: '19-64',
      rotterdamResident: true,
      student: false,
      daysPerWeek: 5,
    });
  });

  it('survives the URL codec with its public ids', () => {
    const state = { ...initialState(retModel), situation: { tripsPerWeek: 14, tripKm: 6.5, ageGroup: '65+' } };
    const decoded = decodeState(retModel, encodeState(retModel, state));
    expect(decoded.situation).toMatchObject({ tripsPerWeek: 14, tripKm: 6.5, ageGroup: '65+' });
  });

  it('never returns NaN or Infinity, even at the edges of every factor', async () => {
    const edges = retModel.factors
      .filter((f): f is NumberFactor => f.kind === 'number')
      .flatMap((f) => [{ [f.id]: f.min }, { [f.id]: f.max }]);
    for (const overrides of [...edges, { tripsPerWeek: 0, daysPerWeek: 0 }, { tripsPerWeek: 40, daysPerWeek: 7, student: true }]) {
      const result = await rank(retModel, overrides);
      expect(result.error).toBeUndefined();
      for (const o of result.ranking) for (const v of Object.values(o.values)) expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe('suggested scenarios', () => {
  it('are the five from real life', () => {
    expect(retModel.scenarios?.map((s) => s.id)).toEqual(['work-from-home', 'move-further', 'turn-65', 'start-studying', 'off-peak']);
  });

  it('change the situation as described', () => {
    const base = defaultSituation(retModel);
    const apply = (id: string) =>
      applyScenario(
        retModel,
        base,
        scenarioFromSuggestion(retModel.scenarios?.find((s) => s.id === id) ?? { id, name: id, overrides: {} }, 'nl'),
      );
    expect(apply('work-from-home')).toMatchObject({ tripsPerWeek: 6, daysPerWeek: 3 });
    expect(apply('move-further')).toMatchObject({ tripKm: 13 });
    expect(apply('turn-65')).toMatchObject({ ageGroup: '65+', rotterdamResident: true });
    expect(apply('start-studying')).toMatchObject({ student: true });
    expect(apply('off-peak')).toMatchObject({ offPeakShare: 80 });
  });

  it('tell a commuter what changes: working from home tips to saldo, turning 65 to free travel, studying to the student product', async () => {
    const scenarios = (retModel.scenarios ?? []).map((s) => scenarioFromSuggestion(s, 'nl'));
    const result = await compareScenarios(retModel, {}, scenarios);
    expect(result.base.best).toBe('month');
    const best = Object.fromEntries(result.scenarios.map((s) => [s.id, s.best]));
    // 6 trips: saldo 62.61, score 0.86 − 0.031304 × 6 = 0.672 beats the month's 0.65
    expect(best).toEqual({
      'work-from-home': 'saldo',
      'move-further': 'month',
      'turn-65': 'free',
      'start-studying': 'student',
      'off-peak': 'month',
    });
    expect(result.changed).toEqual(['work-from-home', 'turn-65', 'start-studying']);
  });
});
