/**
 * Writes the known-answer vectors of the draw to test/vectors/*.json, once. Run with
 * `npx tsx scripts/generate-draw-vectors.ts`. It refuses to overwrite an existing vector:
 * changing a vector's expected result is a breaking change (docs/draw-algorithm.md,
 * "Versioning") and needs a major changeset; pass --force only together with one.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawInspections, type DrawInput } from '../src/index.js';
import { USCC_ALPHABET, creditCodeCheckCharacter } from '../src/identifiers/uscc.js';

function code(n: number): string {
  let digits = '';
  let v = n;
  for (let i = 0; i < 7; i++) {
    digits = USCC_ALPHABET.charAt(v % 31) + digits;
    v = Math.floor(v / 31);
  }
  const first17 = `9122080000${digits}`;
  return first17 + (creditCodeCheckCharacter(first17) as string);
}

const counties = ['220802', '220821', '220822', '220881', '220882'] as const;

const vectors: { name: string; description: string; input: DrawInput }[] = [
  {
    name: 'small-stratified',
    description:
      'Twelve enterprises in three counties plus one without a county, stratified by county, ratio 0.25; six inspectors; dice seed.',
    input: {
      seed: '3-1-4-1-5-9-2-6-5-3',
      asOf: '2024-03-01',
      ratio: 0.25,
      stratifyBy: 'county',
      enterprises: [
        ...Array.from({ length: 12 }, (_, i) => ({ id: code(100 + i * 7), county: counties[i % 3] })),
        { id: code(999) },
      ],
      inspectors: Array.from({ length: 6 }, (_, i) => ({
        id: `TB-${String(i + 1).padStart(3, '0')}`,
        credentialValidUntil: '2026-12-31',
        bureau: counties[i % 3] as string,
      })),
    },
  },
  {
    name: 'conflicts-exclusions',
    description:
      'Every exclusion reason and every unstaffed reason: expired licence, yearly cap, already checked, expired credential; conflicts of interest; teams of 3 with at most 3 teams per inspector; count mode with reserves.',
    input: {
      seed: 'exclusions-and-conflicts',
      asOf: '2024-06-15',
      count: 6,
      teamSize: 3,
      reserveCount: 3,
      maxInspectionsPerYear: 2,
      maxTeamsPerInspector: 3,
      alreadyChecked: [code(5)],
      enterprises: Array.from({ length: 15 }, (_, i) => ({
        id: code(i),
        ...(i % 5 === 1 ? { licenseValidUntil: '2024-06-14' } : { licenseValidUntil: '2024-06-15' }),
        ...(i % 7 === 3 ? { inspectionsThisYear: 2 } : { inspectionsThisYear: 1 }),
      })),
      inspectors: [
        { id: '张三', credentialValidUntil: '2025-01-01', conflicts: [code(0), code(2), code(4), code(6), code(8)] },
        { id: '李四', credentialValidUntil: '2025-01-01', conflicts: [code(0), code(2)] },
        { id: '王五', credentialValidUntil: '2024-06-14' },
        { id: '赵六', credentialValidUntil: '2024-06-15', conflicts: [code(0)] },
        { id: '钱七', credentialValidUntil: '2030-01-01' },
      ],
    },
  },
  {
    name: 'chinese-seed',
    description:
      "Seed '2024年中', which raw seedrandom cannot tell from '2024年夭' (see chinese-seed-twin); 40 enterprises, ratio 0.1 (exactly 4), 8 inspectors.",
    input: {
      seed: '2024年中',
      asOf: '2024-07-01',
      ratio: 0.1,
      enterprises: Array.from({ length: 40 }, (_, i) => ({ id: code(i * 13 + 1) })),
      inspectors: Array.from({ length: 8 }, (_, i) => ({ id: `洮北-${i + 1}`, credentialValidUntil: '2025-12-31' })),
    },
  },
  {
    name: 'chinese-seed-twin',
    description: "The same draw as chinese-seed with seed '2024年夭': a different result.",
    input: {
      seed: '2024年夭',
      asOf: '2024-07-01',
      ratio: 0.1,
      enterprises: Array.from({ length: 40 }, (_, i) => ({ id: code(i * 13 + 1) })),
      inspectors: Array.from({ length: 8 }, (_, i) => ({ id: `洮北-${i + 1}`, credentialValidUntil: '2025-12-31' })),
    },
  },
  {
    name: 'risk-ratios',
    description:
      'Stratified by credit-risk class with local ratios A 0.05, D 1 and 0.2 for the others (B, C, unspecified); two reserves per stratum.',
    input: {
      seed: '0-0-7-2-9-4-1-8',
      asOf: '2025-01-02',
      ratio: 0.2,
      ratios: { A: 0.05, D: 1 },
      stratifyBy: 'riskClass',
      reserveCount: 2,
      enterprises: Array.from({ length: 30 }, (_, i) => ({
        id: code(3000 + i * 101),
        ...(i % 6 === 5 ? {} : { riskClass: (['A', 'A', 'B', 'C', 'D'] as const)[i % 5] }),
      })),
      inspectors: Array.from({ length: 4 }, (_, i) => ({ id: `R${i}`, credentialValidUntil: '2025-12-31' })),
    },
  },
];

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'vectors');
mkdirSync(dir, { recursive: true });
const force = process.argv.includes('--force');
for (const v of vectors) {
  const file = join(dir, `${v.name}.json`);
  if (existsSync(file) && !force) {
    console.log(`kept ${file} (exists; changing it is a breaking change)`);
    continue;
  }
  const expected = drawInspections(v.input).record;
  writeFileSync(file, `${JSON.stringify({ name: v.name, description: v.description, input: v.input, expected }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
