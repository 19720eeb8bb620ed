// Runs in the browser before the stories' tests (Vitest project 'storybook').
// Gives stories a way to switch Chromium's forced-colours emulation (Windows
// high contrast), which a page cannot do by itself: see stories/support/forced-colors.ts.
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    forcedColors: (on: boolean) => Promise<void>;
  }
}

globalThis.__adviceKitForcedColors = (on: boolean) => commands.forcedColors(on);
