import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fireEvent, waitFor } from 'storybook/test';
import { factorFor } from '../support/defaults.js';
import { type ElementStory, elementMeta, renderElement, type StoryArgs, statesOf } from '../support/element.js';
import { element, settle, shadow } from '../support/play.js';

const render = renderElement('advice-tipping-point', ['factor', 'heading-level']);

/**
 * `<advice-tipping-point factor="…">`: the factor's whole range as a band of
 * segments by best option, thresholds labelled, the person's value marked and
 * movable; for choice and yes/no factors, the advice for each answer.
 * Without `factor`, these stories take the model's first number factor.
 */
const meta = {
  title: 'Elements/Tipping point',
  component: 'advice-tipping-point',
  ...elementMeta('advice-tipping-point', ['factor', 'heading-level'], { factor: '' }),
  render: (args: StoryArgs) => render({ ...args, factor: factorFor(args.model, args.factor) }),
} satisfies Meta<StoryArgs>;
export default meta;
const states = statesOf('advice-tipping-point');

export const Default: ElementStory = { ...states.default, name: 'Default' };
export const Parking: ElementStory = { ...states.parking, name: 'Parking model (example)' };
export const English: ElementStory = { ...states.english, name: 'English' };

/** The RET model's trip length: another number factor, in half kilometres. */
export const OtherFactor: ElementStory = { name: 'Another number factor (trip length)', args: { factor: 'tripKm' } };

/** A choice factor: the advice for each part of town. */
export const ChoiceFactor: ElementStory = { name: 'Choice factor', args: { model: 'parking', factor: 'zone' } };

/** A yes/no factor: the advice when working from home, and when not. */
export const YesNoFactor: ElementStory = { name: 'Yes/no factor', args: { model: 'parking', factor: 'worksFromHome' } };

/** An uncertain answer: the range is marked on the band. */
export const UncertainRange: ElementStory = {
  name: 'Uncertain range answer',
  args: { model: 'parking', preset: { situation: { hoursPerWeek: { min: 4, max: 14 } } } },
};

/** Move across a tipping point with the keyboard: from 8 to 10 hours a week the advice turns from visitor's card to permit. */
export const MoveAcrossTippingPoint: ElementStory = {
  name: 'Move across a tipping point (with result)',
  args: { model: 'parking', factor: 'hoursPerWeek' },
  render: () => html`<advice-tipping-point factor="hoursPerWeek"></advice-tipping-point>
    <hr />
    <advice-result></advice-result>`,
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const band = shadow(element(canvasElement, 'advice-tipping-point'));
    const result = shadow(element(canvasElement, 'advice-result'));
    await waitFor(() => expect(result.getAllByText('Bezoekerskaart')[0]).toBeVisible());
    const slider = await waitFor(() =>
      band.getByRole('slider', { name: 'Ander antwoord proberen: Hoeveel uur per week parkeert u in de wijk?' }),
    );
    await expect(slider).toHaveValue('8');
    // Two steps to the right, as the arrow keys do (Testing Library cannot press keys on a native slider).
    slider.focus();
    (slider as HTMLInputElement).stepUp(2);
    await fireEvent.input(slider);
    await fireEvent.change(slider);
    await settle(canvasElement);
    await waitFor(() => expect(slider).toHaveValue('10'));
    await waitFor(() => expect(result.getAllByText('Bewonersvergunning')[0]).toBeVisible());
  },
};

export const Slow: ElementStory = { ...states.slow, name: 'Slow model (loading)' };
export const ModelFails: ElementStory = { ...states.error, name: 'Model fails (error and retry)' };
export const NoneEligible: ElementStory = { ...states.noneEligible, name: 'Nothing fits (all ineligible)' };

/** A `factor` the model does not have: a message instead of a band. */
export const UnknownFactor: ElementStory = { name: 'Unknown factor', args: { factor: 'shoeSize' } };

export const Narrow: ElementStory = { ...states.narrow, name: 'Narrow (320 px)' };
export const Wide: ElementStory = { ...states.wide, name: 'Wide (1280 px)' };
export const ForcedColours: ElementStory = { ...states.forcedColors, name: 'Forced colours' };
export const WithHeading: ElementStory = { name: 'With heading', args: { 'heading-level': 3 } };
