// Size budgets (gzip). The "entity schema vs zod" budget is relative and is checked by
// scripts/check-size.mjs, which runs size-limit and prints every figure.
const deps = ['zod', 'zod/locales', 'date-fns', '@date-fns/utc', 'seedrandom', '@noble/hashes', '@noble/hashes/sha2', '@noble/hashes/utils'];
module.exports = [
  { name: 'formatCitation only (no zod)', path: 'dist/index.js', import: '{ formatCitation }', limit: '1.5 kB', gzip: true },
  { name: 'zod itself', path: 'node_modules/zod/index.js', import: '{ z }', gzip: true },
  { name: 'one entity schema (inspectionRecordSchema)', path: 'dist/index.js', import: '{ inspectionRecordSchema }', gzip: true },
  { name: 'whole library, dependencies excluded', path: 'dist/index.js', import: '*', ignore: deps, limit: '48 kB', gzip: true },
];
