// The library as an application on zod installs it: `npm run check:consumers`, after `npm run build`.
//
// Packs the tarball and, for the lowest zod of the peer range in package.json and for the latest,
// installs it into a new application beside that zod and runs test/consumer/ there:
// consumer.mjs and consumer.cjs (one zod in node_modules, z.config reaches the library's
// schemas) and consumer.ts compiled by tsc --strict under node16 and bundler resolution (the
// schemas assign to z.ZodType). Fails on the first problem.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const consumerDir = join(root, 'test', 'consumer');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
  if (!existsSync(join(root, 'dist', f))) throw new Error(`dist/${f} missing: run npm run build first`);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const range = pkg.peerDependencies?.zod;
if (!range) throw new Error('package.json declares no zod peer dependency');
if (pkg.dependencies?.zod) throw new Error('zod is also a regular dependency: an application would get a second zod');

// The published zod versions in the range, oldest first (one registry query).
const inRange = JSON.parse(run('npm', ['view', `zod@${range}`, 'version', '--json'], root));
const versions = (Array.isArray(inRange) ? inRange : [inRange]).filter((v) => !v.includes('-'));
if (versions.length === 0) throw new Error(`no published zod satisfies ${range}`);
const lowest = versions[0];
const latest = run('npm', ['view', 'zod', 'version'], root).trim();
const highest = versions.at(-1);
if (highest !== latest) console.log(`note: zod's latest release ${latest} is outside ${range}; checking ${highest}, the highest inside`);
const targets = [...new Set([lowest, highest])];
console.log(`zod peer range ${range}: checking ${targets.join(' and ')}`);

const work = mkdtempSync(join(tmpdir(), 'bls-consumers-'));
const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());

for (const version of targets) {
  const app = join(work, `app-zod-${version}`);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  // The application's own zod first, as an application already on zod has it; then the library.
  run('npm', ['install', '--silent', '--prefer-offline', '--no-audit', '--no-fund', `zod@${version}`], app);
  run('npm', ['install', '--silent', '--prefer-offline', '--no-audit', '--no-fund', tarball, '@types/node@^20'], app);

  // npm's own view of the tree: exactly one zod, at the top.
  const zods = run('npm', ['ls', 'zod', '--all', '--parseable'], app).trim().split('\n').filter(Boolean);
  if (zods.length !== 1 || zods[0] !== join(app, 'node_modules', 'zod')) {
    throw new Error(`zod ${version}: expected one zod at node_modules/zod, npm ls finds:\n${zods.join('\n')}`);
  }
  for (const file of readdirSync(consumerDir).filter((f) => /\.(mjs|cjs|ts)$/.test(f))) copyFileSync(join(consumerDir, file), join(app, file));
  process.stdout.write(run('node', ['consumer.mjs', version], app));
  process.stdout.write(run('node', ['consumer.cjs', version], app));
  for (const [mode, extra] of [
    ['node16', ['--module', 'node16', '--moduleResolution', 'node16']],
    ['bundler', ['--module', 'esnext', '--moduleResolution', 'bundler']],
  ]) {
    run('node', [tsc, '--noEmit', '--strict', '--target', 'es2022', '--types', 'node', ...extra, 'consumer.ts'], app);
    console.log(`consumer.ts compiles with zod ${version} (tsc --strict, ${mode} resolution)`);
  }
}
console.log(`consumer checks passed (${targets.join(', ')}) in ${work}`);
