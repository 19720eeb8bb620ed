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
  },
};
