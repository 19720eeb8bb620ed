/**
 * The RET tariff table: typed, checked on load, looked up by year.
 *
 * The numbers live in `tariffs.json` so that a team can update them without
 * touching the model's code. This file checks that data (every value has a
 * year and a source, or is marked illustrative with a note) and gives it
 * types. A mistake in the JSON fails loudly at import, with the path of every
 * problem, instead of giving wrong advice.
 */
import raw from './tariffs.json' with { type: 'json' };

/** A text in Dutch (B1) and English. */
export interface LocalText {
  readonly nl: string;
  readonly en: string;
}

/** The tariff values every year must hold. */
export const TARIFF_KEYS = [
  'baseFare',
  'kmRate',
  'saldoAgeDiscount',
  'discountFee',
  'discountRateAdult',
  'discountRateYouth',
  'discountRateReduced',
  'monthPrice',
  'subscriptionReduction',
  'yearMonths',
  'dayTicket',
  'studentWeekendDiscount',
] as const;

export type TariffKey = (typeof TARIFF_KEYS)[number];

/** One number in the table, with where it comes from. */
export interface TariffValue {
  readonly value: number;
  /** The year the value applies to according to its source (a 2020 price used as an example says 2020). */
  readonly year: number;
  /** Id of the entry in `sources` the value comes from; null when there is none (then it must be illustrative). */
  readonly source: string | null;
  /** Further sources that support or explain the value. */
  readonly seeAlso: readonly string[];
  /** True when the value is an example, not a published RET fact. */
  readonly illustrative: boolean;
  /** Why the value is what it is; required for illustrative values. */
  readonly note?: LocalText;
}

/** A page, report or rule a value or a condition rests on. */
export interface TariffSource {
  readonly id: string;
  readonly label: LocalText;
  readonly url?: string;
  /** The year the source's facts apply to; absent when the source gives none. */
  readonly year?: number;
}

/** What a field of the table means. */
export interface TariffField {
  readonly label: LocalText;
  readonly unit: string;
  readonly meaning: string;
}

/** The tariffs of one year. */
export interface TariffYear {
  readonly year: number;
  readonly values: Readonly<Record<TariffKey, TariffValue>>;
}

/** The whole table. */
export interface RetTariffData {
  readonly currency: string;
  readonly defaultYear: number;
  readonly fields: Readonly<Record<TariffKey, TariffField>>;
  readonly sources: Readonly<Record<string, TariffSource>>;
  /** Tariff years, oldest first. */
  readonly years: readonly TariffYear[];
}

/** The tariff data is not usable; `problems` lists each one with its path. */
export class TariffDataError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The RET tariff data has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'TariffDataError';
    this.problems = problems;
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const SOURCE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function localText(v: unknown, path: string, problems: string[]): LocalText | undefined {
  if (isObj(v) && typeof v.nl === 'string' && v.nl.trim() !== '' && typeof v.en === 'string' && v.en.trim() !== '') {
    return { nl: v.nl, en: v.en };
  }
  problems.push(`${path}: must be { "nl": "...", "en": "..." } with both texts filled in`);
  return undefined;
}

/** Shares (discounts, reductions) must lie in [0, 1); money and counts must not be negative. */
function checkRange(key: TariffKey, value: number, path: string, problems: string[]): void {
  const share =
    key === 'saldoAgeDiscount' || key.startsWith('discountRate') || key === 'subscriptionReduction' || key === 'studentWeekendDiscount';
  if (share && (value < 0 || value >= 1)) problems.push(`${path}: a share must be at least 0 and below 1 (0.34 = 34 %), got ${value}`);
  if (!share && value < 0) problems.push(`${path}: must not be negative, got ${value}`);
  if (key === 'yearMonths' && (value <= 0 || value > 12))
    problems.push(`${path}: must be above 0 and at most 12 monthly prices, got ${value}`);
}

function parseValue(key: TariffKey, v: unknown, path: string, sourceIds: ReadonlySet<string>, problems: string[]): TariffValue | undefined {
  if (!isObj(v)) {
    problems.push(`${path}: missing; every year needs every field (${TARIFF_KEYS.join(', ')})`);
    return undefined;
  }
  const before = problems.length;
  if (!isFiniteNumber(v.value)) problems.push(`${path}.value: must be a number (got ${JSON.stringify(v.value)})`);
  else checkRange(key, v.value, `${path}.value`, problems);
  if (!Number.isInteger(v.year)) problems.push(`${path}.year: must be a whole year such as 2024`);
  if (v.source !== null && (typeof v.source !== 'string' || !sourceIds.has(v.source))) {
    problems.push(`${path}.source: must be the id of an entry in "sources", or null (got ${JSON.stringify(v.source)})`);
  }
  const seeAlso = v.seeAlso === undefined ? [] : v.seeAlso;
  if (!Array.isArray(seeAlso) || !seeAlso.every((s) => typeof s === 'string' && sourceIds.has(s))) {
    problems.push(`${path}.seeAlso: must be a list of ids of entries in "sources"`);
  }
  if (v.illustrative !== undefined && typeof v.illustrative !== 'boolean') problems.push(`${path}.illustrative: must be true or false`);
  const illustrative = v.illustrative === true;
  if (v.source === null && !illustrative) problems.push(`${path}: a value without a source must be marked "illustrative": true`);
  const note = v.note === undefined ? undefined : localText(v.note, `${path}.note`, problems);
  if (illustrative && v.note === undefined) problems.push(`${path}.note: an illustrative value needs a note saying why (nl and en)`);
  if (problems.length > before) return undefined;
  return {
    value: v.value as number,
    year: v.year as number,
    source: v.source as string | null,
    seeAlso: seeAlso as string[],
    illustrative,
    ...(note ? { note } : {}),
  };
}

