#!/usr/bin/env node
// `npm run lighthouse`: builds the RET demo for production, serves it on
// 127.0.0.1 under a sub-path with the strict Content-Security-Policy (as
// tests/demo/server.ts does), runs Lighthouse's default mobile audit in
// Debian's Chromium and prints the category scores. Not part of npm test:
// Lighthouse takes a while and its performance score varies with the load.
// Options: --url <url> audits that page instead; --query <query> audits the
// built demo with that query (e.g. "?lang=en" or "?variant=classic");
// --json <file> keeps the report.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** A static server for `dir` under /ret/: gzip, hashed assets cached for a year, pages revalidated. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith('/ret/')) return res.writeHead(404).end();
    let file = normalize(decodeURIComponent(path.slice('/ret/'.length)));
    if (file.startsWith('..')) return res.writeHead(403).end();
    if (file === '.' || file === '' || file.endsWith('/')) file = join(file, 'index.html');
    const full = join(dir, file);
    let body;
    try {
      if (!statSync(full).isFile()) throw new Error('not a file');
      body = readFileSync(full);
    } catch {
      return res.writeHead(404).end('not found');
    }
    // Compressed, as any production web server sends text.
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /\.(html|js|css|svg|json)$/.test(full);
    if (gzip) body = gzipSync(body);
    res.writeHead(200, {
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      'Content-Type': TYPES[extname(full)] ?? 'application/octet-stream',
      'Content-Security-Policy': STRICT_CSP,
      'Cache-Control': file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/ret/`, close: () => new Promise((r) => server.close(r)) };
}

const chromePath = findChromium();
if (!chromePath) throw new Error('Chromium is not installed: run `npm test` once (it installs it) or set CHROMIUM_PATH.');

let url = arg('--url');
let site;
let outDir;
if (!url) {
  outDir = mkdtempSync(join(tmpdir(), 'advice-kit-lighthouse-'));
  await build({
    configFile: join(root, 'demo/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  site = await serve(outDir);
  url = `${site.url}${arg('--query') ?? ''}`;
}

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
try {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error('Lighthouse returned no result');
  const { lhr } = result;
  const json = arg('--json');
  if (json) writeFileSync(json, JSON.stringify(lhr, null, 2));
  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor} (default throttling), ${url}`);
  console.log(`${lhr.environment.hostUserAgent}`);
  for (const category of Object.values(lhr.categories)) {
    console.log(`  ${category.title.padEnd(16)} ${String(Math.round((category.score ?? 0) * 100)).padStart(3)}`);
  }
  // What keeps a category below 100: every audit in it that did not pass.
  for (const category of Object.values(lhr.categories)) {
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1);
    for (const audit of failing) {
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      console.log(`  ${category.title}: ${audit.title}${value}, score ${Math.round((audit.score ?? 0) * 100)}`);
    }
  }
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  console.log(`  metrics: ${metrics.map((id) => `${lhr.audits[id]?.title} ${lhr.audits[id]?.displayValue ?? '–'}`).join('; ')}`);
} finally {
  await chrome.kill();
  await site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
