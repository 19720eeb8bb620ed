/**
 * Helpers for the hardening tests in real Chromium: every element and text
 * through shadow roots, and a watch on uncaught errors.
 */
import { vi } from 'vitest';

/** Text that must never reach a person: leaked non-numbers and unformatted objects. */
export const LEAKED = /NaN|undefined|Infinity|\[object /;

/** Every element under `root`, through open shadow roots. */
export function allElements(root: Element | ShadowRoot | Document = document): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    out.push(root);
    walk(root.shadowRoot);
  }
  walk(root);
  return out;
}

/** Attributes whose value a screen reader reads out. */
const SPOKEN = ['aria-label', 'aria-valuetext', 'aria-description', 'title', 'alt', 'placeholder'];

/**
 * What a person can see or hear: every text node (styles left out) and every
 * spoken attribute, through shadow roots. Field values are left out: they hold
 * what the person typed.
 */
export function renderedTexts(root: Element | ShadowRoot | Document = document): string[] {
  const texts: string[] = [];
  const fromNode = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent?.trim();
        if (text) texts.push(text);
      }
    }
  };
  const roots: (Element | ShadowRoot | Document)[] = [root];
  for (const el of allElements(root)) {
    if (el.shadowRoot) roots.push(el.shadowRoot);
    if (el.localName === 'style' || el.localName === 'script') continue;
    fromNode(el);
    for (const name of SPOKEN) {
      const value = el.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  for (const r of roots) if (!(r instanceof Element)) fromNode(r);
  return texts;
}

export interface ErrorWatch {
  /** Uncaught errors, unhandled rejections and console errors so far. */
  readonly errors: string[];
  stop(): void;
}

/** Records uncaught errors, unhandled rejections and console errors until stopped. */
export function watchErrors(): ErrorWatch {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
  });
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      spy.mockRestore();
    },
  };
}

/** Whether an element is rendered and not hidden (display, visibility, size). */
export function isShown(el: Element): boolean {
  return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.getBoundingClientRect().width > 0;
}
