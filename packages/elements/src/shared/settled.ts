import type { AdviceModel } from '@advice-kit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells when a new best option has settled: it differs from the one last
 * settled and stayed the same for `delay` ms. Never at start-up (the first
 * advice, or the first after a new model, is taken as known), never twice for
 * the same option. `<advice-result>` and `<advice-bar>` announce with it, so
 * both follow one rule for what a screen reader hears.
 */
export class SettledAdvice implements ReactiveController {
  /** The best option last settled (or found at start-up); undefined until the first advice. */
  private settled: string | null | undefined;
  private pending: string | null | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private model: AdviceModel | undefined;

  /**
   * @param current The best option of the ranking shown now, or undefined while it is not ready.
   * @param onSettled Called with the option once it has settled.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly delay: number,
    private readonly current: () => string | null | undefined,
    private readonly onSettled: (best: string | null) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Each new ranking's best option (for `model`): starts, keeps or stops the wait. */
  observe(model: AdviceModel, best: string | null): void {
    if (model !== this.model || this.settled === undefined) {
      this.model = model;
      this.settled = best;
      this.pending = undefined;
      this.stop();
      return;
    }
    if (best === this.settled) {
      this.pending = undefined;
      this.stop();
      return;
    }
    if (best === this.pending && this.timer !== undefined) return;
    this.pending = best;
    this.stop();
    this.timer = setTimeout(() => this.fire(), this.delay);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.timer = undefined;
    const best = this.current();
    // Not ready, or changed again: the next ranking starts the wait again.
    if (best === undefined || best !== this.pending) return;
    this.settled = best;
    this.pending = undefined;
    this.onSettled(best);
  }
}
