/**
 * Model texts with very long words — an ordinary long Dutch word and a
 * 10,000-character one — in every text a model gives (title, questions,
 * help, units, choices, criteria, options, descriptions, reasons, scenarios,
 * references), rendered by `<advice-module>` with every part at 320 px. No
 * part may make the page scroll sideways: every box inside every shadow root
 * stays within the viewport, or inside a box of its own that scrolls (the
 * scenario table). Prints the count cited in docs/accessibility.md.
 */
import { type AdviceModelDefinition, defineModel, type Text } from '@advice-kit/core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { PATTERN_TAGS } from '../tags.js';
import { clubDefinition } from './fixtures.js';
import { deepQuery, mount, settle, unmountAll } from './helpers.js';

const WIDTH = 320;
let boxes = 0;
afterEach(unmountAll);
beforeEach(async () => {
  await page.viewport(WIDTH, 800);
});
afterAll(() => console.log(`long words: ${boxes} boxes in ${PATTERN_TAGS.length + 1} elements checked at ${WIDTH} px`));

/** Every text of the club model replaced by `word` (with its own text kept in front, so each stays recognisable). */
function longWordModel(word: string) {
  const t = (text: Text | undefined): Text => {
    const base = typeof text === 'string' ? text : (text?.nl ?? '');
    return { nl: `${base} ${word}`, en: `${base} ${word}` };
  };
  const d = clubDefinition;
  const definition: AdviceModelDefinition = {
    ...d,
    title: t(d.title),
    description: t('Omschrijving'),
    factors: d.factors.map((f) => ({
      ...f,
      label: t(f.label),
      help: t(f.help ?? 'Uitleg'),
      ...(f.kind === 'number' ? { unit: t(f.unit) } : {}),
      ...(f.kind === 'choice' ? { choices: f.choices.map((c) => ({ ...c, label: t(c.label), help: t('Keuze') })) } : {}),
    })) as AdviceModelDefinition['factors'],
    criteria: d.criteria.map((c) => ({ ...c, label: t(c.label), help: t('Criterium'), ...(c.unit ? { unit: t(c.unit) } : {}) })),
    options: d.options.map((o) => ({ ...o, label: t(o.label), description: t(o.description) })),
    scenarios: (d.scenarios ?? []).map((s) => ({ ...s, name: t(s.name), description: t('Scenario') })),
    references: (d.references ?? []).map((r) => ({ ...r, label: t(r.label) })),
    assess(s) {
      const a = d.assess(s) as Record<string, { eligible: boolean; reason?: Text; values: Record<string, number> }>;
      return Object.fromEntries(
        Object.entries(a).map(([id, x]) => [id, { ...x, ...(x.reason ? { reason: t(x.reason) } : {}), notes: [t('Let op')] }]),
      );
    },
  };
  return defineModel(definition);
}

/** Every element inside `root`, through shadow roots. */
function allElements(root: Element | ShadowRoot, out: Element[] = []): Element[] {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) allElements(el.shadowRoot, out);
  }
  return out;
}

/** The nearest ancestor (through shadow roots) that scrolls sideways in its own box. */
function scrollingAncestor(el: Element): Element | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element) {
      const x = getComputedStyle(node).overflowX;
      if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') return node;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

const WORDS: [string, string][] = [
  ['an ordinary long Dutch word', 'Arbeidsongeschiktheidsverzekering'],
  ['a word of 300 characters', 'Arbeidsongeschiktheidsverzekering'.repeat(9).slice(0, 300)],
  ['a word of 10,000 characters', 'x'.repeat(10_000)],
];

describe('very long words at 320 px', () => {
  it.each(WORDS)('%s: no part makes the page scroll sideways', async (_, word) => {
    const module = await mount(longWordModel(word), undefined, { width: WIDTH });
    await settle(module, 12);
    for (const tag of PATTERN_TAGS) expect(deepQuery(module, tag), tag).not.toBeNull();
    const overflowing: string[] = [];
    for (const el of allElements(module.parentElement as Element)) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      boxes++;
      if (rect.right <= WIDTH + 1 && rect.left >= -1) continue;
      const box = scrollingAncestor(el);
      if (box && box.getBoundingClientRect().right <= WIDTH + 1) continue;
      const host = (el.getRootNode() as ShadowRoot).host?.tagName.toLowerCase() ?? 'page';
      overflowing.push(`${host} ${el.tagName.toLowerCase()}.${el.className} ${Math.round(rect.left)}–${Math.round(rect.right)}`);
    }
    expect(overflowing.slice(0, 20)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });
});
