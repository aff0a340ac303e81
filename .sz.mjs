import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const [names, call] = process.argv.slice(2);
const r = await build({ stdin: { contents: `import { ${names} } from './dist/index.js'; export const use = (x) => ${call};`, resolveDir: process.cwd() }, bundle: true, write: false, format: 'esm', platform: 'browser', minify: true, charset: 'utf8', metafile: true, logLevel: 'silent' });
const out = Object.values(r.metafile.outputs)[0];
console.log('gzip', gzipSync(r.outputFiles[0].contents, {level: 9}).length);
for (const [p, i] of Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0, 25)) if (i.bytesInOutput) console.log(i.bytesInOutput, p);
