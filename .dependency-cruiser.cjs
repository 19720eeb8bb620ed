/**
 * The layer rules of ../shared/design/ARCHITECTURE.md ("Layer rules"), checked
 * by dependency-cruiser in npm test (tests/packages/layers.test.ts) and by
 * `npm run lint:layers`. Data flows one way: core ← adapters, models ←
 * elements, study ← demo, stories, examples, scripts. Tests sit on top of
 * everything and are not checked.
 */
const OURS_ABOVE = '^(demo|stories|examples|scripts|tests)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-nothing-of-ours',
      comment: 'The core (engine, model contract, event contract) depends on no other package of the kit and on nothing above it.',
      severity: 'error',
      from: { path: '^packages/core/src/' },
      to: { path: [`^packages/(?!core/)`, OURS_ABOVE] },
    },
    {
      name: 'core-has-no-dom-framework',
      comment: 'The core has no DOM and no Lit: it runs in Node, a worker or any framework.',
      severity: 'error',
      from: { path: '^packages/core/src/' },
      to: { path: 'node_modules/(lit|lit-html|lit-element|@lit|chart\\.js)/' },
    },
    {
      name: 'elements-and-study-import-only-the-core',
      comment: 'Elements and study depend on the core only: never on a model, an adapter, each other or anything above.',
      severity: 'error',
      from: { path: '^packages/(elements|study)/src/' },
      to: { path: [`^packages/`, OURS_ABOVE], pathNot: '^packages/(core|$1)/' },
    },
    {
      name: 'adapters-import-only-the-core',
      comment: 'An adapter (declarative, remote) turns something into an AdviceModel with the core alone.',
      severity: 'error',
      from: { path: '^packages/(declarative|remote)/src/' },
      to: { path: [`^packages/`, OURS_ABOVE], pathNot: '^packages/(core|$1)/' },
    },
    {
      name: 'models-import-only-the-core-or-the-declarative-adapter',
      comment: 'A model gives facts through the core’s contract; a declarative model may use the declarative adapter.',
      severity: 'error',
      from: { path: '^packages/(model-[^/]+)/src/' },
      to: { path: [`^packages/`, OURS_ABOVE], pathNot: '^packages/(core|declarative|$1)/' },
    },
    {
      name: 'nothing-imports-the-demo',
      comment: 'The demo is an app at the top: packages, stories, examples and scripts never import it.',
      severity: 'error',
      from: { path: '^(packages|stories|examples|scripts)/' },
      to: { path: '^demo/' },
    },
    {
      name: 'packages-import-no-stories-examples-scripts',
      comment:
        'A package’s code never reaches up into Storybook, the examples, the scripts or the tests (its build config may use the scripts).',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/' },
      to: { path: '^(stories|examples|scripts|tests)/' },
    },
  ],
  options: {
    // Imports by package name resolve through node_modules to the packages' built files (npm test builds first).
    doNotFollow: { path: ['node_modules', '/dist/'] },
    // .tsx and .vue are left out: dependency-cruiser's swc reader parses neither (the React and Vue examples' apps import packages by name only).
    exclude: { path: ['/dist/', '/storybook-static/', '\\.d\\.ts$', '\\.(tsx|vue)$'] },
    parser: 'swc',
    tsPreCompilationDeps: true,
  },
};
