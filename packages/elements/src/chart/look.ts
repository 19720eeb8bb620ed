/** The look of `<advice-chart>`'s canvas, read from the page's styles: a canvas cannot use `var()`. */
import { OPTION_COLORS } from '../shared/styles.js';
import type { ChartLook } from './chart-config.js';

/**
 * The theme's colours and font as `element` has them, resolved, for a model
 * of `optionCount` options (system colours under forced colours). Reading them
 * makes the browser bring the page's styles up to date, so the chart reads
 * them only when it needs a new configuration.
 */
export function readLook(element: Element, optionCount: number): ChartLook {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const forced = matchMedia('(forced-colors: active)').matches;
  const size = Number.parseFloat(style.fontSize);
  return {
    options: Array.from({ length: optionCount }, (_, i) => {
      const n = i % OPTION_COLORS.length;
      return read(`--advice-option-${n + 1}-color`, OPTION_COLORS[n] ?? '#1d4ed8');
    }),
    text: forced ? 'CanvasText' : style.color || '#1a1a1a',
    grid: forced ? 'GrayText' : read('--_advice-chart-grid', '#e5e7eb'),
    threshold: forced ? 'CanvasText' : read('--_advice-chart-threshold', '#4b5563'),
    marker: forced ? 'CanvasText' : read('--_advice-chart-marker', '#1a1a1a'),
    surface: forced ? 'Canvas' : read('--_advice-surface', '#ffffff'),
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
    fontSize: Math.max(12, Math.round((Number.isFinite(size) ? size : 16) * 0.8125)),
  };
}
