/**
 * Benchmark of drawInspections (not a test): `npm run bench`.
 *
 * Draws from 10k, 100k and 1M synthetic enterprises with 5k inspectors, and measures in the same
 * run the floor any such draw must pay: zod-parsing the same enterprise list with the library's
 * schema, sorting its ids, and a seeded partial Fisher–Yates shuffle selecting the same number.
 * Goals (issue 4): the draw within 2× the floor at 1M; 1M within 12× the time of 100k.
 * Figures go to docs/performance.md.
 */
import os from 'node:os';
import { z } from 'zod';
import seedrandom from 'seedrandom';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { drawEnterpriseSchema, drawInspections, type DrawEnterprise, type DrawInspector } from '../src/index.js';
import { USCC_ALPHABET, creditCodeCheckCharacter } from '../src/identifiers/uscc.js';

const COUNTIES = ['220802', '220821', '220822', '220881', '220882'] as const;
const CLASSES = ['A', 'B', 'C', 'D'] as const;
const RATIO = 0.1;
const ASOF = '2024-06-01';
const SEED = '3-5-8-9-7-9-3-2-3-8-4-6-2-6-4-3';

function enterprises(n: number): DrawEnterprise[] {
  const rng = seedrandom(`bench-enterprises-${n}`);
  const seen = new Set<string>();
  const out: DrawEnterprise[] = [];
  while (out.length < n) {
    let first17 = '91220800';
    for (let k = 0; k < 9; k++) first17 += USCC_ALPHABET.charAt(Math.floor(rng() * 31));
    const id = first17 + (creditCodeCheckCharacter(first17) as string);
    if (seen.has(id)) continue;
    seen.add(id);
    const i = out.length;
    out.push({
      id,
      county: COUNTIES[i % 5] as (typeof COUNTIES)[number],
      riskClass: CLASSES[i % 4] as (typeof CLASSES)[number],
      licenseValidUntil: i % 50 === 0 ? '2024-01-31' : '2027-06-30',
      inspectionsThisYear: i % 7 === 0 ? 3 : i % 3,
    });
  }
  return out;
}

function inspectors(m: number, ids: readonly DrawEnterprise[]): DrawInspector[] {
  return Array.from({ length: m }, (_, i) => ({
    id: `JL-BC-${String(i).padStart(5, '0')}`,
    credentialValidUntil: i % 40 === 0 ? '2024-05-01' : '2026-12-31',
    bureau: COUNTIES[i % 5] as string,
    ...(i % 10 === 0 ? { conflicts: [ids[(i * 31) % ids.length]!.id, ids[(i * 17) % ids.length]!.id] } : {}),
  }));
}

const listSchema = z.array(drawEnterpriseSchema);

/** The floor: parse the same list, sort its ids, seeded partial shuffle of the same size. */
function floor(list: readonly DrawEnterprise[]): number {
  const parsed = listSchema.parse(list);
  const ids = parsed.map((e) => e.id).sort();
  const k = Math.ceil(RATIO * ids.length);
  const rng = seedrandom(bytesToHex(sha256(utf8ToBytes(`floor\n${SEED}`))));
  for (let i = 0; i < k; i++) {
    const n = ids.length - i;
    const limit = 0x1_0000_0000 - (0x1_0000_0000 % n);
    let u = rng.int32() >>> 0;
    while (u >= limit) u = rng.int32() >>> 0;
    const j = i + (u % n);
    const t = ids[i] as string;
    ids[i] = ids[j] as string;
    ids[j] = t;
  }
  return k;
}

function draw(list: readonly DrawEnterprise[], team: readonly DrawInspector[]): number {
  const r = drawInspections({
    seed: SEED,
    asOf: ASOF,
    ratio: RATIO,
    stratifyBy: 'county',
    maxInspectionsPerYear: 3,
    enterprises: list,
    inspectors: team,
  });
  return r.selected.length;
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

const sizes: [number, number][] = [
  [10_000, 7],
  [100_000, 5],
  [1_000_000, 3],
];
const INSPECTORS = 5_000;

console.log(`drawInspections benchmark — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB${gc ? ', gc between runs' : ''}`);
console.log(`ratio ${RATIO}, stratified by county, yearly cap 3, ${INSPECTORS} inspectors, median of the runs\n`);
const rows: { n: number; floor: number; draw: number }[] = [];
for (const [n, runs] of sizes) {
  const list = enterprises(n);
  const team = inspectors(INSPECTORS, list);
  // Warm-up (JIT), then alternate floor and draw so drift affects both alike.
  floor(list);
  draw(list, team);
  const f: number[] = [];
  const d: number[] = [];
  for (let r = 0; r < runs; r++) {
    f.push(time(() => floor(list)));
    d.push(time(() => draw(list, team)));
  }
  rows.push({ n, floor: median(f), draw: median(d) });
}

const pad = (s: string, w: number): string => s.padStart(w);
console.log(`${pad('enterprises', 12)} ${pad('floor ms', 10)} ${pad('draw ms', 10)} ${pad('draw/floor', 11)}`);
for (const r of rows) {
  console.log(`${pad(r.n.toLocaleString('en-US'), 12)} ${pad(r.floor.toFixed(0), 10)} ${pad(r.draw.toFixed(0), 10)} ${pad((r.draw / r.floor).toFixed(2), 11)}`);
}
const [, k100, m1] = rows;
if (k100 && m1) {
  console.log(`\n1M / 100k: draw ${(m1.draw / k100.draw).toFixed(1)}× (goal ≤ 12×), floor ${(m1.floor / k100.floor).toFixed(1)}×`);
  console.log(`1M draw / floor: ${(m1.draw / m1.floor).toFixed(2)} (goal ≤ 2)`);
}
