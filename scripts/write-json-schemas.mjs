// Writes one JSON Schema file per entity schema into dist/json-schema/, from the built package,
// so that backends in other languages can validate the same records.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import * as lib from '../dist/index.js';

const out = join(import.meta.dirname, '..', 'dist', 'json-schema');
mkdirSync(out, { recursive: true });
const names = Object.keys(lib)
  .filter((name) => name.endsWith('Schema') && lib[name] instanceof z.ZodType)
  .sort();
// The shape checks that JSON Schema can carry (the check characters and real calendar days stay
// with the library's own validation).
const PATTERNS = new Map([
  [lib.plainDateSchema, { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', format: 'date' }],
  [lib.unifiedSocialCreditCodeSchema, { pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$', minLength: 18, maxLength: 18 }],
  [lib.licenseNumberSchema, { pattern: '^[\\u3400-\\u9fff]?XK[0-9]{2}-[0-9]{3}-[0-9]{5}$' }],
]);
const override = (ctx) => {
  const extra = PATTERNS.get(ctx.zodSchema);
  if (extra) Object.assign(ctx.jsonSchema, extra);
};
let written = 0;
for (const name of names) {
  const schema = z.toJSONSchema(lib[name], { io: 'input', unrepresentable: 'any', target: 'draft-2020-12', override });
  const base = name.replace(/Schema$/, '');
  const file = base.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) + '.schema.json';
  schema.$id = `https://unpkg.com/baicheng-license-supervision/dist/json-schema/${file}`;
  schema.title ??= base;
  writeFileSync(join(out, file), JSON.stringify(schema, null, 2) + '\n');
  written++;
}
console.log(`dist/json-schema: ${written} schemas (${names.join(', ')})`);
