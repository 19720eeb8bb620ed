import type { Scenario } from '@advice-kit/core';
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { type ElementStory, elementMeta, type StoryArgs, statesOf } from '../support/element.js';

/** `<advice-handoff>`: a summary to show an employee (copy, print, share as a link), contact options and the references. */
const meta = {
  title: 'Elements/Handoff',
  component: 'advice-handoff',
  ...elementMeta('advice-handoff', ['heading-level']),
} satisfies Meta<StoryArgs>;
export default meta;
const states = statesOf('advice-handoff');

const SCENARIOS: readonly Scenario[] = [{ id: 'wfh', name: 'Thuis gaan werken', overrides: { worksFromHome: true } }];

export const Default: ElementStory = { ...states.default, name: 'Default' };
export const Parking: ElementStory = { ...states.parking, name: 'Parking model (example)' };
export const English: ElementStory = { ...states.english, name: 'English' };

/** With the organisation's own contact options in the `contact` slot. */
export const ContactSlot: ElementStory = {
  name: 'With contact options (slot)',
  args: { model: 'parking' },
  render: () => html`<advice-handoff>
    <div slot="contact">
      <p>Bel Parkeren Voorbeeldstad: <a href="tel:+31201234567">020 123 45 67</a> (werkdagen 9.00–17.00 uur).</p>
      <p>Of kom langs bij de balie in het Stadskantoor.</p>
    </div>
  </advice-handoff>`,
};

/** The person's scenarios travel along in the summary. */
export const WithScenarios: ElementStory = { name: 'With scenarios', args: { model: 'parking', preset: { scenarios: SCENARIOS } } };

export const UncertainRange: ElementStory = {
  name: 'Uncertain range answer',
  args: { model: 'parking', preset: { situation: { hoursPerWeek: { min: 4, max: 14 } } } },
};

export const Slow: ElementStory = { ...states.slow, name: 'Slow model (loading)' };
export const ModelFails: ElementStory = { ...states.error, name: 'Model fails (error and retry)' };
export const NoneEligible: ElementStory = { ...states.noneEligible, name: 'Nothing fits (all ineligible)' };
export const Narrow: ElementStory = { ...states.narrow, name: 'Narrow (320 px)' };
export const Wide: ElementStory = { ...states.wide, name: 'Wide (1280 px)' };
export const ForcedColours: ElementStory = { ...states.forcedColors, name: 'Forced colours' };
export const WithHeading: ElementStory = { name: 'With heading', args: { 'heading-level': 2 } };
