/** The problems of a declarative model as the compiler finds them: in order, each place and message once. */
import type { ModelProblem } from '@advice-kit/core';

export class ProblemList {
  readonly items: ModelProblem[];

  /** @param found problems already found (the schema's), kept as they are */
  constructor(found: readonly ModelProblem[]) {
    this.items = [...found];
  }

  /** Adds a problem unless the same message is already there for the same place. */
  add(problem: ModelProblem): void {
    if (!this.items.some((q) => q.path === problem.path && q.message === problem.message)) this.items.push(problem);
  }

  /** Whether a problem is already reported at this place or at a place that holds it. */
  covers(path: string): boolean {
    return this.items.some((q) => q.path === path || path.startsWith(`${q.path}/`));
  }
}
