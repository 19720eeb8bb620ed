/**
 * Forced colours (Windows high contrast) for a story. A page cannot turn the
 * mode on by itself: under `npm test` the Vitest setup provides a hook that
 * asks Chromium to emulate it; in the Storybook UI the story shows how to
 * switch it on in the browser's developer tools.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';

declare global {
  /** Set by .storybook/vitest.setup.ts when stories run as tests. */
  var __adviceKitForcedColors: ((on: boolean) => Promise<void>) | undefined;
}

/** `beforeEach` of a forced-colours story: emulate the mode while the story runs (tests only). */
export async function emulateForcedColors(): Promise<() => Promise<void>> {
  const toggle = globalThis.__adviceKitForcedColors;
  await toggle?.(true);
  return async () => {
    await toggle?.(false);
  };
}

/** Whether the page is in forced-colours mode now. */
export const forcedColorsActive = (): boolean => window.matchMedia('(forced-colors: active)').matches;

/** Under `npm test` the emulation must really be on, or the story would test the normal colours. */
export async function expectForcedColorsWhenTesting(): Promise<void> {
  if (globalThis.__adviceKitForcedColors) await expect(forcedColorsActive()).toBe(true);
}

/** A short note above the story when the mode is off, saying how to switch it on. */
export function forcedColorsNote(): TemplateResult | typeof nothing {
  if (forcedColorsActive()) return nothing;
  return html`<p class="story-note">
    Forced colours are off. To see this story as people using Windows high contrast see it, switch them on: in Chrome or Edge
    open DevTools → More tools → Rendering → “Emulate CSS media feature forced-colors” → <code>active</code>. Under
    <code>npm test</code> this story runs with forced colours emulated.
  </p>`;
}
