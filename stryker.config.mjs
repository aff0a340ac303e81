// Mutation testing: `npm run test:mutation` (not part of `npm test`). See docs/testing.md.
// One folder at a time, reusing earlier results:
//   npx stryker run --mutate 'src/rules/**/*.ts' --incrementalFile reports/stryker-incremental-rules.json
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // A Vitest config without the tests that run dist/, child processes or bundles (they cannot
  // see the active mutant) and without the slow fuzz and full-size limits tests: see its header.
  vitest: { configFile: 'test/mutation/vitest.stryker.config.ts' },
  mutate: ['src/**/*.ts', '!src/regulation/articles.data.ts', '!src/**/index.ts'],
  // Message prose is not behaviour: the stable problem codes, rule ids and enum values are what
  // the tests assert, so mutating string literals only measures wording.
  mutator: { excludedMutations: ['StringLiteral'] },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Endless-loop mutants (heap, stream, radix sort) are stopped after net time × 1.5 + 5 s.
  timeoutMS: 5000,
  // The initial run of every test under instrumentation took from 1 min 51 s to 4 min on 2 cores
  // shared with other work; Stryker's default limit is 5 min. A generous limit costs nothing when
  // the run is quick, and a busy machine does not stop it.
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 95, low: 90, break: 80 },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignoreStatic: true,
  // Re-runs test only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
};
