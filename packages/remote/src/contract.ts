/**
 * The HTTP contract between `remoteModel` and a model server (version 1),
 * shared by the client and the reference server. The OpenAPI document
 * `packages/remote/openapi/advice-model.json` describes the same messages.
 *
 * - `GET  {base}/model`       → {@link ModelDocument}
 * - `POST {base}/assess`      {@link AssessRequest} → {@link AssessResponse}
 * - `POST {base}/breakpoints` {@link BreakpointsRequest} → {@link BreakpointsResponse}
 * - any error                 → {@link ErrorResponse} with a 4xx or 5xx status
 */
import type { AdviceErrorCode, AdviceModel, Assessments, ResolvedSituation } from '@advice-kit/core';

export const CONTRACT = 'advice-kit/remote@1';

/** The model without its functions, as data. */
export type ModelData = Omit<AdviceModel, 'assess' | 'assessMany' | 'breakpoints'>;

export interface ModelDocument {
  readonly contract: typeof CONTRACT;
  readonly model: ModelData;
  /** Whether the model can say where its number factors bend (`POST /breakpoints`, or `breakpoints` in `/assess`). */
  readonly breakpoints: boolean;
  /** The most situations one request may carry. */
  readonly maxBatch: number;
}

/** One situation in a request: the client's id for it (echoed in the answer) and every factor's value. */
export interface SituationEntry {
  readonly id: string;
  readonly values: ResolvedSituation;
}

export interface AssessRequest {
  readonly situations: readonly SituationEntry[];
  /** Ids of situations whose breakpoints (every number factor) to send along, saving a round trip. */
  readonly breakpoints?: readonly string[];
}

export interface AssessmentEntry {
  readonly id: string;
  readonly options: Assessments;
}

/** A situation's breakpoints per number factor; a factor left out has none the model knows. */
export interface BreakpointsEntry {
  readonly id: string;
  readonly factors: Readonly<Record<string, readonly number[]>>;
}

export interface AssessResponse {
  /** One per situation, in the order asked. */
  readonly assessments: readonly AssessmentEntry[];
  readonly breakpoints?: readonly BreakpointsEntry[];
}

export interface BreakpointsRequest {
  readonly situations: readonly SituationEntry[];
  /** Only these factors; default every number factor. */
  readonly factors?: readonly string[];
}

export interface BreakpointsResponse {
  readonly breakpoints: readonly BreakpointsEntry[];
}

/** Why the server did not answer. `code` is an engine error code where one fits. */
export type ServerErrorCode =
  | Extract<AdviceErrorCode, 'model-failed' | 'malformed-assessment' | 'invalid-situation' | 'unknown-factor'>
  | 'bad-request'
  | 'not-found'
  | 'method-not-allowed'
  | 'too-large'
  | 'internal';

export interface ErrorResponse {
  readonly error: { readonly code: ServerErrorCode; readonly message: string };
}

/** The model's data without its functions (what `GET /model` sends). */
export function modelData(model: AdviceModel): ModelData {
  const { id, title, description, factors, criteria, options, scenarios, references } = model;
  const data = { id, title, description, factors, criteria, options, scenarios, references };
  return JSON.parse(JSON.stringify(data)) as ModelData;
}
