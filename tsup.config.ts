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
]);
