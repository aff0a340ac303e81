// What each part of the library costs in a browser bundle (gzip), for deciding what a smaller
// size budget would have to give up. Run after `npm run build`: `npm run size:breakdown`.
//
// For every source module of the four areas (rules, entities, draw, quota) it bundles the whole
// library with esbuild (minified, dependencies external, as size-limit does) twice: with all
// exports, and with all exports but that module's. The difference is what the module alone adds
// (its "marginal" cost); what modules share (zod issue wording, the regulation text, dates,
// identifiers…) is paid once and shows only when every user of it is dropped, so the script also
// prints whole areas dropped together.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const external = ['zod', 'zod/*', 'date-fns', 'date-fns/*', '@date-fns/*', 'seedrandom', '@noble/*'];
const dist = resolve('dist');
const load = (path) => import(pathToFileURL(resolve(dist, path)).href);

const names = Object.keys(await load('index.js'));

/** gzip size of a minified bundle that re-exports `list` from the package root. */
async function gzipOf(list) {
  if (list.length === 0) return 0;
  const result = await build({
    stdin: { contents: `export { ${list.join(', ')} } from './dist/index.js';`, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    external,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

const groups = new Map();
for (const area of ['rules', 'entities', 'draw', 'quota']) {
  for (const file of readdirSync(resolve(dist, area)).filter((f) => f.endsWith('.js') && f !== 'index.js')) {
    const exported = Object.keys(await load(`${area}/${file}`)).filter((n) => names.includes(n));
    if (exported.length > 0) groups.set(`${area}/${file.replace(/\.js$/, '')}`, exported);
  }
}
const grouped = new Set([...groups.values()].flat());
groups.set('core (regulation, identifiers, dates, messages, errors)', names.filter((n) => !grouped.has(n)));

const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
const whole = await gzipOf(names);
console.log(`whole library, dependencies excluded: ${kb(whole)} gzip\n`);

const rows = [];
for (const [label, exported] of groups) {
  rows.push({ label, marginal: whole - (await gzipOf(names.filter((n) => !exported.includes(n)))), alone: await gzipOf(exported) });
}
rows.sort((a, b) => b.marginal - a.marginal);
console.log('  marginal     alone  module');
for (const { label, marginal, alone } of rows) {
  console.log(`${kb(marginal).padStart(10)}${kb(alone).padStart(10)}  ${label}`);
}

const without = async (test) => {
  const dropped = new Set([...groups].filter(([label]) => test(label)).flatMap(([, exported]) => exported));
  return gzipOf(names.filter((n) => !dropped.has(n)));
};
console.log('\nthe library with whole areas dropped:');
for (const [label, test] of [
  ['without the 13 rules', (g) => g.startsWith('rules/')],
  ['without the draw', (g) => g.startsWith('draw/')],
  ['without the quota', (g) => g.startsWith('quota/')],
  ['without the draw and the quota', (g) => g.startsWith('draw/') || g.startsWith('quota/')],
  ['without the rules, the draw and the quota', (g) => !g.startsWith('entities/') && !g.startsWith('core')],
]) {
  console.log(`${kb(await without(test)).padStart(10)}  ${label}`);
}
