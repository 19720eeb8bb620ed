import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain React + Vite setup: the packages come from node_modules (their built dist), no aliases.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  // A build is for production even when started from Vitest (NODE_ENV=test).
  resolve: command === 'build' ? { conditions: ['module', 'browser', 'production'] } : {},
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
}));
