/**
 * The framework and editor integration shipped in @advice-kit/elements
 * (frameworks/: React JSX types, Vue GlobalComponents, VS Code custom data,
 * JetBrains web-types) is generated from the Custom Elements Manifest. This
 * fails when the shipped files drift from what the current manifest generates
 * (a changed attribute, event or description): run `npm run build:frameworks`
 * and commit the result. tests/packages/types/ type-checks real use of the
 * React and Vue types (`npm run typecheck`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_FILES, freshFrameworks, publicManifest } from '../../scripts/frameworks.mjs';
import { TAGS } from '../tags.js';

const root = new URL('../../', import.meta.url).pathname;
const shipped = (file: string) => readFileSync(join(root, 'packages/elements/frameworks', file), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string; type?: { text: string } }[];
}
const elements = (publicManifest(manifest).modules as { declarations: Declaration[] }[])
  .flatMap((m) => m.declarations)
  .filter((d) => d.tagName);

describe('framework integration generated from the manifest', () => {
  it('ships exactly what the current manifest generates', { timeout: 60_000 }, () => {
    const fresh = freshFrameworks(manifest);
    for (const file of FRAMEWORK_FILES) expect(shipped(file), `${file} is stale: run npm run build:frameworks`).toBe(fresh[file]);
  });

  it('types every tag, attribute and advice-* event with its detail in React and Vue', () => {
    const react = shipped('react.d.ts');
    const vue = shipped('vue.d.ts');
    expect(elements.map((d) => d.tagName).sort()).toEqual([...TAGS].sort());
    for (const d of elements) {
      for (const text of [react, vue]) expect(text).toContain(`"${d.tagName}"`);
      for (const a of d.attributes ?? []) expect(react, `${d.tagName} ${a.name}`).toMatch(new RegExp(`"?${a.name}"?\\?:`));
      for (const e of d.events ?? []) {
        if (!e.name.startsWith('advice-')) continue;
        const detail = e.type?.text.match(/^CustomEvent<(Advice\w+Detail)>$/)?.[1];
        expect(detail, `${d.tagName} @event ${e.name} names its detail type`).toBeDefined();
        expect(react).toContain(`"on${e.name}"?:`);
        expect(vue).toContain(`"on${e.name}"?: (e: CustomEvent<${detail}>) => void;`);
      }
    }
  });

  it('describes every tag for the editors', () => {
    const html = JSON.parse(shipped('vscode.html-custom-data.json')) as { tags: { name: string }[] };
    const web = JSON.parse(shipped('web-types.json')) as { name: string; contributions: { html: { elements: { name: string }[] } } };
    expect(html.tags.map((t) => t.name).sort()).toEqual([...TAGS].sort());
    expect(web.name).toBe('@advice-kit/elements');
    expect(web.contributions.html.elements.map((t) => t.name).sort()).toEqual([...TAGS].sort());
  });
});
