import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { aliases } from '../../scripts/aliases.js';
import { minifyLiterals } from '../../scripts/minify-literals.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Chunk {
  readonly fileName: string;
  readonly bytes: number;
  /** zlib gzip, level 9. */
  readonly gzip: number;
  readonly isEntry: boolean;
  /** Static imports (other chunks' file names). */
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** Whether Chart.js (or its colour library) is in the chunk. */
  readonly hasChartJs: boolean;
  readonly modules: readonly { readonly id: string; readonly renderedLength: number }[];
  /** The minified code, to look for texts in. */
  readonly code: string;
}

const gzip = (code: string) => gzipSync(code, { level: 9 }).length;
const CHART_JS = /\/node_modules\/(chart\.js|@kurkle\/color)\//;

function chunksOf(result: Awaited<ReturnType<typeof build>>): Chunk[] {
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((o) => o.output)
    .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk')
    .map((c) => ({
      fileName: c.fileName,
      bytes: Buffer.byteLength(c.code),
      gzip: gzip(c.code),
      isEntry: c.isEntry,
      imports: c.imports,
      dynamicImports: c.dynamicImports,
      hasChartJs: c.moduleIds.some((id) => CHART_JS.test(id)),
      modules: Object.entries(c.modules).map(([id, m]) => ({ id: id.replace(root, ''), renderedLength: m.renderedLength })),
      code: c.code,
    }));
}

/** The entry chunks and everything they import statically: what a page loads before any lazy `import()`. */
export function initialChunks(chunks: readonly Chunk[]): Chunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const queue = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(byName.get(name)?.imports ?? []));
  }
  return chunks.filter((c) => seen.has(c.fileName));
}

/**
 * The production bundle of @advice-kit/core + @advice-kit/elements, as a page
 * that imports `@advice-kit/elements/define` gets it: minified, Chart.js left
 * in the lazy chunk `<advice-chart>` imports when a chart is first shown.
 */
export async function buildKit({ entry = 'packages/elements/src/define.ts' }: { entry?: string } = {}): Promise<Chunk[]> {
  return chunksOf(
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      // Production, also under Vitest (NODE_ENV=test would pick Lit's development build).
      resolve: { alias: aliases, conditions: ['module', 'browser', 'production'] },
      plugins: [minifyLiterals()],
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'advice-kit' },
        rolldownOptions: { output: { minify: true } },
      },
    }),
  );
}

/** The RET demo's production build, as `npm run build` makes it. */
export async function buildDemo(): Promise<Chunk[]> {
  return chunksOf(
    await build({
      configFile: fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)),
      logLevel: 'silent',
      build: { write: false },
    }),
  );
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
