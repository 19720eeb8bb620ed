/**
 * The packages as npm would publish them (`npm pack --dry-run`, after
 * `npm run build:packages`, which npm test runs first): the right files and
 * nothing else, and exports that resolve in Node and in a Vite build of a
 * consumer that imports them by name through node_modules.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function packedFiles(dir: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: join(root, dir),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [report] = JSON.parse(out) as { files: { path: string }[] }[];
  return (report?.files ?? []).map((f) => f.path).sort();
}

const FORBIDDEN = [/^src\//, /(^|\/)tests?\//, /\.test\.[jt]s$/, /\.map$/, /\.tsbuildinfo$/, /^tsconfig/, /^vite\..*config/, /^tmp\//];

describe.each([
  { dir: 'packages/core', extra: [] },
  { dir: 'packages/declarative', extra: ['schema/declarative-model.schema.json', 'schema/dmn-mapping.schema.json', 'dist/dmn/index.js'] },
  { dir: 'packages/remote', extra: ['openapi/advice-model.json', 'dist/server.js'] },
  {
    dir: 'packages/model-ret',
    extra: ['dist/tariffs.json', 'dist/ret.declarative.json', 'dist/declarative.js', 'dist/dmn.js', 'dist/ret.dmn-mapping.json'],
  },
  { dir: 'packages/model-parking', extra: [] },
  {
    dir: 'packages/elements',
    extra: [
      'custom-elements.json',
      'tokens.json',
      'dist/advice-kit.js',
      'dist/advice-kit.d.ts',
      'dist/advice-kit-chart.js',
      'dist/advice-kit-en.js',
    ],
  },
  { dir: 'packages/study', extra: [] },
])('npm pack of $dir', ({ dir, extra }) => {
  const files = packedFiles(dir);
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
    exports: Record<string, string | Record<string, string>>;
  };

  it('holds package.json, README.md, LICENSE (the repository licence) and its own extras', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', ...extra]) expect(files, file).toContain(file);
    expect(readFileSync(join(root, dir, 'LICENSE'), 'utf8')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'));
  });

  it('ships ES modules with a type declaration beside each', () => {
    const js = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(1);
    for (const file of js) {
      // Chart.js and the English texts: chunks of the single-file build, loaded by advice-kit.js only.
      if (file === 'dist/advice-kit-chart.js' || file === 'dist/advice-kit-en.js') continue;
      expect(files, `${file} has no .d.ts`).toContain(file.replace(/\.js$/, '.d.ts'));
    }
  });

  it('ships no sources, tests, source maps or build info', () => {
    const stray = files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
    expect(stray).toEqual([]);
  });

  it('packs every file its exports point to', () => {
    for (const target of Object.values(pkg.exports)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target))
        expect(files, file).toContain(file.replace(/^\.\//, ''));
    }
  });
});

describe('exports resolve by name', () => {
  it('in plain Node: the core, the adapters and the models import, the elements resolve to their built files', () => {
    const script = `
      const core = await import('@advice-kit/core');
      const declarative = await import('@advice-kit/declarative');
      const remote = await import('@advice-kit/remote');
      const server = await import('@advice-kit/remote/server');
      const ret = await import('@advice-kit/model-ret');
      const retDeclarative = await import('@advice-kit/model-ret/declarative');
      const parking = await import('@advice-kit/model-parking');
      const resolved = ['@advice-kit/elements', '@advice-kit/elements/define', '@advice-kit/elements/advice-kit.js',
        '@advice-kit/elements/custom-elements.json', '@advice-kit/elements/tokens.json',
        '@advice-kit/declarative/declarative-model.schema.json', '@advice-kit/remote/openapi.json']
        .map((s) => import.meta.resolve(s).replace(/^.*\\/packages\\//, ''));
      console.log(JSON.stringify({ core: typeof core.rank, declarative: typeof declarative.declarativeModel,
        remote: typeof remote.remoteModel, server: typeof server.serveModel, ret: ret.retModel.id,
        retDeclarative: retDeclarative.retDeclarativeModel.id, parking: parking.parkingModel.id, resolved }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
    expect(out).toEqual({
      core: 'function',
      declarative: 'function',
      remote: 'function',
      server: 'function',
      ret: 'ret-2024',
      retDeclarative: 'ret-2024',
      parking: expect.any(String),
      resolved: [
        'elements/dist/index.js',
        'elements/dist/define.js',
        'elements/dist/advice-kit.js',
        'elements/custom-elements.json',
        'elements/tokens.json',
        'declarative/schema/declarative-model.schema.json',
        'remote/openapi/advice-model.json',
      ],
    });
  });

  it('in a Vite build of a consumer, through node_modules (no aliases) to the built dist files', async () => {
    const result = (await build({
      configFile: false,
      root: join(root, 'tests/packages/consumer'),
      logLevel: 'silent',
      resolve: { conditions: ['module', 'browser', 'production'] },
      build: { write: false, minify: false, lib: { entry: 'main.ts', formats: ['es'] } },
    })) as Rolldown.RolldownOutput[];
    const chunks = result.flatMap((r) => r.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
    const ids = chunks.flatMap((c) => c.moduleIds).map((id) => id.replace(root, ''));
    expect(ids.some((id) => id.startsWith('packages/core/dist/'))).toBe(true);
    expect(ids).toContain('packages/elements/dist/define.js');
    expect(ids.filter((id) => id.includes('/src/'))).toEqual([]);
    const entry = chunks.find((c) => c.isEntry);
    expect(entry?.code).toMatch(/customElements\.define\(['"`]advice-module/);
  });
});
