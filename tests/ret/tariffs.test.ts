/**
 * The tariff data: every value has a year and a source, or is marked
 * illustrative — and an illustrative value is shown as such wherever it is
 * used (a note on the option's assessment, an illustrative reference).
 */
import { defaultSituation, type ResolvedSituation, type Situation } from '@advice-kit/core';
import {
  createRetModel,
  exampleReferenceId,
  ILLUSTRATIVE_NOTE,
  parseTariffs,
  quote,
  RET_OPTION_IDS,
  RET_TARIFF_YEARS,
  RET_TARIFFS,
  readRetSituation,
  TARIFF_KEYS,
  TariffDataError,
  tariffsFor,
} from '@advice-kit/model-ret';
import raw from '@advice-kit/model-ret/tariffs.json';
import { describe, expect, it } from 'vitest';
import { assessAt } from './helpers.js';

type RawValue = { value: unknown; year: unknown; source: unknown; illustrative?: unknown; note?: unknown };
const rawYears = raw.years as unknown as Record<string, Record<string, RawValue>>;
const rawSources = raw.sources as Record<string, { url?: string }>;

/** Situations that between them use every tariff value: every age group, students at weekends. */
const SITUATIONS: Situation[] = ['4-11', '12-18', '19-64', '65+'].flatMap((ageGroup): Situation[] => [
  { ageGroup, student: true, daysPerWeek: 7 },
  { ageGroup, student: false, daysPerWeek: 5, rotterdamResident: false },
]);

describe('tariffs.json', () => {
  it('holds 2022–2025 with every field, 2024 being the default', () => {
    expect(Object.keys(rawYears)).toEqual(['2022', '2023', '2024', '2025']);
    expect(raw.defaultYear).toBe(2024);
    for (const year of Object.values(rawYears)) expect(Object.keys(year).sort()).toEqual([...TARIFF_KEYS].sort());
  });

  it('gives every value a number, a year and a source; a value without a source is marked illustrative with a note', () => {
    for (const [yearKey, year] of Object.entries(rawYears)) {
      for (const [key, v] of Object.entries(year)) {
        const where = `${yearKey}.${key}`;
        expect(typeof v.value, where).toBe('number');
        expect(Number.isInteger(v.year), where).toBe(true);
        if (v.source === null) {
          expect(v.illustrative, `${where} has no source`).toBe(true);
        } else {
          expect(Object.keys(rawSources), where).toContain(v.source);
        }
        if (v.illustrative === true) {
          expect(v.note, `${where} is illustrative`).toMatchObject({ nl: expect.any(String), en: expect.any(String) });
        }
      }
    }
  });

  it('marks as illustrative exactly the values ret-tariffs.md did not find for RET', () => {
    for (const year of RET_TARIFF_YEARS) {
      const illustrative = TARIFF_KEYS.filter((k) => tariffsFor(year).values[k].illustrative);
      const expected = [
        'discountFee',
        'discountRateAdult',
        'discountRateYouth',
        'discountRateReduced',
        'monthPrice',
        'dayTicket',
        ...(year === 2025 ? ['kmRate'] : []),
      ];
      expect(illustrative.sort()).toEqual(expected.sort());
    }
  });

  it('keeps the published fares and their sources', () => {
    const fare = (year: number) => [tariffsFor(year).values.baseFare, tariffsFor(year).values.kmRate];
    expect(fare(2022).map((v) => [v.value, v.source])).toEqual([
      [1.01, 'wos-2022'],
      [0.155, 'wos-2022'],
    ]);
    expect(fare(2023).map((v) => [v.value, v.source])).toEqual([
      [1.08, 'mrdh-2023'],
      [0.166, 'mrdh-2023'],
    ]);
    expect(fare(2024).map((v) => [v.value, v.source, v.illustrative])).toEqual([
      [1.08, 'nieuws-2024', false],
      [0.166, 'nieuws-2024', false],
    ]);
    expect(tariffsFor(2025).values.baseFare.value).toBe(1.12);
    expect(RET_TARIFFS.sources['nieuws-2024']?.url).toBe(
      'https://nieuws.nl/algemeen/20231013/metropoolregio-ov-tarieven-gaan-volgend-jaar-niet-omhoog',
    );
  });

  it('links sources over https only', () => {
    for (const s of Object.values(rawSources)) if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//);
  });
});

