#!/usr/bin/env node
// Framework and editor integration for @advice-kit/elements, generated from
// its Custom Elements Manifest by the @wc-toolkit / custom-element-* family:
//   frameworks/react.d.ts                 JSX types for React 19 (props, typed events)
//   frameworks/vue.d.ts                   Vue's GlobalComponents
//   frameworks/vscode.html-custom-data.json, vscode.css-custom-data.json   VS Code custom data
//   frameworks/web-types.json             JetBrains web-types
// `npm run build:frameworks` (after `npm run build:manifest`) writes them; the
// files are committed, and tests/packages/frameworks.test.ts fails when they
// differ from what the current manifest generates.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const pkg = new URL('../packages/elements/', import.meta.url).pathname;
export const FRAMEWORK_FILES = ['react.d.ts', 'vue.d.ts', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'];

/** The manifest as a consumer sees it: only what `@advice-kit/elements` exports (no module-private constants). */
export function publicManifest(manifest) {
  const index = manifest.modules.find((m) => m.path === 'src/index.ts');
  const exported = new Set((index?.exports ?? []).map((e) => e.name));
  return {
    ...manifest,
    modules: manifest.modules
      .filter((m) => m.path !== 'src/index.ts')
      .map((m) => ({
        ...m,
        declarations: (m.declarations ?? []).filter((d) => exported.has(d.name) || d.tagName),
        exports: (m.exports ?? []).filter((e) => exported.has(e.name) || e.kind === 'custom-element-definition'),
      }))
      .filter((m) => m.declarations.length > 0)
      // The analyzer's module order follows the file system's; sort, so the output is the same on every machine.
      .sort((a, b) => a.path.localeCompare(b.path)),
  };
}

/** Vue's generator wraps an event's type in `CustomEvent<…>` itself: give it the detail type, and no type for native events. */
function withDetailTypes(manifest) {
  const copy = structuredClone(manifest);
  for (const m of copy.modules) {
    for (const d of m.declarations ?? []) {
      for (const e of d.events ?? []) {
        const detail = e.type?.text?.match(/^CustomEvent<(.+)>$/)?.[1];
        if (detail) e.type = { text: detail };
        else delete e.type;
      }
    }
  }
  return copy;
}

/** A generator may import a detail type once per event: keep each imported name once. */
function dedupeImports(file) {
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(/import type \{([^}]*)\} from "@advice-kit\/elements";/, (_, names) => {
    const unique = [
      ...new Set(
        names
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean),
      ),
    ];
    return `import type {\n${unique.map((n) => `  ${n},`).join('\n')}\n} from "@advice-kit/elements";`;
  });
  writeFileSync(file, fixed);
}

/** The web-types name and version are the elements package's. */
function namePackage(file) {
  const { name, version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const data = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, `${JSON.stringify({ ...data, name, version }, null, 2)}\n`);
}

/** Writes every integration file into `outdir`. The generators log; keep them quiet. */
export function generateFrameworks(manifest, outdir) {
  mkdirSync(outdir, { recursive: true });
  const pub = publicManifest(manifest);
  const log = console.log;
  console.log = () => {};
  const cwd = process.cwd();
  try {
    process.chdir(pkg);
    generateJsxTypes(structuredClone(pub), {
      outdir,
      fileName: 'react.d.ts',
      globalTypePath: '@advice-kit/elements',
      stronglyTypedEvents: true,
    });
    generateVuejsTypes(withDetailTypes(pub), { outdir, fileName: 'vue.d.ts', globalTypePath: '@advice-kit/elements' });
    generateVsCodeCustomElementData(structuredClone(pub), {
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    });
    generateJetBrainsWebTypes(structuredClone(pub), { outdir, webTypesFileName: 'web-types.json' });
  } finally {
    process.chdir(cwd);
    console.log = log;
  }
  for (const f of ['react.d.ts', 'vue.d.ts']) dedupeImports(join(outdir, f));
  namePackage(join(outdir, 'web-types.json'));
}

/** What the current manifest generates, file by file, without touching the shipped files. */
export function freshFrameworks(manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'))) {
  const dir = mkdtempSync(join(tmpdir(), 'advice-kit-frameworks-'));
  try {
    generateFrameworks(manifest, dir);
    return Object.fromEntries(FRAMEWORK_FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  generateFrameworks(JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8')), join(pkg, 'frameworks'));
  console.log(`frameworks/: ${FRAMEWORK_FILES.join(', ')}`);
}
