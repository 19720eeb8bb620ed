/**
 * How the built demo holds up under the display settings WCAG 2.1 asks for:
 * - Reflow (1.4.10): at 320 CSS px wide, and at 200 % zoom of a 1280 px
 *   window, nothing needs sideways scrolling and nothing sticks out of the
 *   viewport; the only things that scroll sideways are tables in a wrapper a
 *   keyboard can focus. Zoom is emulated by a viewport of half the width
 *   (640 × 450 CSS px): that is what browser zoom does to the layout, media
 *   queries included. `deviceScaleFactor` only sharpens pixels, and CSS
 *   `zoom` on <html> leaves the viewport and media queries at 1280 px.
 * - Forced colours (Windows high contrast, 1.4.11): every control, the
 *   tipping band and its marker keep a visible boundary, and pressed or
 *   selected states differ from the rest. Screenshots go to test-results/a11y/.
 * - Reduced motion (2.3.3): no transition or animation runs, and the chart
 *   does not animate.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openDemo } from './browser.js';
import { CHART, region, SESSION, TIPPING, WEIGHTS } from './session.js';

const SHOTS = new URL('../../test-results/a11y/', import.meta.url).pathname;
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
afterAll(closeBrowser);

/** The session steps that put the most content on the page: ranges, disclosures, scenarios in edit, tables. */
const RICH = new Set([
  'questions answered',
  'invalid input with its message',
  'not-sure range open',
  'why and all options opened',
  'scenario from a suggestion',
  'a scenario added and being edited',
  'chart drawn',
  'chart as a table',
]);

async function richPage(page: Page): Promise<void> {
  for (const step of SESSION) if (RICH.has(step.state)) await step.run(page);
}

interface Reflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements sticking out of the viewport, or clipping their own content. */
  offenders: string[];
  /** Wrappers that scroll sideways on purpose, and whether a keyboard can reach them. */
  scrollers: { what: string; focusable: boolean; named: boolean }[];
  /** Elements measured. */
  checked: number;
}

/** Measures overflow through every shadow root. */
function reflow(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const parent = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
    const describe = (el: Element) => {
      const host = (el.getRootNode() as ShadowRoot).host;
      return `${host ? `${host.localName} › ` : ''}${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    };
    const isScroller = (el: Element) => {
      const s = getComputedStyle(el);
      return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
    };
    /** Visually hidden on purpose (text for screen readers only), or not shown. */
    const clipped = (el: Element) => {
      const s = getComputedStyle(el);
      return s.clipPath === 'inset(50%)' || s.clip === 'rect(0px, 0px, 0px, 0px)' || s.visibility === 'hidden';
    };
    const offenders: string[] = [];
    let checked = 0;
    const scrollers = new Map<Element, { what: string; focusable: boolean; named: boolean }>();
    for (const el of all) {
      if (['style', 'script', 'head', 'meta', 'link', 'title'].includes(el.localName)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let insideScroller: Element | null = null;
      let hidden = false;
      for (let a: Element | null = el; a; a = parent(a)) {
        if (a !== el && isScroller(a)) insideScroller ??= a;
        if (clipped(a)) hidden = true;
      }
      if (hidden) continue;
      checked++;
      if (insideScroller) {
        scrollers.set(insideScroller, {
          what: describe(insideScroller),
          focusable: (insideScroller as HTMLElement).tabIndex >= 0,
          named: Boolean(insideScroller.getAttribute('aria-label') || insideScroller.getAttribute('aria-labelledby')),
        });
        continue;
      }
      if (box.right > vw + 0.5 || box.left < -0.5) {
        offenders.push(`${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${vw}`);
      }
      const s = getComputedStyle(el);
      // Text cut without a sign of it. (The option names inside the tipping band end in "…" when a stretch is
      // too narrow; the band is hidden from screen readers and its legend and list below give the full names.)
      const shortened = s.textOverflow === 'ellipsis' && el.closest('[aria-hidden=true]') !== null;
      if (
        (s.overflowX === 'hidden' || s.overflowX === 'clip') &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.textContent?.trim() &&
        !shortened
      ) {
        offenders.push(`${describe(el)} clips its content (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: vw, offenders, scrollers: [...scrollers.values()], checked };
  });
}

