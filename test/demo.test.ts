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
    // Deadlines on the official calendar (国办发明电〔2025〕7号: Spring Festival 15–23 February 2026 off,
    // Saturdays 14 and 28 February worked). Sealed Sat 02-07: day 7 is Sat 02-14, a working day.
    expect(out).toContain('封样 sealed 2026-02-07 → 送检期限 send by 2026-02-14');
    // Result Tue 01-20: Jan 21–23 (1–3), 26–30 (4–8), Feb 2–6 (9–13), 9–13 (14–18), Sat 14 (19), Tue 24 (20).
    expect(out).toMatch(/result 2026-01-20 → 公示期限 publish by 2026-02-24; 已公示 published 2026-02-13 → published_on_time/);
    // Result Fri 02-13: Sat 14 (1), Feb 24–27 (2–5), Sat 28 (6), Mar 2–6 (7–11), 9–13 (12–16), 16–19 (17–20);
    // on 2026-03-02 (asOf) 13 working days remain (Mar 3–6, 9–13, 16–19).
    expect(out).toMatch(/result 2026-02-13 → 公示期限 publish by 2026-03-19; 未公示 not published → not_yet_due（.*还有 13 个工作日）/);
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
