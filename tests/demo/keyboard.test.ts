/**
 * The RET task with the keyboard alone (Tab, Shift+Tab, arrow keys, Enter,
 * Space and typing), from page load: skip link, answer the questions, read
 * the advice, move a tipping point, add a scenario, copy the link. At every
 * step the focus is on a visible element inside the viewport with a visible
 * focus indicator, and it never falls back to <body> when content changes.
 * And the advice's live region speaks exactly once per settled change while
 * a person holds an arrow key on the trips slider.
 */
import { localize, rank, tippingPoints } from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openDemo } from './browser.js';
import { adviceText, HANDOFF, region, SCENARIOS } from './session.js';

afterAll(closeBrowser);

interface Focus {
  tag: string;
  role: string;
  name: string;
  /** Inside which landmark or labelled section of the page. */
  section: string;
  isBody: boolean;
  /** Rendered, with a size, and inside the viewport. */
  visible: boolean;
  /** An outline or box shadow on the element or the wrapper that draws its focus. */
  indicator: string | null;
  /** Reached with Tab (not a programmatic target such as <main tabindex=-1>). */
  tabbable: boolean;
}

/** The deepest focused element, through shadow roots, as a person would see it. */
function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const target = (el ?? document.body) as HTMLElement;
    const root = target.getRootNode() as Document | ShadowRoot;
    const byId = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById?.(id)?.textContent?.trim() ?? '')
        .join(' ');
    const input = target as HTMLInputElement;
    const name =
      target.getAttribute('aria-label') ??
      (byId(target.getAttribute('aria-labelledby')) ||
        (input.labels?.[0]?.textContent?.trim() ?? '') ||
        (target.textContent?.trim().slice(0, 80) ?? ''));
    const box = target.getBoundingClientRect();
    const style = getComputedStyle(target);
    const visible =
      box.width > 0 &&
      box.height > 0 &&
      style.visibility !== 'hidden' &&
      box.bottom > 0 &&
      box.top < innerHeight &&
      box.right > 0 &&
      box.left < innerWidth;
    let indicator: string | null = null;
    for (let node: Element | null = target, i = 0; node && i < 3 && !indicator; node = node.parentElement, i++) {
      const s = getComputedStyle(node);
      if (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2 && !/rgba\(.*, 0\)$/.test(s.outlineColor)) {
        indicator = `outline ${s.outlineWidth} ${s.outlineColor}`;
      } else if (s.boxShadow !== 'none' && node === target) indicator = `box-shadow ${s.boxShadow}`;
    }
    let section = '';
    for (
      let node: Node | null = target;
      node;
      node = (node as Element).parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)
    ) {
      if (node instanceof Element && (node.localName === 'section' || ['header', 'main', 'footer'].includes(node.localName))) {
        const r = node.getRootNode() as Document | ShadowRoot;
        section = r.getElementById?.(node.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? node.localName;
        if (node.localName === 'section') break;
      }
    }
    return {
      tag: target.localName,
      role: target.getAttribute('role') ?? (target as HTMLInputElement).type ?? '',
      // Text with a visually hidden "(name)" after it, as a screen reader joins it.
      name: name
        .replace(/\s+/g, ' ')
        .replace(/(\S)\(/g, '$1 (')
        .trim(),
      section,
      isBody: target === document.body,
      visible,
      indicator,
      tabbable: target.tabIndex >= 0,
    };
  });
}

const describeFocus = (f: Focus) => `${f.tag}[${f.role}] "${f.name}" in ${f.section}`;

/** Presses a key and checks where the focus lands: never <body>, always visible, a visible indicator on every tab stop. */
async function press(page: Page, key: string, log: string[]): Promise<Focus> {
  await page.keyboard.press(key);
  const f = await focus(page);
  log.push(`${key} → ${describeFocus(f)}`);
  expect(f.isBody, `${key}: focus fell back to <body>\n${log.join('\n')}`).toBe(false);
  expect(f.visible, `${key}: ${describeFocus(f)} is not visible`).toBe(true);
  if (f.tabbable) expect(f.indicator, `${key}: ${describeFocus(f)} has no visible focus indicator`).not.toBeNull();
  return f;
}

/** Tabs forward (or back) until `wanted` has the focus; checks every stop on the way. */
async function tabTo(
  page: Page,
  wanted: (f: Focus) => boolean,
  log: string[],
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  max = 120,
): Promise<Focus> {
  for (let i = 0; i < max; i++) {
    const f = await press(page, key, log);
    if (wanted(f)) return f;
  }
  throw new Error(`never reached the wanted control with Tab:\n${log.slice(-30).join('\n')}`);
}

/** Selects a field's text and types over it, with the keyboard. */
async function typeOver(page: Page, text: string, log: string[]): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  log.push(`typed ${text}`);
}

