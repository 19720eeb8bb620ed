import type { Locale } from '@advice-kit/core';

/** Texts of the demo page around the advice module. */
export interface DemoStrings {
  title: string;
  description: string;
  skipLink: string;
  brand: string;
  heading: string;
  intro: string;
  classicIntro: string;
  languageSwitch: string;
  languageSwitchLabel: string;
  variantNav: string;
  interactive: string;
  classic: string;
  tariffs: (year: number, sources: string) => string;
  illustrative: string;
  about: string;
  /** The footer's note on example prices, for the classic form (which has no chart). */
  illustrativeClassic: string;
  devSettings: string;
  devModel: string;
  devModelTypeScript: string;
  devModelDeclarative: string;
  devModelRemote: string;
  devModelUrl: string;
  devApply: string;
  modelUnavailable: string;
  /** While the advice model loads from a server. */
  modelLoading: string;
  /** A link asked for a model from a server the demo does not allow. */
  modelNotAllowed: string;
  /** The link under that message, to the page without the link's server. */
  modelNotAllowedLink: string;
  retry: string;
  /** The hand-off's contact text, around a link to ret.nl. */
  contactBefore: string;
  contactAfter: string;
}

export const demoStrings: Record<Locale, DemoStrings> = {
  nl: {
    title: 'Welk RET-reisproduct past bij mij? – Reisadvies',
    description:
      'Vergelijk de reisproducten van RET voor uw situatie: reizen op saldo, korting, een abonnement of gratis reizen. Probeer andere situaties en zie wanneer het advies verandert.',
    skipLink: 'Naar de inhoud',
    brand: 'Reisadvies',
    heading: 'Welk reisproduct past bij mij?',
    intro:
      'Beantwoord de vragen. Het advies verandert direct mee. Probeer gerust andere antwoorden: zo ziet u wanneer een ander product beter past.',
    classicIntro: 'Beantwoord alle vragen en klik op ‘Bekijk mijn advies’.',
    languageSwitch: 'English',
    languageSwitchLabel: 'Switch to English',
    variantNav: 'Versie van de adviesmodule',
    interactive: 'Interactief advies',
    classic: 'Klassiek formulier',
    tariffs: (year, sources) => `Tarieven ${year}. Bronnen: ${sources}.`,
    illustrative:
      'Bedragen met ‘voorbeeldtarief’ zijn voorbeelden. De grafiek gebruikt dezelfde voorbeelden. De echte prijs kan anders zijn.',
    illustrativeClassic: 'Bedragen met ‘voorbeeldtarief’ zijn voorbeelden. De echte prijs kan anders zijn.',
    about: 'Dit is een demonstratie van advice-kit. Er worden geen gegevens verstuurd of bewaard buiten uw browser.',
    devSettings: 'Instellingen voor ontwikkelaars',
    devModel: 'Adviesmodel',
    devModelTypeScript: 'TypeScript (standaard)',
    devModelDeclarative: 'Declaratief (JSON met FEEL)',
    devModelRemote: 'Op een server',
    devModelUrl: 'Adres van de server',
    devApply: 'Toepassen',
    modelUnavailable: 'Het advies is nu niet beschikbaar. Probeer het opnieuw, nu of later.',
    modelLoading: 'Het advies wordt geladen. Dit duurt hooguit 10 seconden.',
    modelNotAllowed: 'Deze link vraagt om advies van een server die deze pagina niet kent. Daarom tonen we dat advies niet.',
    modelNotAllowedLink: 'Naar het gewone advies',
    retry: 'Opnieuw proberen',
    contactBefore: 'Heeft u nog een vraag over dit advies? Neem contact op met de klantenservice van RET via ',
    contactAfter: '. Laat deze samenvatting zien. Dan kan de medewerker u snel helpen.',
  },
  en: {
    title: 'Which RET travel product suits me? – Travel advice',
    description:
      'Compare RET travel products for your situation: pay as you go, a discount, a subscription or free travel. Try other situations and see when the advice changes.',
    skipLink: 'Skip to content',
    brand: 'Travel advice',
    heading: 'Which travel product suits me?',
    intro:
      'Answer the questions. The advice follows at once. Feel free to try other answers: that shows you when another product fits better.',
    classicIntro: 'Answer all questions and select ‘Show my advice’.',
    languageSwitch: 'Nederlands',
    languageSwitchLabel: 'Schakel naar Nederlands',
    variantNav: 'Version of the advice module',
    interactive: 'Interactive advice',
    classic: 'Classic form',
    tariffs: (year, sources) => `Tariffs ${year}. Sources: ${sources}.`,
    illustrative: 'Amounts marked ‘example tariff’ are examples. The chart uses the same examples. The real price may differ.',
    illustrativeClassic: 'Amounts marked ‘example tariff’ are examples. The real price may differ.',
    about: 'This is a demonstration of advice-kit. No data is sent or stored outside your browser.',
    devSettings: 'Developer settings',
    devModel: 'Advice model',
    devModelTypeScript: 'TypeScript (default)',
    devModelDeclarative: 'Declarative (JSON with FEEL)',
    devModelRemote: 'On a server',
    devModelUrl: 'Server address',
    devApply: 'Apply',
    modelUnavailable: 'The advice is not available now. Please try again, now or later.',
    modelLoading: 'Loading the advice. This takes 10 seconds at most.',
    modelNotAllowed: 'This link asks for advice from a server this page does not know, so we do not show that advice.',
    modelNotAllowedLink: 'Go to the usual advice',
    retry: 'Try again',
    contactBefore: 'Do you still have a question about this advice? Contact RET customer service through ',
    contactAfter: '. Show them this summary, so they can help you quickly.',
  },
};
