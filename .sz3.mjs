import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
async function b(src) { const r = await build({ stdin: { contents: src, resolveDir: process.cwd() }, bundle: true, write: false, format: 'esm', platform: 'browser', minify: true, charset: 'utf8', metafile: true, logLevel: 'silent' });
  const out = Object.values(r.metafile.outputs)[0]; return { gz: gzipSync(r.outputFiles[0].contents, {level:9}).length, ascii: 0, inputs: Object.fromEntries(Object.entries(out.inputs).map(([p,i])=>[p,i.bytesInOutput])) }; }
const base = await b("import * as z from 'zod'; export const use = (x) => z.object({ a: z.string() }).safeParse(x);");
const [names, call] = process.argv.slice(2);
const u = await b(`import { ${names} } from './dist/index.js'; export const use = (x) => ${call};`);
console.log('base', base.gz, 'use', u.gz);
const rows = Object.entries(u.inputs).map(([p, n]) => [n - (base.inputs[p] ?? 0), p]).filter(([d]) => d !== 0).sort((a,b)=>b[0]-a[0]);
for (const [d,p] of rows.slice(0,40)) console.log(d, p);
