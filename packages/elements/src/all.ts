/**
 * Everything in one module: the engine (`@advice-kit/core`), the elements,
 * and the registration of their tags. The entry of the single-file build
 * `dist/advice-kit.js`, for pages without a bundler:
 * `<script type="module" src=".../advice-kit.js"></script>`.
 */
import './define.js';

export * from '@advice-kit/core';
export * from './index.js';
