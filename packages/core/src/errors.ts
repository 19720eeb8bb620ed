/**
 * Why the engine could not give an answer. Engine functions never throw or
 * reject for these: they return a result with `error` set and empty data.
 *
 * - `invalid-model`: the model definition has problems (see `problems`).
 * - `invalid-situation`: a factor value is invalid (see `issues`); the model was not asked.
 * - `unknown-factor`: a function was asked about a factor the model does not have.
 * - `model-failed`: the model threw or its promise rejected.
 * - `malformed-assessment`: the model answered with something that is not a valid assessment.
 * - `timeout`: the model did not answer in time.
 * - `aborted`: the work was cancelled because a newer question replaced it.
 */
export type AdviceErrorCode =
  | 'invalid-model'
  | 'invalid-situation'
  | 'unknown-factor'
  | 'model-failed'
  | 'malformed-assessment'
  | 'timeout'
  | 'aborted';

export interface AdviceErrorDetails {
  readonly problems?: readonly ModelProblem[];
  readonly issues?: readonly SituationIssue[];
  readonly cause?: unknown;
}

/** One problem in a model definition: where, and what is wrong. */
export interface ModelProblem {
  /** Path into the definition, e.g. `factors[2].min`. */
  readonly path: string;
  readonly message: string;
}

/** One invalid factor value in a situation. */
export interface SituationIssue {
  readonly factorId: string;
  readonly code: SituationIssueCode;
  /** The numbers the message needs (`min`, `max`, `step`, `near`), so that any language can say it: the elements translate `code` and `params`. */
  readonly params: Readonly<Record<string, number>>;
  /** The message in the requested language (Dutch for a language the core has no messages in). */
  readonly message: string;
  /** The same message in Dutch and English, for callers without the elements' translations. */
  readonly messages: { readonly nl: string; readonly en: string };
}

export type SituationIssueCode =
  | 'not-a-number'
  | 'below-min'
  | 'above-max'
  | 'off-step'
  | 'unknown-choice'
  | 'not-a-boolean'
  | 'range-not-allowed'
  | 'range-reversed';

/** A typed, recognisable engine error. */
export class AdviceError extends Error {
  override readonly name = 'AdviceError';
  readonly code: AdviceErrorCode;
  readonly problems: readonly ModelProblem[];
  readonly issues: readonly SituationIssue[];

  constructor(code: AdviceErrorCode, message: string, details: AdviceErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.problems = details.problems ?? [];
    this.issues = details.issues ?? [];
  }
}

/** Thrown by `defineModel` with every problem found, not only the first. */
export class ModelDefinitionError extends AdviceError {
  constructor(problems: readonly ModelProblem[]) {
    super(
      'invalid-model',
      `The advice model has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems
        .map((p) => `${p.path}: ${p.message}`)
        .join('\n')}`,
      { problems },
    );
  }
}

export function isAdviceError(value: unknown): value is AdviceError {
  return value instanceof AdviceError;
}

/**
 * A short description of anything thrown, for an error message. Never throws:
 * a value without a prototype, a throwing `toString` or `message` getter, or a
 * Proxy whose traps throw all come back as a plain description.
 */
export function describeCause(cause: unknown): string {
  try {
    if (cause instanceof Error) {
      const message: unknown = cause.message;
      if (typeof message === 'string') return message.length > 500 ? `${message.slice(0, 500)}…` : message;
    }
  } catch {
    // fall through to the generic description
  }
  try {
    if (cause === undefined || cause === null) return 'no reason given';
    if (typeof cause !== 'object' && typeof cause !== 'function') {
      const text = typeof cause === 'symbol' ? cause.toString() : String(cause);
      return text.length > 500 ? `${text.slice(0, 500)}…` : text;
    }
    const text = String(cause);
    return typeof text === 'string' ? (text.length > 500 ? `${text.slice(0, 500)}…` : text) : 'an unreadable value';
  } catch {
    return `an unreadable ${cause === null ? 'value' : typeof cause}`;
  }
}

/** Wraps anything a model threw into an {@link AdviceError}. Never throws itself. */
export function toAdviceError(cause: unknown, code: AdviceErrorCode = 'model-failed'): AdviceError {
  try {
    if (cause instanceof AdviceError) return cause;
  } catch {
    // a Proxy whose getPrototypeOf trap throws: not an AdviceError
  }
  return new AdviceError(code, `The advice model failed: ${describeCause(cause)}`, { cause });
}
