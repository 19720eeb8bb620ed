/**
 * Type checks of a host's own language, run by `npm run typecheck` (nothing
 * here runs): a translation must have every string the Dutch set has, with
 * the same parameters. Each `@ts-expect-error` fails the type check when the
 * error it expects is gone.
 */
import type { Translation } from '@advice-kit/elements';
import { en } from '@advice-kit/elements/translations/en';

/** Complete: English's strings under another code. */
export const complete: Translation = { ...en, $code: 'en-x-test', $name: 'Test' };

const { region: _region, ...barWithoutRegion } = en.bar;

export const missingString: Translation = {
  ...en,
  $code: 'de',
  $name: 'Deutsch',
  // @ts-expect-error -- the bar's region name is missing
  bar: barWithoutRegion,
};

export const wrongParameters: Translation = {
  ...en,
  $code: 'de',
  $name: 'Deutsch',
  // @ts-expect-error -- introScenario takes the scenario's name (a string), not a number
  bar: { ...en.bar, introScenario: (name: number) => `Szenario ${name.toFixed(0)}` },
};

const { weights: _weights, ...withoutWeights } = en;

// @ts-expect-error -- a whole element's section is missing
export const missingSection: Translation = { ...withoutWeights, $code: 'de', $name: 'Deutsch' };

// @ts-expect-error -- a translation says which language it is
export const withoutCode: Translation = { ...en, $code: undefined };
