#!/usr/bin/env node
// Installs what a fresh clone is missing: the npm packages, and with
// --browser Debian's Chromium for the browser tests. Quiet when all is there.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });

function installPackages() {
  const lock = join(root, 'package-lock.json');
  const installed = join(root, 'node_modules', '.package-lock.json');
  const stale = !existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs + 1000);
  if (!stale) return;
  console.log('setup: installing npm packages…');
  run('npm', existsSync(lock) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund']);
}

function installChromium() {
  if (findChromium()) return;
  console.log("setup: Chromium is missing; installing Debian's chromium package…");
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    const apt = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
    apt(['update', '-q']);
    apt(['install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
  } catch (error) {
    console.error('setup: could not install Chromium with apt-get. Install it by hand (apt-get install chromium) or set CHROMIUM_PATH.');
    throw error;
  }
  if (!findChromium()) throw new Error('setup: apt-get finished but no Chromium was found.');
}

installPackages();
if (process.argv.includes('--browser')) installChromium();
