/**
 * The RET model as data: `ret.declarative.json` (JSON + FEEL), compiled by
 * `@advice-kit/core/declarative`. The same advice as the TypeScript model in
 * `index.ts` with the tariffs of 2024 (tests/ret/declarative-equivalence.test.ts).
 *
 * An analyst edits the JSON; nothing here needs changing. Its schema is
 * `packages/declarative/schema/declarative-model.schema.json`.
 */
import type { AdviceModel } from '@advice-kit/core';
import { declarativeModel } from '@advice-kit/declarative';
import definition from './ret.declarative.json' with { type: 'json' };

/** The declarative RET model's JSON, as parsed. */
export const retDeclarativeDefinition: unknown = definition;

/** The RET model compiled from its declarative definition (tariffs 2024). */
export const retDeclarativeModel: AdviceModel = declarativeModel(definition);
