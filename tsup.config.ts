import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  sourcemap: true,
  target: 'es2022',
  // Keep Chinese text as UTF-8 rather than \u escapes: a third of the bytes.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

export default defineConfig([
  // ESM: one output file per source module, so that bundlers (with "sideEffects": false) keep
  // only the modules an application uses — a form that imports formatCitation pulls no zod and
  // no seedrandom.
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/**/*.d.ts'],
    format: ['esm'],
    bundle: false,
    clean: true,
    dts: { entry: { index: 'src/index.ts' } },
    outExtension: () => ({ js: '.js' }),
  },
  // CommonJS: one bundled file for require().
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    outExtension: () => ({ js: '.cjs' }),
  },
  // ESM for Node (the "node" condition of the package's exports): the same modules in one file.
  // Node loads and compiles each file of an import graph on its own; one file instead of some
  // seventy makes a cold `import` about twice as fast (`npm run bench:import`). Bundlers for the
  // browser do not set "node" and keep the one-file-per-module build above.
  {
    ...shared,
    entry: { 'index.node': 'src/index.ts' },
    format: ['esm'],
    outExtension: () => ({ js: '.js' }),
  },
]);
