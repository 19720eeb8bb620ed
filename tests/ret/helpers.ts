import type { AdviceModel, Assessments, ResolvedSituation, Situation, Text } from '@advice-kit/core';
import { defaultSituation } from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';

/** Euros rounded to cents, the way a person reads them. */
export const cents = (euros: number): number => Math.round(euros * 100) / 100;

/** The model's assessments for the default situation with some factors changed. */
export function assessAt(overrides: Situation = {}, model: AdviceModel = retModel): Assessments {
  const situation = { ...defaultSituation(model), ...overrides } as ResolvedSituation;
  const answer = model.assess(situation);
  if (answer instanceof Promise) throw new Error('the RET model is synchronous');
  return answer as Assessments;
}

/** The monthly cost of one option, unrounded. */
export function costOf(optionId: string, overrides: Situation = {}, model: AdviceModel = retModel): number {
  const a = assessAt(overrides, model)[optionId];
  const cost = a?.values.monthlyCost;
  if (typeof cost !== 'number') throw new Error(`${optionId} has no monthly cost here`);
  return cost;
}

/** The Dutch and English of a text given as { nl, en }. */
export function both(text: Text | undefined): { nl: string | undefined; en: string | undefined } {
  if (text === undefined) return { nl: undefined, en: undefined };
  if (typeof text === 'string') return { nl: text, en: text };
  return { nl: text.nl, en: text.en };
}
