import { isText, LOCALES, localize, rank, type Text, validateSituation } from '@advice-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { travel } from './models.js';

/** Languages: any BCP 47 tag is a locale; texts fall back to the base language, then Dutch, then English. */
describe('open languages in the core', () => {
  it('keeps the built-in languages listed, Dutch first', () => {
    expect(LOCALES).toEqual(['nl', 'en']);
  });

  it('falls back from a regional tag to its language, then to Dutch, then to English', () => {
    const text: Text = { nl: 'Prijs', en: 'Price', de: 'Preis', 'de-CH': 'Preis (CH)' };
    expect(localize(text, 'de-CH')).toBe('Preis (CH)');
    expect(localize(text, 'de-AT')).toBe('Preis');
    expect(localize(text, 'de')).toBe('Preis');
    expect(localize(text, 'fr')).toBe('Prijs');
    expect(localize({ en: 'Price', de: 'Preis' }, 'fr-BE')).toBe('Price');
    expect(localize({ en: 'Price' }, 'nl')).toBe('Price');
    expect(localize('Prijs', 'de')).toBe('Prijs');
  });

  it('accepts texts with other languages, and only strings in them', () => {
    expect(isText({ nl: 'Prijs', de: 'Preis' })).toBe(true);
    expect(isText({ en: 'Price', 'pt-BR': 'Preço' })).toBe(true);
    expect(isText({ de: 'Preis' })).toBe(false);
    expect(isText({ nl: 'Prijs', de: 3 })).toBe(false);
  });

  it('never returns anything but a string from localize, whatever the text and language', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (text, locale) => {
        expect(typeof localize(text as Text, locale)).toBe('string');
      }),
    );
  });

  it('says an issue in Dutch for a language it has no messages in, with the numbers for the elements to say it themselves', () => {
    const { issues } = validateSituation(travel, { trips: 61 }, 'de');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('above-max');
    expect(issues[0]?.params).toEqual({ max: 60 });
    expect(issues[0]?.message).toBe(issues[0]?.messages.nl);
    expect(validateSituation(travel, { trips: 61 }, 'en').issues[0]?.message).toBe('Enter a number of 60 or less.');
  });

  it('keeps any language tag as the engine locale, and a non-tag becomes Dutch', async () => {
    for (const [locale, expected] of [
      ['de', 'Vul een getal in van 60 of minder.'],
      ['en-GB', 'Enter a number of 60 or less.'],
      ['<img src=x>', 'Vul een getal in van 60 of minder.'],
    ] as const) {
      const { error } = await rank(travel, { trips: 61 }, null, { locale });
      expect(error?.code).toBe('invalid-situation');
      expect(error?.issues[0]?.message).toBe(expected);
    }
  });
});
