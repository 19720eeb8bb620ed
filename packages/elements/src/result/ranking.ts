/**
 * Every option compared: the open ones from best to worst fit, each with its
 * values, its notes and (for a model with a cost) the answer to "why not
 * X?" in money; then the options that are not open, with the reason.
 */
import { type CostComparison, localize, type RankedOption, type RankResult } from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCriterion, formatNumber } from '../shared/format.js';
import { styleProps } from '../shared/style-props.js';
import { optionColor } from '../shared/styles.js';
import { type MoneyView, whyNot } from './money.js';

const POINTS: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

function percent(share: number): string {
  return `${Math.min(100, Math.max(0, share * 100))}%`;
}

/** The options that are not open, each with the model's reason. */
export function renderClosed(view: MoneyView, closed: readonly RankedOption[]): TemplateResult {
  return html`<ul class="closed-list">
    ${closed.map(
      (entry) =>
        html`<li><span class="rank-label">${view.label(entry.optionId)}</span>: ${localize(entry.reason, view.locale) || view.strings.noReason}</li>`,
    )}
  </ul>`;
}

/**
 * The model's remarks on an option in the ranking, such as that its price is
 * an example: the values beside it should not be read without them.
 */
function renderOptionNotes(view: MoneyView, entry: RankedOption): TemplateResult | typeof nothing {
  const notes = entry.notes.map((n) => localize(n, view.locale)).filter(Boolean);
  if (notes.length === 0) return nothing;
  return html`<ul class="option-notes" part="option-notes" aria-label=${view.strings.notesOf(view.label(entry.optionId))}>
    ${notes.map((n) => html`<li>${n}</li>`)}
  </ul>`;
}

export function renderRanking(
  view: MoneyView,
  result: RankResult,
  costs: CostComparison | null,
  onToggle: (event: Event) => void,
): TemplateResult {
  const s = view.strings;
  const locale = view.locale;
  const model = view.model;
  const open = result.ranking.filter((r) => r.eligible);
  const closed = result.ranking.filter((r) => !r.eligible);
  return html`<details class="ranking" part="ranking" @toggle=${onToggle}>
    <summary>${s.ranking}</summary>
    <div class="details-body">
      <p>${s.rankingIntro}</p>
      <ol class="ranking-list">
        ${open.map((entry, i) => {
          const index = model.options.findIndex((o) => o.id === entry.optionId);
          const score = entry.score ?? 0;
          return html`<li class="ranked">
            <span class="position" aria-hidden="true">${i + 1}.</span>
            <span class="rank-label">${view.label(entry.optionId)}</span>
            <div class="bar" aria-hidden="true">
              <div class="bar-fill" style=${styleProps({ width: percent(score), background: optionColor(Math.max(0, index)) })}></div>
            </div>
            ${i > 0 && costs ? html`<span class="why-not">${whyNot(view, costs, entry.optionId)}</span>` : nothing}
            <span class="meta">
              ${costs ? nothing : html`${s.score(formatNumber(score * 100, locale, POINTS))} ·`}
              ${model.criteria
                .filter((c) => entry.values[c.id] !== undefined)
                .map((c) => `${localize(c.label, locale)}: ${formatCriterion(c, entry.values[c.id] as number, locale)}`)
                .join(' · ')}
            </span>
            ${renderOptionNotes(view, entry)}
          </li>`;
        })}
      </ol>
      ${closed.length > 0 ? html`<p class="closed-title">${s.notOpen}:</p>${renderClosed(view, closed)}` : nothing}
    </div>
  </details>`;
}
