import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
async function b(src, charset, level) { const r = await build({ stdin: { contents: src, resolveDir: process.cwd() }, bundle: true, write: false, format: 'esm', platform: 'browser', minify: true, ...(charset ? { charset } : {}), logLevel: 'silent' });
  return gzipSync(r.outputFiles[0].contents, { level }).length; }
const base = "import * as z from 'zod'; export const use = (x) => z.object({ a: z.string() }).safeParse(x);";
const uses = [['formatCitation','formatCitation(x)'],['unifiedSocialCreditCodeSchema','unifiedSocialCreditCodeSchema.safeParse(x)'],['inspectionRecordSchema','inspectionRecordSchema.safeParse(x)'],['specialInspectionTriggers','specialInspectionTriggers(x, { asOf: "2024-06-01" })'],['drawInspections, verifyDraw','verifyDraw(drawInspections(x).record, x)']];
for (const [cs, lv] of [['utf8', 9], ['utf8', 6], [undefined, 9], [undefined, 6]]) {
  const bz = await b(base, cs, lv);
  const row = [];
  for (const [n, c] of uses) { const g = await b(`import { ${n} } from './dist/index.js'; export const use = (x) => ${c};`, cs, lv); row.push(n === 'formatCitation' ? (g/1000).toFixed(2) : '+' + ((g - bz)/1000).toFixed(2)); }
  console.log(cs ?? 'ascii', lv, 'base', (bz/1000).toFixed(2), row.join('  '));
}
