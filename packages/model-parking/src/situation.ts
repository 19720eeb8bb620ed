/** A household's answers as the parking model reads them: hours, cars, working from home, zone, residence. */
import type { ResolvedSituation } from '@advice-kit/core';

export const PARKING_ZONES = ['centre', 'ring', 'outer'] as const;
export type ParkingZone = (typeof PARKING_ZONES)[number];

export const PARKING_OPTION_IDS = ['permit', 'hourly', 'visitorCard'] as const;
export type ParkingOptionId = (typeof PARKING_OPTION_IDS)[number];

/** The situation as the parking model reads it. */
export interface ParkingSituation {
  readonly hoursPerWeek: number;
  readonly cars: number;
  readonly worksFromHome: boolean;
  readonly zone: ParkingZone;
  readonly resident: boolean;
}

export function readParkingSituation(s: ResolvedSituation): ParkingSituation {
  const num = (id: string, fallback: number) => (typeof s[id] === 'number' ? (s[id] as number) : fallback);
  return {
    hoursPerWeek: num('hoursPerWeek', 0),
    cars: num('cars', 1),
    worksFromHome: s.worksFromHome === true,
    zone: (PARKING_ZONES as readonly unknown[]).includes(s.zone) ? (s.zone as ParkingZone) : 'ring',
    resident: s.resident !== false,
  };
}
