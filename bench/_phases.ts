import { z } from 'zod';
import { drawInputSchema, drawEnterpriseSchema } from '../src/draw/schemas.js';
import { canonicalParameters, prepareDraw, completeDraw } from '../src/draw/engine.js';
import { canonicalLists, fingerprintSortedEnterprises, fingerprintSortedInspectors } from '../src/draw/lists.js';
import { parseOrThrow } from '../src/messages/issues.js';
import { USCC_ALPHABET, creditCodeCheckCharacter } from '../src/identifiers/uscc.js';
import seedrandom from 'seedrandom';
const N = Number(process.argv[2]);
const rng = seedrandom('x');
const C = ['220802', '220821', '220822', '220881', '220882'] as const;
const ents: any[] = [];
for (let i = 0; i < N; i++) { let s = '91220800'; for (let k = 0; k < 9; k++) s += USCC_ALPHABET.charAt(Math.floor(rng() * 31)); ents.push({ id: s + creditCodeCheckCharacter(s), county: C[i % 5], riskClass: 'ABCD'[i % 4], licenseValidUntil: i % 50 ? '2027-06-30' : '2024-01-31', inspectionsThisYear: i % 3 }); }
const insp = Array.from({ length: 5000 }, (_, i) => ({ id: `JL-${i}`, credentialValidUntil: '2026-12-31', ...(i % 10 === 0 ? { conflicts: [ents[i % N].id] } : {}) }));
const input = { seed: 's', asOf: '2024-06-01', ratio: 0.1, stratifyBy: 'county' as const, maxInspectionsPerYear: 3, enterprises: ents, inspectors: insp };
const g = (globalThis as any).gc;
function t<T>(label: string, f: () => T): T { g?.(); const s = performance.now(); const r = f(); console.log(label.padEnd(20), (performance.now() - s).toFixed(0)); return r; }
for (let rep = 0; rep < 4; rep++) {
  console.log('--- rep', rep);
  t('floor parse', () => z.array(drawEnterpriseSchema).parse(ents));
  const parsed = t('parse input', () => parseOrThrow(drawInputSchema, input));
  const lists = t('canonicalLists', () => canonicalLists(parsed.enterprises, parsed.inspectors));
  t('fp enterprises', () => fingerprintSortedEnterprises(lists.enterprises));
  t('fp inspectors', () => fingerprintSortedInspectors(lists.inspectors));
  const params = canonicalParameters(parsed);
  const prep = t('prepare (all)', () => prepareDraw('s', '2024-06-01', params, parsed.enterprises, parsed.inspectors));
  t('complete', () => completeDraw(prep, params));
}
{
  const { recordDigest } = await import('../src/draw/record.js');
  const { sortById } = await import('../src/draw/canonical.js');
  const parsed = parseOrThrow(drawInputSchema, input);
  const params = canonicalParameters(parsed);
  const prep = prepareDraw('s', '2024-06-01', params, parsed.enterprises, parsed.inspectors);
  const r = t('complete again', () => completeDraw(prep, params));
  t('digest', () => recordDigest(r.record));
  t('radix sort', () => sortById(parsed.enterprises));
  t('native sort ids', () => parsed.enterprises.map((e: any) => e.id).sort());
}
