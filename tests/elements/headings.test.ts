/**
 * Every element fits the page's outline and theme the same way: `heading-level`
 * gives it a real heading of that level (part `heading`), its own
 * `--advice-<element>-heading-font-size` sizes it, and the shared heading
 * tokens colour it.
 */
import { html, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { clubModel } from './fixtures.js';
import { deepQuery, mount, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

const ELEMENTS: Record<string, TemplateResult> = {
  'advice-questions': html`<advice-questions heading-level="4"></advice-questions>`,
  'advice-bar': html`<advice-bar heading-level="4"></advice-bar>`,
  'advice-result': html`<advice-result heading-level="4"></advice-result>`,
  'advice-weights': html`<advice-weights heading-level="4"></advice-weights>`,
  'advice-tipping-point': html`<advice-tipping-point factor="visits" heading-level="4"></advice-tipping-point>`,
  'advice-scenarios': html`<advice-scenarios heading-level="4"></advice-scenarios>`,
  'advice-chart': html`<advice-chart factor="visits" criterion="cost" heading-level="4"></advice-chart>`,
  'advice-handoff': html`<advice-handoff heading-level="4"></advice-handoff>`,
};

function firstHeading(el: Element, level: number): HTMLElement {
  const [heading] = shadow(el).getAllByRole('heading', { level });
  if (!heading) throw new Error(`${el.localName} has no heading of level ${level}`);
  return heading;
}

describe('headings of every element', () => {
  for (const [tag, content] of Object.entries(ELEMENTS)) {
    it(`${tag}: heading-level gives a heading of that level, sized by its token and coloured by the shared one`, async () => {
      const module = await mount(clubModel, html`<advice-module>${content}</advice-module>`);
      const el = deepQuery<HTMLElement>(module, tag) as HTMLElement;
      const heading = firstHeading(el, 4);
      expect(heading.getAttribute('part')).toBe('heading');
      expect(heading.textContent?.trim()).not.toBe('');
      el.style.setProperty(`--${tag}-heading-font-size`, '29px');
      el.style.setProperty('--advice-heading-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle(heading).fontSize).toBe('29px');
      expect(getComputedStyle(heading).color).toBe('rgb(1, 2, 3)');
    });
  }

  it('advice-module: heading-level sets its section headings, sized by its token', async () => {
    const module = await mount(clubModel, html`<advice-module heading-level="4"></advice-module>`);
    const heading = shadow(module).getByRole('heading', { level: 4, name: 'Ons advies' });
    module.style.setProperty('--advice-module-heading-font-size', '29px');
    expect(getComputedStyle(heading).fontSize).toBe('29px');
  });

  it('advice-bar: without heading-level the line is no heading, as a bar is a region of its own', async () => {
    const module = await mount(clubModel, html`<advice-module><advice-bar></advice-bar></advice-module>`);
    const bar = deepQuery<HTMLElement>(module, 'advice-bar') as HTMLElement;
    expect(shadow(bar).queryAllByRole('heading')).toEqual([]);
    expect(shadow(bar).getByRole('region', { name: 'Uw advies in het kort' }).textContent).toContain('Betalen per keer');
  });
});
