import {
  checkFactorValue,
  decimals,
  defaultSituation,
  defineModel,
  gridOf,
  isValueRange,
  type NumberFactor,
  rank,
  resolveSituation,
  roundTo,
  snapToFactor,
  validateSituation,
} from '@advice-kit/core';
import { describe, expect, it } from 'vitest';
import { travel, travelDefinition } from './models.js';

const trips = travel.factors[0] as NumberFactor;
const distance = travel.factors[3] as NumberFactor;

describe('validateSituation', () => {
  it('accepts a valid situation, fills in defaults and drops unknown keys', () => {
    const v = validateSituation(travel, { trips: 12, zone: 'outer', unknown: 'x' });
    expect(v).toEqual({
      valid: true,
      issues: [],
      byFactor: {},
      situation: { trips: 12, zone: 'outer', senior: false, distance: 2 },
    });
  });

  it('gives one localised message per invalid factor, in nl and en, in the model order', () => {
    const situation = { senior: 'yes', trips: -1, zone: 'middle', distance: 0.3 };
    const nl = validateSituation(travel, situation, 'nl');
    const en = validateSituation(travel, situation, 'en');
    expect(nl.valid).toBe(false);
    expect(nl.issues.map((i) => [i.factorId, i.code, i.message])).toEqual([
      ['trips', 'below-min', 'Vul een getal in van 0 of meer.'],
      ['zone', 'unknown-choice', 'Kies een van de mogelijkheden.'],
      ['senior', 'not-a-boolean', 'Kies ja of nee.'],
      ['distance', 'off-step', 'Vul een getal in met stappen van 0,5, bijvoorbeeld 0,5.'],
    ]);
    expect(en.issues.map((i) => i.message)).toEqual([
      'Enter a number of 0 or more.',
      'Choose one of the options.',
      'Choose yes or no.',
      'Enter a number in steps of 0.5, for example 0.5.',
    ]);
    // Both languages travel with every issue, for elements that switch language later.
    expect(nl.issues[0]?.messages).toEqual({ nl: 'Vul een getal in van 0 of meer.', en: 'Enter a number of 0 or more.' });
    expect(nl.byFactor.zone?.code).toBe('unknown-choice');
    expect(nl.situation).toEqual(defaultSituation(travel)); // invalid values fall back to the defaults
    expect(validateSituation(travel, situation).issues[0]?.message).toBe('Vul een getal in van 0 of meer.'); // Dutch by default
  });

  it.each([
    ['NaN', Number.NaN, 'not-a-number', 'Vul een getal in.', 'Enter a number.'],
    ['Infinity', Number.POSITIVE_INFINITY, 'not-a-number', 'Vul een getal in.', 'Enter a number.'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'not-a-number', 'Vul een getal in.', 'Enter a number.'],
    ['a numeric string', '10', 'not-a-number', 'Vul een getal in.', 'Enter a number.'],
    ['null', null, 'not-a-number', 'Vul een getal in.', 'Enter a number.'],
    ['a boolean', true, 'not-a-number', 'Vul een getal in.', 'Enter a number.'],
    ['an array', [10], 'not-a-number', 'Vul een getal in.', 'Enter a number.'],
    ['a negative number', -5, 'below-min', 'Vul een getal in van 0 of meer.', 'Enter a number of 0 or more.'],
    ['a number above max', 61, 'above-max', 'Vul een getal in van 60 of minder.', 'Enter a number of 60 or less.'],
    [
      'a number between steps',
      2.4,
      'off-step',
      'Vul een getal in met stappen van 1, bijvoorbeeld 2.',
      'Enter a number in steps of 1, for example 2.',
    ],
    [
      'a reversed range',
      { min: 12, max: 8 },
      'range-reversed',
      'Het eerste getal moet kleiner zijn dan het tweede.',
      'The first number must be lower than the second.',
    ],
    ['a range with NaN', { min: Number.NaN, max: 8 }, 'not-a-number', 'Vul een getal in.', 'Enter a number.'],
    ['a range above max', { min: 8, max: 80 }, 'above-max', 'Vul een getal in van 60 of minder.', 'Enter a number of 60 or less.'],
    ['a range with an extra key', { min: 8, max: 12, mid: 10 }, 'not-a-number', 'Vul een getal in.', 'Enter a number.'],
  ])('rejects %s for a number factor', (_, value, code, nl, en) => {
    const issue = checkFactorValue(trips, value, 'nl');
    expect(issue?.code).toBe(code);
    expect(issue?.messages).toEqual({ nl, en });
  });

  it.each([
    ['an unknown choice', 'zone', 'middle', 'unknown-choice'],
    ['a very long string', 'zone', 'x'.repeat(1_000_000), 'unknown-choice'],
    ['a number for a choice', 'zone', 1, 'unknown-choice'],
    ['a range for a choice', 'zone', { min: 1, max: 2 }, 'range-not-allowed'],
    ['a string for a boolean', 'senior', 'true', 'not-a-boolean'],
    ['1 for a boolean', 'senior', 1, 'not-a-boolean'],
    ['a range for a boolean', 'senior', { min: 0, max: 1 }, 'range-not-allowed'],
  ])('rejects %s', (_, factorId, value, code) => {
    const v = validateSituation(travel, { [factorId]: value }, 'en');
    expect(v.valid).toBe(false);
    expect(v.issues).toHaveLength(1);
    expect(v.issues[0]?.code).toBe(code);
    expect(v.issues[0]?.message.length).toBeLessThan(100); // never echoes the value back
  });

  it('formats numbers per language: decimal comma in Dutch', () => {
    const fine = defineModel(
      travelDefinition({
        scenarios: [],
        factors: [{ id: 'km', label: 'km', kind: 'number', min: 0.5, max: 1000.5, step: 0.25, default: 1 }],
      }),
    );
    const low = validateSituation(fine, { km: 0 }, 'nl').issues[0];
    expect(low?.messages).toEqual({ nl: 'Vul een getal in van 0,5 of meer.', en: 'Enter a number of 0.5 or more.' });
    const off = validateSituation(fine, { km: 1000.4 }, 'nl').issues[0];
    expect(off?.messages).toEqual({
      nl: 'Vul een getal in met stappen van 0,25, bijvoorbeeld 1.000,5.',
      en: 'Enter a number in steps of 0.25, for example 1,000.5.',
    });
  });

  it('accepts ranges on number factors and collapses an empty range to its value', () => {
    const v = validateSituation(travel, { trips: { min: 8, max: 12 }, distance: { min: 3, max: 3 } });
    expect(v.valid).toBe(true);
    expect(v.situation.trips).toEqual({ min: 8, max: 12 });
    expect(v.situation.distance).toBe(3);
  });

  it('ignores prototype-pollution keys and inherited values', () => {
    const hostile = JSON.parse('{"__proto__": {"trips": 99, "polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "trips": 5}');
    const v = validateSituation(travel, hostile);
    expect(v.valid).toBe(true);
    expect(v.situation).toEqual({ trips: 5, zone: 'inner', senior: false, distance: 2 });
    expect(Object.hasOwn(v.situation, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const inherited = Object.create({ trips: 40 });
    expect(validateSituation(travel, inherited).situation.trips).toBe(10);
  });

  it('treats a missing or non-object situation as all defaults', () => {
    for (const s of [undefined, null, 'trips=5', 42, []]) {
      const v = validateSituation(travel, s);
      expect(v.valid).toBe(true);
      expect(v.situation).toEqual(defaultSituation(travel));
    }
  });
});

describe('the engine never asks the model about an invalid situation', () => {
  it('returns invalid-situation with the issues and leaves assess alone', async () => {
    const seen: unknown[] = [];
    const spy = defineModel(
      travelDefinition({
        assess: (s) => {
          seen.push(s);
          return travel.assess(s);
        },
      }),
    );
    for (const bad of [{ trips: Number.NaN }, { trips: '5' }, { trips: -1 }, { zone: 'constructor' }, { senior: 'false' }]) {
      const r = await rank(spy, bad as never, null, { locale: 'en' });
      expect(r.error?.code).toBe('invalid-situation');
      expect(r.error?.issues).toHaveLength(1);
      expect(r.error?.message).toMatch(/^(trips|zone|senior): /);
      expect(r.best).toBeNull();
    }
    expect(seen).toEqual([]);
    await rank(spy, { trips: 12 }, null);
    expect(seen).toEqual([{ trips: 12, zone: 'inner', senior: false, distance: 2 }]);
  });
});

describe('situation helpers', () => {
  it('resolveSituation puts a range at its middle on the grid, and defaults missing factors', () => {
    expect(resolveSituation(travel, { trips: { min: 8, max: 13 } })).toEqual({ trips: 11, zone: 'inner', senior: false, distance: 2 });
    expect(resolveSituation(travel, { distance: { min: 1, max: 2 } }).distance).toBe(1.5);
    expect(defaultSituation(travel)).toEqual({ trips: 10, zone: 'inner', senior: false, distance: 2 });
  });

  it('snapToFactor clamps, rounds to the step and replaces non-numbers by the default', () => {
    expect(snapToFactor(trips, 999)).toBe(60);
    expect(snapToFactor(trips, -3)).toBe(0);
    expect(snapToFactor(trips, 4.6)).toBe(5);
    expect(snapToFactor(distance, 0.3)).toBe(0.5);
    expect(snapToFactor(trips, Number.NaN)).toBe(10);
    expect(snapToFactor(trips, Number.POSITIVE_INFINITY)).toBe(10);
  });

  it('isValueRange recognises exactly { min, max }', () => {
    expect(isValueRange({ min: 1, max: 2 })).toBe(true);
    expect(isValueRange({ min: 1 })).toBe(false);
    expect(isValueRange({ min: 1, max: 2, x: 3 })).toBe(false);
    expect(isValueRange([1, 2])).toBe(false);
    expect(isValueRange(null)).toBe(false);
  });

  it('the grid works by index, so decimal steps never show float noise', () => {
    const g = gridOf({ min: 0, max: 1, step: 0.1 });
    expect(g.last).toBe(10);
    expect(Array.from({ length: 11 }, (_, i) => g.value(i))).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(g.nearest(0.34)).toBe(3);
    expect(g.floor(0.3)).toBe(3); // 0.3 / 0.1 = 2.9999999999999996
    expect(g.ceil(0.30000000000000004)).toBe(3);
    expect(g.value(-5)).toBe(0);
    expect(g.value(99)).toBe(1);
    expect(decimals(0.25)).toBe(2);
    expect(decimals(Number.NaN)).toBe(0);
    expect(Object.is(roundTo(-0.0000001, 3), 0)).toBe(true);
  });
});
