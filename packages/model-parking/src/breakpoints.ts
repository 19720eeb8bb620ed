/** The parking model's exact breakpoints: where the visitor's card hours run out and where the number of cars matters. */
import type { ResolvedSituation } from '@advice-kit/core';
import { paidHoursPerWeek, WEEKS_PER_MONTH } from './costs.js';
import { readParkingSituation } from './situation.js';
import { VISITOR_HOURS_PER_MONTH } from './tariffs.js';

/** The model's own kinks: where the visitor's card hours run out, and where the number of cars changes eligibility. */
export function breakpoints(factorId: string, s: ResolvedSituation): number[] {
  const p = readParkingSituation(s);
  if (factorId === 'hoursPerWeek') {
    // The visitor rate stops after VISITOR_HOURS_PER_MONTH paid hours a month.
    return [VISITOR_HOURS_PER_MONTH / WEEKS_PER_MONTH - (paidHoursPerWeek(p) - p.hoursPerWeek)];
  }
  // Between whole numbers of cars eligibility and the permit price jump: evaluate every value.
  if (factorId === 'cars') return [1.5, 2.5];
  return [];
}
