// Runs scripts/serve-ret.ts with the workspace's source aliases (Node 20 cannot run TypeScript itself).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));
const { module: aliases } = await runnerImport(at('./aliases.ts'));
const { module: serve } = await runnerImport(at('./serve-ret.ts'), {
  root: at('..'),
  logLevel: 'warn',
  resolve: { alias: aliases.aliases },
});
await serve.main(process.argv.slice(2));
