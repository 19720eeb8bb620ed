import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * "First seen": the one rule by which the elements decide that a person has
 * seen a part of the page (the `advice-view` events a usability study counts).
 *
 * A part counts as seen when, for at least `dwellMs` without a break:
 * - at least `ratio` of its area is inside the viewport (or, for a part larger
 *   than the viewport, it fills at least `ratio` of the viewport),
 * - the page is visible (`document.visibilityState === 'visible'`: not a
 *   background tab, not a minimised window),
 * - its layout is not hidden (not `display: none`, `visibility: hidden`,
 *   `content-visibility: hidden`, a closed `<details>`, or zero-sized).
 * Defaults: half of it, for one second (`SIGHT_DEFAULTS`), after the
 * viewability rule advertisers use (50 % of the pixels, 1 s).
 */
export interface SightOptions {
  /** Share, 0…1, of the part (or of the viewport, for a larger part) that must be in view. 0: any pixel. */
  readonly ratio?: number;
  /** How long, in milliseconds, it must stay in view without a break. 0: at once. */
  readonly dwellMs?: number;
}

export const SIGHT_DEFAULTS: Required<SightOptions> = Object.freeze({ ratio: 0.5, dwellMs: 1000 });

/** The part of `target`'s area, or of the viewport's for a part larger than it, that an observer entry has in view. */
export function shareInView(
  entry: Pick<IntersectionObserverEntry, 'boundingClientRect' | 'intersectionRect' | 'rootBounds' | 'isIntersecting'>,
): number {
  if (!entry.isIntersecting) return 0;
  const area = (r: { width: number; height: number }) => Math.max(0, r.width) * Math.max(0, r.height);
  const own = area(entry.boundingClientRect);
  const shown = area(entry.intersectionRect);
  if (own === 0) return 0;
  // The page's own viewport; inside a frame, the frame's (the root bounds are the top window's, or null).
  const ownWindow = area({ width: globalThis.innerWidth ?? 0, height: globalThis.innerHeight ?? 0 });
  const root = entry.rootBounds ? area(entry.rootBounds) : ownWindow;
  const viewport = ownWindow > 0 ? Math.min(root, ownWindow) : root;
  const ofOwn = shown / own;
  const ofViewport = viewport > 0 ? shown / viewport : 0;
  return Math.min(1, Math.max(ofOwn, ofViewport));
}

/** Whether the layout shows `target` at all (styles and closed `<details>` that hide it; not the viewport). */
export function layoutShows(target: Element): boolean {
  const check = (target as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    return check.call(target, { contentVisibilityAuto: false, visibilityProperty: true, opacityProperty: true });
  }
  const rect = target.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * Calls `seen` once, the first time `target` has been in view by the rule
 * above for long enough, then stops watching. Returns the function that stops
 * watching earlier (call it when the element is disconnected).
 */
export function onFirstSight(target: Element, seen: () => void, options: SightOptions = {}): () => void {
  const ratio = Math.min(1, Math.max(0, options.ratio ?? SIGHT_DEFAULTS.ratio));
  const dwellMs = Math.max(0, options.dwellMs ?? SIGHT_DEFAULTS.dwellMs);
  let inView = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  /** Whether the last check found the layout showing it: a style change needs a fresh dwell time. */
  let shown = true;

  const stop = () => {
    done = true;
    observer.disconnect();
    document.removeEventListener('visibilitychange', update);
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const fire = () => {
    timer = undefined;
    if (done || !inView || document.visibilityState !== 'visible') return;
    const shows = layoutShows(target);
    if (!shows || !shown) {
      // Hidden by a style, which no observer reports: look again in a while; the dwell starts anew once it shows.
      shown = shows;
      timer = setTimeout(fire, shows ? dwellMs : Math.max(250, Math.min(dwellMs, 1000)));
      return;
    }
    stop();
    seen();
  };
  function update(): void {
    if (done) return;
    if (!inView || document.visibilityState !== 'visible') {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      return;
    }
    if (timer !== undefined) return;
    shown = layoutShows(target);
    if (shown && dwellMs === 0) fire();
    else timer = setTimeout(fire, shown ? dwellMs : Math.max(250, Math.min(dwellMs, 1000)));
  }
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      inView = ratio === 0 ? entry.isIntersecting : shareInView(entry) >= ratio - 1e-9;
      update();
    },
    { threshold: THRESHOLDS },
  );
  observer.observe(target);
  document.addEventListener('visibilitychange', update);
  return stop;
}

/** What a {@link FirstSight} watches and by which rule. */
export interface FirstSightOptions extends SightOptions {
  /** The part to watch, looked up after each render (it may come and go); default: the host itself. */
  readonly target?: () => Element | null;
  /** Called once, when the part is first seen. */
  readonly onSeen?: () => void;
}

/**
 * The first-sight rule as a controller: watches its host (or one of its parts)
 * while connected, sets `seen` once the rule is met, calls `onSeen` and
 * re-renders the host. Every element that reports what a person has seen uses it.
 */
export class FirstSight implements ReactiveController {
  /** Whether the part has been seen by the rule (stays true). */
  seen = false;
  private readonly host: ReactiveControllerHost & Element;
  private readonly options: FirstSightOptions;
  private watched: Element | null = null;
  private stop: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & Element, options: FirstSightOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
  }

  hostUpdated(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  private watch(): void {
    if (this.seen || !this.host.isConnected) return;
    const target = this.options.target ? this.options.target() : this.host;
    if (target === this.watched) return;
    this.unwatch();
    if (!target || typeof IntersectionObserver !== 'function') return;
    this.watched = target;
    this.stop = onFirstSight(
      target,
      () => {
        this.stop = undefined;
        this.seen = true;
        this.options.onSeen?.();
        this.host.requestUpdate();
      },
      this.options,
    );
  }

  private unwatch(): void {
    this.stop?.();
    this.stop = undefined;
    this.watched = null;
  }
}
