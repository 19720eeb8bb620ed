import type { AdviceModel } from '@advice-kit/core';
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { type ElementStory, type StoryArgs, statesOf } from '../support/element.js';
import { moduleArgs, moduleArgTypes, withModule } from '../support/module.js';
import { element, settle, settled, shadow, waitUntilLoaded } from '../support/play.js';

/**
 * `<advice-module>` on its own: with no children it renders the complete
 * default layout — questions, weights, result, tipping points, scenarios,
 * chart and hand-off — so a model is all it takes to have a working advisor.
 */
const meta = {
  title: 'Module/advice-module',
  component: 'advice-module',
  decorators: [withModule],
  args: { ...moduleArgs } as StoryArgs,
  argTypes: {
    ...moduleArgTypes,
    // The module's own API: shown with the manifest's attributes and properties, not as story-frame settings.
    model: { ...moduleArgTypes.model, table: { category: 'properties' } },
    locale: { ...moduleArgTypes.locale, table: { category: 'attributes' } },
    layout: {
      description: "Default layout's questions: `all` on one page, or `stepwise`, one at a time.",
      control: 'inline-radio',
      options: ['all', 'stepwise'],
      table: { category: 'attributes' },
    },
  },
  render: () => html``,
  play: settled,
} satisfies Meta<StoryArgs>;
export default meta;
const states = statesOf('advice-module');

/** Settles, then waits for the lazily loaded chart so the a11y check sees the finished page. */
async function complete({ canvasElement }: { canvasElement: HTMLElement }) {
  await settle(canvasElement);
  await waitUntilLoaded(canvasElement);
}

export const Default: ElementStory = { name: 'Default layout (RET)', play: complete };
export const Parking: ElementStory = { ...states.parking, name: 'Default layout (parking example)', play: complete };
export const English: ElementStory = {
  ...states.english,
  name: 'English',
  play: complete,
};
export const StepByStep: ElementStory = { name: 'Step by step', args: { layout: 'stepwise' }, play: complete };
export const UncertainRange: ElementStory = {
  name: 'Uncertain range answer',
  args: { model: 'parking', preset: { situation: { hoursPerWeek: { min: 4, max: 14 } } } },
  play: complete,
};

/** An async model that takes 2.5 s: every element shows it is busy, then the advice. */
export const Slow: ElementStory = {
  name: 'Slow model (loading)',
  args: { model: 'parking', variant: 'slow' },
  play: async ({ canvasElement }) => {
    const result = element(canvasElement, 'advice-result');
    await waitFor(() => expect(shadow(result).getByText('Het advies wordt berekend…')).toBeVisible(), { timeout: 2000 });
  },
};

/** The model throws: every element shows the message and a retry button. Pressing one asks the model again. */
export const ModelFails: ElementStory = {
  name: 'Model fails (error)',
  args: { model: 'parking', variant: 'failing' },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const result = element(canvasElement, 'advice-result');
    await waitFor(() => expect(shadow(result).getByRole('alert')).toBeVisible());
  },
};

export const Retry: ElementStory = {
  name: 'Model fails, then retry',
  args: { model: 'parking', variant: 'failing' },
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const result = element(canvasElement, 'advice-result');
    await userEvent.click(await waitFor(() => shadow(result).getByRole('button', { name: 'Opnieuw proberen' })));
    await complete({ canvasElement });
    await waitFor(() => expect(shadow(result).queryByRole('alert')).toBeNull());
  },
};

export const NoneEligible: ElementStory = {
  ...states.noneEligible,
  name: 'Nothing fits (all ineligible)',
  play: complete,
};
export const Narrow: ElementStory = {
  ...states.narrow,
  name: 'Narrow (320 px)',
  play: async (context) => {
    await complete(context);
    await states.narrow.play(context);
  },
};
export const Wide: ElementStory = {
  ...states.wide,
  name: 'Wide (1280 px)',
  play: complete,
};
export const ForcedColours: ElementStory = {
  ...states.forcedColors,
  name: 'Forced colours',
  play: async (context) => {
    await complete(context);
    await states.forcedColors.play(context);
  },
};

/** A model with mistakes in its definition: one message, and the problems in the console for the developer. */
export const InvalidModel: ElementStory = {
  name: 'Invalid model',
  parameters: { consoleErrors: 'allow' },
  decorators: [
    (_story, { args }) => {
      const broken = {
        id: 'broken',
        title: 'Broken',
        factors: [],
        criteria: [],
        options: [],
        assess: () => ({}),
      } as unknown as AdviceModel;
      return html`<div lang=${args.locale}><advice-module .model=${broken}></advice-module></div>`;
    },
  ],
};

/** No model set (yet): a short message instead of an empty box. */
export const NoModel: ElementStory = {
  name: 'No model',
  decorators: [(_story, { args }) => html`<div lang=${args.locale}><advice-module></advice-module></div>`],
};
