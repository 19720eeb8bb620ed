import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { criterionFor, factorFor } from '../support/defaults.js';
import { type ElementStory, elementMeta, renderElement, type StoryArgs, statesOf } from '../support/element.js';
import { deepQuery, element, settle, shadow } from '../support/play.js';

const render = renderElement('advice-chart', ['factor', 'criterion', 'heading-level']);

/** Waits until the chart (Chart.js, loaded lazily) has drawn its canvas. */
async function chartDrawn({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await settle(canvasElement);
  const chart = element(canvasElement, 'advice-chart');
  await waitFor(() => expect(deepQuery(chart, 'canvas')).not.toBeNull(), { timeout: 5000 });
  await settle(canvasElement);
}

/**
 * `<advice-chart factor="…" criterion="…">`: a criterion of every option
 * across a number factor's range, thresholds and the person's value marked,
 * with the same numbers as a table. Without `factor` and `criterion`, these
 * stories take the model's first number factor and first criterion.
 */
const meta = {
  title: 'Elements/Chart',
  component: 'advice-chart',
  ...elementMeta('advice-chart', ['factor', 'criterion', 'heading-level'], { factor: '', criterion: '' }),
  render: (args: StoryArgs) =>
    render({ ...args, factor: factorFor(args.model, args.factor), criterion: criterionFor(args.model, args.criterion) }),
  play: chartDrawn,
} satisfies Meta<StoryArgs>;
export default meta;
const states = statesOf('advice-chart');

export const Default: ElementStory = { ...states.default, name: 'Default' };
export const Parking: ElementStory = { ...states.parking, name: 'Parking model (example)' };
export const English: ElementStory = { ...states.english, name: 'English' };

/** Another pair: the RET model's cost per month over the trip length. */
export const OtherFactor: ElementStory = { name: 'Another factor (trip length)', args: { factor: 'tripKm', criterion: 'monthlyCost' } };

/** "Toon als tabel": the same numbers as an accessible table. */
export const AsTable: ElementStory = {
  name: 'Shown as a table',
  args: { model: 'parking' },
  play: async (context) => {
    await chartDrawn(context);
    const chart = shadow(element(context.canvasElement, 'advice-chart'));
    await userEvent.click(chart.getByRole('button', { name: 'Toon als tabel' }));
    await waitFor(() => expect(chart.getByRole('table')).toBeVisible());
  },
};

/** "Toon de hele grafiek": the whole range instead of the part around the answer. */
export const WholeChart: ElementStory = {
  name: 'Whole chart (not zoomed)',
  play: async (context) => {
    await chartDrawn(context);
    const chart = shadow(element(context.canvasElement, 'advice-chart'));
    const button = chart.getByRole('button', { name: 'Toon de hele grafiek' });
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
  },
};

/** A change of advice that comes from the weights (the prices do not cross there), named as such under the chart. */
export const WeightDriven: ElementStory = {
  name: 'Change of advice from the weights',
  play: async (context) => {
    await chartDrawn(context);
    const chart = shadow(element(context.canvasElement, 'advice-chart'));
    await waitFor(() => expect(chart.getByText(/dit komt door wat u belangrijk vindt/)).toBeVisible());
  },
};

/** An uncertain answer: the range is marked on the chart. */
export const UncertainRange: ElementStory = {
  name: 'Uncertain range answer',
  args: { model: 'parking', preset: { situation: { hoursPerWeek: { min: 4, max: 14 } } } },
};

export const Slow: ElementStory = { ...states.slow, name: 'Slow model (loading)' };
export const ModelFails: ElementStory = { ...states.error, name: 'Model fails (error and retry)' };
export const NoneEligible: ElementStory = {
  ...states.noneEligible,
  name: 'Nothing fits (all ineligible)',
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    const chart = shadow(element(canvasElement, 'advice-chart'));
    await waitFor(() => expect(chart.getByText('Geen van de mogelijkheden past bij deze situatie.')).toBeVisible());
  },
};
export const Narrow: ElementStory = {
  ...states.narrow,
  name: 'Narrow (320 px)',
  play: async (context) => {
    await chartDrawn(context);
    await states.narrow.play(context);
  },
};
export const Wide: ElementStory = { ...states.wide, name: 'Wide (1280 px)' };
export const ForcedColours: ElementStory = {
  ...states.forcedColors,
  name: 'Forced colours',
  play: async (context) => {
    await chartDrawn(context);
    await states.forcedColors.play(context);
  },
};
export const WithHeading: ElementStory = { name: 'With heading', args: { 'heading-level': 2 } };
