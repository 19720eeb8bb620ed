import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { aliases } from './scripts/aliases.js';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium() ?? undefined;

/** Lets a story switch Chromium's forced-colours emulation (Windows high contrast) on and off. */
const forcedColors: BrowserCommand<[on: boolean]> = async (ctx, on) => {
  await ctx.page.emulateMedia({ forcedColors: on ? 'active' : 'none' });
};

/** Dependencies every browser project pre-bundles, so a test never waits for Vite to discover them. */
const BROWSER_DEPS = ['lit', 'lit/decorators.js', 'lit/directives/*', '@lit/context', 'chart.js', 'axe-core'];

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/core/**/*.test.ts',
            'tests/declarative/**/*.test.ts',
            'tests/remote/**/*.test.ts',
            'tests/ret/**/*.test.ts',
            'tests/packages/**/*.test.ts',
            'tests/study/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        optimizeDeps: {
          include: [...BROWSER_DEPS, '@testing-library/dom', 'fast-check', 'idb'],
        },
        test: {
          name: 'browser',
          include: ['tests/elements/**/*.test.ts', 'tests/a11y/**/*.test.ts', 'tests/study-browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'demo',
          environment: 'node',
          include: ['tests/demo/**/*.test.ts'],
          globalSetup: ['tests/demo/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each poll goes through Playwright to a page in another process: on a loaded machine
          // (CI, or the other projects running beside) one second is not enough for a page to settle.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        // Every story in stories/ runs as a browser test: it must render without
        // console errors, pass its play function and its axe check (a11y test: 'error').
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: {
          include: [...BROWSER_DEPS, 'lit/directive-helpers.js', 'storybook/test'],
        },
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          // The first story of a run also loads the preview (with the theme switcher's six theme packages): room for a busy machine.
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 900 },
            commands: { forcedColors },
            screenshotFailures: false,
          },
        },
      },
      {
        // The embedding examples (examples/html, react, vue), built from the packages' dist and driven in Chromium.
        extends: true,
        test: {
          name: 'embedding',
          environment: 'node',
          include: ['tests/embedding/**/*.test.ts'],
          globalSetup: ['tests/embedding/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          environment: 'node',
          // One benchmark file at a time: on a 2-core machine a parallel one takes the CPU the measured page needs.
          fileParallelism: false,
          include: [],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
    ],
  },
});
