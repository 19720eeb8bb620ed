/**
 * A pattern per option, in the model's order, drawn over the option's colour
 * so that segments differ by more than colour alone (WCAG 1.4.1): solid,
 * diagonal stripes, the other diagonal, dots, vertical and horizontal lines.
 */
const LINE = 'rgb(255 255 255 / 0.35)';
const PATTERNS = [
  'none',
  `repeating-linear-gradient(45deg, ${LINE} 0 3px, transparent 3px 9px)`,
  `repeating-linear-gradient(-45deg, ${LINE} 0 3px, transparent 3px 9px)`,
  `radial-gradient(circle, ${LINE} 0 2px, transparent 2.5px) 0 0 / 8px 8px`,
  `repeating-linear-gradient(90deg, ${LINE} 0 3px, transparent 3px 9px)`,
  `repeating-linear-gradient(0deg, ${LINE} 0 3px, transparent 3px 9px)`,
  `repeating-linear-gradient(45deg, ${LINE} 0 2px, transparent 2px 6px), repeating-linear-gradient(-45deg, ${LINE} 0 2px, transparent 2px 6px)`,
  `radial-gradient(circle, ${LINE} 0 3px, transparent 3.5px) 0 0 / 12px 12px`,
] as const;

/** The CSS `background` image of the n-th option's pattern. */
export function optionPattern(index: number): string {
  return PATTERNS[((index % PATTERNS.length) + PATTERNS.length) % PATTERNS.length] as string;
}

/** Where no option is open: grey with cross-hatching. */
export const NONE_COLOR = 'var(--advice-tipping-point-segment-none-background-color, var(--_advice-muted))';
export const NONE_PATTERN = `repeating-linear-gradient(45deg, ${LINE} 0 2px, transparent 2px 6px), repeating-linear-gradient(-45deg, ${LINE} 0 2px, transparent 2px 6px)`;
