import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { type ElementStory, elementMeta, type StoryArgs, statesOf } from '../support/element.js';
import { element, settle, shadow } from '../support/play.js';

/**
 * `<advice-bar>`: the current advice in one line — the best option and its
 * price — with a link to the full advice. In `<advice-module>`'s default
 * layout it sticks to the edge of the screen; here it is shown on its own.
 */
const meta = {
  title: 'Elements/Advice bar',
  component: 'advice-bar',
  ...elementMeta('advice-bar', ['href', 'criterion', 'quiet'], { href: '#advies' }),
} satisfies Meta<StoryArgs>;
export default meta;
const states = statesOf('advice-bar');

export const Default: ElementStory = { ...states.default, name: 'Default' };
export const Parking: ElementStory = { ...states.parking, name: 'Parking model (example)' };
export const English: ElementStory = { ...states.english, name: 'English' };

/** A scenario being viewed: the bar says whose advice it shows. */
export const Scenario: ElementStory = {
  name: 'Scenario being viewed',
  args: {
    preset: {
      scenarios: [{ id: 's1', name: 'Verder weg verhuizen', overrides: { tripKm: 20 } }],
      activeScenario: 's1',
    },
  },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const bar = shadow(element(canvasElement, 'advice-bar'));
    await waitFor(() => expect(bar.getByText('Advies bij scenario „Verder weg verhuizen”:')).toBeVisible());
  },
};

/** Without a link (no `href`). */
export const NoLink: ElementStory = { name: 'Without a link', args: { href: '' } };

export const Slow: ElementStory = { ...states.slow, name: 'Slow model (loading)' };
export const ModelFails: ElementStory = {
  name: 'Model fails',
  args: { model: 'parking', variant: 'failing' },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const bar = shadow(element(canvasElement, 'advice-bar'));
    await waitFor(() => expect(bar.getByText('Het advies kon niet worden berekend')).toBeVisible());
  },
};
export const NoneEligible: ElementStory = {
  ...states.noneEligible,
  name: 'Nothing fits (all ineligible)',
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const bar = shadow(element(canvasElement, 'advice-bar'));
    await waitFor(() => expect(bar.getByText('Geen van de mogelijkheden past')).toBeVisible());
  },
};
export const Narrow: ElementStory = { ...states.narrow, name: 'Narrow (320 px)' };
export const Wide: ElementStory = { ...states.wide, name: 'Wide (1280 px)' };
export const ForcedColours: ElementStory = { ...states.forcedColors, name: 'Forced colours' };
