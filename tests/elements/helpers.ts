/** Test helpers for the elements, with every tag registered under the kit's own names. */
import '@advice-kit/elements/define';

export * from './dom.js';
