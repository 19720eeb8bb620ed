import type { BarStrings } from './advice-bar.strings.js';

/** English texts of `<advice-bar>`. */
export const barEn: BarStrings = {
  region: 'Your advice in short',
  intro: 'Our advice:',
  introScenario: (name) => `Advice for scenario “${name}”:`,
  price: (criterion, value) => `${criterion}: ${value}`,
  link: 'Go to the advice',
  none: 'None of the options fits',
  failed: 'The advice could not be worked out',
  announce: (option, price) => `New advice: ${option}.${price ? ` ${price}.` : ''}`,
  announceNone: 'New advice: none of the options fits.',
};
