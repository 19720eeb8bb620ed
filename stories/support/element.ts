/**
 * The states every pattern element is shown in, so each element's stories
 * read as a list of states and designers find the same states everywhere.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { emulateForcedColors, expectForcedColorsWhenTesting } from './forced-colors.js';
import { type ModuleArgs, moduleArgs, moduleArgTypes, withModule } from './module.js';
import { deepQuery, element, expectNoHorizontalScroll, settle, settled, shadow } from './play.js';

/** A story's args: the frame's (model, locale, width…) plus the element's attributes and tokens from the manifest. */
export type StoryArgs = ModuleArgs & Record<string, unknown>;
export type ElementStory = StoryObj<StoryArgs>;

/** Renders `<tag>` with the attributes given as args, and any `--advice-*` token set in the Controls panel. */
export function renderElement(tag: string, attributes: readonly string[]) {
  return (args: StoryArgs) => {
    const el = document.createElement(tag);
    for (const name of attributes) {
      const value = args[name];
      if (value === undefined || value === null || value === '' || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const [name, value] of Object.entries(args)) {
      if (name.startsWith('--') && typeof value === 'string' && value !== '') el.style.setProperty(name, value);
    }
    return el;
  };
}

/** The Meta of a pattern element's stories: inside an `<advice-module>`, controls from the manifest. */
export function elementMeta(tag: string, attributes: readonly string[], args: Partial<StoryArgs> = {}): Meta<StoryArgs> {
  return {
    decorators: [withModule],
    render: renderElement(tag, attributes),
    args: { ...moduleArgs, ...args },
    argTypes: moduleArgTypes,
    play: settled,
  };
}

/** The standard states of the element `tag`, each an independent story object. */
export const statesOf = (tag: string) => ({
  /** The RET model, Dutch, the model's defaults. */
  default: { name: 'Default' } satisfies ElementStory,

  parking: {
    name: 'Parking model (example)',
    args: { model: 'parking' },
  } satisfies ElementStory,

  english: { name: 'English', args: { locale: 'en' } } satisfies ElementStory,

  /** An async model answering after `delay` ms: the loading state. */
  slow: {
    name: 'Slow model (loading)',
    args: { model: 'parking', variant: 'slow' },
    play: async ({ canvasElement }) => {
      const el = element(canvasElement, tag);
      await waitFor(() => expect(deepQuery(el, '[part="status"]')).not.toBeNull(), { timeout: 2000 });
    },
  } satisfies ElementStory,

  /** A model that throws: a message with a retry button. Pressing it here recovers (the model stops failing). */
  error: {
    name: 'Model fails (error and retry)',
    args: { model: 'parking', variant: 'failing' },
    play: async ({ canvasElement }) => {
      await settle(canvasElement);
      const el = element(canvasElement, tag);
      const alert = await waitFor(() => shadow(el).getByRole('alert'));
      await expect(shadow(el).getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
      await expect(alert).toBeVisible();
    },
  } satisfies ElementStory,

  /** No option is open to anyone: the designed "nothing fits" state. */
  noneEligible: {
    name: 'Nothing fits (all ineligible)',
    args: { model: 'parking', variant: 'none-eligible' },
  } satisfies ElementStory,

  /** 320 px: nothing may stick out (WCAG 1.4.10 reflow). */
  narrow: {
    name: 'Narrow (320 px)',
    args: { width: 'narrow' },
    globals: { viewport: { value: 'mobile1', isRotated: false } },
    play: async ({ canvasElement }) => {
      await settle(canvasElement);
      await expectNoHorizontalScroll(canvasElement);
    },
  } satisfies ElementStory,

  wide: { name: 'Wide (1280 px)', args: { width: 'wide' } } satisfies ElementStory,

  /** Windows high contrast: emulated under npm test, instructions in the UI. */
  forcedColors: {
    name: 'Forced colours',
    beforeEach: emulateForcedColors,
    parameters: { forcedColors: true },
    play: async ({ canvasElement }) => {
      await settle(canvasElement);
      await expectForcedColorsWhenTesting();
    },
  } satisfies ElementStory,
});
