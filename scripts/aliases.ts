import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The workspace packages resolved to their sources, for Vite and Vitest (the longer subpaths first). */
export const aliases = {
  '@advice-kit/core': at('packages/core/src/index.ts'),
  '@advice-kit/declarative/dmn': at('packages/declarative/src/dmn/index.ts'),
  '@advice-kit/declarative': at('packages/declarative/src/index.ts'),
  '@advice-kit/remote/server': at('packages/remote/src/server.ts'),
  '@advice-kit/remote': at('packages/remote/src/index.ts'),
  '@advice-kit/elements/define': at('packages/elements/src/define.ts'),
  '@advice-kit/elements/translations/en': at('packages/elements/src/translations/en.ts'),
  '@advice-kit/elements': at('packages/elements/src/index.ts'),
  '@advice-kit/study': at('packages/study/src/index.ts'),
  '@advice-kit/model-ret/tariffs.json': at('packages/model-ret/src/tariffs.json'),
  '@advice-kit/model-ret/declarative': at('packages/model-ret/src/declarative.ts'),
  '@advice-kit/model-ret/dmn': at('packages/model-ret/src/dmn.ts'),
  '@advice-kit/model-ret': at('packages/model-ret/src/index.ts'),
  '@advice-kit/model-parking': at('packages/model-parking/src/index.ts'),
};
