// Bundles the browser-form example (examples/browser-form/src/app.ts) with esbuild into
// examples/browser-form/dist/app.js (and the draw-verification page, scripts/build-verify-draw.mjs),
// resolving 'baicheng-license-supervision' to the built
// package (dist/index.js) exactly as an application bundler would. Run `npm run build` first.
//
//   node scripts/build-examples.mjs          (npm run examples:build)
//
// Also importable: `buildExamples()` returns the path of the bundle.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildVerifyDraw } from './build-verify-draw.mjs';

const root = resolve(import.meta.dirname, '..');
const packageEntry = join(root, 'dist', 'index.js');
const formDir = join(root, 'examples', 'browser-form');

/** esbuild plugin: the package name resolves to the built ESM entry, as for an installed copy. */
const packageAlias = {
  name: 'baicheng-license-supervision',
  setup(b) {
    b.onResolve({ filter: /^baicheng-license-supervision$/ }, () => ({ path: packageEntry }));
  },
};

/**
 * Bundles the browser form.
 *
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<string>} the path of the written bundle
 */
export async function buildExamples({ quiet = false } = {}) {
  if (!existsSync(packageEntry)) {
    throw new Error('dist/index.js is missing: run `npm run build` before building the examples');
  }
  const outfile = join(formDir, 'dist', 'app.js');
  const result = await build({
    entryPoints: [join(formDir, 'src', 'app.ts')],
    outfile,
    bundle: true,
    // A classic script, so that index.html also works when opened from disk (file://).
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    charset: 'utf8',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
    plugins: [packageAlias],
  });
  if (!quiet) {
    const bytes = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('app.js'))?.[1].bytes ?? 0;
    console.log(`examples/browser-form/dist/app.js: ${(bytes / 1024).toFixed(1)} KiB`);
  }
  // The draw-verification page (its own script: a worker inlined into the page's bundle).
  await buildVerifyDraw({ quiet });
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildExamples();
}
