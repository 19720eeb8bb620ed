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
    less: (option) => `Weegt het minder, dan wordt ${option} het beste.`,
    more: (option) => `Weegt het meer, dan wordt ${option} het beste.`,
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
    less: (option) => `If it weighs less, ${option} becomes the best.`,
    more: (option) => `If it weighs more, ${option} becomes the best.`,
  },
};
