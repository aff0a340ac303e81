// Per-use size budgets (issue 18): `npm run size`, after `npm run build`.
//
// What an application pays is the bundle of what it imports. So the packed package (npm pack:
// only the files a user installs) is unpacked into a temporary node_modules and, for each use
// below, a small application importing it is bundled with esbuild as a browser bundle (ESM,
// minified, tree-shaken, esbuild's defaults otherwise) and gzipped (zlib's default level). The dependencies (zod,
// seedrandom, @noble/hashes, date-fns) are bundled too, from this repository's node_modules.
//
// The budgets are relative to zod's own baseline: the bundle of an application that uses zod for
// one small schema, `import * as z from 'zod'; z.object({ a: z.string() }).safeParse(x)`, which
// any zod application pays anyway. Every figure is printed with the baseline; the script fails
// when one is over its budget, or when the formatCitation bundle contains a zod module.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

// The packed package, unpacked where an application would have it.
const work = mkdtempSync(join(tmpdir(), 'bls-size-'));
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' })
  .trim()
  .split('\n')
  .pop();
const installed = join(work, 'node_modules', 'baicheng-license-supervision');
mkdirSync(installed, { recursive: true });
execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);

const DEPENDENCIES = ['zod', 'date-fns', '@date-fns/utc', 'seedrandom', '@noble/hashes'];

/** gzip size of the minified browser bundle of `source`, and the modules that went into it. */
async function bundle(source, { external = [] } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: work, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    external,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path);
  return { gzip: gzipSync(result.outputFiles[0].contents).length, inputs };
}

const use = (names, call) => `import { ${names} } from 'baicheng-license-supervision';\nexport const use = (x) => ${call};`;
const baseline = await bundle("import * as z from 'zod';\nexport const use = (x) => z.object({ a: z.string() }).safeParse(x);");

// kB as size-limit counts them, 1 kB = 1000 bytes (bytes-iec's default "metric" mode): the unit of
// the budgets in .size-limit.cjs and of every figure in docs/performance.md. It is also the unit
// issue 18 measured in: its "today + 21.2" for the draw is 21,189 bytes over the baseline at the
// commit before seedrandom's ARC4 module was imported alone (20.69 in units of 1024 bytes).
const KB = 1000;
const kB = (n) => `${(n / KB).toFixed(2)} kB`;
const bytes = (n) => `${n} B`;
const rows = [
  {
    label: '`formatCitation` only',
    source: use('formatCitation', 'formatCitation(x)'),
    limit: () => 1.6 * KB,
    budget: '≤ 1.6 kB, no zod module',
    noZod: true,
    noCalendar: true,
  },
  {
    label: '`unifiedSocialCreditCodeSchema`',
    source: use('unifiedSocialCreditCodeSchema', 'unifiedSocialCreditCodeSchema.safeParse(x)'),
    limit: (b) => b + KB,
    budget: 'baseline + 1 kB',
    noCalendar: true,
  },
  {
    label: '`inspectionRecordSchema`',
    source: use('inspectionRecordSchema', 'inspectionRecordSchema.safeParse(x)'),
    limit: (b) => b + 5 * KB,
    budget: 'baseline + 5 kB',
    noCalendar: true,
  },
  {
    label: 'one decision function (`specialInspectionTriggers`)',
    source: use('specialInspectionTriggers', 'specialInspectionTriggers(x, { asOf: "2024-06-01" })'),
    limit: (b) => b + 8 * KB,
    budget: 'baseline + 8 kB',
  },
  {
    label: '`drawInspections` + `verifyDraw`',
    source: use('drawInspections, verifyDraw', 'verifyDraw(drawInspections(x).record, x)'),
    limit: (b) => b + 20 * KB,
    budget: 'baseline + 20 kB',
  },
];

let failed = false;
console.log(`bundles of the packed package (esbuild: browser, ESM, minified; gzip; 1 kB = 1000 bytes)\n`);
console.log(`${'gzip'.padStart(10)}  ${'vs baseline'.padStart(11)}  ${'budget'.padEnd(34)}  use`);
console.log(`${kB(baseline.gzip).padStart(10)}  ${''.padStart(11)}  ${'(baseline)'.padEnd(34)}  zod: z.object({ a: z.string() }).safeParse(x) (${bytes(baseline.gzip)})`);
for (const row of rows) {
  const { gzip, inputs } = await bundle(row.source);
  const limit = row.limit(baseline.gzip);
  const zodModules = inputs.filter((p) => p.includes('node_modules/zod/'));
  const over = gzip > limit;
  const zodInside = row.noZod === true && zodModules.length > 0;
  // The official rest-day calendar's data goes only to the uses that compute deadlines.
  const calendarInside = row.noCalendar === true && inputs.some((p) => /official-calendar|working-days/.test(p));
  failed ||= over || zodInside || calendarInside;
  const delta = gzip - baseline.gzip;
  const note = row.noZod ? `${zodModules.length} zod module(s)` : `${delta >= 0 ? '+' : '−'}${kB(Math.abs(delta))}`;
  console.log(
    `${kB(gzip).padStart(10)}  ${note.padStart(11)}  ${`${row.budget} = ${kB(limit)}`.padEnd(34)}  ${row.label} (${bytes(gzip)} ≤ ${bytes(Math.floor(limit))})${over || zodInside ? '  FAIL' : ''}${calendarInside ? '  FAIL: carries the calendar data' : ''}`,
  );
}

// Growth guard, not a goal: everything the library exports, its dependencies left out.
// Some 2 kB above where the library stands (57.1 kB, 1 kB = 1000 bytes): room for the work of
// one round, not for unnoticed growth.
const WHOLE_GUARD = 59 * KB;
const whole = await bundle("export * from 'baicheng-license-supervision';", {
  external: DEPENDENCIES.flatMap((d) => [d, `${d}/*`]),
});
const wholeOver = whole.gzip > WHOLE_GUARD;
failed ||= wholeOver;
console.log(
  `${kB(whole.gzip).padStart(10)}  ${''.padStart(11)}  ${`guard ${kB(WHOLE_GUARD)}`.padEnd(34)}  the whole library, dependencies excluded (${bytes(whole.gzip)})${wholeOver ? '  FAIL' : ''}`,
);

rmSync(work, { recursive: true, force: true });
if (failed) {
  console.error('\nsize budget exceeded');
  process.exit(1);
}
console.log('\nall within budget');
