import { isLanguageTag, type Locale } from '@advice-kit/core';
import { hasTranslation } from './translations.js';

/**
 * The kit's language for an element: its own `locale` (when the kit speaks
 * it), else the nearest `lang` (through shadow roots), else `<html lang>`;
 * a language the kit does not speak gives Dutch.
 */
export function resolveLocale(element: Element, explicit?: string | null): Locale {
  return knownLocale(explicit) ?? knownLocale(nearestLang(element)) ?? 'nl';
}

/** `en`, `en-GB`... → `en`; a registered `de` for `de-AT`; anything the kit does not speak → `nl`. */
export function toLocale(lang: string | null | undefined): Locale {
  return knownLocale(lang) ?? 'nl';
}

/** The tag itself when the kit speaks it, else its language subtag when the kit speaks that, else null. Lower case. */
function knownLocale(lang: string | null | undefined): Locale | null {
  if (typeof lang !== 'string') return null;
  const tag = lang.trim().toLowerCase();
  if (!isLanguageTag(tag)) return null;
  if (hasTranslation(tag)) return tag;
  const language = tag.split('-')[0] ?? '';
  return hasTranslation(language) ? language : null;
}

function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang');
}

const INTL: Readonly<Record<string, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** BCP 47 tag for Intl formatting: Dutch as in the Netherlands, English as in Britain, any other language as tagged. */
export function intlLocale(locale: Locale): string {
  const own = Object.hasOwn(INTL, locale) ? INTL[locale] : undefined;
  if (own) return own;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'nl-NL';
  } catch {
    return 'nl-NL';
  }
}
