/** The example tariffs and rules of Voorbeeldstad (2025): invented, every one marked illustrative. */
import type { ParkingZone } from './situation.js';

/** One tariff: a value per zone, always an example. */
interface ZoneTariff {
  readonly perZone: Readonly<Record<ParkingZone, number>>;
  readonly illustrative: true;
}

/**
 * The example tariffs of Voorbeeldstad (2025). Invented, in the range Dutch
 * municipalities charge; not the tariffs of any real municipality.
 */
export const PARKING_TARIFFS = {
  /** Street parking, € per hour. */
  hourlyRate: { perZone: { centre: 4.8, ring: 3.2, outer: 1.6 }, illustrative: true },
  /** Resident's permit for the first car, € per month. */
  permitFirstCar: { perZone: { centre: 14, ring: 9, outer: 5 }, illustrative: true },
  /** Resident's permit for a second car, € per month (none in the centre). */
  permitSecondCar: { perZone: { centre: 0, ring: 30, outer: 15 }, illustrative: true },
  /** Waiting list for a permit, in months. */
  permitWaitingMonths: { perZone: { centre: 18, ring: 6, outer: 0 }, illustrative: true },
  /** Visitor's card: € per hour for the first hours of each month. */
  visitorRate: { perZone: { centre: 1.2, ring: 0.7, outer: 0.4 }, illustrative: true },
} as const satisfies Record<string, ZoneTariff>;

/** Visitor's card: yearly fee (€ 24) spread over the months. Example. */
export const VISITOR_CARD_FEE_PER_MONTH = 2;
/** Visitor's card: hours per month at the visitor rate; above it the normal hourly rate applies. Example. */
export const VISITOR_HOURS_PER_MONTH = 40;
/** Working from home: two extra days of 8 paid hours a week with the car in the street. An assumption of the example. */
export const WORK_FROM_HOME_HOURS_PER_WEEK = 16;
