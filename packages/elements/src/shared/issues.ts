import type { Locale, SituationIssue, SituationIssueCode } from '@advice-kit/core';
import { formatNumber } from './format.js';
import { localized } from './translations.js';

/** The numbers of an issue, formatted in the person's language ("0,5"). Only those the issue has. */
export interface IssueValues {
  readonly min: string;
  readonly max: string;
  readonly step: string;
  readonly near: string;
}

/** What to say next to an answer that cannot be used, per kind of problem (the core's `SituationIssue.code`). */
export type IssueStrings = Record<SituationIssueCode, (values: IssueValues) => string>;

/** Dutch: the kit's first language and every other language's fallback. English is in `issues.en.ts`. */
const nl: IssueStrings = {
  'not-a-number': () => 'Vul een getal in.',
  'below-min': (v) => `Vul een getal in van ${v.min} of meer.`,
  'above-max': (v) => `Vul een getal in van ${v.max} of minder.`,
  'off-step': (v) => `Vul een getal in met stappen van ${v.step}, bijvoorbeeld ${v.near}.`,
  'unknown-choice': () => 'Kies een van de mogelijkheden.',
  'not-a-boolean': () => 'Kies ja of nee.',
  'range-not-allowed': () => 'Vul hier één antwoord in.',
  'range-reversed': () => 'Het eerste getal moet kleiner zijn dan het tweede.',
};

/** The strings in a language (Dutch until that language has loaded). */
export const issueStrings = localized('issues', nl);

/** The message for an issue in the person's language, from its code and numbers; the core's own message when the code is unknown. */
export function issueMessage(issue: SituationIssue, locale: Locale): string {
  const say = issueStrings(locale)[issue.code];
  if (typeof say !== 'function') return issue.message;
  const params = issue.params ?? {};
  const value = (name: keyof IssueValues, fallback: number) => formatNumber(params[name] ?? fallback, locale, { maximumFractionDigits: 6 });
  return say({ min: value('min', 0), max: value('max', 0), step: value('step', 1), near: value('near', 0) });
}
