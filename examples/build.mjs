#!/usr/bin/env node
// Builds the embedding examples into examples/<name>/dist, from the packages'
// built files (run `npm run build:packages` first; `npm run build:examples` does).
// - html: the page, the single-file kit (advice-kit.js + advice-kit-chart.js + advice-kit-en.js) and
//   the RET model as ret-model.js, which imports the core from ./advice-kit.js.
// - react, vue: each app's own Vite build.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => join(root, path);

export const EXAMPLES = ['html', 'react', 'vue'];

export async function buildHtml() {
  const dist = at('examples/html/dist');
  const kit = at('packages/elements/dist');
  if (!existsSync(join(kit, 'advice-kit.js')))
    throw new Error('packages/elements/dist/advice-kit.js is missing: run npm run build:packages');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  for (const file of ['index.html', 'main.js', 'style.css', 'favicon.svg']) copyFileSync(at(`examples/html/${file}`), join(dist, file));
  for (const file of ['advice-kit.js', 'advice-kit-chart.js', 'advice-kit-en.js']) copyFileSync(join(kit, file), join(dist, file));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { conditions: ['module', 'browser', 'production'] },
    plugins: [
      {
        // The model uses the core that advice-kit.js carries, so the page holds one copy of it.
        name: 'core-from-advice-kit',
        enforce: 'pre',
        resolveId: (id) => (id === '@advice-kit/core' ? { id: './advice-kit.js', external: true } : null),
      },
    ],
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      lib: { entry: at('packages/model-ret/dist/index.js'), formats: ['es'], fileName: () => 'ret-model.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return dist;
}

export async function buildApp(name) {
  await build({ configFile: at(`examples/${name}/vite.config.ts`), logLevel: 'warn' });
  return at(`examples/${name}/dist`);
}

export async function buildExample(name) {
  // Vite, React and Vue choose their production builds by NODE_ENV, which Vitest sets to 'test'.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await (name === 'html' ? buildHtml() : buildApp(name));
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const name of EXAMPLES) console.log(`examples/${name}/dist`, (await buildExample(name)) ? 'built' : '');
}
