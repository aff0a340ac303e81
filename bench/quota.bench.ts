/**
 * Benchmark of auditQuota (not a test): `npm run bench:quota`.
 *
 * Audits 1M synthetic licensed enterprises (valid credit codes, each given a county) against
 * 200 000 spot checks, and measures in the same run the floor any such audit must pay: parsing the
 * same input with plain zod schemas of the same shapes (strings, a date string, a county enum, a
 * record) and counting the distinct licensed enterprises checked in the year with a Set. Two
 * inputs: the counties given in the order of the licensed list, and in another order. Each call
 * parses its own copy of the input from JSON; CPU time (this process) and wall time are reported.
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

function input(n: number, checks: number, shuffled: boolean): AuditQuotaInput {
  const licensedEnterpriseIds = Array.from({ length: n }, (_, i) => creditCode(i));
  const counties: Record<string, string> = {};
  // In the list's order, or in another: i ↦ (i × 7919) mod n is a permutation when n is not a
  // multiple of the prime 7919.
  for (let k = 0; k < n; k++) {
    const i = shuffled ? (k * 7919) % n : k;
    counties[licensedEnterpriseIds[i] as string] = COUNTIES[i % 5] as string;
  }
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

/** Wall time and CPU time (user + system, this process) of one call, in ms, after a collection. */
function time(fn: () => unknown): { wall: number; cpu: number } {
  gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
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
console.log(`${N.toLocaleString('en-US')} licensed enterprises, each with a county; ${CHECKS.toLocaleString('en-US')} spot checks; median of ${RUNS} runs\n`);

const pad = (s: string, w: number): string => s.padStart(w);
const ms = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join(' ');
for (const [name, shuffled] of [
  ['counties in the order of the list', false],
  ['counties in another order', true],
] as const) {
  // Each call gets its own copy, as a server gets each request's body from JSON.parse: strings
  // never hashed or interned by an earlier call.
  const json = JSON.stringify(input(N, CHECKS, shuffled));
  const fresh = (): AuditQuotaInput => JSON.parse(json) as AuditQuotaInput;
  // Warm-up (JIT), then alternate floor and audit so drift affects both alike.
  floor(fresh());
  audit(fresh());
  const f: { wall: number; cpu: number }[] = [];
  const a: { wall: number; cpu: number }[] = [];
  for (let r = 0; r < RUNS; r++) {
    const [forFloor, forAudit] = [fresh(), fresh()];
    f.push(time(() => floor(forFloor)));
    a.push(time(() => audit(forAudit)));
  }
  console.log(name);
  for (const kind of ['cpu', 'wall'] as const) {
    const [fs, as] = [f.map((x) => x[kind]), a.map((x) => x[kind])];
    console.log(`  ${kind.padEnd(4)} floor ms ${pad(ms(fs), 30)} | audit ms ${pad(ms(as), 30)} | audit / floor ${(median(as) / median(fs)).toFixed(2)} (goal ≤ 2)`);
  }
}
