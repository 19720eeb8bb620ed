#!/usr/bin/env node
// Runs `vitest` with the given arguments and passes its output through. If
// Vitest prints nothing for STALL_MS, the run has stopped making progress. That
// happened in full runs on a loaded 2-core machine: a chart removed while
// Chart.js loaded asked for updates without end (fixed, with a test), a loop of
// microtasks that froze the test page, Vitest's own timers included, so no test
// timeout fired. Should such a freeze come back, the watchdog stops the run
// (with its browsers) and starts it once more, saying so loudly. A second
// stall fails. A test that fails is never run again: only a run that stalls.
//
// Normal runs print a line at least every ~30 s (the longest test file), so a
// silence of minutes is a stall, not a slow test. VITEST_STALL_MS overrides it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const STALL_MS = Number(process.env.VITEST_STALL_MS ?? 240_000);
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const args = process.argv.slice(2);

/** One Vitest run: its exit code, and whether the watchdog had to stop it. */
function run() {
  return new Promise((resolve) => {
    // Its own process group, so that stopping it also stops the browsers it started.
    const child = spawn(process.execPath, [vitest, ...args], {
      stdio: ['inherit', 'pipe', 'pipe'],
      detached: true,
      // Piped output is not a terminal: keep the colours when the watchdog's own output is one.
      env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    });
    let stalled = false;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        console.error(`\nvitest-watchdog: no output for ${Math.round(STALL_MS / 1000)} s, the run has stalled; stopping it.`);
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, STALL_MS);
    };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      arm();
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      arm();
    });
    arm();
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stalled });
    });
  });
}

let result = await run();
if (result.stalled) {
  console.error('vitest-watchdog: running every test again, once, from the start.\n');
  result = await run();
  if (result.stalled) console.error('vitest-watchdog: the second run stalled too; failing.');
}
process.exit(result.stalled ? 1 : result.code);
