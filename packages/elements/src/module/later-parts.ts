/**
 * Parts of `<advice-module>`'s default layout whose element a page defines
 * later (it loads their code after the first parts, as the RET demo does).
 */
import type { LitElement } from 'lit';
import { STAGED } from '../shared/tasks.js';

/**
 * Marks the card of each part among `elements` (a layout's) whose element is not defined yet
 * STAGED: the styles leave it out, so the layout does not wait for it and
 * shows no heading over nothing, and the part gets a staged first render
 * once it is defined (see AdviceElement). The card shows when every part in
 * it has rendered once; a part that is never defined keeps its card out.
 */
export function stageLaterParts(elements: Iterable<Element>): void {
  const later = new Map<Element, Element[]>();
  for (const el of elements) {
    if (!el.localName.includes('-') || customElements.get(el.localName)) continue;
    const card = el.closest('.card') ?? el;
    later.set(card, [...(later.get(card) ?? []), el]);
  }
  const rendered = async (el: Element) => {
    await customElements.whenDefined(el.localName);
    await (el as Partial<LitElement>).updateComplete;
  };
  for (const [card, waiting] of later) {
    card.setAttribute(STAGED, '');
    void Promise.all(waiting.map(rendered)).then(() => card.removeAttribute(STAGED));
  }
}
