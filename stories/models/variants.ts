/**
 * Story fixtures: a model turned slow, failing or closed to everyone, so that
 * the loading, error and "nothing fits" states can be seen and tested. They
 * wrap any model; the stories use them on the parking example.
 */
import { type AdviceModel, type Assessments, defineModel, type ResolvedSituation } from '@advice-kit/core';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The model answering after `delay` ms, as a remote model on a slow connection would. */
export function slowModel(model: AdviceModel, delay: number): AdviceModel {
  return defineModel({
    ...model,
    id: `${model.id}-slow`,
    async assess(s: ResolvedSituation): Promise<Assessments> {
      await wait(delay);
      return model.assess(s);
    },
    ...(model.breakpoints
      ? {
          async breakpoints(factorId: string, s: ResolvedSituation) {
            await wait(delay);
            return (model.breakpoints as NonNullable<AdviceModel['breakpoints']>)(factorId, s);
          },
        }
      : {}),
  });
}

/** A model that throws (a service that is down) until `recover()` is called. */
export interface FailingModel extends AdviceModel {
  readonly failing: { value: boolean };
  recover(): void;
}

export function failingModel(model: AdviceModel): FailingModel {
  const failing = { value: true };
  const failing_ = defineModel({
    ...model,
    id: `${model.id}-failing`,
    assess(s: ResolvedSituation) {
      if (failing.value) throw new Error('Example: the advice service is unavailable.');
      return model.assess(s);
    },
  });
  return Object.assign(failing_, {
    failing,
    recover: () => {
      failing.value = false;
    },
  });
}

/** The model where no option is open to anyone (say, every option closed for road works). */
export function noneEligibleModel(model: AdviceModel): AdviceModel {
  const reason = {
    nl: 'Voorbeeld: tijdelijk niet mogelijk wegens werkzaamheden in de wijk.',
    en: 'Example: temporarily unavailable because of road works in the neighbourhood.',
  };
  return defineModel({
    ...model,
    id: `${model.id}-closed`,
    async assess(s: ResolvedSituation): Promise<Assessments> {
      const answers = await model.assess(s);
      return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, { ...a, eligible: false, reason }]));
    },
  });
}
