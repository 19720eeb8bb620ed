/**
 * Registers every advice-kit element under its tag. Import this once
 * (`import '@advice-kit/elements/define'`); importing the classes alone
 * registers nothing. A tag that is already defined is left alone.
 */
import { AdviceChartElement } from './chart/advice-chart.js';
import { AdviceHandoffElement } from './handoff/advice-handoff.js';
import { AdviceModuleElement } from './module/advice-module.js';
import { AdviceQuestionsElement } from './questions/advice-questions.js';
import { AdviceResultElement } from './result/advice-result.js';
import { AdviceScenariosElement } from './scenarios/advice-scenarios.js';
import { AdviceTippingPointElement } from './tipping-point/advice-tipping-point.js';
import { AdviceWeightsElement } from './weights/advice-weights.js';

export const ELEMENTS = {
  'advice-module': AdviceModuleElement,
  'advice-questions': AdviceQuestionsElement,
  'advice-result': AdviceResultElement,
  'advice-weights': AdviceWeightsElement,
  'advice-tipping-point': AdviceTippingPointElement,
  'advice-scenarios': AdviceScenariosElement,
  'advice-chart': AdviceChartElement,
  'advice-handoff': AdviceHandoffElement,
} as const;

for (const [tag, element] of Object.entries(ELEMENTS)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'advice-module': AdviceModuleElement;
    'advice-questions': AdviceQuestionsElement;
    'advice-result': AdviceResultElement;
    'advice-weights': AdviceWeightsElement;
    'advice-tipping-point': AdviceTippingPointElement;
    'advice-scenarios': AdviceScenariosElement;
    'advice-chart': AdviceChartElement;
    'advice-handoff': AdviceHandoffElement;
  }
}
