import { localized } from '../shared/translations.js';

export interface ModuleStrings {
  questions: string;
  result: string;
  weights: string;
  tippingPoints: string;
  scenarios: string;
  chart: (criterion: string) => string;
  handoff: string;
  noModel: string;
  invalidModel: string;
  /** The link's state could not all be used: followed by a list of what to check. */
  linkProblems: string;
  /** The link is not a state this version can read. */
  linkUnreadable: string;
  /** A weight in the list of things to check. */
  linkWeight: (criterion: string) => string;
  /** A factor of a scenario in that list. */
  linkScenario: (factor: string) => string;
  /** Under the hand-off, when the page gives no contact details of its own (the `contact` slot). */
  contactDefault: string;
}

/** Dutch: the kit's first language and every other language's fallback. English is in `advice-module.en.ts`, loaded when a page asks for it. */
const nl: ModuleStrings = {
  questions: 'Uw situatie',
  result: 'Ons advies',
  weights: 'Wat vindt u belangrijk?',
  tippingPoints: 'Wanneer verandert het advies?',
  scenarios: 'Wat als uw situatie verandert?',
  chart: (criterion) => `${criterion} vergeleken`,
  handoff: 'Advies bewaren of bespreken',
  noModel: 'Er is nog geen advies beschikbaar.',
  invalidModel: 'Dit advies kan nu niet worden gegeven. Probeer het later opnieuw of neem contact met ons op.',
  linkProblems:
    'Niet alles in de link kon worden gebruikt. Waar een antwoord niet klopte, staat nu het dichtstbijzijnde goede antwoord of het standaardantwoord. Kijk deze antwoorden na:',
  linkUnreadable: 'Deze link kunnen we niet lezen. U ziet de standaardantwoorden. Vul uw eigen situatie in.',
  linkWeight: (criterion) => `Hoe belangrijk u ${criterion.toLowerCase()} vindt`,
  linkScenario: (factor) => `${factor} (in een scenario)`,
  contactDefault: 'Neem contact op met de organisatie en laat deze samenvatting zien.',
};

/** The strings in a language (Dutch until that language has loaded). */
export const moduleStrings = localized('module', nl);
