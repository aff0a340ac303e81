import { z } from 'zod';
import seedrandom from 'seedrandom';
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes, bytesToHex } from '@noble/hashes/utils';
import { creditCodeCheckCharacter, unifiedSocialCreditCodeSchema, USCC_ALPHABET } from '../src/identifiers/uscc.js';
import { plainDateSchema } from '../src/dates/plain-date.js';
import { countyCodeSchema } from '../src/identifiers/divisions.js';

const N = Number(process.argv[2] ?? 1_000_000);
const rng = seedrandom('bench');
const counties = ['220802', '220821', '220822', '220881', '220882'];
const ents: any[] = [];
for (let i = 0; i < N; i++) {
  let s = '91220800';
  for (let k = 0; k < 9; k++) s += USCC_ALPHABET[Math.floor(rng() * 31)];
  const id = s + creditCodeCheckCharacter(s);
  ents.push({ id, county: counties[i % 5], riskClass: 'ABCD'[i % 4], licenseValidUntil: '2027-06-30', inspectionsThisYear: i % 3 });
}
const ent = z.strictObject({ id: unifiedSocialCreditCodeSchema, county: countyCodeSchema.optional(), riskClass: z.enum(['A','B','C','D']).optional(), licenseValidUntil: plainDateSchema.optional(), inspectionsThisYear: z.number().int().nonnegative().optional() });
const arr = z.array(ent);
function t(label: string, f: () => unknown) { const s = performance.now(); const r = f(); console.log(label, (performance.now() - s).toFixed(0), 'ms'); return r; }
const parsed = t('parse', () => arr.parse(ents)) as any[];
const ids = parsed.map((e) => e.id);
t('ids.sort()', () => ids.slice().sort());
t('ids.sort(cmp)', () => ids.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
t('objs.sort(cmp)', () => parsed.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
t('map build', () => { const m = new Map(); for (const e of parsed) m.set(e.id, e); return m; });
t('json+sha', () => {
  const h = sha256.create(); let buf = '';
  for (const e of parsed) { buf += (buf ? ',' : '') + JSON.stringify(e); if (buf.length > 65536) { h.update(utf8ToBytes(buf)); buf = ''; } }
  h.update(utf8ToBytes(buf)); return bytesToHex(h.digest());
});
t('concat only', () => { let buf = ''; let n = 0; for (const e of parsed) { buf += '{"county":' + JSON.stringify(e.county) + ',"id":"' + e.id + '"}'; if (buf.length > 65536) { n += buf.length; buf = ''; } } return n; });
t('shuffle 10%', () => { const a = ids.slice(); const r = seedrandom('x'.repeat(64)); const k = Math.ceil(N / 10); for (let i = 0; i < k; i++) { const n = N - i; const lim = 0x100000000 - (0x100000000 % n); let u; do { u = r.int32() >>> 0; } while (u >= lim); const j = i + (u % n); const t = a[i]; a[i] = a[j]; a[j] = t; } return a; });
