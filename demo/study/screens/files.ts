/** Downloads, file names and times for the researcher's screens: nothing leaves the browser. */
import type { BuiltInLocale as Locale } from '@advice-kit/core';

/** Downloads text as a file through a Blob and an object URL. */
export function download(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Downloads a Blob (a PNG of a chart, say) as a file. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `2026-11-23-1405`: for file names. */
export function stamp(ms: number = Date.now()): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/** A participant code made safe for a file name. */
export const fileSafe = (code: string): string => code.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'session';

/** A date and time as the researcher reads it. */
export function formatTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** `?study&session=…&lang=…`: the address of a running session, so a reload resumes it. */
export function sessionUrl(id: string, locale: Locale): string {
  return `${location.pathname}?study&session=${encodeURIComponent(id)}${locale === 'en' ? '&lang=en' : ''}`;
}

/** `?study` (set-up) or `?study=data` (researcher), in the page's language. */
export function studyUrl(locale: Locale, screen: 'setup' | 'data'): string {
  return `${location.pathname}?study${screen === 'data' ? '=data' : ''}${locale === 'en' ? '&lang=en' : ''}`;
}
