// Doc-test: runs every TSDoc `@example` in src/**/*.ts and checks what its `//=>` comments claim.
//
// How it works
//   1. extract.ts walks each source file with the TypeScript compiler API, takes the `/** */`
//      comment of every declaration, and cuts out the ```ts blocks of its `@example` tags. Each
//      block becomes one `it`, named after its file, symbol and line.
//   2. harness.ts parses the block (TypeScript AST) and rewrites each top-level statement that
//      carries a claim into `__check(id, () => (statement), () => (expected))`. The rewritten
//      block is transpiled with ts.transpileModule and run with `new Function`, with every public
//      export of src/index.ts (plus `z` from zod, which one example uses) in scope. The example
//      runs in one block, in order, so later statements see earlier declarations.
//   3. While it runs, `Date.now()`, `new Date()` without arguments and `fetch` throw: examples
//      must not read the clock or the network.
//
// Conventions for claims
//   - `expr; //=> value` (same line) or `expr;` followed by a line `//=> value`. A value whose
//     brackets are still open continues on the following `//` lines.
//   - The value is evaluated as a JavaScript expression in the example's scope (so literals, and
//     also names such as `plan.quota.outcome.shortfall`), then compared with vitest `toEqual`:
//     recursive equality that ignores properties whose value is `undefined` and does not compare
//     prototypes. Extra defined properties in the actual value are a failure: an example shows
//     the whole value unless it says otherwise.
//   - Partial values: a `…` (or a bare `...`) inside the value marks it as an excerpt; the `…` is
//     dropped and the comparison is `toMatchObject` (the actual value may have more properties).
//   - A trailing parenthesised remark after the value, separated by a space, is prose and is not
//     compared: `//=> 2 (a Tuesday)`, `//=> false (REASON_EMPTY)`.
//   - Errors: `//=> throws Name` or a trailing `// throws Name` means the statement must throw an
//     instance of the public export `Name`. `(code 'X')` after it additionally requires `X` to be
//     the error's `code` or the `code` of one of its `issues` (RuleInputError's own code is always
//     INVALID_INPUT; the specific code is in `issues`).
//   - Statements that are not expressions (`try { … } catch (e) { … } //=> x`, `if (…) f(); //=> x`)
//     are checked against their completion value, the value `eval` would give: that of the last
//     expression statement executed.
//   - A `//=>` the harness cannot interpret (not attached to a top-level statement, or a value
//     that is not an expression) fails the example: every claim must be checkable.
//   - Examples without claims (type-only examples declaring a typed const) are still executed
//     and must not throw.
//   - Examples that use a name they never declare get a fixture from fixtures.ts; their test
//     name says "(with fixture)".
//
// Set DOCTEST_REPORT=/path/file.json to also write every result as JSON, and DOCTEST_TYPES=1 to
// also type-check every example (typecheck.ts; too slow to run by default).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as lib from '../../src/index.js';
import { extractExamples, type DocExample } from './extract.js';
import { FIXTURES } from './fixtures.js';
import { parseExpectation, prepareExample, runExample, withoutClockOrNetwork, type PairResult, type RunResult } from './harness.js';
import { typecheckExamples } from './typecheck.js';

const root = resolve(import.meta.dirname, '..', '..');
const { examples, problems } = extractExamples(root, join(root, 'src'));
const scope: Readonly<Record<string, unknown>> = { ...lib, z };

const keyOf = (e: DocExample): string => `${e.file}#${e.symbol}`;
const byKey = new Map<string, DocExample>();
for (const e of examples) if (!byKey.has(keyOf(e))) byKey.set(keyOf(e), e);

function preludeOf(example: DocExample): string {
  const fixture = FIXTURES[keyOf(example)];
  if (fixture === undefined) return '';
  const parts = (fixture.examples ?? []).map((key) => {
    const source = byKey.get(key);
    if (source === undefined) throw new Error(`fixture of ${keyOf(example)}: no example ${key}`);
    return source.code;
  });
  return [...parts, fixture.code ?? ''].join('\n');
}

/** The src line of a pair (1-based). */
const srcLine = (example: DocExample, r: PairResult): number => example.codeLine + r.pair.line;

