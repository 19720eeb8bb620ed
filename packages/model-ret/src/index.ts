/**
 * @advice-kit/model-ret — the kit's reference model: which RET travel product
 * suits a traveller in Rotterdam. Facts only (what each product costs and
 * allows, with the tariffs' years and sources); the engine in
 * `@advice-kit/core` adds the preferences. The same model as data (JSON +
 * FEEL) is the entry `@advice-kit/model-ret/declarative`.
 */
export * from './model.js';
