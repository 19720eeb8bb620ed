/**
 * Type-checked by `npm run typecheck`: the React types shipped in
 * @advice-kit/elements/react (generated from the manifest) accept the real
 * API and refuse what is not in it. Every `@ts-expect-error` fails the check
 * when the types stop refusing that line, e.g. when they drift to `any`.
 */
import type { AdviceAction, AdviceChangeDetail, AdviceModuleElement } from '@advice-kit/elements';
import type {} from '@advice-kit/elements/react';
import { retModel } from '@advice-kit/model-ret';

export function Usage({ onChange }: { onChange: (detail: AdviceChangeDetail) => void }) {
  return (
    <>
      <advice-module
        model={retModel}
        locale="en"
        onadvice-change={(e) => {
          const action: AdviceAction = e.detail.action;
          const module: AdviceModuleElement = e.target;
          void action;
          void module;
          onChange(e.detail);
        }}
      />
      <advice-tipping-point factor="tripsPerWeek" heading-level={3} onadvice-view={(e) => e.detail.view} />
      <advice-chart factor="tripsPerWeek" criterion="cost" />
      <advice-handoff onadvice-handoff={(e) => e.detail.ok} />
      <advice-questions onadvice-step={(e) => e.detail.step + e.detail.total} />
      {/* @ts-expect-error: not an attribute of advice-tipping-point */}
      <advice-tipping-point factr="tripsPerWeek" />
      {/* @ts-expect-error: advice-change's detail is no string */}
      <advice-module onadvice-change={(e) => e.detail.toUpperCase()} />
      {/* @ts-expect-error: the model is an AdviceModel, not a string */}
      <advice-module model="ret" />
    </>
  );
}
