/**
 * The "first seen" rule every element uses for `advice-view`: half of the part
 * in the viewport, the page visible, the layout showing it, for a while.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onFirstSight, SIGHT_DEFAULTS, shareInView } from '../../packages/elements/src/shared/sight.js';

const boxes: HTMLElement[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.remove();
  window.scrollTo(0, 0);
  delete (document as { visibilityState?: unknown }).visibilityState;
});

/** A block of `height` px after `above` px of empty page. */
function block(height: number, above = 0): HTMLElement {
  const spacer = document.createElement('div');
  spacer.style.height = `${above}px`;
  const el = document.createElement('div');
  el.style.height = `${height}px`;
  el.style.background = '#ddd';
  const wrap = document.createElement('div');
  wrap.append(spacer, el, Object.assign(document.createElement('div'), { style: 'height: 4000px' }));
  document.body.append(wrap);
  boxes.push(wrap);
  return el;
}

const frames = (n = 3) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k === 0 ? r() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  });

/** Waits until the observer has had its say: two animation frames and a task, a few times over. */
async function observed(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frames(2);
    await new Promise((r) => setTimeout(r, 0));
  }
}

describe('onFirstSight', () => {
  it('has the documented defaults: half of the part, one second', () => {
    expect(SIGHT_DEFAULTS).toEqual({ ratio: 0.5, dwellMs: 1000 });
  });

  it('counts nothing below the fold, and a part once scrolled to and kept in view for the dwell time', async () => {
    const el = block(200, window.innerHeight + 500);
    let seen = 0;
    onFirstSight(el, () => seen++, { dwellMs: 300 });
    await observed();
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toBe(0);
    el.scrollIntoView({ block: 'center' });
    await expect.poll(() => seen, { timeout: 5000 }).toBe(1);
    window.scrollTo(0, 0);
    await observed();
    el.scrollIntoView({ block: 'center' });
    await new Promise((r) => setTimeout(r, 500));
    expect(seen).toBe(1); // once only
  });

  it('does not count a part that is less than half in view', async () => {
    const el = block(400, 0);
    // 100 px of the 400 px block in view: a quarter.
    window.scrollTo(0, 300);
    let seen = 0;
    onFirstSight(el, () => seen++, { dwellMs: 0 });
    await observed();
    expect(seen).toBe(0);
    window.scrollTo(0, 150); // 250 of 400 px: more than half
    await expect.poll(() => seen, { timeout: 5000 }).toBe(1);
  });

  it('counts a part taller than the viewport once it fills half of the viewport', async () => {
    const el = block(window.innerHeight * 3, 0);
    let seen = 0;
    onFirstSight(el, () => seen++, { dwellMs: 0 });
    await expect.poll(() => seen, { timeout: 5000 }).toBe(1);
  });

  it('breaks off when the part leaves the viewport before the dwell time is up', async () => {
    const el = block(200, 0);
    let seen = 0;
    onFirstSight(el, () => seen++, { dwellMs: 60_000 });
    await observed();
    window.scrollTo(0, 3000);
    await observed();
    expect(seen).toBe(0);
  });

  it('does not count while the page is hidden (a background tab), and counts once it is visible again', async () => {
    const el = block(200, 0);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    let seen = 0;
    onFirstSight(el, () => seen++, { dwellMs: 0 });
    await observed();
    expect(seen).toBe(0);
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    await expect.poll(() => seen, { timeout: 5000 }).toBe(1);
  });

  it('does not count a part whose layout hides it (visibility: hidden), nor one with display: none', async () => {
    const hiddenByStyle = block(200, 0);
    hiddenByStyle.style.visibility = 'hidden';
    const none = block(200, 0);
    none.style.display = 'none';
    let seen = 0;
    onFirstSight(hiddenByStyle, () => seen++, { dwellMs: 0 });
    onFirstSight(none, () => seen++, { dwellMs: 0 });
    await observed();
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toBe(0);
    hiddenByStyle.style.visibility = 'visible';
    await expect.poll(() => seen, { timeout: 5000 }).toBe(1);
  });

  it('stops when asked to', async () => {
    const el = block(200, 0);
    let seen = 0;
    const stop = onFirstSight(el, () => seen++, { dwellMs: 200 });
    stop();
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toBe(0);
  });

  it('measures the share in view against the part, or against the viewport for a taller part', () => {
    const rect = (width: number, height: number) => ({ width, height }) as DOMRectReadOnly;
    const entry = (own: [number, number], shown: [number, number], viewport: [number, number], isIntersecting = true) => ({
      boundingClientRect: rect(...own),
      intersectionRect: rect(...shown),
      rootBounds: rect(...viewport),
      isIntersecting,
    });
    expect(shareInView(entry([100, 100], [100, 50], [400, 800]))).toBe(0.5);
    expect(shareInView(entry([400, 4000], [400, 400], [400, 800]))).toBe(0.5);
    expect(shareInView(entry([100, 100], [0, 0], [400, 800], false))).toBe(0);
    expect(shareInView(entry([0, 0], [0, 0], [400, 800]))).toBe(0);
  });
});
