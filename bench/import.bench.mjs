// Benchmark of the cold import (not a test): `npm run bench:import`, after `npm run build`.
//
// Each measurement is a fresh Node process that times one dynamic `import()` of a module: what
// an application pays the first time it loads the module (the operating system's file cache is
// warm after the first rounds; Node's module cache is empty in every process). The library is
// measured side by side with zod, the floor it cannot go under (the library imports zod, and
// zod's own import is what every zod user already pays), alternating one process of each, and
// the medians are compared. Goal (issue 18): the library within 2× zod.
//
// `node bench/import.bench.mjs [rounds] [--deps]`: rounds (default 21) of each; --deps also times
// zod plus each of the library's other dependencies, to see where the time goes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 21);
const withDeps = args.includes('--deps');

/** Milliseconds a fresh process takes to import `specifiers` in turn (ESM) or require them (CJS). */
function time(specifiers, cjs = false) {
  const load = specifiers.map((s) => (cjs ? `require(${JSON.stringify(s)});` : `await import(${JSON.stringify(s)});`)).join(' ');
  const code = `const t0 = performance.now(); ${load} process.stdout.write(String(performance.now() - t0));`;
  const flags = cjs ? ['--input-type=commonjs', '-e', code] : ['--input-type=module', '-e', code];
  return Number(execFileSync(process.execPath, flags, { cwd: root, encoding: 'utf8' }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const cases = [
  { label: 'zod (ESM)', specifiers: ['zod'] },
  { label: 'baicheng-license-supervision (ESM)', specifiers: ['baicheng-license-supervision'] },
  { label: 'zod (CommonJS)', specifiers: ['zod'], cjs: true },
  { label: 'baicheng-license-supervision (CommonJS)', specifiers: ['baicheng-license-supervision'], cjs: true },
];
if (withDeps) {
  for (const dep of ['zod/locales', '@noble/hashes/sha2', 'seedrandom/seedrandom.js', 'date-fns/addDays', 'date-fns/differenceInCalendarDays', '@date-fns/utc/date']) {
    cases.push({ label: `zod + ${dep}`, specifiers: ['zod', dep] });
  }
}

// Two warm-up rounds (file cache, CPU frequency), not counted.
for (let r = 0; r < 2; r++) for (const c of cases) time(c.specifiers, c.cjs);
const samples = cases.map(() => []);
for (let r = 0; r < rounds; r++) cases.forEach((c, i) => samples[i].push(time(c.specifiers, c.cjs)));

const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(`cold import, median of ${rounds} fresh processes each, alternating (Node ${process.version}, ${os.cpus().length}× ${cpu})\n`);
const medians = samples.map(median);
cases.forEach((c, i) => {
  const xs = samples[i];
  console.log(`${medians[i].toFixed(1).padStart(8)} ms  (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})  ${c.label}`);
});
const ratio = (lib, zod) => medians[lib] / medians[zod];
const esm = ratio(1, 0);
const cjs = ratio(3, 2);
console.log(`\nlibrary / zod: ${esm.toFixed(2)}× (ESM), ${cjs.toFixed(2)}× (CommonJS); goal ≤ 2×: ${esm <= 2 && cjs <= 2 ? 'met' : 'NOT met'}`);
