/** The traveller's answers as the RET model reads them, and the facts they imply (age discounts, weekend days). */
import type { ResolvedSituation } from '@advice-kit/core';

export const RET_OPTION_IDS = ['saldo', 'discount', 'month', 'year', 'day', 'free', 'student'] as const;
export type RetOptionId = (typeof RET_OPTION_IDS)[number];

export const AGE_GROUPS = ['4-11', '12-18', '19-64', '65+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** A situation as the RET model reads it. */
export interface RetSituation {
  readonly tripsPerWeek: number;
  readonly tripKm: number;
  readonly offPeakShare: number;
  readonly ageGroup: AgeGroup;
  readonly rotterdamResident: boolean;
  readonly student: boolean;
  readonly daysPerWeek: number;
}

/** A situation as the RET model reads it (unknown values fall back to harmless ones; `assess` only gets valid ones). */
export function readRetSituation(s: ResolvedSituation): RetSituation {
  const num = (id: string): number => {
    const v = s[id];
    return typeof v === 'number' ? v : 0;
  };
  const age = s.ageGroup;
  return {
    tripsPerWeek: num('tripsPerWeek'),
    tripKm: num('tripKm'),
    offPeakShare: num('offPeakShare'),
    ageGroup: (AGE_GROUPS as readonly unknown[]).includes(age) ? (age as AgeGroup) : '19-64',
    rotterdamResident: s.rotterdamResident === true,
    student: s.student === true,
    daysPerWeek: num('daysPerWeek'),
  };
}

export const hasAgeDiscount = (age: AgeGroup): boolean => age === '4-11' || age === '65+';
export const hasSubscriptionReduction = (age: AgeGroup): boolean => age !== '19-64';

/** Travel days on which a weekday-only student product does not apply: days beyond Monday–Friday. */
export const weekendDays = (days: number): number => Math.max(0, days - 5);
