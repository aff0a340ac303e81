import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const ext = ['zod','zod/locales','date-fns','@date-fns/utc','seedrandom','@noble/hashes/sha2','@noble/hashes/utils'];
const r = await build({ entryPoints: ['src/index.ts'], bundle: true, write: false, format: 'esm', minify: true, charset: 'utf8', metafile: true, external: ext, logLevel: 'silent' });
const inputs = Object.entries(r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput);
console.log('total gzip', gzipSync(r.outputFiles[0].contents).length);
console.log(inputs.slice(0,30).map(([f,v])=>f+' '+v.bytesInOutput).join('\n'));
