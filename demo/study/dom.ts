/** Small DOM helpers for the study screens (plain DOM: no inline styles or scripts, so the strict CSP holds). */

type Child = Node | string | null | undefined | false;

/** An element with attributes (`true` → empty attribute, `false`/null → none) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Text only screen readers read. */
export const hidden = (text: string): HTMLSpanElement => h('span', { class: 'visually-hidden' }, text);

/** Moves focus to a screen's heading, so keyboard and screen-reader users start at the new screen. */
export function focusHeading(heading: HTMLElement): void {
  heading.tabIndex = -1;
  heading.focus();
}

/** Downloads text as a file through a Blob and an object URL: nothing leaves the browser. */
export function download(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Downloads a Blob (a PNG of a chart, say) as a file. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: fileName, hidden: true });
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
