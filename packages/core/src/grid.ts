import type { NumberFactor } from './model.js';

/**
 * The grid of a number factor: min, min + step, ..., max. Values are handled
 * by index internally so that 0.1 + 0.2 never becomes a factor value.
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

const EPSILON = 1e-9;

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

export function gridOf(factor: Pick<NumberFactor, 'min' | 'max' | 'step'>): Grid {
  const { min, max, step } = factor;
  const places = Math.max(decimals(min), decimals(step));
  const last = Math.max(0, Math.round((max - min) / step));
  const value = (index: number): number => {
    const i = Math.min(last, Math.max(0, index));
    return i === last ? max : roundTo(min + i * step, places);
  };
  const position = (x: number): number => (x - min) / step;
  return {
    min,
    max,
    step,
    last,
    value,
    nearest: (x) => Math.min(last, Math.max(0, Math.round(position(x)))),
    floor: (x) => Math.min(last, Math.max(0, Math.floor(position(x) + EPSILON))),
    ceil: (x) => Math.min(last, Math.max(0, Math.ceil(position(x) - EPSILON))),
  };
}

/** Whether `x` lies on the factor's grid (within floating-point noise). */
export function onGrid(factor: Pick<NumberFactor, 'min' | 'max' | 'step'>, x: number): boolean {
  const position = (x - factor.min) / factor.step;
  return Math.abs(position - Math.round(position)) < 1e-6;
}
