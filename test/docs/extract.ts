// Finds every TSDoc `@example` block in src/**/*.ts and attributes it to the declaration the
// comment documents. Uses the TypeScript compiler API to locate the `/** … */` comments (so
// strings and ordinary comments that merely contain "@example" are never mistaken for tags),
// then a small line parser for the tag's fenced code blocks.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** One fenced code block of one `@example` tag. */
export interface DocExample {
  /** Path relative to the repository root, with forward slashes (e.g. `src/dates/periods.ts`). */
  readonly file: string;
  /** The documented declaration, e.g. `periodEnd`, or `Class.member` for members. */
  readonly symbol: string;
  /** 1-based line of the `@example` tag in `file`. */
  readonly line: number;
  /** 1-based line in `file` of the first line of `code`. */
  readonly codeLine: number;
  /** The fence's language (`ts` for all examples of this library). */
  readonly lang: string;
  /** The block's text, the JSDoc ` * ` gutter removed. */
  readonly code: string;
}

/** A problem found while extracting (an `@example` without a fence, an unclosed fence…). */
export interface ExtractionProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Every `.ts` file under `dir`, sorted, as absolute paths. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

function declarationName(node: ts.Node): string | undefined {
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations.map((d) => d.name.getText()).join(', ');
  }
  const name = (node as { name?: ts.Node }).name;
  if (name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))) {
    return name.text;
  }
  if (name !== undefined) return name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return undefined;
}

/** The name of `node`, prefixed by the names of the declarations that contain it. */
function qualifiedName(node: ts.Node): string {
  const parts: string[] = [];
  for (let n: ts.Node | undefined = node; n !== undefined && !ts.isSourceFile(n); n = n.parent) {
    if (ts.isVariableDeclarationList(n) || ts.isVariableDeclaration(n)) continue;
    const name = declarationName(n);
    if (name !== undefined) parts.unshift(name);
  }
  return parts.length > 0 ? parts.join('.') : '(anonymous)';
}

/** Splits one JSDoc comment into its fenced `@example` blocks. */
function examplesOfComment(
  comment: string,
  firstLine: number,
  file: string,
  symbol: string,
  problems: ExtractionProblem[],
): DocExample[] {
  const raw = comment.split('\n');
  const lines = raw.map((l, i) => {
    let s = l;
    if (i === 0) s = s.replace(/^\s*\/\*\*/, '');
    if (i === raw.length - 1) s = s.replace(/\*\/\s*$/, '');
    return s.replace(/^\s*\* ?/, '').replace(/\r$/, '');
  });
  const out: DocExample[] = [];
  let tagLine: number | undefined; // inside an @example tag
  let fence: { lang: string; start: number; body: string[] } | undefined;
  let blocksInTag = 0;
  const closeTag = (): void => {
    if (tagLine !== undefined && blocksInTag === 0) {
      problems.push({ file, line: tagLine, message: `@example of ${symbol} has no fenced code block` });
    }
    tagLine = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fileLine = firstLine + i;
    if (fence !== undefined) {
      if (/^\s*```\s*$/.test(line)) {
        out.push({
          file,
          symbol,
          line: tagLine ?? fileLine,
          codeLine: fence.start,
          lang: fence.lang,
          code: fence.body.join('\n'),
        });
        blocksInTag++;
        fence = undefined;
      } else {
        fence.body.push(line);
      }
      continue;
    }
    const tag = /^\s*@(\w+)/.exec(line);
    if (tag !== null) {
      closeTag();
      if (tag[1] === 'example') {
        tagLine = fileLine;
        blocksInTag = 0;
      }
      continue;
    }
    const open = /^\s*```(\w*)\s*$/.exec(line);
    if (open !== null && tagLine !== undefined) {
      fence = { lang: open[1] ?? '', start: fileLine + 1, body: [] };
    }
  }
  if (fence !== undefined) problems.push({ file, line: fence.start - 1, message: `unclosed code fence in the @example of ${symbol}` });
  closeTag();
  return out;
}

/**
 * Every `@example` code block in the `.ts` files under `srcDir`, in file order, and the
 * problems met. `root` is the directory `file` is made relative to.
 */
export function extractExamples(root: string, srcDir: string): { examples: DocExample[]; problems: ExtractionProblem[] } {
  const examples: DocExample[] = [];
  const problems: ExtractionProblem[] = [];
  for (const path of sourceFiles(srcDir)) {
    const text = readFileSync(path, 'utf8');
    const file = relative(root, path).split(sep).join('/');
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const seen = new Set<number>();
    let found = 0;
    const visit = (node: ts.Node): void => {
      for (const r of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
        if (seen.has(r.pos)) continue;
        seen.add(r.pos);
        const comment = text.slice(r.pos, r.end);
        if (!comment.startsWith('/**') || !comment.includes('@example')) continue;
        const firstLine = sf.getLineAndCharacterOfPosition(r.pos).line + 1;
        const symbol = ts.isSourceFile(node) ? '(file)' : qualifiedName(node);
        const blocks = examplesOfComment(comment, firstLine, file, symbol, problems);
        found += (comment.match(/^\s*\*?\s*@example\b/gm) ?? []).length;
        examples.push(...blocks);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(sf, visit);
    // Cross-check against a plain text count: an @example in a comment the walk did not reach
    // (e.g. a trailing comment at the end of a file) must not go unnoticed.
    const textual = (text.match(/^\s*\*\s*@example\b/gm) ?? []).length;
    if (textual !== found) {
      problems.push({ file, line: 1, message: `${textual} @example tags in the text, ${found} attached to declarations` });
    }
  }
  return { examples, problems };
}
