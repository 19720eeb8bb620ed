import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { type ElementStory, elementMeta, type StoryArgs, statesOf } from '../support/element.js';
import { element, settle, shadow, waitUntilLoaded } from '../support/play.js';

/** `<advice-result>`: the advice, how sure it is, what would change it, why, and every option compared. */
const meta = {
  title: 'Elements/Result',
  component: 'advice-result',
  ...elementMeta('advice-result', ['heading-level']),
} satisfies Meta<StoryArgs>;
export default meta;
const states = statesOf('advice-result');

export const Default: ElementStory = { ...states.default, name: 'Default' };
export const Parking: ElementStory = { ...states.parking, name: 'Parking model (example)' };
export const English: ElementStory = { ...states.english, name: 'English' };

/** "Not sure" answers: a range of hours a week. The result says whether the advice holds over the whole range. */
export const UncertainRange: ElementStory = {
  name: 'Uncertain range answer',
  args: { model: 'parking', preset: { situation: { hoursPerWeek: { min: 4, max: 14 } } } },
};

export const Slow: ElementStory = { ...states.slow, name: 'Slow model (loading)' };
export const ModelFails: ElementStory = { ...states.error, name: 'Model fails (error and retry)' };

/** The model fails once; pressing "Opnieuw proberen" asks it again and the advice appears. */
export const Retry: ElementStory = {
  name: 'Model fails, then retry',
  args: { model: 'parking', variant: 'failing' },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const result = element(canvasElement, 'advice-result');
    await userEvent.click(await waitFor(() => shadow(result).getByRole('button', { name: 'Opnieuw proberen' })));
    await waitUntilLoaded(canvasElement);
    await waitFor(() => expect(shadow(result).queryByRole('alert')).toBeNull());
    await expect(shadow(result).getAllByText('Bezoekerskaart')[0]).toBeVisible();
  },
};

export const NoneEligible: ElementStory = { ...states.noneEligible, name: 'Nothing fits (all ineligible)' };
export const Narrow: ElementStory = { ...states.narrow, name: 'Narrow (320 px)' };
export const Wide: ElementStory = { ...states.wide, name: 'Wide (1280 px)' };
export const ForcedColours: ElementStory = { ...states.forcedColors, name: 'Forced colours' };

/** With its own title (`heading-level="2"`), as when used outside the default layout. */
export const WithHeading: ElementStory = { name: 'With heading', args: { 'heading-level': 2 } };
