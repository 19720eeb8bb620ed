/**
 * Type-checked by `npm run typecheck`: the Vue types shipped in
 * @advice-kit/elements/vue register every tag in GlobalComponents with the
 * props and events of the manifest.
 */
import type { AdviceChangeDetail } from '@advice-kit/elements';
import type {} from '@advice-kit/elements/vue';
import type { GlobalComponents } from 'vue';

type Props<T> = T extends new (...args: never[]) => { $props: infer P } ? P : never;

type ModuleProps = Props<GlobalComponents['advice-module']>;
export const handler: NonNullable<ModuleProps['onadvice-change']> = (e: CustomEvent<AdviceChangeDetail>) => e.detail.action;
export const tags: (keyof GlobalComponents)[] = [
  'advice-module',
  'advice-questions',
  'advice-result',
  'advice-weights',
  'advice-tipping-point',
  'advice-scenarios',
  'advice-chart',
  'advice-handoff',
];
// @ts-expect-error: not a tag of the kit
export const unknown: keyof GlobalComponents = 'advice-nothing';
// @ts-expect-error: advice-change's detail is an AdviceChangeDetail
export const wrong: NonNullable<ModuleProps['onadvice-change']> = (e: CustomEvent<string>) => e.detail;
