/**
 * Benchmark of auditQuota (not a test): `npm run bench:quota`.
 *
 * Audits 1M synthetic licensed enterprises (valid credit codes, each given a county) against
 * 200 000 spot checks, and measures in the same run the floor any such audit must pay: parsing the
 * same input with plain zod schemas of the same shapes (strings, a date string, a county enum, a
 * record) and counting the distinct licensed enterprises checked in the year with a Set.
 * Goal (issue 15 §3): auditQuota within 2× the floor. Figures go to docs/performance.md.
 */
import os from 'node:os';
import { z } from 'zod';
import { auditQuota, type AuditQuotaInput } from '../src/index.js';
import { USCC_ALPHABET, creditCodeCheckCharacter } from '../src/identifiers/uscc.js';

const COUNTIES = ['220802', '220821', '220822', '220881', '220882'] as const;
const YEAR = 2024;

/** The n-th synthetic credit code (distinct for distinct n < 31^9). */
function creditCode(n: number): string {
  let digits = '';
  let v = n;
  for (let i = 0; i < 9; i++) {
    digits = USCC_ALPHABET.charAt(v % 31) + digits;
    v = Math.floor(v / 31);
  }
  const first17 = `91220800${digits}`;
  return first17 + (creditCodeCheckCharacter(first17) as string);
}

function input(n: number, checks: number): AuditQuotaInput {
  const licensedEnterpriseIds = Array.from({ length: n }, (_, i) => creditCode(i));
  const counties: Record<string, string> = {};
  licensedEnterpriseIds.forEach((id, i) => {
    counties[id] = COUNTIES[i % 5] as string;
  });
  const spotChecks = Array.from({ length: checks }, (_, k) => {
    // Mostly distinct licensed enterprises; every 50th a repeat, every 100th of an unknown id,
    // every 40th from the year before, every 30th by a county bureau.
    const target = k % 100 === 99 ? creditCode(n + k) : creditCode((k * 7) % n);
    const month = String((k % 12) + 1).padStart(2, '0');
    const date = k % 40 === 39 ? `${YEAR - 1}-${month}-15` : `${YEAR}-${month}-${String((k % 28) + 1).padStart(2, '0')}`;
    return k % 30 === 29 ? { enterpriseId: target, date, madeBy: 'county' as const } : { enterpriseId: target, date };
  });
  return { year: YEAR, licensedEnterpriseIds, spotChecks, counties: counties as AuditQuotaInput['counties'] };
}

const floorSchema = z.object({
  year: z.number().int(),
  licensedEnterpriseIds: z.array(z.string()),
  spotChecks: z.array(z.object({ enterpriseId: z.string(), date: z.string(), madeBy: z.enum(['city', 'county']).optional() })),
  counties: z.record(z.string(), z.enum(COUNTIES)),
});

/** The floor: plain zod parsing of the same shapes, and a Set count of the enterprises checked. */
function floor(i: AuditQuotaInput): number {
  const p = floorSchema.parse(i);
  const licensed = new Set(p.licensedEnterpriseIds);
  const counted = new Set<string>();
  const start = `${p.year}-01-01`;
  const end = `${p.year}-12-31`;
  for (const c of p.spotChecks) {
    if (c.madeBy !== 'county' && licensed.has(c.enterpriseId) && c.date >= start && c.date <= end) counted.add(c.enterpriseId);
  }
  return counted.size;
}

function audit(i: AuditQuotaInput): number {
  return auditQuota(i).outcome.checked;
}

const gc = (globalThis as { gc?: () => void }).gc;

function time(fn: () => unknown): number {
  gc?.();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const N = Number(process.env['QUOTA_BENCH_N'] ?? 1_000_000);
const CHECKS = Math.round(N / 5);
const RUNS = Number(process.env['QUOTA_BENCH_RUNS'] ?? 5);

console.log(`auditQuota benchmark — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB${gc ? ', gc between runs' : ''}`);
const data = input(N, CHECKS);
console.log(`${N.toLocaleString('en-US')} licensed enterprises with counties, ${CHECKS.toLocaleString('en-US')} spot checks; median of ${RUNS} runs\n`);
// Warm-up (JIT), then alternate floor and audit so drift affects both alike.
floor(data);
audit(data);
const f: number[] = [];
const a: number[] = [];
for (let r = 0; r < RUNS; r++) {
  f.push(time(() => floor(data)));
  a.push(time(() => audit(data)));
}
const [mf, ma] = [median(f), median(a)];
console.log(`floor ms   ${f.map((x) => x.toFixed(0)).join(' ')}  (median ${mf.toFixed(0)})`);
console.log(`audit ms   ${a.map((x) => x.toFixed(0)).join(' ')}  (median ${ma.toFixed(0)})`);
console.log(`\nauditQuota / floor: ${(ma / mf).toFixed(2)} (goal ≤ 2)`);
