import type { Locale } from '@advice-kit/core';

/** The kit's language for an element: its own `locale`, else the nearest `lang` (through shadow roots), else `<html lang>`, else Dutch. */
export function resolveLocale(element: Element, explicit?: string | null): Locale {
  const wanted = explicit ?? nearestLang(element);
  return toLocale(wanted);
}

/** `en`, `en-GB`... → `en`; anything else → `nl`. */
export function toLocale(lang: string | null | undefined): Locale {
  return typeof lang === 'string' && /^en\b/i.test(lang.trim()) ? 'en' : 'nl';
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

/** BCP 47 tag for Intl formatting. */
export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}
