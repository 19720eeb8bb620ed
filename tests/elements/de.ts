/**
 * A third language as a host would add it: German, complete by type. Small
 * for a test, so it takes English's wording for most strings and German for
 * the ones the tests read. A real host writes every string.
 */
import type { Translation } from '@advice-kit/elements';
import { en } from '@advice-kit/elements/translations/en';

export const de: Translation = {
  ...en,
  $code: 'de',
  $name: 'Deutsch',
  module: { ...en.module, questions: 'Ihre Situation', result: 'Unsere Empfehlung', weights: 'Was ist Ihnen wichtig?' },
  bar: { ...en.bar, region: 'Ihre Empfehlung in Kürze' },
  questions: { ...en.questions, notSure: 'Ich weiß es nicht genau' },
  result: { ...en.result, sure: 'Wie sicher ist diese Empfehlung?' },
  chart: { ...en.chart, showTable: 'Als Tabelle zeigen' },
  handoff: { ...en.handoff, copyLink: 'Link kopieren' },
  scenarios: { ...en.scenarios, add: 'Szenario hinzufügen' },
  weights: { ...en.weights, cheapest: 'So günstig wie möglich' },
  tippingPoint: { ...en.tippingPoint, tryLabel: 'Eine andere Antwort ausprobieren' },
  issues: { ...en.issues, 'above-max': (v) => `Geben Sie eine Zahl von ${v.max} oder weniger ein.` },
};
