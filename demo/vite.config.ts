import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { aliases } from '../scripts/aliases.js';

// The RET demo. `base: './'` makes the built site work from any sub-path of a plain file server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: aliases },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
});
