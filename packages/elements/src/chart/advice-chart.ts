import { html } from 'lit';
import { AdviceElement } from '../shared/advice-element.js';

/** @summary Placeholder until the element is built. */
export class AdviceChartElement extends AdviceElement {
  protected override render() {
    return html``;
  }
}
