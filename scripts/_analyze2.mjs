import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const ext = ['zod','zod/locales','date-fns','@date-fns/utc','seedrandom','@noble/hashes/sha2','@noble/hashes/utils'];
async function size(contents) {
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, write: false, format: 'esm', minify: true, charset: 'utf8', external: ext, logLevel: 'silent' });
  return gzipSync(r.outputFiles[0].contents).length;
}
const all = await size("export * from './src/index.ts'");
console.log('all', all);
for (const m of ['regulation/articles.data', 'rules/index', 'entities/index', 'draw/index', 'quota/index']) {
  console.log(m, await size(`export * from './src/${m}.ts'`));
}
console.log('foundation w/o articles', await size("export { formatCitation, plainDateSchema, unifiedSocialCreditCodeSchema, licenseNumberSchema, periodEnd, createRestDayCalendar, safeParseIn, bilingualIssues, RuleInputError, NotInForceError } from './src/index.ts'"));
