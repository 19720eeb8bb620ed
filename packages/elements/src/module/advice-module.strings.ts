import type { Locale } from '@advice-kit/core';

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
}

export const moduleStrings: Record<Locale, ModuleStrings> = {
  nl: {
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
  },
  en: {
    questions: 'Your situation',
    result: 'Our advice',
    weights: 'What matters to you?',
    tippingPoints: 'When does the advice change?',
    scenarios: 'What if your situation changes?',
    chart: (criterion) => `${criterion} compared`,
    handoff: 'Keep or discuss this advice',
    noModel: 'No advice is available yet.',
    invalidModel: 'No advice can be given now. Please try again later or contact us.',
    linkProblems:
      'Not everything in the link could be used. Where an answer was not valid, the nearest valid answer or the default is used now. Please check these answers:',
    linkUnreadable: 'This link cannot be read. You see the default answers. Please fill in your own situation.',
    linkWeight: (criterion) => `How much ${criterion.toLowerCase()} matters to you`,
    linkScenario: (factor) => `${factor} (in a scenario)`,
  },
};
