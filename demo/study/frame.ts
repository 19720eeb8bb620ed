/**
 * The page around study mode's screens: the demo's heading (h1) and intro
 * above, the current screen's element in the app container (rendered with
 * Lit), and a language switch that re-renders the screens that allow it.
 */
import type { BuiltInLocale as Locale } from '@advice-kit/core';
import { render, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/** A screen: the page's heading and intro, and its element, rendered again (same element) after a language switch. */
export interface Screen {
  /** A new key, a new element: no state carries over from one screen to the next. */
  readonly key: string;
  readonly heading: () => string;
  readonly intro: () => string | null;
  readonly view: () => TemplateResult;
}

export class StudyFrame {
  private current: Screen | undefined;
  /** Whether the current screen follows a language switch (screens outside a running session only). */
  private relabels = false;

  constructor(
    readonly app: HTMLElement,
    readonly locale: () => Locale,
  ) {
    app.replaceChildren();
    document.addEventListener('demo-locale', () => {
      if (this.relabels && this.current) this.paint(this.current, true);
    });
  }

  /** Puts a screen on the page: the page heading (h1), its intro, and the screen's element. */
  paint(screen: Screen, relabels: boolean): void {
    this.current = screen;
    this.relabels = relabels;
    const h1 = document.querySelector('h1');
    if (h1) h1.textContent = screen.heading();
    const intro = document.getElementById('intro');
    if (intro) {
      const text = screen.intro();
      intro.textContent = text ?? '';
      intro.hidden = text === null;
    }
    render(keyed(screen.key, screen.view()), this.app);
  }

  /** The current screen again, with what its view reads now (notes just saved, say). */
  repaint(): void {
    if (this.current) this.paint(this.current, this.relabels);
  }

  /** During a session the participant cannot switch language or variant: texts stay those of the questionnaire. */
  languageSwitch(visible: boolean): void {
    const button = document.getElementById('language-switch');
    if (button) button.hidden = !visible;
  }

  focusHeading(): void {
    document.querySelector<HTMLElement>('h1')?.focus();
  }
}

/** Whether an error says the browser's storage is full (IndexedDB or Web Storage, in any browser). */
export function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error instanceof DOMException && error.code === 22);
}
