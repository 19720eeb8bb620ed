import type { Decorator, Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StoryArgs } from './support/element.js';
import { type ModuleArgs, moduleArgs, moduleArgTypes, withModule } from './support/module.js';
import { settle, waitUntilLoaded } from './support/play.js';
import './themes/ret.css';
import './themes/nl-design-system.css';

type ThemeArgs = ModuleArgs & { theme: 'default' | 'ret' | 'nl-design-system' };

/** Puts the module inside the theme's class; the themes set only `--advice-*` tokens. */
const withTheme: Decorator<ThemeArgs> = (story, { args }) =>
  args.theme === 'default' ? story() : html`<div class="theme-${args.theme}">${story()}</div>`;

/**
 * The same module under three themes. A theme is a set of `--advice-*`
 * custom properties (see stories/themes/*.css and the tokens table on each
 * element's docs page); nothing else changes, so an organisation themes the
 * kit with its own tokens, as the NL Design System mapping shows.
 */
const meta = {
  title: 'Theming/Themes',
  decorators: [withModule, withTheme],
  args: { ...moduleArgs, theme: 'default' },
  argTypes: {
    ...moduleArgTypes,
    theme: { control: 'inline-radio', options: ['default', 'ret', 'nl-design-system'], description: 'The theme around the module.' },
  },
  render: () => html``,
  play: async ({ canvasElement }) => {
    await settle(canvasElement);
    await waitUntilLoaded(canvasElement);
  },
} satisfies Meta<ThemeArgs>;
export default meta;

type Story = { name?: string; args?: Partial<ThemeArgs & StoryArgs> };

/** advice-kit's own defaults: no tokens set. */
export const DefaultTheme: Story = { name: 'Default theme' };

/** The RET demo's theme: RET red, rounder corners, light grey page. */
export const RetTheme: Story = { name: 'RET theme', args: { theme: 'ret' } };

/** A municipality's NL Design System tokens (Utrecht-style names) mapped onto advice-kit's tokens. */
export const NlDesignSystem: Story = { name: 'NL Design System tokens (mapped)', args: { theme: 'nl-design-system' } };

/** The parking example under the NL Design System theme: a theme is independent of the model. */
export const NlDesignSystemParking: Story = {
  name: 'NL Design System tokens, parking model',
  args: { theme: 'nl-design-system', model: 'parking' },
};
