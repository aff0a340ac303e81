// The per-use bundles of `npm run size`, for size-limit's own tools (`npx size-limit --why`
// shows what a bundle holds). The budgets are relative to zod's baseline bundle and are checked
// by scripts/check-size.mjs, which bundles the packed package and fails when one is over; only
// the absolute one is repeated here.
const DEPENDENCIES = ['zod', 'zod/*', 'seedrandom', 'seedrandom/*', '@noble/hashes', '@noble/hashes/*', 'date-fns', 'date-fns/*', '@date-fns/utc', '@date-fns/utc/*'];
module.exports = [
  { name: 'zod baseline: z.object({ a: z.string() }).safeParse(x)', path: 'node_modules/zod/index.js', import: '{ object, string }', gzip: true },
  { name: 'formatCitation only (no zod)', path: 'dist/index.js', import: '{ formatCitation }', limit: '1.6 kB', gzip: true },
  { name: 'unifiedSocialCreditCodeSchema (budget: baseline + 1 kB)', path: 'dist/index.js', import: '{ unifiedSocialCreditCodeSchema }', gzip: true },
  { name: 'inspectionRecordSchema (budget: baseline + 5 kB)', path: 'dist/index.js', import: '{ inspectionRecordSchema }', gzip: true },
  { name: 'specialInspectionTriggers (budget: baseline + 8 kB)', path: 'dist/index.js', import: '{ specialInspectionTriggers }', gzip: true },
  { name: 'drawInspections + verifyDraw (budget: baseline + 20 kB)', path: 'dist/index.js', import: '{ drawInspections, verifyDraw }', gzip: true },
  { name: 'whole library, dependencies excluded (growth guard)', path: 'dist/index.js', import: '*', ignore: DEPENDENCIES, gzip: true },
];
