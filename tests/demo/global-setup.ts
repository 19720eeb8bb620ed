import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}

/** Builds the demo once and serves it under a sub-path with the strict CSP for the end-to-end tests. */
export default async function setup(project: TestProject) {
  const config = fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url));
  // A production build, as `npm run build` makes it (Vitest runs with NODE_ENV=test, which would pick Lit's development build).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: config, logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await serveStatic(fileURLToPath(new URL('../../demo/dist/', import.meta.url)));
  project.provide('demoUrl', server.url);
  return () => server.close();
}
