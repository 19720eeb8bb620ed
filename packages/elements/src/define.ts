/**
 * Registers every advice-kit element under its tag. Import this once
 * (`import '@advice-kit/elements/define'`); importing the classes alone
 * registers nothing. A tag that is already defined is left alone.
 */
import { AdviceBarElement } from './bar/advice-bar.js';
import { AdviceChartElement } from './chart/advice-chart.js';
import { AdviceHandoffElement } from './handoff/advice-handoff.js';
import { AdviceModuleElement } from './module/advice-module.js';
import { AdviceQuestionsElement } from './questions/advice-questions.js';
import { AdviceResultElement } from './result/advice-result.js';
import { AdviceScenariosElement } from './scenarios/advice-scenarios.js';
import { AdviceTippingPointElement } from './tipping-point/advice-tipping-point.js';
import { AdviceWeightsElement } from './weights/advice-weights.js';

if (!customElements.get('advice-module')) customElements.define('advice-module', AdviceModuleElement);
if (!customElements.get('advice-questions')) customElements.define('advice-questions', AdviceQuestionsElement);
if (!customElements.get('advice-bar')) customElements.define('advice-bar', AdviceBarElement);
if (!customElements.get('advice-result')) customElements.define('advice-result', AdviceResultElement);
if (!customElements.get('advice-weights')) customElements.define('advice-weights', AdviceWeightsElement);
if (!customElements.get('advice-tipping-point')) customElements.define('advice-tipping-point', AdviceTippingPointElement);
if (!customElements.get('advice-scenarios')) customElements.define('advice-scenarios', AdviceScenariosElement);
if (!customElements.get('advice-chart')) customElements.define('advice-chart', AdviceChartElement);
if (!customElements.get('advice-handoff')) customElements.define('advice-handoff', AdviceHandoffElement);

declare global {
  interface HTMLElementTagNameMap {
    'advice-module': AdviceModuleElement;
    'advice-questions': AdviceQuestionsElement;
    'advice-bar': AdviceBarElement;
    'advice-result': AdviceResultElement;
    'advice-weights': AdviceWeightsElement;
    'advice-tipping-point': AdviceTippingPointElement;
    'advice-scenarios': AdviceScenariosElement;
    'advice-chart': AdviceChartElement;
    'advice-handoff': AdviceHandoffElement;
  }
}
