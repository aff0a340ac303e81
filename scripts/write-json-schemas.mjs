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
  // Years 1900–9999 (PLAIN_DATE_RANGE), months 01–12, days 01–31; format 'date' adds the calendar.
  [
    lib.plainDateSchema,
    { pattern: '^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', format: 'date' },
  ],
  [lib.unifiedSocialCreditCodeSchema, { pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$', minLength: 18, maxLength: 18 }],
  // SHA256_FORMAT (the fingerprints' and the record's digest).
  [lib.listFingerprintSchema.shape.sha256, { pattern: '^[0-9a-f]{64}$' }],
  [lib.licenseNumberSchema, { pattern: `^[${lib.LICENSE_PROVINCE_PREFIXES}]?XK[0-9]{2}-[0-9]{3}-[0-9]{5}$` }],
]);
// Text that the schemas trim before requiring one character: at least one character that is not
// white space (\S is the white space String.prototype.trim removes).
const isTrimmedNonEmpty = (schema) => {
  const def = schema?._zod?.def;
  if (def?.type !== 'string') return false;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  return checks.some((c) => c.check === 'overwrite') && checks.some((c) => c.check === 'min_length' && c.minimum >= 1);
};
// Rules on one field that JSON Schema can carry, by the field's name.
const BY_FIELD = new Map([
  // Article 9¶1: 2 or more inspectors (MIN_INSPECTORS).
  ['teamSize', { minimum: lib.MIN_INSPECTORS.values[0].value }],
  // auditQuota: DUPLICATE_ENTERPRISE_ID.
  ['licensedEnterpriseIds', { uniqueItems: true }],
  // Article 15¶2 item 4: a stated reason (REASON_EMPTY), trimmed.
  ['otherNeed', { minLength: 1, pattern: '\\S' }],
]);
// NO_SUCH_PROVISION in part: the largest article, paragraph and item numbers of the regulation.
const STRUCTURE = lib.ARTICLE_STRUCTURE;
const PROVISION_MAXIMA = {
  article: STRUCTURE.length,
  paragraph: Math.max(...STRUCTURE.map((paragraphs) => paragraphs.length)),
  item: Math.max(...STRUCTURE.flat()),
};
const override = (ctx) => {
  const extra = PATTERNS.get(ctx.zodSchema);
  if (extra) Object.assign(ctx.jsonSchema, extra);
  if (isTrimmedNonEmpty(ctx.zodSchema)) ctx.jsonSchema.pattern = '\\S';
  if (ctx.zodSchema === lib.articleRefSchema) {
    for (const [field, maximum] of Object.entries(PROVISION_MAXIMA)) ctx.jsonSchema.properties[field].maximum = maximum;
  }
  for (const [field, rule] of BY_FIELD) {
    const property = ctx.jsonSchema.properties?.[field];
    if (property !== undefined) Object.assign(property, rule);
  }
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
