import { execFileSync } from 'node:child_process';
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
});
