/**
 * Test helpers for the elements that define no tags: a test that registers the
 * classes under names of its own imports these; the rest import `helpers.ts`.
 */
import type { AdviceModel } from '@advice-kit/core';
import type { AdviceModuleElement } from '@advice-kit/elements';
import { within } from '@testing-library/dom';
import axe from 'axe-core';
import { html, render, type TemplateResult } from 'lit';
import { expect } from 'vitest';

const mounted: HTMLElement[] = [];

/** Lit elements in a tree, through shadow roots. */
function litElements(root: Element | ShadowRoot): (Element & { updateComplete: Promise<boolean> })[] {
  const out: (Element & { updateComplete: Promise<boolean> })[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if ('updateComplete' in el) out.push(el as Element & { updateComplete: Promise<boolean> });
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element && 'updateComplete' in root) out.push(root as Element & { updateComplete: Promise<boolean> });
  walk(root);
  return out;
}

/** Waits until every element under `root` has rendered and every evaluation has settled. */
export async function settle(root: Element, rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.all(litElements(root).map((el) => el.updateComplete));
  }
}

/**
 * Renders `content` (default: an empty `<advice-module>`) into the page with
 * the given model and returns the module element once everything settled.
 */
export async function mount(
  model: AdviceModel | undefined,
  content?: TemplateResult,
  { locale = 'nl', width }: { locale?: 'nl' | 'en'; width?: number } = {},
): Promise<AdviceModuleElement> {
  const container = document.createElement('div');
  container.setAttribute('lang', locale);
  if (width) container.style.width = `${width}px`;
  document.body.append(container);
  mounted.push(container);
  render(content ?? html`<advice-module></advice-module>`, container);
  const module = container.querySelector('advice-module') as AdviceModuleElement;
  module.model = model;
  await settle(container);
  return module;
}

/** Removes everything `mount` added. Call in afterEach. */
export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** Testing Library queries inside an element's shadow root. */
export function shadow(element: Element) {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return within(element.shadowRoot as unknown as HTMLElement);
}

/** Finds the first element with `tag` anywhere under `root`, through shadow roots. */
export function deepQuery<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T | null {
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

/** Every element matching `selector` under `root`, through shadow roots. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T[] {
  const out = Array.from(root.querySelectorAll<T>(selector));
  const hosts = [...(root instanceof Element ? [root] : []), ...Array.from(root.querySelectorAll('*'))];
  for (const el of hosts) if (el.shadowRoot) out.push(...deepQueryAll<T>(el.shadowRoot, selector));
  return out;
}

/** Fails with a readable list when axe finds WCAG 2.1 A/AA violations in `element` (shadow roots included). */
export async function expectAccessible(element: Element): Promise<void> {
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}

/** Every event of `type` that reaches `target`, in order. */
export function record<T = unknown>(target: EventTarget, type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  target.addEventListener(type, (e) => events.push(e as CustomEvent<T>));
  return events;
}
