import { build } from 'esbuild';
const r = await build({ stdin: { contents: `import { formatCitation } from './dist/index.js'; export const use = (x) => formatCitation(x);`, resolveDir: process.cwd() }, bundle: true, write: false, format: 'esm', platform: 'browser', minify: false, charset: 'utf8', logLevel: 'silent' });
console.log(r.outputFiles[0].text);
