// Bundles the draw-verification page (examples/verify-draw) with esbuild into
// examples/verify-draw/dist/app.js, one classic script that works from disk (file://) and from
// any static host:
//   1. the worker (src/worker.ts: papaparse, read-excel-file and the library, resolved to the built
//      package dist/index.js as an application bundler would) is bundled first, in memory;
//   2. the page (src/app.ts) is bundled with the worker's source inlined as a string constant, and
//      starts it from a Blob URL — Chromium refuses `new Worker('file://…')`, not a Blob URL.
// Run `npm run build` first.
//
//   node scripts/build-verify-draw.mjs        (part of npm run examples:build)
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const packageEntry = join(root, 'dist', 'index.js');
const pageDir = join(root, 'examples', 'verify-draw');

/** esbuild plugin: the package name resolves to the built ESM entry, as for an installed copy. */
const packageAlias = {
  name: 'baicheng-license-supervision',
  setup(b) {
    b.onResolve({ filter: /^baicheng-license-supervision$/ }, () => ({ path: packageEntry }));
  },
};

const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  charset: 'utf8',
  minify: true,
  legalComments: 'eof',
  write: false,
  metafile: true,
  plugins: [packageAlias],
};

/** Writes a file through a temporary name, so that a concurrent build never leaves half a file. */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

/**
 * Bundles the page and its worker.
 *
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<string>} the path of the written bundle
 */
export async function buildVerifyDraw({ quiet = false } = {}) {
  if (!existsSync(packageEntry)) {
    throw new Error('dist/index.js is missing: run `npm run build` before building the examples');
  }
  const logLevel = quiet ? 'error' : 'warning';
  const worker = await build({
    ...common,
    logLevel,
    entryPoints: [join(pageDir, 'src', 'worker.ts')],
    outfile: 'worker.js',
  });
  const workerSource = worker.outputFiles[0].text;
  const page = await build({
    ...common,
    logLevel,
    entryPoints: [join(pageDir, 'src', 'app.ts')],
    outfile: join(pageDir, 'dist', 'app.js'),
    define: { __VERIFY_WORKER_SOURCE__: JSON.stringify(workerSource) },
  });
  const outfile = join(pageDir, 'dist', 'app.js');
  writeAtomically(outfile, page.outputFiles[0].contents);
  // The licences of what the bundle carries (papaparse, read-excel-file and its dependencies, zod…).
  const packages = new Set();
  for (const input of Object.keys(worker.metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  const notice = [
    "examples/verify-draw/dist/app.js bundles these packages (see each one's licence in node_modules/<name>/):",
    ...[...packages].sort(),
    'and baicheng-license-supervision (MIT).',
    '',
  ].join('\n');
  writeAtomically(join(pageDir, 'dist', 'THIRD-PARTY.txt'), notice);
  if (!quiet) {
    const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(
      `examples/verify-draw/dist/app.js: ${kib(page.outputFiles[0].contents.length)} (worker ${kib(
        workerSource.length,
      )} inlined)`,
    );
  }
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildVerifyDraw();
}
