// examples/cjs-consumer/index.cjs, run with node as a CommonJS program.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './support/built.js';

describe('CommonJS consumer', () => {
  beforeAll(ensureBuilt, 120_000);

  it('require()s the package, passes its checks and exits 0', () => {
    const run = spawnSync(process.execPath, [join(root, 'examples', 'cjs-consumer', 'index.cjs')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain(`resolved: ${join('dist', 'index.cjs')}`);
    expect(lines).toContain('citation zh-CN: 第九条第一款');
    expect(lines).toContain('citation en: Article 9(1)');
    expect(lines).toContain('issue zh-CN: 统一社会信用代码校验码错误：应为 9，实为 B');
    expect(lines).toContain('record valid: true');
    expect(lines).toContain('consequences: ["rectification_order"]');
    expect(lines).toContain('basis: 第六条第（四）项、第十条');
    expect(lines).toContain('RuleInputError: INVALID_INPUT enterpriseId Wrong check character: expected 9, got B');
    expect(lines.some((l) => l.startsWith('NotInForceError: NOT_IN_FORCE 2019-06-01'))).toBe(true);
    expect(lines.some((l) => l.startsWith('ESM error seen from CommonJS: INVALID_INPUT'))).toBe(true);
    expect(lines.at(-1)).toBe('cjs consumer: all checks passed');
  });
});
