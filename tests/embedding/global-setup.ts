import type { TestProject } from 'vitest/node';
import { buildExample, EXAMPLES } from '../../examples/build.mjs';
import { type StaticServer, serveStatic } from '../demo/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    exampleUrls: Record<string, string>;
  }
}

/**
 * Builds the embedding examples (plain HTML, React, Vue) from the packages'
 * built files (npm test runs build:packages first) and serves each under a
 * sub-path with the strict Content-Security-Policy.
 */
export default async function setup(project: TestProject) {
  const servers: StaticServer[] = [];
  const urls: Record<string, string> = {};
  for (const name of EXAMPLES) {
    const dist = await buildExample(name);
    const server = await serveStatic(dist, `/${name}/`);
    servers.push(server);
    urls[name] = server.url;
  }
  project.provide('exampleUrls', urls);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
