#!/usr/bin/env node
// Writes packages/elements/tokens.json: every public `--advice-*` custom
// property, from the elements' `@cssproperty` JSDoc in custom-elements.json,
// with the elements that read it and its default from the styles.
// Run after the manifest (`npm run build:manifest`).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = new URL('../packages/elements/', import.meta.url).pathname;

/**
 * Every `var(--advice-x[, fallback])` in a text. The fallback runs to the
 * parenthesis that closes the `var(`, so nested functions such as
 * `var(--_advice-border)` or `clamp(1rem, 2cqi, 3rem)` stay whole.
 */
export function varsIn(text) {
  const found = [];
  for (const m of text.matchAll(/var\(\s*(--advice-[a-z0-9-]+)\s*/g)) {
    let i = m.index + m[0].length;
    let fallback = null;
    if (text[i] === ',') {
      let depth = 0;
      const start = i + 1;
      for (; i < text.length; i++) {
        const c = text[i];
        if (c === '(') depth++;
        else if (c === ')' && depth-- === 0) break;
        else if ((c === ';' || c === '`') && depth === 0) break;
      }
      if (text[i] !== ')') continue;
      fallback = text.slice(start, i).trim() || null;
    } else if (text[i] !== ')') continue;
    found.push({ name: m[1], fallback });
  }
  return found;
}

/** Every `var(--advice-x, default)` in the element sources: token → defaults seen. */
export function tokensInSources(dir = join(pkg, 'src')) {
  const found = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const { name, fallback } of varsIn(text)) {
          const entry = found.get(name) ?? { defaults: new Set(), files: new Set() };
          if (fallback) entry.defaults.add(fallback);
          entry.files.add(path.slice(pkg.length));
          found.set(name, entry);
        }
        // tokens built in code, e.g. `--advice-option-${n}-color`
        for (const m of text.matchAll(/--advice-option-\$\{[^}]+\}-color/g)) {
          const entry = found.get('--advice-option-N-color') ?? { defaults: new Set(), files: new Set() };
          entry.files.add(path.slice(pkg.length));
          found.set('--advice-option-N-color', entry);
          void m;
        }
      }
    }
  };
  walk(dir);
  return found;
}

/** The documented tokens: `@cssproperty` of every declaration in the manifest. */
export function documentedTokens(manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'))) {
  const documented = new Map();
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      for (const prop of decl.cssProperties ?? []) {
        const entry = documented.get(prop.name) ?? { description: prop.description ?? '', elements: [] };
        if (decl.tagName) entry.elements.push(decl.tagName);
        documented.set(prop.name, entry);
      }
    }
  }
  return documented;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const used = tokensInSources();
  const documented = documentedTokens();
  const tokens = [...documented.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, { description, elements }]) => ({
      name,
      description,
      elements: [...new Set(elements)].sort(),
      default: [...(used.get(name)?.defaults ?? [])][0] ?? null,
    }));
  writeFileSync(join(pkg, 'tokens.json'), `${JSON.stringify({ $schema: 'advice-kit tokens 1', tokens }, null, 2)}\n`);
  console.log(`tokens.json: ${tokens.length} tokens`);
}
