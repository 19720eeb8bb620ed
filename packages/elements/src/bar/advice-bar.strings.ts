import { localized } from '../shared/translations.js';

/** Texts of `<advice-bar>`. Values come in formatted ("Maandabonnement", "€ 90,00"). */
export interface BarStrings {
  /** Name of the bar as a region of the page. */
  region: string;
  /** Above the option, for the person's own situation. */
  intro: string;
  /** Above the option, while a scenario is being looked at. */
  introScenario: (name: string) => string;
  /** The best option's price: the criterion's label and value. */
  price: (criterion: string, value: string) => string;
  /** The link to the full advice. */
  link: string;
  /** No option fits. */
  none: string;
  /** The advice could not be worked out. */
  failed: string;
  /** Said politely when the advice has changed and settled. */
  announce: (option: string, price: string) => string;
  announceNone: string;
}

/** Dutch: the kit's first language and every other language's fallback. English is in `advice-bar.en.ts`, loaded when a page asks for it. */
const nl: BarStrings = {
  region: 'Uw advies in het kort',
  intro: 'Ons advies:',
  introScenario: (name) => `Advies bij scenario „${name}”:`,
  price: (criterion, value) => `${criterion}: ${value}`,
  link: 'Naar het advies',
  none: 'Geen van de mogelijkheden past',
  failed: 'Het advies kon niet worden berekend',
  announce: (option, price) => `Nieuw advies: ${option}.${price ? ` ${price}.` : ''}`,
  announceNone: 'Nieuw advies: geen van de mogelijkheden past.',
};

/** The strings in a language (Dutch until that language has loaded). */
export const barStrings = localized('bar', nl);
