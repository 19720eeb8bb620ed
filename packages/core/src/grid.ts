import type { NumberFactor } from './model.js';

/**
 * The grid of a number factor: min, min + step, ..., max. Values are handled
 * by index internally so that 0.1 + 0.2 never becomes a factor value.
 *
 * Grid values are computed in integer steps: with `p` the decimal places of
 * `min` and `step` as written (their shortest decimal form), value i is
 * (min·10^p + i·step·10^p) / 10^p, where both integers are exact. The result
 * is the double nearest to the decimal value, however small the step or
 * large the offset. A grid whose integers exceed 2^53 cannot be computed so:
 * {@link gridProblem} names it and `defineModel` refuses it.
 */
export interface Grid {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Number of steps: the last index. */
  readonly last: number;
  value(index: number): number;
  /** Index of the grid value nearest to `value`, clamped to the grid. */
  nearest(value: number): number;
  /** Index of the largest grid value ≤ `value`, clamped. */
  floor(value: number): number;
  /** Index of the smallest grid value ≥ `value`, clamped. */
  ceil(value: number): number;
}

/** Share of a step within which a number counts as on the grid: float noise such as 0.1 + 0.2. */
const NOISE = 1e-6;
/** Share of a step by which floor and ceil forgive a value just off a grid value. */
const EPSILON = 1e-9;
/** Corrections of the first guess never need more than a few steps; this bounds them on grids defineModel refuses. */
const MAX_CORRECTION = 64;
/**
 * Largest scaled integer of an exact grid: 2^50 (about 1.1·10^15, 15
 * significant digits). Below it, neighbouring grid values are at least four
 * doubles apart, so no two collapse and float noise never moves one onto another.
 */
const MAX_UNITS = 2 ** 50;
/** 10^p is exact in a double up to p = 22. */
const MAX_PLACES = 22;

/** Decimal places needed to write `x` exactly (up to 12). */
export function decimals(x: number): number {
  if (!Number.isFinite(x)) return 0;
  for (let d = 0; d <= 12; d++) {
    const scaled = x * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 12;
}

/** Rounds to `places` decimals, normalising -0 to 0. */
export function roundTo(x: number, places: number): number {
  const r = Number(x.toFixed(places));
  return r === 0 ? 0 : r;
}

/** Decimal places of the shortest decimal form of `x` (what `String(x)` writes): 1e-13 → 13, 6000000.25 → 2. */
export function exactPlaces(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** `x` · 10^places as an integer, from its decimal digits (no floating-point product). */
function scaled(x: number, places: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(x)).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const shift = places + Number(exponent);
  const digits = whole + fraction;
  const point = whole.length + shift;
  const intPart = point <= 0 ? '0' : point >= digits.length ? digits + '0'.repeat(point - digits.length) : digits.slice(0, point);
  const n = Number(intPart);
  return x < 0 ? -n : n;
}

interface Exact {
  readonly places: number;
  readonly base: number;
  readonly unit: number;
  readonly divisor: number;
}

function exactOf(min: number, max: number, step: number, last: number): Exact | null {
  if (!(Number.isFinite(min) && Number.isFinite(max) && Number.isFinite(step) && step > 0)) return null;
  const places = Math.max(exactPlaces(min), exactPlaces(step));
  if (places > MAX_PLACES) return null;
  const base = scaled(min, places);
  const unit = scaled(step, places);
  const top = base + last * unit;
  if (![base, unit, last * unit, top].every((n) => Number.isInteger(n) && Math.abs(n) <= MAX_UNITS)) return null;
  return { places, base, unit, divisor: 10 ** places };
}

function lastIndex(min: number, max: number, step: number): number {
  const n = Math.round((max - min) / step);
  return Number.isFinite(n) ? Math.max(0, n) : 0;
}

/**
 * Why the grid of min, max and step cannot be computed exactly, or null when
 * it can: its values need more than about 15 significant digits.
 */
export function gridProblem(factor: Pick<NumberFactor, 'min' | 'max' | 'step'>): string | null {
  const { min, max, step } = factor;
  if (exactOf(min, max, step, lastIndex(min, max, step))) return null;
  return `the grid from ${min} to ${max} in steps of ${step} needs more than 15 significant digits, so its values cannot be computed exactly; use a larger step or smaller numbers (a unit such as thousands)`;
}

export function gridOf(factor: Pick<NumberFactor, 'min' | 'max' | 'step'>): Grid {
  const { min, max, step } = factor;
  const last = lastIndex(min, max, step);
  const exact = exactOf(min, max, step, last);
  const places = Math.max(decimals(min), decimals(step));
  const at = (i: number): number => (i === last ? max : computed(i));
  // Exact grids: one integer sum and one correctly rounded division. Others (refused by defineModel) as before.
  const computed = (i: number): number => {
    const v = exact ? (exact.base + i * exact.unit) / exact.divisor : roundTo(min + i * step, places);
    return v === 0 ? 0 : v;
  };
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  const value = (index: number): number => at(clamp(Number.isNaN(index) ? 0 : Math.round(index)));
  const tolerance = step * EPSILON;
  /** A first guess from floating-point division; off by at most a step or so on large offsets, corrected below. */
  const guess = (x: number): number => {
    if (Number.isNaN(x)) return 0;
    return clamp(Math.round((x - min) / step));
  };
  const floor = (x: number): number => {
    if (Number.isNaN(x)) return 0;
    let i = guess(x);
    for (let n = 0; n < MAX_CORRECTION && i > 0 && at(i) > x + tolerance; n++) i--;
    for (let n = 0; n < MAX_CORRECTION && i < last && at(i + 1) <= x + tolerance; n++) i++;
    return i;
  };
  const ceil = (x: number): number => {
    if (Number.isNaN(x)) return 0;
    let i = guess(x);
    for (let n = 0; n < MAX_CORRECTION && i < last && at(i) < x - tolerance; n++) i++;
    for (let n = 0; n < MAX_CORRECTION && i > 0 && at(i - 1) >= x - tolerance; n++) i--;
    return i;
  };
  const nearest = (x: number): number => {
    if (Number.isNaN(x)) return 0;
    const below = floor(x);
    const above = ceil(x);
    return Math.abs(x - at(below)) < Math.abs(at(above) - x) ? below : above;
  };
  return { min, max, step, last, value, nearest, floor, ceil, computed } as Grid;
}

/** Whether `x` lies on the factor's grid: equal to a grid value, up to float noise of a millionth of a step. */
export function onGrid(factor: Pick<NumberFactor, 'min' | 'max' | 'step'>, x: number): boolean {
  if (!Number.isFinite(x)) return false;
  const grid = gridOf(factor);
  if (x < grid.min - grid.step * NOISE || x > grid.max + grid.step * NOISE) {
    // Beyond the ends: on the grid when it would be on its extension (validation reports below-min/above-max first).
    const position = (x - factor.min) / factor.step;
    return Math.abs(position - Math.round(position)) < NOISE;
  }
  // The grid's own max is not taken as given here: it must itself be min plus a whole number of steps.
  const computed = (grid as Grid & { computed(i: number): number }).computed;
  const i = grid.nearest(x);
  return [i - 1, i, i + 1].some((j) => j >= 0 && Math.abs(computed(j) - x) <= grid.step * NOISE);
}
