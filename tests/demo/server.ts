import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** The strict policy public bodies serve: the demo must work fully under it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Base URL including the sub-path, ending in `/`. */
  readonly url: string;
  /** Every path requested, for checking what a page loaded. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A plain file server for a built site under a sub-path (as a public body's
 * web server would host it), sending the strict Content-Security-Policy.
 * Loopback only.
 */
export async function serveStatic(
  root: string,
  subPath = '/ret/',
  headers: Record<string, string> = { 'Content-Security-Policy': STRICT_CSP },
): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(subPath)) {
      res.writeHead(404).end('not found');
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname.slice(subPath.length)));
    if (path.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    if (path === '.' || path === '' || path.endsWith('/')) path = join(path, 'index.html');
    const file = join(root, path);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
