// Vitest configuration used only by StrykerJS (`npm run test:mutation`, see stryker.config.mjs
// and docs/testing.md). It runs the in-process unit, scenario, property and vector tests against
// the mutated src/, and leaves out the tests that cannot see a mutant or are too slow to run
// once per mutant:
// - test/examples/**, test/demo.test.ts and test/draw/browser-bundle.test.ts exercise the built
//   dist/, a child process or an esbuild bundle: Stryker's active mutant is not visible there;
// - test/fuzz/** (every export against arbitrary input, ~30 s) covers every line, so with
//   per-test coverage it would run for each surviving mutant. Leaving it out can only lower the
//   score, never raise it.
// - test/limits.test.ts checks the input limits at the schema edge with full-size inputs (a
//   million-enterprise draw pool, 10 MB strings): seconds per test, run for every draw mutant;
// - test/docs/** runs every TSDoc example; it loads the TypeScript compiler (~3 s) and covers
//   most of src/, so it would run for nearly every mutant. Leaving it out can only lower the
//   score.
//
// Time limits are Stryker's, not Vitest's: `testTimeout: 0` turns off Vitest's 5 s limit per test.
// The exhaustive-search and reference tests of test/draw/team-optimality.test.ts take 3-4 s each
// without instrumentation on a busy 2-core machine; instrumented, they can pass 5 s, and then the
// initial run fails and no mutant is tested. A limit hit during a mutant's run would also count
// that mutant as killed for the machine's slowness, not for the test's verdict. Stryker bounds
// both runs itself: the initial run by `dryRunTimeoutMinutes`, each mutant by its tests' measured
// time × `timeoutFactor` + `timeoutMS` (stryker.config.mjs); a mutant that loops forever is stopped
// there and counted as timed out.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'test/**/*.browser.test.ts',
      'test/examples/**',
      'test/demo.test.ts',
      'test/draw/browser-bundle.test.ts',
      'test/fuzz/**',
      'test/limits.test.ts',
      'test/docs/**',
    ],
    testTimeout: 0,
  },
});
