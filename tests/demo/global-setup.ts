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
  await build({ configFile: config, logLevel: 'warn' });
  const server = await serveStatic(fileURLToPath(new URL('../../demo/dist/', import.meta.url)));
  project.provide('demoUrl', server.url);
  return () => server.close();
}
