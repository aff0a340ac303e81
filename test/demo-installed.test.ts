// The demo run from an installed package (its files inside node_modules, as npm puts them):
// it writes nothing inside node_modules, and says where it wrote the record instead.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './examples/support/built.js';

const root = join(import.meta.dirname, '..');
const app = mkdtempSync(join(tmpdir(), 'bls-demo-app-'));
afterAll(() => rmSync(app, { recursive: true, force: true }));

/** Every file under `dir`, relative, symbolic links not followed. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe('the demo from an installed package', () => {
  it('writes its record outside node_modules', async () => {
    await ensureBuilt();
    const installed = join(app, 'node_modules', 'baicheng-license-supervision');
    mkdirSync(join(installed, 'examples'), { recursive: true });
    cpSync(join(root, 'package.json'), join(installed, 'package.json'));
    symlinkSync(join(root, 'dist'), join(installed, 'dist'), 'dir');
    cpSync(join(root, 'examples', 'demo'), join(installed, 'examples', 'demo'), { recursive: true });
    cpSync(join(root, 'examples', 'data'), join(installed, 'examples', 'data'), { recursive: true });
    const before = files(join(app, 'node_modules'));

    const out = execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(installed, 'examples', 'demo', 'annual-plan.ts')],
      { cwd: app, encoding: 'utf8' },
    );
    expect(out).toContain('一致 valid（任何人用公开的种子和名单重新抽取');
    expect(files(join(app, 'node_modules'))).toEqual(before);
    const written = /记录已写入 record written: (.+)$/m.exec(out)?.[1] ?? '';
    expect(written).toMatch(/bls-demo-.*draw-record-2026-03-02\.json$/);
    expect(written).not.toContain('node_modules');
    rmSync(join(app, written, '..'), { recursive: true, force: true });
  }, 120_000);
});
