import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// A plain Vue + Vite setup: the packages come from node_modules (their built dist), no aliases.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [
    // <advice-*> are custom elements, not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('advice-') } } }),
  ],
  resolve: command === 'build' ? { conditions: ['module', 'browser', 'production'] } : {},
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
}));
