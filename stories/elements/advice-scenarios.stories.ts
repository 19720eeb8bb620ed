import type { Scenario } from '@advice-kit/core';
import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { type ElementStory, elementMeta, type StoryArgs, statesOf } from '../support/element.js';
import { element, settle, shadow } from '../support/play.js';

/** `<advice-scenarios>`: "what if" — add, name, edit, duplicate, remove and compare scenarios. */
const meta = {
  title: 'Elements/Scenarios',
  component: 'advice-scenarios',
  ...elementMeta('advice-scenarios', ['heading-level']),
} satisfies Meta<StoryArgs>;
export default meta;
const states = statesOf('advice-scenarios');

const PARKING_SCENARIOS: readonly Scenario[] = [
  { id: 'wfh', name: 'Thuis gaan werken', overrides: { worksFromHome: true }, suggestion: 'work-from-home' },
  { id: 'centre', name: 'Verhuizen naar het centrum', overrides: { zone: 'centre' }, suggestion: 'move-to-centre' },
];

export const Default: ElementStory = { ...states.default, name: 'Default' };
export const Parking: ElementStory = { ...states.parking, name: 'Parking model (example)' };
export const English: ElementStory = { ...states.english, name: 'English' };

/** Two scenarios beside the person's own situation; where the advice differs is highlighted. */
export const Compared: ElementStory = {
  name: 'Scenarios compared',
  args: { model: 'parking', preset: { scenarios: PARKING_SCENARIOS } },
};

/** Looking at one scenario: the whole module shows the advice for it, with a way back. */
export const Active: ElementStory = {
  name: 'Looking at a scenario',
  args: { model: 'parking', preset: { scenarios: PARKING_SCENARIOS, activeScenario: 'wfh' } },
};

/** Add a scenario from the model's suggestions; it appears in the list and in the comparison. */
export const AddScenario: ElementStory = {
  name: 'Add a scenario',
  args: { model: 'parking' },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const scenarios = shadow(element(canvasElement, 'advice-scenarios'));
    await userEvent.click(scenarios.getByRole('button', { name: 'Wat als: Thuis gaan werken' }));
    await settle(canvasElement);
    await waitFor(() => expect(scenarios.getByRole('list', { name: "Uw scenario's" })).toBeVisible());
    await waitFor(() => expect(scenarios.getAllByText('Thuis gaan werken').length).toBeGreaterThan(0));
  },
};

/** An uncertain answer in the base situation, compared with a scenario. */
export const UncertainRange: ElementStory = {
  name: 'Uncertain range answer',
  args: { model: 'parking', preset: { situation: { hoursPerWeek: { min: 4, max: 14 } }, scenarios: PARKING_SCENARIOS } },
};

export const Slow: ElementStory = {
  ...states.slow,
  name: 'Slow model (loading)',
  args: { ...states.slow.args, preset: { scenarios: PARKING_SCENARIOS } },
};
export const ModelFails: ElementStory = {
  ...states.error,
  name: 'Model fails (error and retry)',
  args: { ...states.error.args, preset: { scenarios: PARKING_SCENARIOS } },
};
export const NoneEligible: ElementStory = {
  ...states.noneEligible,
  name: 'Nothing fits (all ineligible)',
  args: { ...states.noneEligible.args, preset: { scenarios: PARKING_SCENARIOS } },
};
export const Narrow: ElementStory = {
  ...states.narrow,
  name: 'Narrow (320 px)',
  args: { ...states.narrow.args, model: 'parking', preset: { scenarios: PARKING_SCENARIOS } },
};
export const Wide: ElementStory = {
  ...states.wide,
  name: 'Wide (1280 px)',
  args: { ...states.wide.args, model: 'parking', preset: { scenarios: PARKING_SCENARIOS } },
};
export const ForcedColours: ElementStory = {
  ...states.forcedColors,
  name: 'Forced colours',
  args: { model: 'parking', preset: { scenarios: PARKING_SCENARIOS } },
};
export const WithHeading: ElementStory = { name: 'With heading', args: { 'heading-level': 2 } };
