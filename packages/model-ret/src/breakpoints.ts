/** The exact breakpoints of the RET model: where a cost bends, eligibility changes, or two open products cost the same. */
import type { ResolvedSituation } from '@advice-kit/core';
import { quote } from './costs.js';
import { eligibility } from './eligibility.js';
import { FACTORS } from './factors.js';
import { RET_OPTION_IDS, type RetSituation, readRetSituation } from './situation.js';
import type { TariffYear } from './tariffs.js';

/** The [min, max] of a number factor, from its definition (so the two never drift apart). */
function rangeOf(id: string): [number, number] {
  const f = FACTORS.find((x) => x.id === id);
  return f?.kind === 'number' ? [f.min, f.max] : [0, 0];
}

/**
 * Where two open options cost the same, on stretches where every cost is
 * linear: between consecutive kinks the lines are fixed by their ends.
 */
function costCrossings(
  factorId: 'tripsPerWeek' | 'tripKm',
  r: RetSituation,
  t: TariffYear,
  kinks: readonly number[],
  min: number,
  max: number,
): number[] {
  const at = (x: number): RetSituation => ({ ...r, [factorId]: x });
  const points = [...new Set([min, ...kinks.filter((k) => k > min && k < max), max])].sort((a, b) => a - b);
  const out: number[] = [];
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] as number;
    const b = points[k] as number;
    const mid = at((a + b) / 2);
    const open = RET_OPTION_IDS.filter((o) => eligibility(o, mid).eligible);
    const ca = open.map((o) => quote(o, at(a), t).cost);
    const cb = open.map((o) => quote(o, at(b), t).cost);
    for (let i = 0; i < open.length; i++) {
      for (let j = i + 1; j < open.length; j++) {
        const da = (ca[i] as number) - (ca[j] as number);
        const db = (cb[i] as number) - (cb[j] as number);
        if ((da < 0 && db > 0) || (da > 0 && db < 0)) out.push(a + ((b - a) * da) / (da - db));
      }
    }
  }
  return out;
}

/**
 * Every value of a number factor where an option's criterion values stop
 * being linear or its eligibility changes (the other factors as in the
 * situation), plus the points where two open options cost the same.
 *
 * - tripsPerWeek: day tickets are bought on min(days, trips) days (kink at
 *   trips = days) and are open only from 1 trip (change between 0 and 1).
 *   Every other cost is linear in trips.
 * - tripKm: every cost is linear in the distance; only cost crossings.
 * - daysPerWeek: the student product's weekend share (days − 5) / days is
 *   not linear, so every value (0–7) is a breakpoint.
 * - offPeakShare: no price depends on it.
 */
export function breakpointsFor(factorId: string, s: ResolvedSituation, t: TariffYear): number[] {
  const r = readRetSituation(s);
  switch (factorId) {
    case 'tripsPerWeek': {
      const kinks = r.daysPerWeek > 0 ? [0, 1, r.daysPerWeek] : [];
      return [...kinks, ...costCrossings('tripsPerWeek', r, t, kinks, ...rangeOf('tripsPerWeek'))].sort((a, b) => a - b);
    }
    case 'tripKm':
      return costCrossings('tripKm', r, t, [], ...rangeOf('tripKm')).sort((a, b) => a - b);
    case 'daysPerWeek':
      return [0, 1, 2, 3, 4, 5, 6, 7];
    default:
      return [];
  }
}
