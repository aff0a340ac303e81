import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

// In a CommonJS bundle esbuild converts zod's exports once for every module that imports zod
// (`__toESM(require("zod"))`, forty-odd times), each a copy of some four hundred getters: a
// fifth of the time `require()` takes. Every module of the bundle imports zod through one module
// instead, which converts it once.
const zodOnce: Plugin = {
  name: 'zod-once',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, (args) =>
      args.namespace === 'zod-once' ? { path: 'zod', external: true } : { path: 'zod', namespace: 'zod-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-once' }, () => ({ contents: "export * from 'zod';", loader: 'js' }));
    // zod's subpaths (zod/v4/core, zod/locales) stay external, each imported by one module.
    build.onResolve({ filter: /^zod\// }, (args) => ({ path: args.path, external: true }));
  },
};

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
    esbuildPlugins: [zodOnce],
    // Left to zodOnce, which keeps zod external itself.
    noExternal: ['zod'],
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
    // Without comments and white space: Node compiles the whole file on import, and a third less
    // text is a third less to read and parse. Names are kept, for readable stack traces.
    esbuildOptions(options) {
      options.charset = 'utf8';
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
  },
]);
