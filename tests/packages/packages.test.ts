import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedTokens, tokensInSources, varsIn } from '../../scripts/tokens.mjs';
import { TAGS } from '../tags.js';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sources(path));
    else if (path.endsWith('.ts')) out.push(path);
  }
  return out;
}

describe('package boundaries', () => {
  it('keeps the core free of the DOM and of Lit', () => {
    for (const file of sources('packages/core/src')) {
      const text = read(file);
      expect(text, file).not.toMatch(/from ['"](lit|@lit\/)/);
      expect(text, file).not.toMatch(/\b(document|window|customElements|navigator|localStorage)\.[A-Za-z]|\bHTMLElement\b/);
    }
  });

  it('registers tags only in the define entry, so importing a class has no side effect', () => {
    for (const file of sources('packages/elements/src')) {
      if (file.endsWith('define.ts')) continue;
      expect(read(file), file).not.toMatch(/customElements\.define\(/);
    }
    const define = read('packages/elements/src/define.ts');
    for (const tag of TAGS) expect(define).toContain(`customElements.define('${tag}'`);
  });

  it.each(['packages/core', 'packages/elements', 'packages/study'])('%s is an ESM package with types, exports and sideEffects', (dir) => {
    const pkg = json(`${dir}/package.json`);
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBeDefined();
    expect(pkg.exports['.'].types).toMatch(/\.d\.ts$/);
    for (const [, target] of Object.entries<Record<string, string> | string>(pkg.exports)) {
      if (typeof target === 'string') continue;
      for (const file of Object.values(target)) expect(existsSync(join(root, dir, file)), `${dir}/${file}`).toBe(true);
    }
  });

  it('resolves @advice-kit/core from its built exports in plain Node', () => {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const c = await import('@advice-kit/core'); console.log(typeof c.rank, typeof c.tippingPoints)"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('function function');
  });
});

describe('custom elements manifest and tokens', () => {
  const manifest = json('packages/elements/custom-elements.json');
  const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
    tagName?: string;
    summary?: string;
    description?: string;
    events?: { name: string; type?: { text: string } }[];
    cssProperties?: { name: string; description?: string }[];
    attributes?: { name: string }[];
  }[];

  it('describes every element with a one-line summary and a description', () => {
    for (const tag of TAGS) {
      const decl = declarations.find((d) => d.tagName === tag);
      expect(decl, tag).toBeDefined();
      expect(decl?.summary ?? '', tag).not.toBe('');
      expect(decl?.summary ?? '', `${tag}: the summary is one line`).not.toContain('\n');
      expect((decl?.summary ?? '').length, `${tag}: the summary is short`).toBeLessThanOrEqual(100);
      expect(decl?.description ?? '', tag).not.toBe('');
    }
  });

  it('gives every element a heading-level attribute and a token for its heading size', () => {
    for (const tag of TAGS) {
      const decl = declarations.find((d) => d.tagName === tag);
      expect(
        decl?.attributes?.map((a) => a.name),
        tag,
      ).toContain('heading-level');
      expect(
        decl?.cssProperties?.map((p) => p.name),
        tag,
      ).toContain(`--${tag}-heading-font-size`);
    }
  });

  it('types every advice-* event with its detail, so the manifest carries it', () => {
    for (const decl of declarations.filter((d) => d.tagName)) {
      for (const event of decl.events ?? []) {
        if (event.name.startsWith('advice-'))
          expect(event.type?.text, `${decl.tagName} ${event.name}`).toMatch(/^CustomEvent<Advice\w+Detail>$/);
      }
    }
  });

  it('documents every --advice-* token the styles use, and uses every documented one', () => {
    const used = [...tokensInSources(join(root, 'packages/elements/src')).keys()].sort();
    const documented = [...documentedTokens(manifest).keys()].sort();
    expect(
      used.filter((t) => !documented.includes(t)),
      'used but not documented with @cssproperty',
    ).toEqual([]);
    expect(
      documented.filter((t) => !used.includes(t)),
      'documented but not used',
    ).toEqual([]);
    for (const [name, { description }] of documentedTokens(manifest)) expect(description, name).not.toBe('');
  });

  it('names tokens by the NL Design System grammar, with the advice prefix', () => {
    for (const name of documentedTokens(manifest).keys()) expect(name).toMatch(/^--advice-[a-z0-9]+(-[a-z0-9N]+)*$/);
  });

  it('lists every documented token in tokens.json', () => {
    const tokens = json('packages/elements/tokens.json').tokens.map((t: { name: string }) => t.name);
    expect(tokens.sort()).toEqual([...documentedTokens(manifest).keys()].sort());
  });

  it('reads a token default whole, nested functions included', () => {
    expect(
      varsIn(
        'a: var(--advice-a, var(--_advice-border)); b: var(--advice-b); c: var(--advice-c, clamp(1rem, 0.75rem + 3cqi, calc(2rem + 1px)));',
      ),
    ).toEqual([
      { name: '--advice-a', fallback: 'var(--_advice-border)' },
      { name: '--advice-b', fallback: null },
      { name: '--advice-c', fallback: 'clamp(1rem, 0.75rem + 3cqi, calc(2rem + 1px))' },
    ]);
    // A default in tokens.json is a CSS value a designer can paste: its parentheses balance.
    for (const { name, default: value } of json('packages/elements/tokens.json').tokens as { name: string; default: string | null }[]) {
      let depth = 0;
      for (const c of value ?? '') {
        depth += c === '(' ? 1 : c === ')' ? -1 : 0;
        expect(depth, name).toBeGreaterThanOrEqual(0);
      }
      expect(depth, `${name}: ${value}`).toBe(0);
    }
  });
});
