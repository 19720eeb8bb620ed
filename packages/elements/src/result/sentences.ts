/**
 * The sentences of the advice that depend on the person's answers: how an
 * uncertain answer bears on it, and what would change it (and why).
 */
import { type Flip, localize, type RankResult, type UncertainFactor } from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatFactorNumber, formatFactorValue } from '../shared/format.js';
import type { MoneyView } from './money.js';

/** How an uncertain answer ("between 8 and 12") bears on the advice. */
export function renderUncertain(view: MoneyView, result: RankResult, u: UncertainFactor): TemplateResult | typeof nothing {
  const model = view.model;
  const factor = model.factors.find((f) => f.id === u.factorId);
  if (factor?.kind !== 'number') return nothing;
  const s = view.strings;
  const locale = view.locale;
  const range = formatFactorValue(factor, { min: u.min, max: u.max }, locale);
  const first = u.segments[0];
  if (u.holds && first) {
    return html`<p class="holds">${s.holds(first.best === null ? s.noOption : view.label(first.best), range)}</p>`;
  }
  const middle = result.situation[factor.id];
  return html`<p class="depends">${s.dependsOn(localize(factor.label, locale), range)}</p>
    <ul class="list segments">
      ${u.segments.map((segment) => {
        const where =
          segment.from === segment.to
            ? s.at(formatFactorNumber(factor, segment.from, locale))
            : s.stretch(formatFactorNumber(factor, segment.from, locale, false), formatFactorNumber(factor, segment.to, locale));
        return html`<li>${where}: ${segment.best === null ? s.noOption : view.label(segment.best)}</li>`;
      })}
    </ul>
    ${typeof middle === 'number' ? html`<p class="meta">${s.middle(formatFactorNumber(factor, middle, locale))}</p>` : nothing}`;
}

/** One way to change the advice, as a sentence that says why (a price crossing or the weights). */
export function flipSentence(view: MoneyView, flip: Flip): string {
  const model = view.model;
  const s = view.strings;
  const locale = view.locale;
  const factor = model.factors.find((f) => f.id === flip.factorId);
  if (!factor) return '';
  const option = flip.best === null ? null : view.label(flip.best);
  if (factor.kind === 'number' && typeof flip.to === 'number') {
    const value = formatFactorNumber(factor, flip.to, locale);
    const down = flip.direction === 'decrease';
    if (option === null) return down ? s.flipDownNone(value) : s.flipUpNone(value);
    // Say why: a price crossing reads as one; a change that comes from the weights says so.
    const versus = flip.versus ? view.label(flip.versus) : null;
    if (versus && flip.reason === 'price') return down ? s.flipDownPrice(value, option, versus) : s.flipUpPrice(value, option, versus);
    if (versus && flip.reason === 'weights')
      return down ? s.flipDownWeights(value, option, versus) : s.flipUpWeights(value, option, versus);
    return down ? s.flipDown(value, option) : s.flipUp(value, option);
  }
  const question = localize(factor.label, locale);
  const answer = formatFactorValue(factor, flip.to, locale);
  return option === null ? s.flipChoiceNone(question, answer) : s.flipChoice(question, answer, option);
}
