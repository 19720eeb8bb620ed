/** The pattern elements, in the reading order of `<advice-module>`'s default layout. */
export const PATTERN_TAGS = [
  'advice-questions',
  'advice-bar',
  'advice-result',
  'advice-weights',
  'advice-tipping-point',
  'advice-scenarios',
  'advice-chart',
  'advice-handoff',
];

/** Every element of @advice-kit/elements. */
export const TAGS = ['advice-module', ...PATTERN_TAGS];
