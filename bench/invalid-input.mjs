// Benchmark (not a test): refusing a list of bad entries against parsing a valid list of the same
// length, each in its own Node process with a 4 GB heap, on the built package (npm run build).
//   npm run bench:invalid            (2 000 000 entries, LIMITS.drawMaxEnterprises)
//   npm run bench:invalid -- 200000  (fewer)
// Modes, each a fresh process:
//   valid    drawInputSchema.safeParse of N valid enterprises (the floor: the parse a draw needs)
//   invalid  drawInspections of N enterprises { id: 'x' } (each one issue): must throw RuleInputError
//   lastbad  drawInspections of N - 1 valid enterprises and one { id: 'x' } at the end
// Prints wall time, the process's peak RSS (and what it was once the input was built), and the
// ratios to `valid`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const [mode, nArg] = process.argv.slice(2);

if (mode === undefined || /^\d+$/.test(mode)) {
  const n = Number(mode ?? 2_000_000);
  const results = {};
  for (const m of ['valid', 'invalid', 'lastbad']) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', self, m, String(n)], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`${m}: exited ${child.status} ${child.signal ?? ''}\n${child.stderr.slice(-2000)}`);
      continue;
    }
    results[m] = JSON.parse(child.stdout.trim().split('\n').pop());
    const r = results[m];
    console.log(`${m.padEnd(8)} ${String(r.ms).padStart(7)} ms  peak RSS ${String(r.peakRssMB).padStart(5)} MB (with the input: ${r.inputRssMB} MB)  ${r.outcome}`);
  }
  if (results.valid) {
    for (const m of ['invalid', 'lastbad']) {
      if (results[m]) console.log(`${m} / valid: ${(results[m].ms / results.valid.ms).toFixed(2)}× time`);
    }
  }
} else {
  const lib = await import(new URL('../dist/index.js', import.meta.url).href);
  const n = Number(nArg);
  const enterprises = new Array(n);
  if (mode === 'invalid') for (let i = 0; i < n; i++) enterprises[i] = { id: 'x' };
  else {
    for (let i = 0; i < n; i++) {
      const body = `91220800${String(i).padStart(9, '0')}`;
      enterprises[i] = { id: body + lib.creditCodeCheckCharacter(body) };
    }
    if (mode === 'lastbad') enterprises[n - 1] = { id: 'x' };
  }
  const inspectors = [
    { id: 'TB-001', credentialValidUntil: '2030-12-31' },
    { id: 'TB-002', credentialValidUntil: '2030-12-31' },
  ];
  const input = { seed: '3-1-4-1-5-9', asOf: '2024-03-01', enterprises, inspectors, count: 1 };
  const rssBefore = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  let outcome;
  try {
    if (mode === 'valid') outcome = lib.drawInputSchema.safeParse(input).success ? 'parsed' : 'refused';
    else {
      lib.drawInspections(input);
      outcome = 'drawn';
    }
  } catch (error) {
    outcome = `${error.name}: ${error.issues?.length} issues listed, issueCount ${error.issueCount}, first ${error.issues?.[0]?.code}`;
  }
  const ms = Math.round(performance.now() - t0);
  // maxRSS (kB) is the process's peak; before the parse it already holds the input list.
  const { maxRSS } = process.resourceUsage();
  console.log(JSON.stringify({ mode, n, ms, inputRssMB: Math.round(rssBefore / 1e3), peakRssMB: Math.round(maxRSS / 1e3), outcome }));
}