function describeFailures(example: DocExample, result: RunResult): string[] {
  const out: string[] = [];
  for (const p of result.problems) {
    // Problems name a line of the example's code; turn it into a line of the source file.
    const at = /^(?:syntax error, )?line (\d+): /.exec(p);
    out.push(`${example.file}:${at === null ? example.codeLine : example.codeLine + Number(at[1]) - 1} ${p}`);
  }
  if (result.error !== undefined) out.push(`${example.file}:${example.line} example ${result.error}`);
  for (const r of result.pairs) {
    if (r.status === 'pass') continue;
    const where = `${example.file}:${srcLine(example, r)}`;
    const head = `${where}  ${r.pair.source.split('\n').join(' ').replace(/\s+/g, ' ')}`;
    if (r.status === 'not-run') out.push(`${head}\n    not run: ${r.message ?? ''}`);
    else if (r.status === 'unchecked') out.push(`${head}\n    cannot check //=> ${r.pair.expectation.raw.trim()}: ${r.message ?? ''}`);
    else out.push(`${head}\n    expected: ${r.expected ?? ''}\n    actual:   ${r.actual ?? ''}\n    (${(r.message ?? '').split('\n')[0]})`);
  }
  return out;
}

interface Record_ {
  readonly file: string;
  readonly symbol: string;
  readonly line: number;
  readonly codeLine: number;
  readonly fixture: boolean;
  readonly result: RunResult;
}
const records: Record_[] = [];

afterAll(() => {
  const path = process.env['DOCTEST_REPORT'];
  if (path === undefined || path === '') return;
  const pairs = records.flatMap((r) => r.result.pairs);
  const summary = {
    examples: examples.length,
    executed: records.filter((r) => r.result.error === undefined || !r.result.error.startsWith('does not compile')).length,
    withClaims: records.filter((r) => r.result.pairs.length > 0).length,
    pairs: pairs.length,
    asserted: pairs.filter((p) => p.status === 'pass' || p.status === 'fail').length,
    passed: pairs.filter((p) => p.status === 'pass').length,
    failed: pairs.filter((p) => p.status === 'fail').length,
    unchecked: pairs.filter((p) => p.status === 'unchecked').length,
    notRun: pairs.filter((p) => p.status === 'not-run').length,
    examplesWithErrors: records.filter((r) => r.result.error !== undefined).length,
  };
  const detail = records.map((r) => ({
    file: r.file,
    symbol: r.symbol,
    line: r.line,
    fixture: r.fixture,
    error: r.result.error,
    problems: r.result.problems,
    pairs: r.result.pairs.map((p) => ({
      line: r.codeLine + p.pair.line,
      source: p.pair.source,
      claim: p.pair.expectation.raw.trim(),
      status: p.status,
      expected: p.expected,
      actual: p.actual,
      message: p.message,
      strictDifference: p.strictDifference,
    })),
  }));
  writeFileSync(path, JSON.stringify({ summary, detail }, null, 2));
});

describe('@example blocks of src/', () => {
  it('are all found and attributed to a declaration', () => {
    expect(problems).toEqual([]);
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.filter((e) => e.lang !== 'ts').map((e) => `${e.file}:${e.line}`)).toEqual([]);
  });

  it('have fixtures only for examples that exist', () => {
    const keys = new Set(examples.map(keyOf));
    expect(Object.keys(FIXTURES).filter((k) => !keys.has(k))).toEqual([]);
  });

  const files = [...new Set(examples.map((e) => e.file))];
  for (const file of files) {
    describe(file, () => {
      for (const example of examples.filter((e) => e.file === file)) {
        const fixture = FIXTURES[keyOf(example)] !== undefined;
        it(`${example.symbol} (line ${example.line})${fixture ? ' (with fixture)' : ''}`, () => {
          const result = runExample(example.code, scope, preludeOf(example));
          records.push({ file: example.file, symbol: example.symbol, line: example.line, codeLine: example.codeLine, fixture, result });
          const failures = describeFailures(example, result);
          if (failures.length > 0) throw new Error(`${failures.length} wrong or uncheckable claim(s):\n${failures.join('\n')}`);
        });
      }
    });
  }
});

