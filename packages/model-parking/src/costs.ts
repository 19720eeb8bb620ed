/** The monthly cost of each way of parking, by its (example) formula. */
import type { ParkingOptionId, ParkingSituation } from './situation.js';
import { PARKING_TARIFFS, VISITOR_CARD_FEE_PER_MONTH, VISITOR_HOURS_PER_MONTH, WORK_FROM_HOME_HOURS_PER_WEEK } from './tariffs.js';

/** A month is 52/12 weeks. */
export const WEEKS_PER_MONTH = 52 / 12;

/** Paid hours a week with the household's cars in the street. */
export const paidHoursPerWeek = (p: ParkingSituation): number => p.hoursPerWeek + (p.worksFromHome ? WORK_FROM_HOME_HOURS_PER_WEEK : 0);

/** Monthly cost of an option by its (example) formula, open or not. */
export function monthlyCost(option: ParkingOptionId, p: ParkingSituation): number {
  const t = PARKING_TARIFFS;
  const hoursPerMonth = paidHoursPerWeek(p) * WEEKS_PER_MONTH;
  switch (option) {
    case 'permit':
      return t.permitFirstCar.perZone[p.zone] + (p.cars >= 2 ? t.permitSecondCar.perZone[p.zone] : 0);
    case 'hourly':
      return hoursPerMonth * t.hourlyRate.perZone[p.zone];
    case 'visitorCard': {
      const cheap = Math.min(hoursPerMonth, VISITOR_HOURS_PER_MONTH);
      const rest = Math.max(0, hoursPerMonth - VISITOR_HOURS_PER_MONTH);
      return VISITOR_CARD_FEE_PER_MONTH + cheap * t.visitorRate.perZone[p.zone] + rest * t.hourlyRate.perZone[p.zone];
    }
  }
}
