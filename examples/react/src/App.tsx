import { localize } from '@advice-kit/core';
import type { AdviceChangeDetail } from '@advice-kit/elements';
import { retModel } from '@advice-kit/model-ret';
import { useState } from 'react';

/** The RET advisor in a React app: the model as a property, advice-change as a typed event. */
export function App() {
  const [last, setLast] = useState<AdviceChangeDetail | null>(null);
  const best = last ? retModel.options.find((option) => option.id === last.result.best) : undefined;
  return (
    <main>
      <h1>Welk reisproduct past bij mij?</h1>
      <p>Beantwoord de vragen. Het advies verandert direct mee.</p>
      <advice-module model={retModel} locale="nl" explore-factors="tripsPerWeek" onadvice-change={(event) => setLast(event.detail)} />
      <p id="last-change" role="status">
        {last ? `Laatste wijziging: ${last.action}. Advies: ${best ? localize(best.label, 'nl') : 'geen'}.` : ''}
      </p>
    </main>
  );
}
