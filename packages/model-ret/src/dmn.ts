/**
 * The RET model as a DMN 1.3 decision model: `ret.dmn` (decision tables and
 * FEEL, tariffs of 2024) with `ret.dmn-mapping.json` (which input data are
 * the questions, which decisions give each option's cost and eligibility),
 * made an advice model by `@advice-kit/declarative/dmn`. The same advice as
 * the TypeScript model (tests/ret/dmn-equivalence.test.ts).
 *
 * An analyst edits ret.dmn in a DMN editor (Camunda Modeler, dmn-js), then
 * runs `node scripts/embed-dmn.mjs`.
 */
import type { AdviceModel } from '@advice-kit/core';
import { dmnModel } from '@advice-kit/declarative/dmn';
import mapping from './ret.dmn-mapping.json' with { type: 'json' };
import { RET_DMN } from './ret-dmn.js';

/** The DMN files of the RET model, by file name. */
export const RET_DMN_FILES: Readonly<Record<string, string>> = Object.freeze({ 'ret.dmn': RET_DMN });

/** The mapping of the RET DMN model, as parsed. */
export const retDmnMapping: unknown = mapping;

/** The RET model compiled from its DMN files and mapping (tariffs 2024). */
export function createRetDmnModel(): Promise<AdviceModel> {
  return dmnModel(RET_DMN_FILES, mapping);
}
