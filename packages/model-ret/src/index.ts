/**
 * @advice-kit/model-ret — the kit's reference model: which RET travel product
 * suits a traveller in Rotterdam. Facts only (what each product costs and
 * allows, with the tariffs' years and sources); the engine in
 * `@advice-kit/core` adds the preferences. The same model as data (JSON +
 * FEEL) is the entry `@advice-kit/model-ret/declarative`.
 */
export { type Quote, quote, WEEKS_PER_MONTH } from './costs.js';
export { RET_MAX_PREMIUM } from './criteria.js';
export { eligibility } from './eligibility.js';
export { assessRet, type CreateRetModelOptions, createRetModel, retModel } from './model.js';
export { ILLUSTRATIVE_NOTE } from './notes.js';
export { exampleReferenceId } from './references.js';
export { AGE_GROUPS, type AgeGroup, RET_OPTION_IDS, type RetOptionId, type RetSituation, readRetSituation } from './situation.js';
export {
  parseTariffs,
  RET_DEFAULT_TARIFF_YEAR,
  RET_TARIFF_YEARS,
  RET_TARIFFS,
  type RetTariffData,
  TARIFF_KEYS,
  TariffDataError,
  type TariffKey,
  type TariffValue,
  type TariffYear,
  tariffsFor,
} from './tariffs.js';
