/**
 * The layer rules of the architecture (core ← adapters, models ← elements,
 * study ← demo, stories, examples, scripts), checked by dependency-cruiser with
 * the rules in .dependency-cruiser.cjs — the same rules `npm run lint:layers`
 * applies. The second test plants a bad import of every kind in a copy of the
 * layout and expects each rule to name it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type IConfiguration, type IViolation } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration;

async function violations(paths: string[], baseDir: string): Promise<{ violations: IViolation[]; sources: string[] }> {
  const result = await cruise(paths, {
    ...config.options,
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    outputType: 'json',
  });
  const output = JSON.parse(String(result.output)) as { summary: { violations: IViolation[] }; modules: { source: string }[] };
  return { violations: output.summary.violations, sources: output.modules.map((m) => m.source) };
}

const describeViolation = (v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`;

describe('layer rules', () => {
  it('hold for the whole repository (packages, demo, stories, examples, scripts)', async () => {
    const { violations: found, sources } = await violations(['packages', 'demo', 'stories', 'examples', 'scripts'], root);
    console.log(`layer rules: ${sources.length} modules read, ${found.length} violations`);
    expect(found.map(describeViolation)).toEqual([]);
    // Every layer was read, so a violation in any of them would have been found.
    for (const layer of [
      'packages/core/src/',
      'packages/declarative/src/',
      'packages/remote/src/',
      'packages/elements/src/',
      'packages/study/src/',
      'packages/model-ret/src/',
      'packages/model-parking/src/',
      'demo/',
      'stories/',
      'scripts/',
    ])
      expect(
        sources.some((s) => s.startsWith(layer)),
        layer,
      ).toBe(true);
  }, 120_000);

  const planted = mkdtempSync(join(tmpdir(), 'advice-kit-layers-'));
  afterAll(() => rmSync(planted, { recursive: true, force: true }));

  it('fail on a planted bad import, naming the rule and the offending import', async () => {
    const files: Record<string, string> = {
      'packages/core/src/index.ts': "export { retModel } from '../../model-ret/src/index.ts';\nimport 'lit';\n",
      'packages/elements/src/index.ts':
        "export { retModel } from '../../model-ret/src/index.ts';\nexport * from '../../study/src/index.ts';\n",
      // By package name, as real code imports, through a workspace link in node_modules.
      'packages/elements/src/by-name.ts': "export { retModel } from '@advice-kit/model-ret';\n",
      'packages/model-ret/package.json': '{ "name": "@advice-kit/model-ret", "type": "module", "main": "src/index.ts" }\n',
      'packages/study/src/index.ts': "export * from '../../../demo/main.ts';\n",
      'packages/remote/src/index.ts': "export * from '../../declarative/src/index.ts';\n",
      'packages/declarative/src/index.ts': "export * from '../../core/src/index.ts';\n",
      'packages/model-ret/src/index.ts':
        "export * from '../../declarative/src/index.ts';\nexport * from '../../elements/src/index.ts';\nexport const retModel = 1;\n",
      'stories/story.ts': "import '../demo/main.ts';\n",
      'demo/main.ts': 'export const demo = 1;\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(planted, dirname(path)), { recursive: true });
      writeFileSync(join(planted, path), text);
    }
    mkdirSync(join(planted, 'node_modules/@advice-kit'), { recursive: true });
    symlinkSync(join(root, 'node_modules/lit'), join(planted, 'node_modules/lit'), 'dir');
    symlinkSync(join(planted, 'packages/model-ret'), join(planted, 'node_modules/@advice-kit/model-ret'), 'dir');
    const { violations: found } = await violations(['packages', 'stories', 'demo'], planted);
    const named = found.map(describeViolation).map((line) => line.replace(/^(.*?→ ).*node_modules\//, '$1node_modules/'));
    expect(named).toEqual(
      expect.arrayContaining([
        'core-imports-nothing-of-ours: packages/core/src/index.ts → packages/model-ret/src/index.ts',
        expect.stringMatching(/^core-has-no-dom-framework: packages\/core\/src\/index\.ts → node_modules\/lit\//),
        'elements-and-study-import-only-the-core: packages/elements/src/index.ts → packages/model-ret/src/index.ts',
        'elements-and-study-import-only-the-core: packages/elements/src/index.ts → packages/study/src/index.ts',
        'elements-and-study-import-only-the-core: packages/elements/src/by-name.ts → packages/model-ret/src/index.ts',
        'elements-and-study-import-only-the-core: packages/study/src/index.ts → demo/main.ts',
        'nothing-imports-the-demo: packages/study/src/index.ts → demo/main.ts',
        'adapters-import-only-the-core: packages/remote/src/index.ts → packages/declarative/src/index.ts',
        'models-import-only-the-core-or-the-declarative-adapter: packages/model-ret/src/index.ts → packages/elements/src/index.ts',
        'nothing-imports-the-demo: stories/story.ts → demo/main.ts',
      ]),
    );
    // Allowed, so not named: an adapter on the core, a declarative model on the declarative adapter.
    expect(named.filter((line) => line.includes('→ packages/core/'))).toEqual([]);
    expect(named.filter((line) => line.includes('packages/model-ret/src/index.ts → packages/declarative/'))).toEqual([]);
  }, 120_000);
});
