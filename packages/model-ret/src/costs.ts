/** The monthly cost of each RET product: the published formulas, unrounded (round for display only). */

import { type AgeGroup, hasAgeDiscount, hasSubscriptionReduction, type RetOptionId, type RetSituation, weekendDays } from './situation.js';
import type { TariffKey, TariffYear } from './tariffs.js';

/** A month is 52/12 weeks. */
export const WEEKS_PER_MONTH = 52 / 12;

function discountRateKey(age: AgeGroup): TariffKey {
  if (age === '19-64') return 'discountRateAdult';
  if (age === '12-18') return 'discountRateYouth';
  return 'discountRateReduced';
}

/** A monthly cost and the tariff values it rests on. */
export interface Quote {
  readonly cost: number;
  readonly uses: readonly TariffKey[];
}

/**
 * The monthly cost of an option by its formula, whether or not the option is
 * open to the traveller (the breakpoint search needs the lines themselves).
 * In euros and unrounded: rounding to cents would make costs step functions
 * and break the linearity the tipping-point search relies on.
 */
export function quote(option: RetOptionId, r: RetSituation, t: TariffYear): Quote {
  const v = (key: TariffKey) => t.values[key].value;
  const fare = v('baseFare') + v('kmRate') * r.tripKm; // full fare of one trip
  const tripsPerMonth = r.tripsPerWeek * WEEKS_PER_MONTH;
  switch (option) {
    case 'saldo': {
      const reduced = hasAgeDiscount(r.ageGroup);
      const cost = tripsPerMonth * fare * (1 - (reduced ? v('saldoAgeDiscount') : 0));
      return { cost, uses: reduced ? ['baseFare', 'kmRate', 'saldoAgeDiscount'] : ['baseFare', 'kmRate'] };
    }
    case 'discount': {
      const rate = discountRateKey(r.ageGroup);
      return { cost: v('discountFee') + tripsPerMonth * fare * (1 - v(rate)), uses: ['discountFee', rate, 'baseFare', 'kmRate'] };
    }
    case 'month':
    case 'year': {
      const reduced = hasSubscriptionReduction(r.ageGroup);
      const monthly = v('monthPrice') * (1 - (reduced ? v('subscriptionReduction') : 0));
      const uses: TariffKey[] = reduced ? ['monthPrice', 'subscriptionReduction'] : ['monthPrice'];
      if (option === 'month') return { cost: monthly, uses };
      return { cost: (monthly * v('yearMonths')) / 12, uses: [...uses, 'yearMonths'] };
    }
    case 'day': {
      // A day ticket on every travel day; you cannot travel on more days than you make trips.
      const days = Math.min(r.daysPerWeek, r.tripsPerWeek);
      return { cost: days * WEEKS_PER_MONTH * v('dayTicket'), uses: ['dayTicket'] };
    }
    case 'free':
      return { cost: 0, uses: [] };
    case 'student': {
      // Week version: free on weekdays; trips spread evenly over the travel days, those on weekend days at a discount.
      const weekend = weekendDays(r.daysPerWeek);
      if (weekend === 0 || r.daysPerWeek === 0) return { cost: 0, uses: [] };
      const cost = tripsPerMonth * (weekend / r.daysPerWeek) * fare * (1 - v('studentWeekendDiscount'));
      return { cost, uses: ['baseFare', 'kmRate', 'studentWeekendDiscount'] };
    }
  }
}
