// Storybook for the advice-kit elements: web components built with Vite.
// Stories import '@advice-kit/elements/define' and '@advice-kit/core' from
// source through the same aliases as Vitest, so there is nothing to build
// first except the Custom Elements Manifest and tokens.json (npm scripts
// `storybook` and `build-storybook` run `build:manifest` before this).
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';
import { aliases } from '../scripts/aliases.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown in the MDX pages: their tables render as tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    // The toolbar's theme switcher (see preview.ts).
    '@storybook/addon-themes',
  ],
  core: {
    // No network but the npm registry: no telemetry, no crash reports, no update checks.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  viteFinal: (config) =>
    mergeConfig(config, {
      resolve: { alias: aliases },
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context', 'chart.js'] },
      build: { chunkSizeWarningLimit: 2000 },
    }),
};

export default config;
