/**
 * What goes wrong with DMN, said so a person can fix it: the file, the
 * element's id and what is missing or unsupported. Load problems are found
 * all at once when the files are read; evaluation errors (an input of the
 * wrong type, a table whose hit policy is broken by the data, a time limit)
 * come from `evaluate`.
 */

/** One problem found while loading DMN files. */
export interface DmnProblem {
  /** The file name as given to `loadDmn`. */
  readonly file: string;
  /** The id (or, without id, the name) of the element it is about; absent for the file as a whole. */
  readonly element?: string;
  /** What is wrong, in English, for a developer or analyst. */
  readonly message: string;
  /** What kind of problem, for a translated message: see `describeDmnProblem`. */
  readonly code: DmnProblemCode;
}

export type DmnProblemCode =
  | 'xml' // not well-formed XML, or not a DMN 1.3 document
  | 'unsafe' // a DOCTYPE or entity declaration, too large a file, too many elements
  | 'unsupported' // an element or attribute this version does not evaluate
  | 'reference' // a reference, import or name that does not resolve
  | 'feel' // a FEEL syntax error or an unknown name
  | 'type' // an unknown typeRef or item definition
  | 'cycle'; // decisions or knowledge models that require themselves

export class DmnLoadError extends Error {
  readonly problems: readonly DmnProblem[];
  constructor(problems: readonly DmnProblem[]) {
    const shown = problems.slice(0, 10).map((p) => `- ${p.file}${p.element ? ` #${p.element}` : ''}: ${p.message}`);
    const more = problems.length > 10 ? `\n- … and ${problems.length - 10} more` : '';
    super(`The DMN files cannot be used:\n${shown.join('\n')}${more}`);
    this.name = 'DmnLoadError';
    this.problems = problems;
  }
}

export type DmnErrorCode = 'input' | 'unknown-decision' | 'failed' | 'hit-policy' | 'timeout' | 'depth';

/** An evaluation that cannot give a trustworthy value. */
export class DmnEvaluationError extends Error {
  readonly code: DmnErrorCode;
  /** File and id of the element where it happened. */
  readonly file?: string;
  readonly element?: string;
  constructor(code: DmnErrorCode, message: string, where?: { readonly file: string; readonly element: string }) {
    super(where ? `${message} (${where.file} #${where.element})` : message);
    this.name = 'DmnEvaluationError';
    this.code = code;
    if (where) {
      this.file = where.file;
      this.element = where.element;
    }
  }
}

/** Bounds that keep hostile or runaway DMN from taking the page down. */
export interface DmnLimits {
  /** Characters per file. */
  readonly fileChars: number;
  /** Files per load. */
  readonly files: number;
  /** XML elements per file. */
  readonly elements: number;
  /** Rules per decision table. */
  readonly rules: number;
  /** Characters per FEEL expression. */
  readonly expressionChars: number;
  /** Items a `for`, `some` or `every` may iterate over a literal range. */
  readonly rangeItems: number;
  /** Nested calls of knowledge models and decision services. */
  readonly depth: number;
  /** Milliseconds one `evaluate` may take before it is stopped. */
  readonly timeMs: number;
}

export const DEFAULT_DMN_LIMITS: DmnLimits = Object.freeze({
  fileChars: 2_000_000,
  files: 32,
  elements: 50_000,
  rules: 5_000,
  expressionChars: 10_000,
  rangeItems: 10_000,
  depth: 32,
  timeMs: 2_000,
});
