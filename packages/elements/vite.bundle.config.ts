import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { aliases } from '../../scripts/aliases.js';
import { minifyLiterals } from '../../scripts/minify-literals.js';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));

/**
 * The single-file build for pages without a bundler: dist/advice-kit.js holds
 * the engine, the elements, Lit and the tag registration in one ES module.
 * Chart.js is the one thing apart: dist/advice-kit-chart.js, which
 * `<advice-chart>` imports (relative to advice-kit.js) only when a chart is
 * first shown, so a page without a chart never loads it; English is
 * dist/advice-kit-en.js, imported the same way when a page asks for English.
 * Run after the tsc
 * build (it writes next to its output): `npm run build:bundle`.
 */
export default defineConfig({
  logLevel: 'warn',
  resolve: { alias: aliases, conditions: ['module', 'browser', 'production'] },
  plugins: [
    minifyLiterals(),
    {
      name: 'advice-kit:bundle-types',
      writeBundle() {
        // The bundle exports what src/all.ts exports, so its types are all.d.ts's (from the tsc build).
        writeFileSync(`${dist}advice-kit.d.ts`, "export * from './all.js';\n");
      },
    },
  ],
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    copyPublicDir: false,
    lib: { entry: fileURLToPath(new URL('./src/all.ts', import.meta.url)), formats: ['es'], fileName: () => 'advice-kit.js' },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/translations/')) ? 'advice-kit-en.js' : 'advice-kit-chart.js',
      },
    },
  },
});
