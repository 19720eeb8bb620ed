// A page that shows only the tipping point of one factor: the module (which
// holds the state and gives it to the elements inside it) and
// <advice-tipping-point>, registered from the classes — no other element.
import { AdviceModuleElement, AdviceTippingPointElement } from '@advice-kit/elements';

customElements.define('advice-module', AdviceModuleElement);
customElements.define('advice-tipping-point', AdviceTippingPointElement);
