/**
 * Serves the RET model over the remote-model contract on 127.0.0.1, for the
 * demo's "remote model" setting and for trying the contract by hand.
 *
 *   npm run serve:ret-model -- [--port 8787] [--model typescript|declarative] [--latency 0] [--cors '*']
 *
 * Then `remoteModel('http://127.0.0.1:8787')` (or `retRemoteModel()` from
 * demo/ret/remote.ts) gives the same advice as the local model.
 */

import { retModel } from '@advice-kit/model-ret';
import { retDeclarativeModel } from '@advice-kit/model-ret/declarative';
import { serveModel } from '@advice-kit/remote/server';

export async function main(argv: readonly string[]): Promise<void> {
  const option = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? (argv[i + 1] as string) : fallback;
  };
  const kind = option('model', 'typescript');
  if (kind !== 'typescript' && kind !== 'declarative') throw new Error(`--model must be typescript or declarative (got ${kind})`);
  const server = await serveModel(kind === 'declarative' ? retDeclarativeModel : retModel, {
    port: Number(option('port', '8787')),
    latency: Number(option('latency', '0')),
    cors: option('cors', '*'),
  });
  console.log(`The ${kind} RET model is served at ${server.url} (GET /model, POST /assess, POST /breakpoints). Ctrl+C stops it.`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
