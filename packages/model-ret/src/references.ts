/** The model's references: the tariff table's sources, a marker per illustrative value, and those behind each product. */
import type { Reference } from '@advice-kit/core';
import type { OptionSpec } from './options.js';
import type { RetTariffData, TariffKey, TariffValue, TariffYear } from './tariffs.js';

/** Id of the reference that marks an illustrative tariff value. */
export const exampleReferenceId = (key: TariffKey): string => `example-${key}`;

export function referencesFor(t: TariffYear, data: RetTariffData): Reference[] {
  const refs: Reference[] = Object.values(data.sources).map((s) => ({
    id: s.id,
    label: s.label,
    ...(s.url ? { url: s.url } : {}),
    ...(s.year === undefined ? {} : { year: s.year }),
  }));
  for (const key of Object.keys(t.values) as TariffKey[]) {
    const value = t.values[key];
    if (!value.illustrative) continue;
    const field = data.fields[key].label;
    const url = value.source ? data.sources[value.source]?.url : undefined;
    refs.push({
      id: exampleReferenceId(key),
      label: {
        nl: `${field.nl}: voorbeeldtarief. ${value.note?.nl ?? ''}`.trim(),
        en: `${field.en}: example tariff. ${value.note?.en ?? ''}`.trim(),
      },
      ...(url ? { url } : {}),
      year: value.year,
      illustrative: true,
    });
  }
  return refs;
}

export function optionReferences(spec: OptionSpec, t: TariffYear): string[] {
  const ids = new Set<string>();
  for (const key of spec.values) {
    const value: TariffValue = t.values[key];
    if (value.source) ids.add(value.source);
    for (const s of value.seeAlso) ids.add(s);
    if (value.illustrative) ids.add(exampleReferenceId(key));
  }
  for (const rule of spec.rules) ids.add(rule);
  return [...ids];
}
