import type { Locale } from '@advice-kit/core';

/** Every text `<advice-weights>` shows. Texts from the model (labels) come in as arguments. */
export interface WeightsStrings {
  /** Title when `heading-level` is set. */
  title: string;
  intro: string;
  /** Visible label of the preset buttons. */
  presets: string;
  /** Preset for a criterion about money where lower is better. */
  cheapest: string;
  /** Preset that puts one criterion first. */
  first: (criterion: string) => string;
  balanced: string;
  reset: string;
  /** The slider's spoken value: the criterion's share of the total. */
  valueText: (share: string) => string;
  /** What the highlighted part of every track means. */
  bandLegend: string;
  holdsBetween: (option: string, criterion: string, from: string, to: string) => string;
  holdsAtMost: (option: string, criterion: string, to: string) => string;
  holdsAtLeast: (option: string, criterion: string, from: string) => string;
  holdsAlways: (option: string, criterion: string) => string;
  /** Who takes over when the weight drops below the interval. */
  less: (option: string) => string;
  /** Who takes over when the weight rises above the interval. */
  more: (option: string) => string;
  /** A criterion's weight in money ("is u tot € 5,00 per maand waard"), for a model with a cost. */
  worth: (criterion: string, amount: string) => string;
  worthBetween: (option: string, from: string, to: string) => string;
  worthAtMost: (option: string, to: string) => string;
  worthAtLeast: (option: string, from: string) => string;
  worthAlways: (option: string) => string;
  worthLess: (option: string) => string;
  worthMore: (option: string) => string;
  /** Price does not count: money says nothing then. */
  worthNoPrice: (criterion: string) => string;
  /** "per maand" after an amount. */
  per: Record<'week' | 'month' | 'year', string>;
}

export const weightsStrings: Record<Locale, WeightsStrings> = {
  nl: {
    title: 'Wat vindt u belangrijk?',
    intro: 'Schuif met de balken om aan te geven hoe belangrijk iets voor u is. Het advies past zich meteen aan.',
    presets: 'Snel kiezen',
    cheapest: 'Zo goedkoop mogelijk',
    first: (criterion) => `${criterion} eerst`,
    balanced: 'Evenwichtig',
    reset: 'Terug naar de standaardweging',
    valueText: (share) => `${share} van het totaal`,
    bandLegend: 'Zolang het bolletje in het gekleurde deel van de balk staat, blijft het advies hetzelfde.',
    holdsBetween: (option, criterion, from, to) => `Het advies blijft ${option} zolang ${criterion} tussen ${from} en ${to} weegt.`,
    holdsAtMost: (option, criterion, to) => `Het advies blijft ${option} zolang ${criterion} niet meer dan ${to} weegt.`,
    holdsAtLeast: (option, criterion, from) => `Het advies blijft ${option} zolang ${criterion} minstens ${from} weegt.`,
    holdsAlways: (option, criterion) => `Het advies blijft ${option}, hoe zwaar ${criterion} ook weegt.`,
    less: (option) => `Weegt het minder, dan wordt ${option} het advies.`,
    more: (option) => `Weegt het meer, dan wordt ${option} het advies.`,
    worth: (criterion, amount) => `${criterion} is u tot ${amount} waard.`,
    worthBetween: (option, from, to) => `Het advies blijft ${option} zolang dat tussen ${from} en ${to} ligt.`,
    worthAtMost: (option, to) => `Het advies blijft ${option} zolang dat niet meer dan ${to} is.`,
    worthAtLeast: (option, from) => `Het advies blijft ${option} zolang dat minstens ${from} is.`,
    worthAlways: (option) => `Het advies blijft ${option}, hoeveel het u ook waard is.`,
    worthLess: (option) => `Is het u minder waard, dan wordt ${option} het advies.`,
    worthMore: (option) => `Is het u meer waard, dan wordt ${option} het advies.`,
    worthNoPrice: (criterion) => `U laat de prijs niet meetellen. Daarom kiezen we alleen op ${criterion} en de rest.`,
    per: { week: 'per week', month: 'per maand', year: 'per jaar' },
  },
  en: {
    title: 'What matters to you?',
    intro: 'Move the sliders to say how much each thing matters to you. The advice follows at once.',
    presets: 'Quick choice',
    cheapest: 'Cheapest',
    first: (criterion) => `${criterion} first`,
    balanced: 'Balanced',
    reset: 'Back to the default weights',
    valueText: (share) => `${share} of the total`,
    bandLegend: 'While the handle is in the highlighted part of the track, the advice stays the same.',
    holdsBetween: (option, criterion, from, to) => `The advice stays ${option} as long as ${criterion} weighs between ${from} and ${to}.`,
    holdsAtMost: (option, criterion, to) => `The advice stays ${option} as long as ${criterion} weighs no more than ${to}.`,
    holdsAtLeast: (option, criterion, from) => `The advice stays ${option} as long as ${criterion} weighs at least ${from}.`,
    holdsAlways: (option, criterion) => `The advice stays ${option}, however much ${criterion} weighs.`,
    less: (option) => `If it weighs less, ${option} becomes the advice.`,
    more: (option) => `If it weighs more, ${option} becomes the advice.`,
    worth: (criterion, amount) => `${criterion} is worth up to ${amount} to you.`,
    worthBetween: (option, from, to) => `The advice stays ${option} as long as that lies between ${from} and ${to}.`,
    worthAtMost: (option, to) => `The advice stays ${option} as long as that is no more than ${to}.`,
    worthAtLeast: (option, from) => `The advice stays ${option} as long as that is at least ${from}.`,
    worthAlways: (option) => `The advice stays ${option}, whatever it is worth to you.`,
    worthLess: (option) => `If it is worth less to you, ${option} becomes the advice.`,
    worthMore: (option) => `If it is worth more to you, ${option} becomes the advice.`,
    worthNoPrice: (criterion) => `You do not let the price count. So we choose on ${criterion} and the rest only.`,
    per: { week: 'a week', month: 'a month', year: 'a year' },
  },
};
