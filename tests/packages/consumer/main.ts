// A consumer of the published packages, built by tests/packages/pack.test.ts through node_modules.
import { rank } from '@advice-kit/core';
import '@advice-kit/elements/define';
import { AdviceModuleElement } from '@advice-kit/elements';

export { AdviceModuleElement, rank };