describe('the RET task with the keyboard alone', () => {
  it('answers, reads the advice, moves a tipping point, adds a scenario and copies the link, with the focus always visible and never lost', async () => {
    const url = inject('demoUrl');
    const { page, context, problems } = await openDemo(url);
    const log: string[] = [];
    let stops = 0;
    const count = <T>(f: T) => {
      stops++;
      return f;
    };

    // Skip link first, then straight to the content.
    const skip = count(await press(page, 'Tab', log));
    expect(skip.name).toBe('Naar de inhoud');
    const main = await press(page, 'Enter', log);
    expect(main.tag).toBe('main');

    // The questions: trips by typing, distance with the slider's arrow keys, the age with the radio group's arrows.
    count(await tabTo(page, (f) => f.role === 'text' && /Hoeveel ritten/.test(f.name), log));
    await typeOver(page, '4', log);
    count(await press(page, 'Shift+Tab', log)); // back to the trips slider
    count(await tabTo(page, (f) => f.role === 'range' && /Hoe lang is een rit/.test(f.name), log));
    for (let i = 0; i < 4; i++) await press(page, 'ArrowLeft', log); // 8 → 6 km in steps of 0.5
    count(await tabTo(page, (f) => f.role === 'radio' && f.section === 'Uw situatie', log));
    expect((await press(page, 'ArrowDown', log)).name).toBe('65 jaar of ouder');
    expect((await press(page, 'ArrowUp', log)).name).toBe('19 tot en met 64 jaar');
    // Living in Rotterdam: the next group, "Nee" with an arrow key.
    const resident = count(await press(page, 'Tab', log));
    expect(resident.name).toBe('Ja');
    expect((await press(page, 'ArrowDown', log)).name).toBe('Nee');
    await expect
      .poll(() =>
        region(page, 'Uw situatie')
          .getByRole('group', { name: /gemeente Rotterdam/ })
          .getByRole('radio', { name: 'Nee' })
          .isChecked(),
      )
      .toBe(true);
    await expect.poll(() => adviceText(page)).toMatch(/\S/);

    // The advice: open "why" with Enter.
    const why = count(await tabTo(page, (f) => f.tag === 'summary' && /Waarom/.test(f.name), log));
    expect(why.section).toBe('Ons advies');
    await press(page, 'Enter', log);
    await expect.poll(() => region(page, 'Ons advies').locator('details[open]').count()).toBe(1);

    // A tipping point: the trips band, moved with the arrow keys until the advice changes; the focus stays on the band.
    const band = count(await tabTo(page, (f) => f.role === 'range' && f.section === 'Wanneer verandert het advies?', log));
    expect(band.name).toMatch(/Hoeveel ritten/);
    const before = await adviceText(page);
    for (let i = 0; i < 20 && (await adviceText(page)) === before; i++) {
      const f = await press(page, 'ArrowRight', log);
      expect(f.section).toBe('Wanneer verandert het advies?');
    }
    await expect.poll(() => adviceText(page)).not.toBe(before);
    expect((await focus(page)).section).toBe('Wanneer verandert het advies?');

    // A scenario: "Scenario toevoegen" with Space; the focus moves to the new scenario's name.
    count(await tabTo(page, (f) => f.role === 'submit' || (f.tag === 'button' && f.name === 'Scenario toevoegen'), log));
    const name = await press(page, 'Space', log);
    expect(name.name).toBe('Naam van het scenario');
    await typeOver(page, 'Op de fiets', log);
    count(await press(page, 'Tab', log));
    await expect.poll(() => region(page, SCENARIOS).getByRole('table').textContent()).toContain('Op de fiets');

    // Content that changes under the focus: copy, remove, undo, view and leave a scenario; the focus follows each time.
    count(await tabTo(page, (f) => f.tag === 'button' && f.name === 'Kopie maken (Op de fiets)', log, 'Shift+Tab'));
    await press(page, 'Enter', log);
    await expect.poll(() => region(page, SCENARIOS).getByRole('table').textContent()).toContain('Op de fiets (kopie)');
    expect((await focus(page)).section).toBe(SCENARIOS);
    count(await tabTo(page, (f) => f.tag === 'button' && f.name === 'Verwijderen (Op de fiets (kopie))', log));
    const undo = await press(page, 'Enter', log);
    expect(undo.name).toBe('Ongedaan maken');
    const restored = await press(page, 'Enter', log);
    expect(restored.section).toBe(SCENARIOS);
    await expect.poll(() => region(page, SCENARIOS).getByRole('table').textContent()).toContain('Op de fiets (kopie)');
    count(await press(page, 'Shift+Tab', log));
    count(await tabTo(page, (f) => f.tag === 'button' && f.name === 'Bekijk dit scenario (Op de fiets)', log, 'Shift+Tab'));
    await press(page, 'Space', log);
    await expect.poll(() => page.getByText('U bekijkt nu het scenario “Op de fiets”.').count()).toBeGreaterThan(0);
    count(await tabTo(page, (f) => f.tag === 'button' && f.name === 'Terug naar mijn eigen situatie', log, 'Shift+Tab'));
    const back = await press(page, 'Enter', log);
    expect(back.name).toBe('Bekijk dit scenario (Op de fiets)');

    // The hand-off: copy the link with Enter; the status says so and the focus stays on the button.
    const copy = count(await tabTo(page, (f) => f.tag === 'button' && f.name === 'Kopieer link', log));
    expect(copy.section).toBe(HANDOFF);
    await press(page, 'Enter', log);
    await expect.poll(() => region(page, HANDOFF).getByRole('status').first().textContent()).toMatch(/gekopieerd/i);
    expect((await focus(page)).name).toBe('Kopieer link');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('Op+de+fiets');

    // And back up with Shift+Tab: every stop visible too.
    for (let i = 0; i < 15; i++) count(await press(page, 'Shift+Tab', log));

    console.log(
      `keyboard task: ${log.length} key presses, focus checked after every one (${stops} of them task steps): never on <body>, always visible, indicator on every tab stop`,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the advice's live region", () => {
  it('speaks exactly once per settled change while the trips slider is held across a tipping point', async () => {
    const url = inject('demoUrl');
    const { page, context } = await openDemo(url);
    const questions = region(page, 'Uw situatie');
    const trips = questions.getByRole('textbox', { name: /Hoeveel ritten/ });
    await trips.fill('4');
    await trips.press('Tab');
    const situation = { tripsPerWeek: 4 };
    const first = await rank(retModel, situation);
    await expect.poll(() => adviceText(page)).toContain(localize(retModel.options.find((o) => o.id === first.best)?.label, 'nl'));

    // Answering changed the advice (from the default 10 trips): wait until that has been said, then record every later text.
    const liveText = () =>
      page.evaluate(
        () =>
          document
            .querySelector('advice-module')
            ?.shadowRoot?.querySelector('advice-result')
            ?.shadowRoot?.querySelector('[aria-live=polite]')
            ?.textContent?.trim() ?? null,
      );
    const firstLabel = localize(retModel.options.find((o) => o.id === first.best)?.label, 'nl');
    await expect.poll(liveText, { timeout: 5000 }).toBe(`Advies: ${firstLabel}`);
    await page.evaluate(() => {
      const w = window as unknown as { spoken: string[] };
      w.spoken = [];
      const live = document
        .querySelector('advice-module')
        ?.shadowRoot?.querySelector('advice-result')
        ?.shadowRoot?.querySelector('[aria-live=polite]');
      if (!live) throw new Error('no live region in advice-result');
      new MutationObserver(() => {
        const text = live.textContent?.trim() ?? '';
        if (text) w.spoken.push(text);
      }).observe(live, { childList: true, characterData: true, subtree: true });
    });
    const spoken = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

    const tipping = await tippingPoints(retModel, situation, undefined, 'tripsPerWeek');
    const next = tipping.thresholds.find((t) => t.at > 4);
    expect(next).toBeDefined();
    const steps = (next?.at ?? 0) - 4 + 3; // across the threshold and a little beyond, as a held key overshoots
    const stillSame = tipping.segments.find((s) => s.from <= 4 + steps && s.to >= 4 + steps)?.best;
    expect(stillSame, 'the slider stops inside the next segment').toBe(next?.to);

    // Hold ArrowRight on the questions' trips slider: key repeats, then release.
    const slider = questions.getByRole('slider', { name: /Hoeveel ritten/ });
    await slider.focus();
    for (let i = 0; i < steps; i++) await page.keyboard.down('ArrowRight');
    await page.keyboard.up('ArrowRight');
    expect(Number(await slider.inputValue())).toBe(4 + steps);
    const label = localize(retModel.options.find((o) => o.id === next?.to)?.label, 'nl');
    await expect.poll(spoken, { timeout: 5000 }).toEqual([`Advies: ${label}`]);
    // Settled: nothing more is said (waits past the announcement delay of 750 ms).
    await page.waitForTimeout(1500);
    expect(await spoken()).toHaveLength(1);

    // Back below the threshold: one more announcement, of the first advice.
    for (let i = 0; i < steps; i++) await page.keyboard.down('ArrowLeft');
    await page.keyboard.up('ArrowLeft');
    await expect.poll(spoken, { timeout: 5000 }).toEqual([`Advies: ${label}`, `Advies: ${firstLabel}`]);
    await page.waitForTimeout(1500);
    expect(await spoken()).toHaveLength(2);
    console.log('live region: 2 settled changes while holding an arrow key, 2 announcements');
    await context.close();
  });
});
