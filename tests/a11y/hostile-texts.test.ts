/**
 * Hostile model texts, in real Chromium without any Content-Security-Policy
 * to fall back on: a model whose every text (title, factor labels, help,
 * units and choices, criterion labels, help and units, option labels,
 * descriptions and links, reasons, notes, references and scenario names) is a
 * script or HTML payload. Every text must render as inert text, no script may
 * run, no element may come from a payload, and no `javascript:` link may exist.
 */
import { type AdviceModel, type Assessments, defineModel, type ResolvedSituation } from '@advice-kit/core';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { deepQueryAll, mount, settle, unmountAll } from '../elements/helpers.js';
import { allElements, renderedTexts, watchErrors } from './helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '\'><iframe srcdoc="<script>parent.__pwned=1</script>">',
  '</style><img src=x onerror=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
];

let n = 0;
/** A text carrying the next payload, in both languages, with a readable marker so tests can find it. */
const evil = (name: string) => {
  const payload = PAYLOADS[n++ % PAYLOADS.length];
  return { nl: `${name} ${payload}`, en: `${name} ${payload}` };
};
const JS_LINK = 'javascript:window.__pwned=1';

const hostileModel: AdviceModel = defineModel({
  id: 'hostile',
  title: evil('title'),
  description: evil('description'),
  factors: [
    {
      id: 'visits',
      kind: 'number',
      label: evil('visits-label'),
      help: evil('visits-help'),
      unit: evil('visits-unit'),
      min: 0,
      max: 20,
      step: 1,
      default: 6,
    },
    { id: 'member', kind: 'boolean', label: evil('member-label'), help: evil('member-help'), default: false },
    {
      id: 'region',
      kind: 'choice',
      label: evil('region-label'),
      help: evil('region-help'),
      choices: [
        { value: 'north', label: evil('north-label'), help: evil('north-help') },
        { value: 'south', label: evil('south-label') },
      ],
      default: 'north',
    },
    {
      id: 'zone',
      kind: 'choice',
      label: evil('zone-label'),
      choices: ['a', 'b', 'c', 'd', 'e', 'f'].map((value) => ({ value, label: evil(`zone-${value}`) })),
      default: 'a',
    },
  ],
  criteria: [
    { id: 'cost', label: evil('cost-label'), help: evil('cost-help'), direction: 'lower', range: { min: 0, max: 100 }, defaultWeight: 3 },
    {
      id: 'flexibility',
      label: evil('flex-label'),
      help: evil('flex-help'),
      unit: evil('flex-unit'),
      direction: 'higher',
      range: { min: 0, max: 10 },
      defaultWeight: 1,
    },
  ],
  options: [
    { id: 'visit', label: evil('visit-option'), description: evil('visit-description'), link: JS_LINK, references: ['prices', 'rules'] },
    { id: 'month', label: evil('month-option'), description: evil('month-description'), link: ' JavaScript:window.__pwned=1' },
    {
      id: 'year',
      label: evil('year-option'),
      description: evil('year-description'),
      link: 'data:text/html,<script>parent.__pwned=1</script>',
    },
  ],
  scenarios: [
    { id: 'more', name: evil('scenario-more'), description: evil('scenario-more-description'), overrides: { visits: { add: 6 } } },
    { id: 'join', name: evil('scenario-join'), overrides: { member: true } },
  ],
  references: [
    { id: 'prices', label: evil('reference-prices'), url: JS_LINK, year: 2024 },
    { id: 'rules', label: evil('reference-rules'), url: 'vbscript:msgbox(1)', illustrative: true },
    { id: 'other', label: evil('reference-other'), url: 'https://example.org/"><img src=x onerror=window.__pwned=1>' },
  ],
  assess(s: ResolvedSituation): Assessments {
    const visits = s.visits as number;
    return {
      visit: { eligible: true, values: { cost: 4 * visits, flexibility: 10 }, notes: [evil('visit-note')] },
      month: { eligible: true, values: { cost: 40, flexibility: 4 }, notes: [evil('month-note')] },
      year: s.member
        ? { eligible: true, values: { cost: 30, flexibility: 0 }, notes: [evil('year-note')] }
        : { eligible: false, reason: evil('year-reason'), values: { cost: 30, flexibility: 0 } },
    };
  },
  breakpoints: () => [],
});

afterEach(() => {
  unmountAll();
  window.__pwned = undefined;
});

function button(root: Element, text: RegExp): HTMLButtonElement {
  const found = deepQueryAll<HTMLButtonElement>(root, 'button').find((b) => text.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

describe('a model whose every text is a script or HTML payload', () => {
  it('renders every text as inert text in every element: no script runs, no element is injected, no javascript: link', async () => {
    const watch = watchErrors();
    const module = await mount(hostileModel, html`<advice-module></advice-module>`);

    // The suggestions' descriptions show until a suggestion is taken.
    const first = renderedTexts(module);
    // Bring every text on screen: scenarios from a suggestion and a named one, their comparison, the disclosures, the chart's table.
    button(module, /Wat als: scenario-more/).click();
    await settle(module);
    button(module, /^\s*Scenario toevoegen\s*$/).click();
    await settle(module);
    const name = deepQueryAll<HTMLInputElement>(module, 'input')
      .filter((i) => i.labels?.[0]?.textContent?.includes('Naam van het scenario'))
      .at(-1);
    expect(name, 'the new scenario has a name field').toBeDefined();
    if (name) {
      name.value = `typed ${PAYLOADS[0]}`;
      name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      name.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await settle(module);
    button(module, /Bekijk dit scenario/).click();
    await settle(module);
    for (const details of deepQueryAll<HTMLDetailsElement>(module, 'details')) details.open = true;
    button(module, /Toon als tabel/).click();
    await settle(module);
    // Give an injected image time to fail loading and fire its handler.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(module);

    expect(window.__pwned).toBeUndefined();
    const elements = allElements(module);
    expect(elements.filter((el) => ['img', 'script', 'svg', 'iframe', 'math', 'object', 'embed'].includes(el.localName))).toEqual([]);
    // Every link goes somewhere safe: no javascript:, vbscript: or data: address, whatever its case or spacing.
    const hrefs = elements.filter((el) => el.hasAttribute('href')).map((el) => el.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => /^\s*(javascript|vbscript|data):/i.test(h))).toEqual([]);
    for (const href of hrefs) expect(['http:', 'https:', 'mailto:', 'tel:'], href).toContain(new URL(href, document.baseURI).protocol);
    // No event handler attribute anywhere.
    expect(elements.flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on')))).toEqual([]);

    // The payloads are there, as text a person can read.
    const texts = [...first, ...renderedTexts(module)].join('\n');
    for (const marker of [
      'visits-label',
      'visits-help',
      'visits-unit',
      'member-label',
      'north-label',
      'north-help',
      'zone-c',
      'cost-label',
      'flex-help',
      'visit-option',
      'visit-description',
      'visit-note',
      'year-reason',
      'scenario-more',
      'scenario-more-description',
      'typed',
      'reference-prices',
      'reference-rules',
      'title',
    ]) {
      expect(texts, marker).toMatch(new RegExp(`${marker} [<"'{]`));
    }
    for (const payload of PAYLOADS) expect(texts).toContain(payload);
    expect(watch.errors).toEqual([]);
    watch.stop();
  });
});