describe('parseTariffs refuses data a team got wrong', () => {
  const withValue = (patch: Record<string, unknown>) => {
    const data = structuredClone(raw) as unknown as { years: Record<string, Record<string, Record<string, unknown>>> };
    Object.assign(data.years['2024']?.monthPrice ?? {}, patch);
    return data;
  };

  it('accepts the real table', () => {
    expect(() => parseTariffs(raw)).not.toThrow();
  });

  it('a value without a source that is not marked illustrative', () => {
    expect(() => parseTariffs(withValue({ illustrative: false }))).toThrow(/years\.2024\.monthPrice: a value without a source/);
  });

  it('an illustrative value without a note', () => {
    expect(() => parseTariffs(withValue({ note: undefined }))).toThrow(/needs a note/);
  });

  it('an unknown source, a missing field, a share of 34 instead of 0.34', () => {
    const data = structuredClone(raw) as unknown as { years: Record<string, Record<string, Record<string, unknown>>> };
    const y = data.years['2023'] as Record<string, Record<string, unknown>>;
    (y.baseFare as Record<string, unknown>).source = 'nowhere';
    delete y.kmRate;
    (y.saldoAgeDiscount as Record<string, unknown>).value = 34;
    try {
      parseTariffs(data);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TariffDataError);
      const problems = (error as TariffDataError).problems.join('\n');
      expect(problems).toContain('years.2023.baseFare.source');
      expect(problems).toContain('years.2023.kmRate: missing');
      expect(problems).toContain('years.2023.saldoAgeDiscount.value: a share');
    }
  });
});

describe('illustrative values are shown as such', () => {
  for (const year of RET_TARIFF_YEARS) {
    it(`${year}: every option whose cost uses an illustrative value has the note and an illustrative reference`, () => {
      const model = createRetModel({ year });
      const t = tariffsFor(year);
      const refs = new Map((model.references ?? []).map((r) => [r.id, r]));
      const used = new Set<string>();
      for (const overrides of SITUATIONS) {
        const assessments = assessAt(overrides, model);
        const r = readRetSituation({ ...defaultSituation(model), ...overrides } as ResolvedSituation);
        for (const id of RET_OPTION_IDS) {
          const a = assessments[id];
          if (!a || a.values.monthlyCost === undefined) continue;
          const illustrative = quote(id, r, t).uses.filter((k) => t.values[k].illustrative);
          const option = model.options.find((o) => o.id === id);
          if (illustrative.length > 0) {
            expect(a.notes, `${year} ${id}`).toContainEqual(ILLUSTRATIVE_NOTE);
            for (const key of illustrative) {
              used.add(key);
              expect(option?.references, `${year} ${id} ${key}`).toContain(exampleReferenceId(key));
              expect(refs.get(exampleReferenceId(key))?.illustrative).toBe(true);
            }
          } else {
            expect(a.notes ?? [], `${year} ${id}`).not.toContainEqual(ILLUSTRATIVE_NOTE);
          }
        }
      }
      // every illustrative value of the year is used by some option, and so shown somewhere
      expect([...used].sort()).toEqual(TARIFF_KEYS.filter((k) => t.values[k].illustrative).sort());
    });
  }

  it('names the options with an example price by hand: 2024 discount, month, year, day; 2025 also saldo and student', () => {
    const withNote = (year: number) => {
      const a = assessAt({ ageGroup: '65+', student: true, daysPerWeek: 7 }, createRetModel({ year }));
      return RET_OPTION_IDS.filter((id) => a[id]?.notes?.some((n) => JSON.stringify(n) === JSON.stringify(ILLUSTRATIVE_NOTE)));
    };
    expect(withNote(2024)).toEqual(['discount', 'month', 'year', 'day']);
    expect(withNote(2025)).toEqual(['saldo', 'discount', 'month', 'year', 'day', 'student']);
    expect(ILLUSTRATIVE_NOTE).toEqual({
      nl: 'Voorbeeldtarief: de echte prijs kan anders zijn.',
      en: 'Example tariff: the real price may differ.',
    });
  });

  it('2024 saldo rests on published fares only: no example note, no illustrative reference', () => {
    const a = assessAt({});
    expect(a.saldo?.notes ?? []).not.toContainEqual(ILLUSTRATIVE_NOTE);
    const model = createRetModel();
    const refs = new Map((model.references ?? []).map((r) => [r.id, r]));
    const saldo = model.options.find((o) => o.id === 'saldo');
    expect(saldo?.references?.some((id) => refs.get(id)?.illustrative)).toBe(false);
    expect(saldo?.references).toContain('nieuws-2024');
  });

  it('2025 saldo uses the 2024 km rate as an example, and says so', () => {
    const model = createRetModel({ year: 2025 });
    expect(assessAt({}, model).saldo?.notes).toContainEqual(ILLUSTRATIVE_NOTE);
    const ref = model.references?.find((r) => r.id === exampleReferenceId('kmRate'));
    expect(ref).toMatchObject({ illustrative: true, year: 2024 });
  });

  it('the example references name the value, say "voorbeeldtarief", and give the year of the example', () => {
    const ref = createRetModel().references?.find((r) => r.id === exampleReferenceId('dayTicket'));
    expect(ref).toMatchObject({ illustrative: true, year: 2020, url: 'https://rotterdam.partijvoordedieren.nl' });
    expect(ref?.label).toMatchObject({ nl: expect.stringContaining('Prijs dagkaart: voorbeeldtarief.') });
  });
});
