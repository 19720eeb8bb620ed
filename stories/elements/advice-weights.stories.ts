import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fireEvent, userEvent, waitFor } from 'storybook/test';
import { type ElementStory, elementMeta, type StoryArgs, statesOf } from '../support/element.js';
import { element, settle, shadow } from '../support/play.js';

/** `<advice-weights>`: how much each criterion matters, with presets and each weight's stability interval on its track. */
const meta = {
  title: 'Elements/Weights',
  component: 'advice-weights',
  ...elementMeta('advice-weights', ['heading-level', 'max', 'step']),
} satisfies Meta<StoryArgs>;
export default meta;
const states = statesOf('advice-weights');

export const Default: ElementStory = { ...states.default, name: 'Default' };
export const Parking: ElementStory = { ...states.parking, name: 'Parking model (example)' };
export const English: ElementStory = { ...states.english, name: 'English' };

/** The weights beside the advice: moving "Gemak" to the top makes the permit the advice. */
export const SetAWeight: ElementStory = {
  name: 'Set a weight (with result)',
  args: { model: 'parking' },
  render: () => html`<advice-weights></advice-weights>
    <hr />
    <advice-result></advice-result>`,
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const weights = shadow(element(canvasElement, 'advice-weights'));
    const result = shadow(element(canvasElement, 'advice-result'));
    await waitFor(() => expect(result.getAllByText('Bezoekerskaart')[0]).toBeVisible());
    const slider = weights.getByRole('slider', { name: 'Gemak' });
    slider.focus();
    (slider as HTMLInputElement).value = '100';
    await fireEvent.input(slider);
    await fireEvent.change(slider);
    await settle(canvasElement);
    await waitFor(() => expect(result.getAllByText('Bewonersvergunning')[0]).toBeVisible());
  },
};

/** A preset: "Zo goedkoop mogelijk" puts cost first. */
export const Preset: ElementStory = {
  name: 'Choose a preset',
  args: { model: 'parking' },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const weights = shadow(element(canvasElement, 'advice-weights'));
    await userEvent.click(weights.getByRole('button', { name: 'Zo goedkoop mogelijk' }));
    await settle(canvasElement);
    await expect(weights.getByRole('button', { name: 'Zo goedkoop mogelijk' })).toHaveAttribute('aria-pressed', 'true');
  },
};

export const Slow: ElementStory = { ...states.slow, name: 'Slow model (loading)' };
export const ModelFails: ElementStory = { ...states.error, name: 'Model fails (error and retry)' };
export const NoneEligible: ElementStory = { ...states.noneEligible, name: 'Nothing fits (all ineligible)' };
export const Narrow: ElementStory = { ...states.narrow, name: 'Narrow (320 px)' };
export const Wide: ElementStory = { ...states.wide, name: 'Wide (1280 px)' };
export const ForcedColours: ElementStory = { ...states.forcedColors, name: 'Forced colours' };
export const WithHeading: ElementStory = { name: 'With heading', args: { 'heading-level': 2 } };
