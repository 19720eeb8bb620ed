/**
 * Hand-computed monthly costs, to the cent, for every option and every age
 * group. The arithmetic is written out next to each case.
 *
 * Tariffs 2024 (demo/ret/tariffs.json): base fare € 1.08, km rate € 0.166,
 * age discount 34 % (4–11, 65+). Illustrative: discount subscription € 4 a
 * month with 20 % / 40 % / 47 % off, monthly subscription € 90 (−34 % for
 * 4–18 and 65+), annual = 10 monthly prices, day ticket € 8.50.
 *
 * Default situation: 10 trips a week of 8 km, 5 travel days, Rotterdam
 * resident, no student product.
 *   trips per month  = 10 × 52/12 = 43.3333…
 *   fare of one trip = 1.08 + 0.166 × 8 = 1.08 + 1.328 = 2.408
 *   full saldo       = 43.3333… × 2.408 = 104.34666… → € 104.35
 */
import type { Situation } from '@advice-kit/core';
import { createRetModel, parseTariffs, RET_TARIFF_YEARS, retModel, WEEKS_PER_MONTH } from '@advice-kit/model-ret';
import raw from '@advice-kit/model-ret/tariffs.json';
import { describe, expect, it } from 'vitest';
import { assessAt, cents, costOf } from './helpers.js';

function expectCents(actual: number, expected: number): void {
  expect(cents(actual)).toBe(expected);
  expect(actual).toBeCloseTo(expected, 2);
}

describe('monthly costs 2024, 10 trips a week of 8 km, 5 travel days', () => {
  it('uses a month of 52/12 weeks', () => {
    expect(WEEKS_PER_MONTH).toBe(52 / 12);
  });

  it('adult (19–64): the issue’s example, saldo € 104.35', () => {
    const age = { ageGroup: '19-64' };
    // saldo: 43.3333 × 2.408 = 104.34666… (no age discount)
    expectCents(costOf('saldo', age), 104.35);
    // discount: 4 + 104.34666 × (1 − 0.20) = 4 + 83.47733 = 87.47733…
    expectCents(costOf('discount', age), 87.48);
    // month: 90 (full fare)
    expectCents(costOf('month', age), 90);
    // year: 90 × 10 / 12 = 75
    expectCents(costOf('year', age), 75);
    // day: min(5 days, 10 trips) = 5 days × 52/12 × 8.50 = 184.1666…
    expectCents(costOf('day', age), 184.17);
  });

  it('youth (12–18): no saldo discount, reduced subscriptions', () => {
    const age = { ageGroup: '12-18' };
    // saldo: 104.34666… (12–18 get no saldo discount)
    expectCents(costOf('saldo', age), 104.35);
    // discount: 4 + 104.34666 × (1 − 0.40) = 4 + 62.608 = 66.608
    expectCents(costOf('discount', age), 66.61);
    // month: 90 × (1 − 0.34) = 59.40
    expectCents(costOf('month', age), 59.4);
    // year: 59.40 × 10 / 12 = 49.50
    expectCents(costOf('year', age), 49.5);
    // day: full price, 5 × 52/12 × 8.50 = 184.1666…
    expectCents(costOf('day', age), 184.17);
  });

  for (const ageGroup of ['4-11', '65+']) {
    it(`${ageGroup}: 34 % off saldo, 47 % with the discount subscription, free in Rotterdam`, () => {
      const age = { ageGroup };
      // saldo: 104.34666 × (1 − 0.34) = 68.86880
      expectCents(costOf('saldo', age), 68.87);
      // discount: 4 + 104.34666 × (1 − 0.47) = 4 + 55.30373 = 59.30373
      expectCents(costOf('discount', age), 59.3);
      // month: 90 × 0.66 = 59.40; year: 59.40 × 10 / 12 = 49.50
      expectCents(costOf('month', age), 59.4);
      expectCents(costOf('year', age), 49.5);
      // day: no reduced price found (65+: abolished in 2020) → 184.1666…
      expectCents(costOf('day', age), 184.17);
      // free for Rotterdam residents
      expectCents(costOf('free', { ...age, rotterdamResident: true }), 0);
    });
  }

  it('student product (week version): free on weekdays, 34 % off at weekends', () => {
    // 5 travel days: all weekdays → 0
    expectCents(costOf('student', { student: true, daysPerWeek: 5 }), 0);
    // 6 days: 1 of 6 is a weekend day: 43.3333 × 1/6 × 2.408 × 0.66 = 7.22222 × 1.58928 = 11.47813
    expectCents(costOf('student', { student: true, daysPerWeek: 6 }), 11.48);
    // 7 days: 2 of 7: 43.3333 × 2/7 × 2.408 × 0.66 = 12.38095 × 1.58928 = 19.67680
    expectCents(costOf('student', { student: true, daysPerWeek: 7 }), 19.68);
  });

  it('day tickets only on days with a trip: 3 trips on 5 days means 3 tickets', () => {
    // min(5, 3) = 3 days × 52/12 × 8.50 = 13 × 8.50 = 110.50
    expectCents(costOf('day', { tripsPerWeek: 3, daysPerWeek: 5 }), 110.5);
    // 12 trips on 2 days: 2 × 52/12 × 8.50 = 73.6666…
    expectCents(costOf('day', { tripsPerWeek: 12, daysPerWeek: 2 }), 73.67);
  });

  it('other distances and trip counts', () => {
    // 4 trips of 5.5 km: fare 1.08 + 0.166 × 5.5 = 1.08 + 0.913 = 1.993; 4 × 52/12 × 1.993 = 17.3333 × 1.993 = 34.54533
    expectCents(costOf('saldo', { tripsPerWeek: 4, tripKm: 5.5 }), 34.55);
    // 65+: 34.54533 × 0.66 = 22.79992
    expectCents(costOf('saldo', { tripsPerWeek: 4, tripKm: 5.5, ageGroup: '65+' }), 22.8);
    // 20 trips of 20 km: fare 1.08 + 3.32 = 4.40; 20 × 52/12 × 4.40 = 86.6667 × 4.40 = 381.3333
    expectCents(costOf('saldo', { tripsPerWeek: 20, tripKm: 20 }), 381.33);
    // 0 trips: saldo 0, discount only the fee 4
    expectCents(costOf('saldo', { tripsPerWeek: 0 }), 0);
    expectCents(costOf('discount', { tripsPerWeek: 0 }), 4);
  });

  it('subscriptions do not depend on trips or distance', () => {
    for (const overrides of [{ tripsPerWeek: 0 }, { tripsPerWeek: 40, tripKm: 40 }, { tripKm: 1 }] as Situation[]) {
      expectCents(costOf('month', overrides), 90);
      expectCents(costOf('year', overrides), 75);
    }
  });

  it('off-peak share does not change any price', () => {
    const base = assessAt({ offPeakShare: 0 });
    const offPeak = assessAt({ offPeakShare: 100 });
    for (const id of Object.keys(base)) expect(offPeak[id]?.values).toEqual(base[id]?.values);
  });

  it('returns unrounded euros (rounding is for display)', () => {
    expect(costOf('saldo')).toBeCloseTo((10 * 52 * 2.408) / 12, 10);
    expect(costOf('saldo')).not.toBe(104.35);
  });
});

