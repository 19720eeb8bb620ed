/**
 * One evaluation: the values found so far, the deadline and the depth of
 * nested knowledge-model and decision-service calls. Every step checks the
 * deadline, so a model that takes too long is stopped with a clear error.
 */
import { DmnEvaluationError, type DmnLimits } from './errors.js';
import type { DrgElement } from './parse.js';

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

export class Run {
  readonly values = new Map<DrgElement, unknown>();
  /** Functions for knowledge models and services, made once per run. */
  readonly functions = new Map<DrgElement, unknown>();
  /** An error thrown inside a function FEEL called: feelin may swallow it, the run must not. */
  failure: Error | null = null;
  /** Knowledge-model calls under way (recursion is refused at load; this is the backstop). */
  calls = 0;
  private steps = 0;

  constructor(
    readonly inputs: ReadonlyMap<DrgElement, unknown>,
    readonly limits: DmnLimits,
    readonly deadline: number = now() + limits.timeMs,
    readonly depth = 0,
  ) {}

  /** A nested run (a decision service call) under the same deadline. */
  nested(inputs: ReadonlyMap<DrgElement, unknown>, where: { file: string; element: string }): Run {
    if (this.depth + 1 > this.limits.depth) {
      throw new DmnEvaluationError('depth', `more than ${this.limits.depth} nested calls of knowledge models or decision services`, where);
    }
    return new Run(inputs, this.limits, this.deadline, this.depth + 1);
  }

  /** Throws when the time is up. Cheap: reads the clock every 64 steps. */
  tick(where: { file: string; element: string }): void {
    if (this.failure) throw this.failure;
    if ((++this.steps & 63) === 0 && now() > this.deadline) {
      throw new DmnEvaluationError('timeout', `the evaluation took longer than ${this.limits.timeMs} ms and was stopped`, where);
    }
  }

  /** Remembers the first error of a nested call and throws it. */
  fail(error: unknown): never {
    const e = error instanceof Error ? error : new Error(String(error));
    this.failure ??= e;
    throw e;
  }
}

export const startTime = now;
