import { localized } from '../shared/translations.js';

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

/** Dutch: the kit's first language and every other language's fallback. English is in `advice-weights.en.ts`, loaded when a page asks for it. */
const nl: WeightsStrings = {
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
};

/** The strings in a language (Dutch until that language has loaded). */
export const weightsStrings = localized('weights', nl);
