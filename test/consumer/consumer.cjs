// The CommonJS side of consumer.mjs: `node consumer.cjs <zod version>`. See README.md.
const assert = require('node:assert/strict');
const z = require('zod');
const lib = require('baicheng-license-supervision');

const [expectedZod] = process.argv.slice(2);
assert.equal(require('zod/package.json').version, expectedZod);
assert.ok(lib.inspectionRecordSchema instanceof z.ZodType, "the library's schemas are the application's zod schemas");
const message = () => lib.plainDateSchema.safeParse(42).error.issues[0].message;
assert.match(message(), /expected string/i);
z.config(z.locales.zhCN());
try {
  assert.match(message(), /期望/, 'z.config reaches the library from require() too');
} finally {
  z.config(z.locales.en());
}
console.log(`consumer.cjs ok with zod ${expectedZod}`);
