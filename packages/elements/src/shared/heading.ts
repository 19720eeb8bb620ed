import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

const TAGS = [2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** A clamped heading level (2–6) from an attribute value. */
export function headingLevel(value: unknown, fallback = 2): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? n : fallback;
}

/** A real `<h2>`…`<h6>` element with `part="heading"`; `focusable` lets a link move focus to it (`tabindex="-1"`). */
export function renderHeading(level: number, content: unknown, id?: string, options: { focusable?: boolean } = {}): TemplateResult {
  const tag = TAGS[headingLevel(level) - 2];
  return staticHtml`<${tag} part="heading" class="heading" id=${ifDefined(id)} tabindex=${ifDefined(options.focusable ? '-1' : undefined)}>${content}</${tag}>`;
}
