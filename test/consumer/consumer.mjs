// Run inside an application that installed the packed library beside one zod version:
// `node consumer.mjs <zod version>`. See README.md.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import * as lib from 'baicheng-license-supervision';

const [expectedZod] = process.argv.slice(2);
const app = process.cwd();
const require = createRequire(join(app, 'consumer.mjs'));

// One zod: the application's, at the version it asked for, and no copy inside the library.
const zodVersion = JSON.parse(readFileSync(join(app, 'node_modules', 'zod', 'package.json'), 'utf8')).version;
assert.equal(zodVersion, expectedZod, 'node_modules/zod is the version the application installed');
const libDir = dirname(realpathSync(require.resolve('baicheng-license-supervision/package.json')));
assert.ok(!existsSync(join(libDir, 'node_modules', 'zod')), 'no nested node_modules/baicheng-license-supervision/node_modules/zod');
const fromLibrary = createRequire(join(libDir, 'package.json')).resolve('zod');
assert.equal(fromLibrary, require.resolve('zod'), 'the library resolves the same zod as the application');

// The library's schemas are schemas of this zod.
const schemas = Object.entries(lib).filter(([, v]) => v instanceof z.ZodType);
assert.ok(schemas.length > 70, `exported schemas are instances of the application's z.ZodType (${schemas.length})`);
assert.equal(lib.inspectionRecordSchema._zod.version.minor, z.string()._zod.version.minor);

// zod's global configuration is the application's: importing the library sets nothing in it.
// zod itself fills in `localeError` (its English) and, in recent versions, `memoizer` when its
// first schema is built; nothing else may be there, and no `customError`.
const zodOwn = new Set(['localeError', 'memoizer']);
for (const key of Object.keys(z.config())) assert.ok(zodOwn.has(key), `zod's global configuration: ${key} set on import`);
assert.equal(z.config().customError, undefined, 'no error map installed globally by the library');

// Structural issues (zod's own, not the library's domain checks) are worded by zod's configured
// locale: English by default, Chinese once the application sets zod's Chinese locale.
const structural = (schema, input) => {
  const result = schema.safeParse(input);
  assert.equal(result.success, false);
  return result.error.issues.filter((i) => i.code === 'invalid_type').map((i) => i.message);
};
const cases = [
  [lib.plainDateSchema, 42],
  [lib.inspectionRecordSchema, { id: 7 }],
  [lib.drawInputSchema, { enterprises: 'none' }],
];
const han = /\p{Script=Han}/u;
for (const [schema, input] of cases) {
  const before = structural(schema, input);
  assert.ok(before.length > 0 && before.every((m) => /expected/i.test(m) && !han.test(m)), `English by default: ${before[0]}`);
}
z.config(z.locales.zhCN());
try {
  for (const [schema, input] of cases) {
    const after = structural(schema, input);
    // zod's Chinese locale: 无效输入：期望 string，实际接收 number
    assert.ok(after.length > 0 && after.every((m) => m.includes('期望')), `z.config reaches the library: ${after[0]}`);
  }
} finally {
  z.config(z.locales.en());
}

// errorMap: every message in one language, zod's structural issues and the library's own.
const bad = {
  inspection: [lib.inspectionRecordSchema, { enterpriseId: '91350100M000100Y44', kind: 42, date: '2023-02-29', extra: 1 }],
  draw: [lib.drawInputSchema, { seed: '', asOf: '2024-02-30', enterprises: [{ id: 'x', name: 'n' }], inspectors: [{ id: 1 }], ratio: 2 }],
  date: [lib.plainDateSchema, '2023-02-29'],
  code: [lib.unifiedSocialCreditCodeSchema, 'abc'],
};
for (const [name, [schema, input]] of Object.entries(bad)) {
  const zh = schema.safeParse(input, { error: lib.errorMap('zh-CN') }).error.issues.map((i) => i.message);
  const en = schema.safeParse(input, { error: lib.errorMap('en') }).error.issues.map((i) => i.message);
  for (const m of zh) {
    const unquoted = m.replace(/“[^”]*”|"[^"]*"/g, '').replace(/YYYY-MM-DD/g, '');
    assert.ok(han.test(m) && !/[A-Za-z]{2,}/.test(unquoted), `errorMap('zh-CN'), ${name}: ${m}`);
  }
  for (const m of en) assert.ok(!han.test(m), `errorMap('en'), ${name}: ${m}`);
}

// JSON Schema of every library schema from the application's zod, both sides of a parse.
for (const [name, schema] of schemas) {
  for (const io of ['input', 'output']) assert.doesNotThrow(() => z.toJSONSchema(schema, { io }), `${name} (${io})`);
}
// JSON Schema of a library schema from the application's zod.
assert.equal(z.toJSONSchema(lib.inspectionRecordSchema, { io: 'input' }).type, 'object');
console.log(`consumer.mjs ok with zod ${zodVersion}: one zod, ${schemas.length} schemas of it, z.config reaches them, errorMap words them, z.toJSONSchema converts them`);
