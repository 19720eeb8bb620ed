// Writes packages/model-ret/src/ret-dmn.ts from ret.dmn: the DMN file as a
// string module, so the package works in Node and in bundlers without a
// loader for .dmn files. tests/ret/dmn-equivalence.test.ts fails when the
// two differ; run `node scripts/embed-dmn.mjs` after editing ret.dmn.
import { readFileSync, writeFileSync } from 'node:fs';

const at = (path) => new URL(`../packages/model-ret/src/${path}`, import.meta.url);
const xml = readFileSync(at('ret.dmn'), 'utf8');
writeFileSync(
  at('ret-dmn.ts'),
  `// Generated from ret.dmn by scripts/embed-dmn.mjs: edit ret.dmn, then run the script.\n\n/** The text of ret.dmn. */\nexport const RET_DMN: string = ${JSON.stringify(xml)};\n`,
);
