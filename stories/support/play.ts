/**
 * Helpers for play functions: wait until the elements have settled, query
 * inside shadow roots the way a person finds things (role and name), and
 * check the layout at narrow widths.
 */
import { configure, expect, waitFor, within } from 'storybook/test';

// Testing Library prints the DOM around a failed query, but cannot print a
// shadow root (and then throws a TypeError that hides the real message).
configure({
  getElementError: (message) => {
    const error = new Error(message ?? 'Query failed');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

type Updatable = Element & { updateComplete: Promise<boolean> };

function litElements(root: Element | ShadowRoot): Updatable[] {
  const out: Updatable[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if ('updateComplete' in el) out.push(el as Updatable);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Waits until every element under `root` has rendered and every (fast) evaluation has settled. */
export async function settle(root: Element, rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.all(litElements(root).map((el) => el.updateComplete));
  }
}

/** The first element matching `selector` under `root`, through shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  const hosts = [...(root instanceof Element ? [root] : []), ...Array.from(root.querySelectorAll('*'))];
  for (const el of hosts) {
    if (el.shadowRoot) {
      const found = deepQuery<T>(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/** The element `tag` in the story; fails when it is missing. */
export function element<T extends HTMLElement = HTMLElement>(root: Element, tag: string): T {
  const el = deepQuery<T>(root, tag);
  if (!el) throw new Error(`<${tag}> is not in the story`);
  return el;
}

/** Testing Library queries inside an element's shadow root. */
export function shadow(el: Element) {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return within(el.shadowRoot as unknown as HTMLElement);
}

/** The default play of every story: wait until it has settled. */
export async function settled({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await settle(canvasElement);
}

/** Nothing sticks out of the story frame: no horizontal scrolling at this width. */
export async function expectNoHorizontalScroll(canvasElement: HTMLElement): Promise<void> {
  const frame = canvasElement.querySelector<HTMLElement>('.story-frame') ?? canvasElement;
  await waitFor(() => expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth + 1));
}

/** Waits until no element shows a loading message any more. */
export async function waitUntilLoaded(canvasElement: HTMLElement, timeout = 8000): Promise<void> {
  await waitFor(
    async () => {
      await settle(canvasElement, 2);
      expect(deepQuery(canvasElement, '[role="status"].status')).toBeNull();
    },
    { timeout },
  );
}
