// Makes sure the package is built (dist/) before an example test uses it the way a consumer
// would. Builds at most once across parallel test files: the first file to need a build takes a
// lock directory; the others wait for it to go away.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const root = resolve(import.meta.dirname, '..', '..', '..');

const lock = join(root, 'test', 'out', '.build-lock');

function built(): boolean {
  const schemas = join(root, 'dist', 'json-schema');
  return (
    existsSync(join(root, 'dist', 'index.js')) &&
    existsSync(join(root, 'dist', 'index.cjs')) &&
    existsSync(schemas) &&
    readdirSync(schemas).some((f) => f === 'inspection-record.schema.json')
  );
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Runs `npm run build` if dist/ is missing or incomplete, once for all test files.
 * Waits at most two minutes for a build started by another test file.
 */
export async function ensureBuilt(): Promise<void> {
  if (built()) return;
  mkdirSync(join(root, 'test', 'out'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building.
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}; remove it if no build is running`);
      await sleep(250);
      if (built()) return;
    }
  }
  try {
    if (!built()) {
      console.log('dist/ is missing: running npm run build');
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** vitest globalSetup entry: `globalSetup: ['test/examples/support/built.ts']`. */
export default async function setup(): Promise<void> {
  await ensureBuilt();
}
