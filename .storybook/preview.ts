/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { publicManifest } from '../stories/support/manifest.js';
import './preview.css';
import { withAmsterdam, withThemeClass } from './themes.js';

// Controls and the API tables come from the Custom Elements Manifest, which
// `npm run build:manifest` writes from the elements' JSDoc (the storybook
// scripts run it first). Only the public API is shown.
setCustomElementsManifest(publicManifest());

/** console.error calls during the current story. */
let consoleErrors: unknown[][] = [];

const preview: Preview = {
  // The toolbar's theme switcher, for every story (see themes.ts).
  decorators: [withThemeClass, withAmsterdam],
  // Tokens from the manifest become controls, so a designer can try a value on the story (set on the element's style).
  argTypesEnhancers: [
    ({ argTypes }) => {
      const out = { ...argTypes };
      for (const [name, argType] of Object.entries(out)) {
        if (argType.table?.category === 'css custom properties') {
          out[name] = { ...argType, control: name.endsWith('-color') ? 'color' : 'text' };
        }
      }
      return out;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // Violations fail the story's test (npm test), not just show in the panel.
      test: 'error',
      // The kit's bar: WCAG 2.1 A and AA.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
    docs: { toc: { headingSelector: 'h2, h3' } },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Rationales',
          'Module',
          'Elements',
          ['Questions', 'Result', 'Weights', 'Tipping point', 'Scenarios', 'Chart', 'Handoff'],
          'Models',
          'Theming',
        ],
      },
    },
  },
  // A story that logs an error fails, unless it expects one (`parameters.consoleErrors: 'allow'`).
  beforeEach() {
    consoleErrors = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      original.apply(console, args);
    };
    return () => {
      console.error = original;
    };
  },
  afterEach({ parameters }) {
    if (parameters.consoleErrors === 'allow' || consoleErrors.length === 0) return;
    const messages = consoleErrors.map((args) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
    throw new Error(`The story logged ${messages.length} console error(s):\n${messages.join('\n')}`);
  },
};

export default preview;
