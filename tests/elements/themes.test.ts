/**
 * The kit inside real NL Design System themes, as published on npm, with no
 * `--advice-*` token set: the RET module must take the theme's font, text
 * colour, primary button, focus outline and control look from the theme's own
 * tokens (the fallback chain in packages/elements/src/shared/styles.ts), and
 * stay free of axe violations (contrast included) in every theme.
 *
 * Each theme's expected value is the theme's own token, resolved by the
 * browser on a probe inside the themed page; a token the theme does not
 * define is reported as "—" and not asserted. The match table is printed.
 */

import { retModel } from '@advice-kit/model-ret';
import amsterdamCss from '@amsterdam/design-system-tokens/dist/index.css?raw';
import denHaagCss from '@gemeente-denhaag/design-tokens-components/dist/theme/index.css?raw';
import rotterdamCss from '@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css?raw';
import rvoCss from '@nl-rvo/design-tokens/dist/index.css?raw';
import rhcCss from '@rijkshuisstijl-community/design-tokens/dist/index.css?raw';
import utrechtCss from '@utrecht/design-tokens/dist/index.css?raw';
import { html } from 'lit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import amsterdamMapping from '../../packages/elements/themes/amsterdam.css?raw';
import { deepQuery, deepQueryAll, expectAccessible, mount, unmountAll } from './helpers.js';

type Theme = { name: string; className: string; css: string[]; tokens: Partial<Record<Measure, string[]>> };
type Measure =
  | 'font family'
  | 'text colour'
  | 'heading font'
  | 'heading colour'
  | 'primary button background'
  | 'primary button text'
  | 'button font weight'
  | 'button radius'
  | 'focus outline colour'
  | 'focus outline width'
  | 'focus outline style'
  | 'control border colour'
  | 'control border width'
  | 'control radius'
  | 'control background'
  | 'link colour';

/** The NL Design System tokens for each measured property, in the order a theme may define them. */
const UTRECHT: Theme['tokens'] = {
  'font family': ['--utrecht-document-font-family', '--basis-text-font-family-default'],
  'text colour': ['--utrecht-document-color', '--basis-color-default-color-document'],
  'heading font': ['--utrecht-heading-font-family', '--basis-heading-font-family'],
  'heading colour': ['--utrecht-heading-color', '--basis-heading-color'],
  'primary button background': ['--utrecht-button-primary-action-background-color'],
  'primary button text': ['--utrecht-button-primary-action-color'],
  'button font weight': ['--utrecht-button-font-weight'],
  'button radius': ['--utrecht-button-border-radius'],
  'focus outline colour': ['--utrecht-focus-outline-color', '--basis-focus-outline-color'],
  'focus outline width': ['--utrecht-focus-outline-width', '--basis-focus-outline-width'],
  'focus outline style': ['--utrecht-focus-outline-style'],
  'control border colour': [
    '--utrecht-form-control-border-color',
    '--utrecht-textbox-border-color',
    '--basis-color-default-border-default',
  ],
  'control border width': ['--utrecht-form-control-border-width', '--utrecht-textbox-border-width'],
  'control radius': ['--utrecht-form-control-border-radius', '--utrecht-textbox-border-radius'],
  'control background': ['--utrecht-form-control-background-color', '--utrecht-document-background-color'],
  'link colour': ['--utrecht-link-color'],
};

const AMSTERDAM: Theme['tokens'] = {
  'font family': ['--ams-typography-font-family'],
  'text colour': ['--ams-color-text'],
  'heading font': ['--ams-heading-font-family'],
  'heading colour': ['--ams-heading-color'],
  'primary button background': ['--ams-button-primary-background-color'],
  'primary button text': ['--ams-button-primary-color'],
  'button font weight': ['--ams-button-font-weight'],
  'button radius': ['--ams-button-border-radius'],
  'control border colour': ['--ams-text-input-border-color'],
  'control border width': ['--ams-text-input-border-width'],
  'control radius': ['--ams-text-input-border-radius'],
  'control background': ['--ams-color-background'],
  'link colour': ['--ams-link-color'],
};

const THEMES: Theme[] = [
  { name: 'Rotterdam', className: 'rotterdam-theme', css: [rotterdamCss], tokens: UTRECHT },
  { name: 'Rijkshuisstijl', className: 'rhc-theme', css: [rhcCss], tokens: UTRECHT },
  { name: 'Utrecht', className: 'utrecht-theme', css: [utrechtCss], tokens: UTRECHT },
  { name: 'Den Haag', className: 'denhaag-theme', css: [denHaagCss], tokens: UTRECHT },
  { name: 'RVO', className: 'rvo-theme', css: [rvoCss], tokens: UTRECHT },
  { name: 'Amsterdam', className: 'ams-theme', css: [amsterdamCss, amsterdamMapping], tokens: AMSTERDAM },
];

/** Which CSS property on a probe resolves a token of each kind to a comparable computed value. */
const PROBE: Record<Measure, string> = {
  'font family': 'font-family',
  'text colour': 'color',
  'heading font': 'font-family',
  'heading colour': 'color',
  'primary button background': 'background-color',
  'primary button text': 'color',
  'button font weight': 'font-weight',
  'button radius': 'border-top-left-radius',
  'focus outline colour': 'color',
  'focus outline width': 'padding-left',
  'focus outline style': 'border-top-style',
  'control border colour': 'color',
  'control border width': 'padding-left',
  'control radius': 'border-top-left-radius',
  'control background': 'background-color',
  'link colour': 'color',
};

