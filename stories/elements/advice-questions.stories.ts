import type { Meta } from '@storybook/web-components-vite';
import { expect, fireEvent, userEvent, waitFor } from 'storybook/test';
import { type ElementStory, elementMeta, type StoryArgs, statesOf } from '../support/element.js';
import { moduleArgTypes } from '../support/module.js';
import { deepQuery, element, settle, shadow } from '../support/play.js';

/**
 * `<advice-questions>`: the questions about the person's situation. It asks
 * the model nothing, so it has no loading or error state of its own: while
 * the model works or fails, the answers stay and the other elements show it.
 */
const meta = {
  title: 'Elements/Questions',
  component: 'advice-questions',
  ...elementMeta('advice-questions', ['layout', 'heading-level'], { layout: 'all' }),
  argTypes: {
    ...moduleArgTypes,
    layout: {
      description: '`all` questions on one page, or `stepwise`: one at a time with back and next.',
      control: 'inline-radio',
      options: ['all', 'stepwise'],
      table: { category: 'attributes' },
    },
  },
} satisfies Meta<StoryArgs>;
export default meta;
const states = statesOf('advice-questions');

export const Default: ElementStory = { ...states.default, name: 'Default' };
export const Parking: ElementStory = { ...states.parking, name: 'Parking model (example)' };
export const English: ElementStory = { ...states.english, name: 'English' };

/** One question at a time with back and next, progress "Vraag 1 van 7", and an overview at the end. */
export const StepByStep: ElementStory = {
  name: 'Step by step',
  args: { layout: 'stepwise' },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const questions = shadow(element(canvasElement, 'advice-questions'));
    await expect(questions.getByText('Vraag 1 van 7')).toBeVisible();
    await userEvent.click(questions.getByRole('button', { name: 'Volgende' }));
    await waitFor(() => expect(questions.getByText('Vraag 2 van 7')).toBeVisible());
  },
};

/** The last step: every answer in an overview, each with a "Wijzigen" button. */
export const StepByStepSummary: ElementStory = {
  name: 'Step by step: overview',
  args: { model: 'parking', layout: 'stepwise' },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const questions = shadow(element(canvasElement, 'advice-questions'));
    for (let i = 0; i < 4; i++) await userEvent.click(questions.getByRole('button', { name: 'Volgende' }));
    await userEvent.click(questions.getByRole('button', { name: 'Naar het overzicht' }));
    await waitFor(() => expect(questions.getByRole('heading', { name: 'Uw antwoorden' })).toBeVisible());
  },
};

/** "Ik weet het niet precies": the number answer becomes a range, "tussen 4 en 14 uur per week". */
export const UncertainRange: ElementStory = {
  name: 'Uncertain range answer',
  args: { model: 'parking', preset: { situation: { hoursPerWeek: { min: 4, max: 14 } } } },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const questions = shadow(element(canvasElement, 'advice-questions'));
    // Two fields, "tussen … en …" (their names come from aria-labelledby, which Testing Library cannot follow inside a shadow root).
    await waitFor(() => expect(questions.getAllByRole('textbox').map((f) => (f as HTMLInputElement).value)).toEqual(['4', '14', '1']));
    await expect(questions.getAllByRole('checkbox', { name: 'Ik weet het niet precies' })[0]).toBeChecked();
  },
};

/** A value out of range: the message next to the field, in the person's language; the last valid advice stays. */
export const InvalidAnswer: ElementStory = {
  name: 'Invalid answer',
  args: { model: 'parking' },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const questions = shadow(element(canvasElement, 'advice-questions'));
    const field = questions.getByRole('textbox', { name: 'Hoeveel uur per week parkeert u in de wijk?' });
    // Typed into the field and left (Testing Library's userEvent cannot focus a field inside a shadow root).
    (field as HTMLInputElement).value = '500';
    await fireEvent.input(field);
    await fireEvent.change(field);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    await expect(deepQuery(element(canvasElement, 'advice-questions'), '[part="error-message"]')).not.toBeNull();
  },
};

export const Narrow: ElementStory = { ...states.narrow, name: 'Narrow (320 px)' };
export const NarrowStepByStep: ElementStory = {
  ...states.narrow,
  name: 'Narrow, step by step',
  args: { ...states.narrow.args, layout: 'stepwise' },
};
export const Wide: ElementStory = { ...states.wide, name: 'Wide (1280 px)' };
export const ForcedColours: ElementStory = { ...states.forcedColors, name: 'Forced colours' };
export const WithHeading: ElementStory = { name: 'With heading', args: { 'heading-level': 2 } };