/**
 * Runs in the page before its own scripts: the widest sideways overflow of the
 * page in any animation frame, from the first one on (a canvas keeps its
 * default 300 px until its chart is drawn, so a page can overflow for a moment
 * that a measurement after the fact never sees).
 */
function watchOverflow(): void {
  const w = window as unknown as { adviceOverflow: { widest: number; at: number } };
  w.adviceOverflow = { widest: 0, at: 0 };
  const tick = () => {
    const d = document.documentElement;
    if (d) {
      const over = d.scrollWidth - d.clientWidth;
      if (over > w.adviceOverflow.widest) w.adviceOverflow = { widest: over, at: Math.round(performance.now()) };
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

describe('reflow', () => {
  it.each([
    { what: '320 CSS px wide', width: 320, height: 640, shot: 'reflow-320' },
    { what: '200 % zoom of a 1280 px window', width: 640, height: 450, shot: 'reflow-zoom-200' },
  ])('at $what: no sideways scrolling at any moment and nothing cut off', async ({ what, width, height, shot }) => {
    const { page, context, problems } = await openDemo(inject('demoUrl'), { width, height, initScript: watchOverflow });
    // On first load, before anything is drawn, then after every step that puts a pattern on the page.
    const moments: [string, Reflow][] = [['first load', await reflow(page)]];
    for (const step of SESSION) {
      if (!RICH.has(step.state)) continue;
      await step.run(page);
      moments.push([step.state, await reflow(page)]);
    }
    const measured = moments.at(-1)?.[1] as Reflow;
    const widest = await page.evaluate(() => (window as unknown as { adviceOverflow: { widest: number; at: number } }).adviceOverflow);
    console.log(
      `reflow at ${what}: ${moments.length} moments measured (first load and ${moments.length - 1} steps), ${measured.checked} visible elements at the end, ` +
        `${moments.reduce((n, [, m]) => n + m.offenders.length, 0)} sticking out or clipped, widest overflow in any frame ${widest.widest} px, ` +
        `${measured.scrollers.length} sideways-scrolling table wrappers`,
    );
    await page.screenshot({ path: `${SHOTS}${shot}.png`, fullPage: true });
    // The offenders first: they say what sticks out, the page width only that something does.
    expect(moments.flatMap(([when, m]) => m.offenders.map((o) => `${when}: ${o}`))).toEqual([]);
    for (const [when, m] of moments) expect(m.scrollWidth, when).toBeLessThanOrEqual(m.clientWidth);
    expect(widest, 'sideways overflow in some frame since the first').toEqual({ widest: 0, at: 0 });
    // Only wide tables scroll sideways, each in a wrapper a keyboard user can focus and a screen reader can name.
    for (const s of measured.scrollers) expect(s, s.what).toMatchObject({ focusable: true, named: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});

interface Look {
  what: string;
  border: string;
  outline: string;
  background: string;
  image: string;
  color: string;
  /** The page's background colour in this mode (the system colour Canvas). */
  canvas: string;
}

/** Computed boundaries of the controls, the band and its marker, through shadow roots. */
function looks(page: Page): Promise<Look[]> {
  return page.evaluate(() => {
    const out: Look[] = [];
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.setProperty('background-color', 'Canvas');
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const walk = (root: Document | ShadowRoot, host: string) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot) walk(el.shadowRoot, el.localName);
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const tag = el.localName;
        const type = (el as HTMLInputElement).type;
        const wanted =
          tag === 'button' ||
          tag === 'select' ||
          (tag === 'input' && ['text', 'range'].includes(type)) ||
          (host === 'advice-tipping-point' && ['segments', 'marker', 'swatch'].some((c) => el.classList.contains(c)));
        if (!wanted) continue;
        const s = getComputedStyle(el);
        const pressed = el.getAttribute('aria-pressed');
        out.push({
          what: `${host} › ${tag}${type && tag === 'input' ? `[${type}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}${pressed ? `[aria-pressed=${pressed}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
          border: `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`,
          outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          background: s.backgroundColor,
          image: s.backgroundImage,
          color: s.color,
          canvas,
        });
      }
    };
    walk(document, 'page');
    return out;
  });
}

const TRANSPARENT = /rgba\(\d+, \d+, \d+, 0\)|transparent/;
/** A line a person can see: drawn, at least 1 px, not transparent. */
const drawn = (line: string) =>
  !line.startsWith('none') && !line.startsWith('hidden') && Number.parseFloat(line.split(' ')[1] ?? '0') >= 1 && !TRANSPARENT.test(line);

describe('forced colours (Windows high contrast)', () => {
  it('keeps every control, the tipping band and its marker bounded, and pressed states distinct', async () => {
    const { page, context, problems } = await openDemo(inject('demoUrl'));
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await richPage(page);
    await region(page, WEIGHTS).getByRole('button', { name: 'Zo goedkoop mogelijk' }).click();
    await page.screenshot({ path: `${SHOTS}forced-colors.png`, fullPage: true });
    await region(page, TIPPING).screenshot({ path: `${SHOTS}forced-colors-tipping.png` });

    const all = await looks(page);
    console.log(`forced colours: ${all.length} controls, bands, markers and legend squares checked`);
    expect(all.length).toBeGreaterThan(40);
    // A boundary: a border or outline, or a filled shape that stands out from the page (the marker is a solid pill).
    const filled = (l: Look) => !TRANSPARENT.test(l.background) && l.background !== l.canvas;
    const unbounded = all.filter((l) => !drawn(l.border) && !drawn(l.outline) && !filled(l) && !l.what.includes('input[range]'));
    expect(unbounded.map((l) => `${l.what}: border ${l.border}, outline ${l.outline}, background ${l.background}`)).toEqual([]);
    expect(all.filter((l) => l.what.includes('.segments')).length).toBe(2);
    expect(all.filter((l) => l.what.includes('.marker')).length).toBe(2);
    // The legend keeps the colours and patterns of the band it explains.
    const swatches = all.filter((l) => l.what.includes('.swatch'));
    expect(swatches.length).toBeGreaterThanOrEqual(4);
    expect(swatches.filter((l) => !filled(l) && l.image === 'none').map((l) => `${l.what}: ${l.background}`)).toEqual([]);

    // A pressed preset looks different from the others in more than its text.
    const presets = all.filter((l) => l.what.includes('[aria-pressed='));
    const pressed = presets.find((l) => l.what.includes('[aria-pressed=true]'));
    const notPressed = presets.find((l) => l.what.includes('[aria-pressed=false]'));
    expect(pressed && notPressed).toBeTruthy();
    const { what: _a, ...on } = pressed as Look;
    const { what: _b, ...off } = notPressed as Look;
    expect(on).not.toEqual(off);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('reduced motion', () => {
  it('runs no transition or animation anywhere, and the chart does not animate', async () => {
    const { page, context } = await openDemo(inject('demoUrl'), { reducedMotion: 'reduce' });
    await richPage(page);
    const { moving, checked } = await page.evaluate(() => {
      const out: string[] = [];
      let checked = 0;
      const seconds = (list: string) => list.split(',').map((d) => Number.parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1));
      const walk = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.shadowRoot) walk(el.shadowRoot);
          for (const pseudo of [null, '::before', '::after']) {
            checked++;
            const s = getComputedStyle(el, pseudo);
            const transition = seconds(s.transitionDuration).some((d) => d > 0);
            const animation = s.animationName !== 'none' && seconds(s.animationDuration).some((d) => d > 0);
            if (transition || animation)
              out.push(`${el.localName}${pseudo ?? ''}.${String(el.className)}: ${s.transitionDuration} ${s.animationName}`);
          }
        }
      };
      walk(document);
      return { moving: out, checked };
    });
    console.log(`reduced motion: ${checked} elements and pseudo-elements checked, ${moving.length} moving`);
    expect(moving).toEqual([]);
    await region(page, CHART)
      .getByRole('button', { name: /Toon als (grafiek|tabel)/ })
      .click();
    const animation = await page.evaluate(() => {
      const chart = document.querySelector('advice-module')?.shadowRoot?.querySelector('advice-chart') as unknown as {
        chart?: { options: { animation: unknown } };
      };
      return chart?.chart?.options.animation;
    });
    expect(animation).toBe(false);
    await context.close();
  });
});
