/** Rounding of every number the study exports, to a documented precision (README, "Rounding"). */

/**
 * Decimals per kind of number in every export: SUS (0–100, steps of 2.5) 1;
 * means on the 1–7 dimension scales 2; seconds 1; proportions 3; p-values 4;
 * effect sizes and z 3; rank statistics 1 (they are whole or half numbers).
 */
export const PRECISION = {
  sus: 1,
  scale: 2,
  seconds: 1,
  proportion: 3,
  p: 4,
  effect: 3,
  z: 3,
  statistic: 1,
} as const;

/** `value` rounded half away from zero to `digits` decimals, without binary noise (3.6666… → 3.67); null stays null. */
export function round(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f + Number.EPSILON * f)) / f;
  return Number(r.toFixed(digits)) + 0; // + 0 turns −0 into 0
}
