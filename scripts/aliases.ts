import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The workspace packages resolved to their sources, for Vite and Vitest. */
export const aliases = {
  '@advice-kit/core/declarative': at('packages/core/src/adapters/declarative.ts'),
  '@advice-kit/core/remote': at('packages/core/src/adapters/remote.ts'),
  '@advice-kit/core/server': at('packages/core/src/adapters/server.ts'),
  '@advice-kit/core': at('packages/core/src/index.ts'),
  '@advice-kit/elements/define': at('packages/elements/src/define.ts'),
  '@advice-kit/elements': at('packages/elements/src/index.ts'),
  '@advice-kit/study': at('packages/study/src/index.ts'),
};