const rows: string[][] = [];
const sheets: HTMLStyleElement[] = [];

afterEach(() => {
  unmountAll();
  for (const s of sheets.splice(0)) s.remove();
});

afterAll(() => {
  const measures = Object.keys(PROBE);
  const header = ['theme', 'matched', ...measures.map((_, i) => String(i + 1))];
  const table = [header, ...rows].map((r) => r.map((c, i) => c.padEnd(i === 0 ? 14 : i === 1 ? 8 : 3)).join(' '));
  console.log(
    `NL Design System themes, no --advice-* set (✓ equals the theme's token, ✗ differs, — not in the theme):\n${table.join('\n')}\n` +
      measures.map((m, i) => `${i + 1} ${m}`).join(' · '),
  );
});

/** The computed value of the first token of `names` the theme defines, or undefined. */
function themeValue(scope: Element, names: string[], property: string): string | undefined {
  for (const name of names) {
    const raw = getComputedStyle(scope).getPropertyValue(name).trim();
    if (!raw) continue;
    if (raw.toLowerCase() === 'currentcolor') return 'currentcolor';
    const probe = document.createElement('span');
    probe.style.display = 'block';
    probe.style.borderStyle = 'solid';
    probe.style.setProperty(property, `var(${name})`);
    scope.append(probe);
    const value = getComputedStyle(probe).getPropertyValue(property);
    probe.remove();
    return value;
  }
  return undefined;
}

/** The computed `property` of `element`, normalised the same way as the theme's value. */
function kitValue(scope: Element, element: Element, property: string, cssProperty: string): string {
  const value = getComputedStyle(element).getPropertyValue(property);
  const probe = document.createElement('span');
  probe.style.display = 'block';
  probe.style.borderStyle = 'solid';
  probe.style.setProperty(cssProperty, value);
  scope.append(probe);
  const normalised = getComputedStyle(probe).getPropertyValue(cssProperty);
  probe.remove();
  return normalised;
}

describe('the RET module inside real NL Design System themes, without any --advice-* token', () => {
  it.each(THEMES)('takes its look from the $name theme and stays axe-clean', async (theme) => {
    for (const text of theme.css) {
      const style = document.createElement('style');
      style.textContent = text;
      document.head.append(style);
      sheets.push(style);
    }
    const module = await mount(retModel, html`<div class=${theme.className}><advice-module></advice-module></div>`, { width: 1000 });
    const scope = module.parentElement as HTMLElement;
    // The module sets none of the kit's tokens: what it shows comes from the theme's.
    expect(getComputedStyle(scope).getPropertyValue('--advice-primary-background-color')).toBe('');

    const label = deepQuery<HTMLElement>(module, 'advice-questions')?.shadowRoot?.querySelector('legend, label') as HTMLElement;
    const heading = deepQuery<HTMLElement>(module, 'advice-result')?.shadowRoot?.querySelector('h2, h3') as HTMLElement;
    const field = deepQuery<HTMLElement>(module, 'input.field, select.select') as HTMLElement;
    const primary = deepQuery<HTMLButtonElement>(module, 'button.primary') as HTMLButtonElement;
    // A link on the page's surface (the one on the tinted advice is darkened to keep its contrast).
    const link = deepQueryAll<HTMLElement>(module, 'a[href]').find((a) => !a.closest('.best')) as HTMLElement;
    for (const [what, el] of Object.entries({ label, heading, field, primary, link })) expect(el, what).toBeTruthy();
    await userEvent.keyboard('{Shift}');
    primary.focus();
    expect(primary.matches(':focus-visible'), 'keyboard focus shows the outline').toBe(true);

    const measured: Record<Measure, [Element, string]> = {
      'font family': [label, 'font-family'],
      'text colour': [label, 'color'],
      'heading font': [heading, 'font-family'],
      'heading colour': [heading, 'color'],
      'primary button background': [primary, 'background-color'],
      'primary button text': [primary, 'color'],
      'button font weight': [primary, 'font-weight'],
      'button radius': [primary, 'border-top-left-radius'],
      'focus outline colour': [primary, 'outline-color'],
      'focus outline width': [primary, 'outline-width'],
      'focus outline style': [primary, 'outline-style'],
      'control border colour': [field, 'border-top-color'],
      'control border width': [field, 'border-top-width'],
      'control radius': [field, 'border-top-left-radius'],
      'control background': [field, 'background-color'],
      'link colour': [link, 'color'],
    };
    const row = [theme.name, ''];
    let matched = 0;
    let defined = 0;
    const mismatches: string[] = [];
    for (const [measure, [element, property]] of Object.entries(measured) as [Measure, [Element, string]][]) {
      const tokens = theme.tokens[measure];
      const expected = tokens && themeValue(scope, tokens, PROBE[measure]);
      if (expected === undefined) {
        row.push('—');
        continue;
      }
      defined++;
      // Amsterdam's input border is `currentColor`: compare with the field's own text colour.
      const want = expected === 'currentcolor' ? getComputedStyle(element).color : expected;
      const got = kitValue(scope, element, property, PROBE[measure]);
      if (got === want) {
        matched++;
        row.push('✓');
      } else {
        row.push('✗');
        mismatches.push(`${measure}: kit ${got}, theme ${want}`);
      }
    }
    row[1] = `${matched}/${defined}`;
    rows.push(row);
    expect(mismatches).toEqual([]);
    primary.blur();
    await expectAccessible(scope);
  });
});