// Opt-in (DOCTEST_TYPES=1, ~10 s): every example, fixture included, must type-check as its own
// module under the repository's tsconfig. Type-only examples get no other check.
describe.runIf(process.env['DOCTEST_TYPES'] === '1')('@example blocks of src/ (types)', () => {
  it('type-check', { timeout: 120_000 }, () => {
    const problems = typecheckExamples(
      root,
      examples.map((e) => ({ code: e.code, codeLine: e.codeLine, prelude: preludeOf(e) })),
    );
    const lines = examples.flatMap((e, i) =>
      (problems[i] ?? []).map((p) => `${e.file}:${p.line ?? `${e.line} (fixture)`} ${e.symbol}: ${p.message}`),
    );
    expect(lines).toEqual([]);
  });
});

// The harness must be able to fail. These run copies of real examples (addDays, periodEnd,
// auditQuota, errors.ts) with known-right and known-wrong claims.
describe('doc-test harness (self-test)', () => {
  const run = (code: string): RunResult => runExample(code, scope);
  const statuses = (r: RunResult): string[] => r.pairs.map((p) => p.status);

  it('passes a right claim and reports a wrong one (copy of the addDays example)', () => {
    const right = run(["addDays('2024-02-28', 1); //=> '2024-02-29'", "addDays('2024-03-01', -1); //=> '2024-02-29'"].join('\n'));
    expect(right.error).toBeUndefined();
    expect(statuses(right)).toEqual(['pass', 'pass']);
    const wrong = run(["addDays('2024-02-28', 1); //=> '2024-03-01'", "addDays('2024-03-01', -1); //=> '2024-02-29'"].join('\n'));
    expect(statuses(wrong)).toEqual(['fail', 'pass']);
    expect(wrong.pairs[0]).toMatchObject({ expected: "'2024-03-01'", actual: "'2024-02-29'" });
    expect(describeFailures({ file: 'x.ts', symbol: 'addDays', line: 1, codeLine: 2, lang: 'ts', code: '' }, wrong)).toHaveLength(1);
  });

  it('compares objects deeply, exactly unless `…` marks an excerpt', () => {
    const code = (claim: string): string =>
      [
        'const d = auditQuota({',
        "  year: 2024, licensedEnterpriseIds: ['91310110666007217T', '91310115591693856A'],",
        "  spotChecks: [{ enterpriseId: '91310110666007217T', date: '2024-05-20' }],",
        '});',
        `d.outcome; //=> ${claim}`,
      ].join('\n');
    expect(statuses(run(code('{ year: 2024, …, licensed: 2, required: 1, checked: 1, shortfall: 0, met: true }')))).toEqual(['pass']);
    expect(statuses(run(code('{ year: 2024, …, licensed: 2, required: 1, checked: 1, shortfall: 1, met: true }')))).toEqual(['fail']);
    // Without `…` the excerpt is a claim about the whole value, which has more properties.
    expect(statuses(run(code('{ year: 2024, licensed: 2, required: 1, checked: 1, shortfall: 0, met: true }')))).toEqual(['fail']);
  });

  it('checks thrown errors and their codes', () => {
    const throwing = "periodEnd('2024-03-01', 3, { calendar: { isRestDay: () => true } });";
    expect(statuses(run(`${throwing}\n//=> throws RuleInputError (code 'CALENDAR_NO_WORKING_DAY')`))).toEqual(['pass']);
    expect(statuses(run(`${throwing}\n//=> throws RuleInputError (code 'PERIOD_LENGTH')`))).toEqual(['fail']);
    expect(statuses(run(`${throwing}\n//=> throws NotInForceError`))).toEqual(['fail']);
    expect(statuses(run(`${throwing} //=> '2024-03-04'`))).toEqual(['fail']);
    expect(statuses(run("parseOrThrow(plainDateSchema, '2024-02-29'); // throws RuleInputError"))).toEqual(['fail']);
    expect(statuses(run("parseOrThrow(plainDateSchema, '2023-02-29'); // throws RuleInputError"))).toEqual(['pass']);
  });

  it('checks the completion value of try/catch and if statements', () => {
    const tryCatch = (claim: string): string =>
      `try { parseOrThrow(plainDateSchema, '2023-02-29'); }\ncatch (e) { if (e instanceof RuleInputError) e.issues[0]?.code; } //=> ${claim}`;
    expect(statuses(run(tryCatch("'DATE_IMPOSSIBLE'")))).toEqual(['pass']);
    expect(statuses(run(tryCatch("'DATE_FORMAT'")))).toEqual(['fail']);
    expect(statuses(run("const r = plainDateSchema.safeParse('2024-02-29');\nif (!r.success) issueCode(r.error.issues[0]!); //=> 'DATE_IMPOSSIBLE'"))).toEqual(['fail']);
  });

  it('reads notes, continuation lines and claims on the next line', () => {
    expect(parseExpectation(' 2 (a Tuesday)')).toMatchObject({ kind: 'value', source: '2', note: '(a Tuesday)' });
    expect(parseExpectation(' false (REASON_EMPTY)')).toMatchObject({ kind: 'value', source: 'false' });
    expect(parseExpectation(' true (镇赉县)')).toMatchObject({ kind: 'value', source: 'true' });
    expect(parseExpectation(' [0, 4] (Article 15)')).toMatchObject({ kind: 'value', source: '[0, 4]' });
    expect(parseExpectation(" 'a (b)'")).toMatchObject({ kind: 'value', source: "'a (b)'" });
    expect(parseExpectation(' the usual answer')).toMatchObject({ kind: 'unparsable' });
    const p = prepareExample(
      ["samplingEligibility({ asOf: '2024-05-01', findings: {} }).outcome;", '//=> { eligible: false,', '//     grounds: [] }', '// a remark, not a value', 'LOCALES; //=> x'].join('\n'),
    );
    expect(p.pairs.map((x) => x.expectation.raw.trim())).toEqual(['{ eligible: false, grounds: [] }', 'x']);
    expect(statuses(run(["samplingEligibility({ asOf: '2024-05-01', findings: {} }).outcome;", '//=> { eligible: false,', '//     grounds: [] }'].join('\n')))).toEqual(['pass']);
  });

  it('guards the clock without changing what `Date` is', () => {
    // A subclass in place of Date made date-fns treat UTCDate as a foreign object and fall back
    // to local time: addDays('2024-03-10', 1) gave '2024-03-10' under TZ=America/Los_Angeles.
    class Sub extends Date {}
    const made = new Sub(0);
    expect(withoutClockOrNetwork(() => made instanceof Date && new Date(0) instanceof Date && new Date(0).getTime() === 0)).toBe(true);
    expect(withoutClockOrNetwork(() => [lib.addDays('2024-03-10', 1), lib.addDays('2024-10-27', 1), lib.addDays('2024-11-03', 1)])).toEqual([
      '2024-03-11',
      '2024-10-28',
      '2024-11-04',
    ]);
  });

  it('fails an example that reads the clock, throws, or has a stray or unreadable claim', () => {
    expect(run('const now = Date.now();').error).toMatch(/clock/);
    expect(run('const now = Date();').error).toMatch(/clock/);
    expect(run('const now = new Date();').error).toMatch(/clock/);
    expect(statuses(run("new Date(Date.UTC(2024, 2, 10)).toISOString(); //=> '2024-03-10T00:00:00.000Z'"))).toEqual(['pass']);
    expect(run("isInForce(new Date().toISOString().slice(0, 10)); //=> true").pairs[0]).toMatchObject({ status: 'fail', actual: expect.stringMatching(/clock/) });
    expect(run("addDays('not a date', 1);").error).toMatch(/RuleInputError/);
    expect(run('const f = () => {\n  1; //=> 1\n};').problems).toHaveLength(1);
    expect(run('LOCALES; // => [\'zh-CN\', \'en\']').problems).toHaveLength(1);
    expect(run('const f = () => {\n  addDays(\'x\', 1); // throws RuleInputError\n};').problems).toHaveLength(1);
    expect(statuses(run('LOCALES; //=> the two locales'))).toEqual(['unchecked']);
    expect(run('const x = undeclared;').error).toMatch(/undeclared is not defined/);
  });
});
