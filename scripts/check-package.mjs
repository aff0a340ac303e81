// Packs the library, installs the tarball into a fresh folder and checks that it loads from
// ESM and CommonJS and that TypeScript sees its types under node16 and bundler resolution.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
  if (!existsSync(join(root, 'dist', f))) throw new Error(`dist/${f} missing: run npm run build first`);
}
if (readdirSync(join(root, 'dist', 'json-schema')).length === 0) throw new Error('dist/json-schema is empty');

const work = mkdtempSync(join(tmpdir(), 'bls-pack-'));
const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
run('npm', ['install', '--silent', '--no-audit', '--no-fund', join(work, tarball), 'typescript@~5.9', '@types/node@^20'], work);

writeFileSync(
  join(work, 'esm.mjs'),
  `import { formatCitation, RuleInputError, plainDateSchema } from 'baicheng-license-supervision';
if (formatCitation({ article: 15, paragraph: 2, item: 3 }) !== '第十五条第二款第（三）项') throw new Error('esm');
try { formatCitation({ article: 25 }); throw new Error('no throw'); } catch (e) { if (!(e instanceof RuleInputError)) throw e; }
console.log('esm ok', plainDateSchema.safeParse('2024-02-29').success);`,
);
writeFileSync(
  join(work, 'cjs.cjs'),
  `const { formatCitation, RuleInputError } = require('baicheng-license-supervision');
if (formatCitation({ article: 7, item: 1 }, 'en') !== 'Article 7(1)') throw new Error('cjs');
try { formatCitation({ article: 6, item: 7 }); throw new Error('no throw'); } catch (e) { if (!(e instanceof RuleInputError)) throw e; }
console.log('cjs ok');`,
);
// The READMEs, guides and example READMEs link to one another and to the examples' sources: every
// relative link must resolve inside the installed package, as on npm and unpkg.
const installed = join(work, 'node_modules', 'baicheng-license-supervision');
const pages = [
  'README.md',
  'README.zh-CN.md',
  ...readdirSync(join(installed, 'docs')).map((f) => `docs/${f}`),
  ...readdirSync(join(installed, 'examples'))
    .filter((d) => existsSync(join(installed, 'examples', d, 'README.md')))
    .map((d) => `examples/${d}/README.md`),
];
let links = 0;
for (const page of pages) {
  for (const [, target] of readFileSync(join(installed, page), 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const path = join(installed, dirname(page), target);
    if (!existsSync(path)) throw new Error(`${page} links to ${target}, which is not in the package`);
    links += 1;
  }
}
console.log(`links ok (${links} relative links in ${pages.length} pages resolve inside the package)`);
process.stdout.write(run('node', ['esm.mjs'], work));
process.stdout.write(run('node', ['cjs.cjs'], work));

const tsSource = `import { formatCitation, type ArticleRef, type PlainDate } from 'baicheng-license-supervision';
const ref: ArticleRef = { article: 19 };
const d: PlainDate = '2024-01-01';
const s: string = formatCitation(ref, 'en') + d;
// @ts-expect-error the locale is typed
formatCitation(ref, 'fr');
export { s };
`;
writeFileSync(join(work, 'check.mts'), tsSource);
writeFileSync(join(work, 'check.cts'), tsSource.replace(/^export \{ s \};$/m, 'module.exports = s;').replace('import {', 'import {'));
for (const [mode, files] of [
  ['node16', ['check.mts', 'check.cts']],
  ['bundler', ['check.mts']],
]) {
  const args = ['tsc', '--noEmit', '--strict', '--skipLibCheck', 'false', '--types', 'node'];
  if (mode === 'node16') args.push('--module', 'node16', '--moduleResolution', 'node16');
  else args.push('--module', 'esnext', '--moduleResolution', 'bundler');
  run('npx', [...args, ...files], work);
  console.log(`typescript ${mode} ok (${files.join(', ')})`);
}
console.log(`package check passed in ${work}`);
