/** The RET advice model put together from its parts (one file per concern, listed in the README): `createRetModel`, `retModel`. */
import { type AdviceModel, type Assessment, type Assessments, defineModel, type Option, type ResolvedSituation } from '@advice-kit/core';
import { breakpointsFor } from './breakpoints.js';
import { quote } from './costs.js';
import { CONVENIENCE, CRITERIA, FLEXIBILITY, WEIGHTING_NOTE } from './criteria.js';
import { eligibility } from './eligibility.js';
import { FACTORS } from './factors.js';
import { notesFor } from './notes.js';
import { OPTION_SPECS } from './options.js';
import { optionReferences, referencesFor } from './references.js';
import { SCENARIOS } from './scenarios.js';
import { RET_OPTION_IDS, readRetSituation } from './situation.js';
import { RET_TARIFFS, type RetTariffData, type TariffYear, tariffsFor } from './tariffs.js';

/** Assessments of every option for one situation, in one tariff year. */
export function assessRet(s: ResolvedSituation, t: TariffYear): Assessments {
  const r = readRetSituation(s);
  const out: Record<string, Assessment> = {};
  for (const option of RET_OPTION_IDS) {
    const e = eligibility(option, r);
    // Values of closed options that mean nothing (no product, no trips) are left out.
    const meaningful = e.eligible || (option !== 'free' && option !== 'student' && option !== 'day');
    const q = quote(option, r, t);
    out[option] = {
      eligible: e.eligible,
      ...(e.eligible ? {} : { reason: e.reason }),
      values: meaningful ? { monthlyCost: q.cost, flexibility: FLEXIBILITY[option], convenience: CONVENIENCE[option] } : {},
      ...(meaningful ? { notes: notesFor(option, r, t, q) } : {}),
    };
  }
  return out;
}

export interface CreateRetModelOptions {
  /** Tariff year; default {@link RET_DEFAULT_TARIFF_YEAR}. Must be one of {@link RET_TARIFF_YEARS}. */
  readonly year?: number;
  /** Other tariff data (parsed with `parseTariffs`), e.g. a draft of next year's table. */
  readonly data?: RetTariffData;
}

/** The RET advice model for one tariff year. */
export function createRetModel(options: CreateRetModelOptions = {}): AdviceModel {
  const data = options.data ?? RET_TARIFFS;
  const t = tariffsFor(options.year ?? data.defaultYear, data);
  const modelOptions: Option[] = OPTION_SPECS.map((spec) => ({
    id: spec.id,
    label: spec.label,
    description: spec.description,
    drawback: spec.drawback,
    benefit: spec.benefit,
    link: spec.link,
    references: optionReferences(spec, t),
  }));
  return defineModel({
    id: `ret-${t.year}`,
    title: { nl: 'Welk reisproduct van RET past bij mij?', en: 'Which RET travel product suits me?' },
    description: {
      nl: `Vergelijk reisproducten van RET voor uw reizen. Tarieven van ${t.year}. Bedragen met 'voorbeeldtarief' zijn geen echte RET-prijzen.`,
      en: `Compare RET travel products for your trips. Tariffs of ${t.year}. Amounts marked 'example tariff' are not real RET prices.`,
    },
    weightingNote: WEIGHTING_NOTE,
    factors: FACTORS,
    criteria: CRITERIA,
    options: modelOptions,
    scenarios: SCENARIOS,
    references: referencesFor(t, data),
    assess: (s) => assessRet(s, t),
    breakpoints: (factorId, s) => breakpointsFor(factorId, s, t),
  });
}

/** The RET model with the default tariff year (2024). */
export const retModel: AdviceModel = createRetModel();
