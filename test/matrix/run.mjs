// The determinism matrix (`npm run test:matrix`): the known-answer vectors and a sample of
// decision scenarios must produce byte-identical JSON under Node 20, 22 and 24, under four time
// zones, and in headless Chromium. Prints one line per cell; exits 1 when any cell differs.
// Needs `npm run build` first; Node 22/24 come from the npm registry (`npx -p node@NN`),
// Chromium from Debian (/usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const cell = join(import.meta.dirname, 'node-cell.mjs');
const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const NODES = [
  { label: `node ${process.versions.node}`, cmd: process.execPath, args: [] },
  { label: 'node 22', cmd: 'npx', args: ['-y', '-p', 'node@22', 'node'] },
  { label: 'node 24', cmd: 'npx', args: ['-y', '-p', 'node@24', 'node'] },
];

const results = [];
for (const node of NODES) {
  for (const tz of ZONES) {
    const out = execFileSync(node.cmd, [...node.args, cell], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    const version = node.cmd === 'npx' ? execFileSync(node.cmd, [...node.args, '--version'], { encoding: 'utf8' }).trim() : `v${process.versions.node}`;
    results.push({ cell: `${version.padEnd(9)} TZ=${tz}`, hash: out.trim().split(' ')[0] });
    console.log(`${results.at(-1).cell.padEnd(56)} ${results.at(-1).hash}`);
  }
}

const chromium = '/usr/bin/chromium';
if (existsSync(chromium)) {
  const { build } = await import('esbuild');
  const { chromium: launcher } = await import('playwright-core');
  const dir = join(root, 'test', 'vectors');
  const vectors = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const bundle = await build({
    stdin: {
      contents: `import * as lib from './dist/index.js'; import { runScenarios } from './test/matrix/scenarios.mjs';
        globalThis.__matrix = runScenarios(lib, ${JSON.stringify(vectors)});`,
      resolveDir: root,
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  const browser = await launcher.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const tz of ZONES) {
      const context = await browser.newContext({ timezoneId: tz });
      const page = await context.newPage();
      await page.setContent('<!doctype html><title>matrix</title>');
      await page.addScriptTag({ content: bundle.outputFiles[0].text });
      const json = await page.evaluate(() => globalThis.__matrix);
      const offset = await page.evaluate(() => new Date(2024, 0, 1).getTimezoneOffset());
      results.push({ cell: `chromium ${browser.version()} TZ=${tz} (offset ${offset})`, hash: createHash('sha256').update(json).digest('hex') });
      console.log(`${results.at(-1).cell.padEnd(56)} ${results.at(-1).hash}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
} else if (process.env.CI === 'true') {
  console.error('chromium is missing at /usr/bin/chromium (apt-get install -y chromium)');
  process.exit(1);
} else {
  console.log('chromium: not installed here, browser cells skipped');
}

const distinct = new Set(results.map((r) => r.hash));
console.log(distinct.size === 1 ? `all ${results.length} cells identical` : `MISMATCH: ${distinct.size} different outputs`);
process.exit(distinct.size === 1 ? 0 : 1);
