/**
 * The advice in money, for models with a primary cost: the cheapest open
 * option next to the advice, "why not X?" per option, and the why with the
 * person's weights as money. Everything here is worded from the core's
 * `compareCosts` and `weightWorth`; nothing is computed that the core does not give.
 */
import {
  type AdviceModel,
  type CostComparison,
  type Criterion,
  type CriterionWorth,
  costCriterion,
  type Locale,
  localize,
  type RankedOption,
  type RankResult,
} from '@advice-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCriterion, formatMoney } from '../shared/format.js';
import type { ResultStrings } from './advice-result.strings.js';

/** Amounts below half a cent print as € 0,00: they are the same price to a person. */
const SAME_PRICE = 0.005;

export interface MoneyView {
  readonly model: AdviceModel;
  readonly locale: Locale;
  readonly strings: ResultStrings;
  label(optionId: string): string;
}

function cost(view: MoneyView): Criterion | undefined {
  return costCriterion(view.model);
}

/** "€ 15,00 per maand" (the period when the model gives one). */
function amount(view: MoneyView, criterion: Criterion, value: number): string {
  const money = formatMoney(criterion, Math.abs(value), view.locale);
  return criterion.costPeriod ? `${money} ${view.strings.per[criterion.costPeriod]}` : money;
}

function optionText(view: MoneyView, optionId: string, key: 'drawback' | 'benefit'): string | null {
  const option = view.model.options.find((o) => o.id === optionId);
  return localize(option?.[key], view.locale) || null;
}

/**
 * Under the advice: that it is the cheapest option that fits, or which option
 * is cheaper, by how much (a month and a year), what that option asks, and
 * what the advice gives for its price.
 */
export function renderCostComparison(view: MoneyView, costs: CostComparison | null): TemplateResult | typeof nothing {
  const criterion = cost(view);
  if (!costs || !criterion) return nothing;
  const s = view.strings;
  const best = view.label(costs.best);
  if (costs.bestIsCheapest || costs.difference < SAME_PRICE) {
    return costs.others.length === 0 ? nothing : html`<p class="cost" part="cost">${s.isCheapest(best)}</p>`;
  }
  const perYear = costs.differencePerYear === null ? null : formatMoney(criterion, costs.differencePerYear, view.locale);
  return html`<div class="cost" part="cost">
    <p class="cheaper">
      ${s.cheaper(view.label(costs.cheapest), amount(view, criterion, costs.difference), perYear, optionText(view, costs.cheapest, 'drawback'))}
    </p>
    <p>${s.whyStill(best, optionText(view, costs.best, 'benefit'))}</p>
  </div>`;
}

/** "Why not X?" for one other open option, in money; null when the model has no cost or X is not compared. */
export function whyNot(view: MoneyView, costs: CostComparison | null, optionId: string): string | null {
  const criterion = cost(view);
  const other = costs?.others.find((o) => o.optionId === optionId);
  if (!criterion || !other) return null;
  const s = view.strings;
  const label = view.label(optionId);
  const drawback = optionText(view, optionId, 'drawback');
  const answer =
    Math.abs(other.difference) < SAME_PRICE
      ? s.sameCost(label, drawback)
      : other.difference < 0
        ? s.cheaperBy(label, amount(view, criterion, other.difference), drawback)
        : s.dearerBy(label, amount(view, criterion, other.difference));
  return `${s.whyNot(label)} ${answer}`;
}

/** The why, in money: the advice's price, and each other criterion with its value and what it is worth to the person. */
export function renderWhyMoney(
  view: MoneyView,
  result: RankResult,
  entry: RankedOption,
  worth: readonly CriterionWorth[],
): TemplateResult | typeof nothing {
  const criterion = cost(view);
  if (!criterion) return nothing;
  const s = view.strings;
  const locale = view.locale;
  const value = (c: Criterion) => {
    const raw = entry.values[c.id];
    return raw === undefined ? '–' : formatCriterion(c, raw, locale);
  };
  return html`<p>${s.whyMoneyIntro(view.label(entry.optionId))}</p>
    <ul class="contributions money">
      ${view.model.criteria.map((c) => {
        const name = localize(c.label, locale);
        if (c === criterion) return html`<li class="contribution">${s.costIs(name, value(c))}</li>`;
        const w = worth.find((x) => x.criterionId === c.id);
        const zero = (result.weights[c.id] ?? 0) === 0 || !w || w.worth === null || w.worth === 0;
        return html`<li class="contribution">
          ${zero ? s.worthNothing(name, value(c)) : s.worth(name, value(c), amount(view, criterion, w.worth as number))}
        </li>`;
      })}
    </ul>`;
}
