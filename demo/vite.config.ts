import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { aliases } from '../scripts/aliases.js';
import { minifyLiterals } from '../scripts/minify-literals.js';

// The RET demo. `base: './'` makes the built site work from any sub-path of a plain file server.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: aliases,
    // A build is for production even when started from Vitest (NODE_ENV=test), which would otherwise pick Lit's development build.
    ...(command === 'build' ? { conditions: ['module', 'browser', 'production'] } : {}),
  },
  plugins: [minifyLiterals()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    // The remote RET model (`npm run serve:ret-model`) on the page's own origin: the only server config.ts allows.
    proxy: { '/ret-model/': { target: 'http://127.0.0.1:8787', rewrite: (path) => path.replace(/^\/ret-model/, '') } },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
}));
