import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('npm run demo (the annual plan)', () => {
  it('prints the plan, the Article 19 check and a verified record', () => {
    const out = execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'examples/demo/annual-plan.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('公开种子 Public seed');
    // 150 enterprises in the dataset: ceil(10% × 150) = 15 required for 2025 (Article 19).
    expect(out).toMatch(/应抽查 required 15（10% × 150/);
    expect(out).toContain('第十九条 Article 19');
    expect(out).toContain('第八条 Article 8');
    expect(out).toContain('一致 valid');
    expect(out).toContain('不一致 rejected');
    // Every planned row has a team of two inspectors (Article 9¶1).
    const rows = out.split('\n').filter((l) => /^\d+\s/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.match(/\(BC-\d{3}\)/g)).toHaveLength(2);
  }, 60_000);

  it('the dataset is consistent: every 2025 spot check falls in 2025, on or after the license was issued', () => {
    const read = (file: string) => JSON.parse(readFileSync(join(root, 'examples', 'data', file), 'utf8'));
    const enterprises: { creditCode: string; licenses: { issuedOn: string }[] }[] = read('enterprises.json');
    const checks: { enterpriseId: string; date: string }[] = read('spot-checks-2025.json');
    const issued = new Map(enterprises.map((e) => [e.creditCode, e.licenses.map((l) => l.issuedOn).sort()[0]!]));
    for (const c of checks) {
      expect(c.date >= '2025-01-01' && c.date <= '2025-12-31', c.date).toBe(true);
      expect(c.date >= issued.get(c.enterpriseId)!, `${c.enterpriseId} checked ${c.date}`).toBe(true);
    }
  });
});
