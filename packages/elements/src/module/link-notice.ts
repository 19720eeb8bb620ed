/**
 * The notice over `<advice-module>` when a link's state could not be used in
 * full: which answers and weights to check, until the person changes something.
 */
import { type AdviceModel, type Locale, localize, type StateProblem } from '@advice-kit/core';
import { html, nothing } from 'lit';
import { moduleStrings } from './advice-module.strings.js';

/** What in the link could not be used, with the answers to check; nothing when all of it was used. */
export function renderLinkNotice(problems: readonly StateProblem[], model: AdviceModel, locale: Locale) {
  if (problems.length === 0) return nothing;
  const strings = moduleStrings(locale);
  if (problems.some((p) => p.code === 'version')) {
    return html`<div class="link-notice" part="notice" role="status"><p>${strings.linkUnreadable}</p></div>`;
  }
  const items = new Set<string>();
  for (const p of problems) {
    const factor = model.factors.find((f) => f.id === p.factorId);
    const criterion = model.criteria.find((c) => c.id === p.criterionId);
    if (factor) {
      const label = localize(factor.label, locale);
      items.add(p.key.startsWith('s') ? strings.linkScenario(label) : label);
    } else if (criterion) items.add(strings.linkWeight(localize(criterion.label, locale)));
  }
  return html`<div class="link-notice" part="notice" role="status">
    <p>${strings.linkProblems}</p>
    <ul>
      ${[...items].map((item) => html`<li>${item}</li>`)}
    </ul>
  </div>`;
}