describe('other tariff years', () => {
  it('holds 2022 to 2025 and defaults to 2024', () => {
    expect(RET_TARIFF_YEARS).toEqual([2022, 2023, 2024, 2025]);
    expect(retModel.id).toBe('ret-2024');
  });

  it('2022: fare 1.01 + 0.155 × 8 = 2.25; 43.3333 × 2.25 = 97.50', () => {
    const model = createRetModel({ year: 2022 });
    expectCents(costOf('saldo', {}, model), 97.5);
    // 65+: 97.50 × 0.66 = 64.35
    expectCents(costOf('saldo', { ageGroup: '65+' }, model), 64.35);
  });

  it('2023: same fares as 2024 (1.08 and 0.166), saldo € 104.35', () => {
    expectCents(costOf('saldo', {}, createRetModel({ year: 2023 })), 104.35);
  });

  it('2025: fare 1.12 + 0.166 × 8 = 2.448; 43.3333 × 2.448 = 106.08 (km rate illustrative)', () => {
    const model = createRetModel({ year: 2025 });
    expectCents(costOf('saldo', {}, model), 106.08);
    // the published reduced base fare € 0.74 is 1.12 × 0.66 = 0.7392 rounded to the cent
    expect(cents(1.12 * (1 - 0.34))).toBe(0.74);
  });

  it('refuses a year the table does not hold', () => {
    expect(() => createRetModel({ year: 2019 })).toThrow(RangeError);
  });

  it('reproduces the published 2019 worked example with a draft tariff year: 0.96 + 20 × 0.148 = 3.92 a trip', () => {
    const draft = structuredClone(raw) as { years: Record<string, Record<string, { value: number; year: number; source: string | null }>> };
    const y2019 = structuredClone(draft.years['2024']) as Record<string, { value: number; year: number; source: string | null }>;
    y2019.baseFare = { value: 0.96, year: 2019, source: 'rijnmond-2019-ritprijs' };
    y2019.kmRate = { value: 0.148, year: 2019, source: 'rijnmond-2019-ritprijs' };
    draft.years['2019'] = y2019;
    const model = createRetModel({ year: 2019, data: parseTariffs(draft) });
    // 3 trips a week = 13 trips a month: 13 × 3.92 = 50.96
    expectCents(costOf('saldo', { tripsPerWeek: 3, tripKm: 20 }, model), 50.96);
  });
});