/** Checks raw tariff data (the parsed JSON) and returns it typed. Throws a {@link TariffDataError} listing every problem. */
export function parseTariffs(data: unknown): RetTariffData {
  const problems: string[] = [];
  if (!isObj(data)) throw new TariffDataError(['the tariff data must be an object']);
  if (data.currency !== 'EUR') problems.push('currency: must be "EUR"');

  const fields = {} as Record<TariffKey, TariffField>;
  const rawFields = isObj(data.fields) ? data.fields : {};
  if (!isObj(data.fields)) problems.push('fields: must be an object describing each field');
  for (const key of TARIFF_KEYS) {
    const f = rawFields[key];
    const path = `fields.${key}`;
    if (!isObj(f)) {
      problems.push(`${path}: missing description`);
      continue;
    }
    const label = localText(f.label, `${path}.label`, problems);
    if (typeof f.unit !== 'string' || typeof f.meaning !== 'string') problems.push(`${path}: needs "unit" and "meaning" texts`);
    if (label) fields[key] = { label, unit: String(f.unit), meaning: String(f.meaning) };
  }

  const sources: Record<string, TariffSource> = {};
  if (!isObj(data.sources)) problems.push('sources: must be an object of sources by id');
  for (const [id, s] of Object.entries(isObj(data.sources) ? data.sources : {})) {
    const path = `sources.${id}`;
    if (!SOURCE_ID.test(id)) problems.push(`${path}: an id starts with a letter and holds only letters, digits, "_" and "-"`);
    if (!isObj(s)) {
      problems.push(`${path}: must be an object`);
      continue;
    }
    const label = localText(s.label, `${path}.label`, problems);
    if (s.url !== undefined && (typeof s.url !== 'string' || !s.url.startsWith('https://'))) {
      problems.push(`${path}.url: must be an https:// address`);
    }
    if (s.year !== undefined && !Number.isInteger(s.year)) problems.push(`${path}.year: must be a whole year`);
    if (label) {
      sources[id] = {
        id,
        label,
        ...(typeof s.url === 'string' ? { url: s.url } : {}),
        ...(Number.isInteger(s.year) ? { year: s.year as number } : {}),
      };
    }
  }
  const sourceIds = new Set(Object.keys(sources));

  const years: TariffYear[] = [];
  if (!isObj(data.years)) problems.push('years: must be an object of tariff years, e.g. { "2024": { ... } }');
  for (const [yearKey, y] of Object.entries(isObj(data.years) ? data.years : {})) {
    const path = `years.${yearKey}`;
    const year = Number(yearKey);
    if (!/^\d{4}$/.test(yearKey)) {
      problems.push(`${path}: a tariff year is written as four digits, e.g. "2024"`);
      continue;
    }
    if (!isObj(y)) {
      problems.push(`${path}: must be an object of tariff values`);
      continue;
    }
    for (const extra of Object.keys(y)) {
      if (!(TARIFF_KEYS as readonly string[]).includes(extra)) problems.push(`${path}.${extra}: unknown field (see "fields")`);
    }
    const values = {} as Record<TariffKey, TariffValue>;
    let complete = true;
    for (const key of TARIFF_KEYS) {
      const value = parseValue(key, y[key], `${path}.${key}`, sourceIds, problems);
      if (value) values[key] = value;
      else complete = false;
    }
    if (complete) years.push({ year, values });
  }
  years.sort((a, b) => a.year - b.year);
  if (!Number.isInteger(data.defaultYear) || !years.some((y) => y.year === data.defaultYear)) {
    problems.push(`defaultYear: must be one of the tariff years (got ${JSON.stringify(data.defaultYear)})`);
  }
  if (problems.length > 0) throw new TariffDataError(problems);
  return { currency: 'EUR', defaultYear: data.defaultYear as number, fields, sources, years };
}

/** The checked contents of `tariffs.json`. */
export const RET_TARIFFS: RetTariffData = parseTariffs(raw);

/** The years the table holds, oldest first. */
export const RET_TARIFF_YEARS: readonly number[] = RET_TARIFFS.years.map((y) => y.year);

/** The tariff year the model uses unless told otherwise. */
export const RET_DEFAULT_TARIFF_YEAR: number = RET_TARIFFS.defaultYear;

/** The tariffs of one year. Throws a RangeError for a year the table does not hold. */
export function tariffsFor(year: number = RET_DEFAULT_TARIFF_YEAR, data: RetTariffData = RET_TARIFFS): TariffYear {
  const found = data.years.find((y) => y.year === year);
  if (!found) throw new RangeError(`No RET tariffs for ${year}; the table holds ${data.years.map((y) => y.year).join(', ')}.`);
  return found;
}
