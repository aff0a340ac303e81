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
let written = 0;
for (const name of names) {
  const schema = z.toJSONSchema(lib[name], { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const base = name.replace(/Schema$/, '');
  const file = base.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) + '.schema.json';
  schema.$id = `https://unpkg.com/baicheng-license-supervision/dist/json-schema/${file}`;
  schema.title ??= base;
  writeFileSync(join(out, file), JSON.stringify(schema, null, 2) + '\n');
  written++;
}
console.log(`dist/json-schema: ${written} schemas (${names.join(', ')})`);
