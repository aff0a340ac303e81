// Lists every symbol exported from the package root whose declaration lacks TSDoc or an
// @example. Exits 1 when any is missing. Usage: node scripts/check-tsdoc.mjs [--json]
import ts from 'typescript';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const program = ts.createProgram([join(root, 'src', 'index.ts')], {
  strict: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
});
const checker = program.getTypeChecker();
const index = program.getSourceFile(join(root, 'src', 'index.ts'));
const moduleSymbol = checker.getSymbolAtLocation(index);
const missing = [];
for (const exported of checker.getExportsOfModule(moduleSymbol)) {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const decls = symbol.getDeclarations() ?? [];
  const docs = decls.flatMap((d) => ts.getJSDocCommentsAndTags(d));
  const hasSummary = symbol.getDocumentationComment(checker).length > 0;
  const hasExample = symbol.getJsDocTags(checker).some((t) => t.name === 'example') ||
    docs.some((d) => ts.isJSDoc(d) && (d.tags ?? []).some((t) => t.tagName.text === 'example'));
  if (!hasSummary || !hasExample) {
    const file = decls[0]?.getSourceFile().fileName.replace(root + '/', '') ?? '?';
    missing.push({ name: exported.getName(), file, summary: hasSummary, example: hasExample });
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(missing, null, 2));
else for (const m of missing) console.log(`${m.file}\t${m.name}\t${m.summary ? '' : 'no summary '}${m.example ? '' : 'no @example'}`);
console.log(`${missing.length} exported symbols lack TSDoc or an @example`);
process.exit(missing.length > 0 ? 1 : 0);
