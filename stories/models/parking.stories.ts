import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { type ModuleArgs, moduleArgs, moduleArgTypes, withModule } from '../support/module.js';
import { settle, waitUntilLoaded } from '../support/play.js';

/** The parking example in the complete default layout, in both languages. */
const meta = {
  title: 'Models/Parking example',
  decorators: [withModule],
  args: { ...moduleArgs, model: 'parking' },
  argTypes: moduleArgTypes,
  render: () => html``,
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    await waitUntilLoaded(canvasElement);
  },
} satisfies Meta<ModuleArgs>;
export default meta;

export const Dutch: StoryObj<ModuleArgs> = { name: 'Nederlands' };
export const English: StoryObj<ModuleArgs> = { name: 'English', args: { locale: 'en' } };
/** A household with three cars in the centre: the permit and the visitor's card are closed, with the reasons. */
export const ThreeCarsInTheCentre: StoryObj<ModuleArgs> = {
  name: 'Three cars in the centre',
  args: { preset: { situation: { cars: 3, zone: 'centre', hoursPerWeek: 30 } } },
};
