// Type-checks every @example as its own module, with the repository's tsconfig, the package's
// public exports (values and types) imported by name and `z` from zod. This is the only check
// type-only examples (`const x: SomeType = { … }`) can get. It needs a full program over src/
// (several seconds), so examples.test.ts runs it only when DOCTEST_TYPES=1.
import { join } from 'node:path';
import ts from 'typescript';

/** One type error, placed on the src line of the example it belongs to. */
export interface TypeProblem {
  /** 1-based line in the source file, or undefined when the error is in the fixture. */
  readonly line: number | undefined;
  readonly message: string;
}

/** Something to type-check: the example's code, the src line it starts on, and its fixture. */
export interface TypeCheckInput {
  readonly code: string;
  readonly codeLine: number;
  readonly prelude: string;
}

/** Type errors of each input, in the same order. */
export function typecheckExamples(root: string, inputs: readonly TypeCheckInput[]): TypeProblem[][] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, ' '));
    },
  });
  if (config === undefined) throw new Error('cannot read tsconfig.json');
  // verbatimModuleSyntax would require `import type` for the type names imported below.
  const options: ts.CompilerOptions = { ...config.options, verbatimModuleSyntax: false, noEmit: true, declaration: false };
  const index = join(root, 'src', 'index.ts');
  const base = ts.createProgram([index], options);
  const checker = base.getTypeChecker();
  const indexFile = base.getSourceFile(index);
  const moduleSymbol = indexFile === undefined ? undefined : checker.getSymbolAtLocation(indexFile);
  if (moduleSymbol === undefined) throw new Error('cannot read the exports of src/index.ts');
  const names = checker.getExportsOfModule(moduleSymbol).map((s) => s.getName());

  const dir = join(root, 'test', 'docs', '__examples__');
  const header = `import { ${names.join(', ')} } from '../../../src/index.js';\nimport { z } from 'zod';\nexport {};\n`;
  const headerLines = header.split('\n').length - 1;
  const files = new Map<string, string>();
  const paths = inputs.map((input, i) => {
    const path = join(dir, `example-${i}.ts`);
    files.set(path, `${header}${input.prelude}\n${input.code}\n`);
    return path;
  });
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, language, onError, create) => {
    const text = files.get(name);
    return text !== undefined ? ts.createSourceFile(name, text, language) : getSourceFile(name, language, onError, create);
  };
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  const program = ts.createProgram(paths, options, host, base);

  return inputs.map((input, i) => {
    const sf = program.getSourceFile(paths[i] ?? '');
    if (sf === undefined) return [{ line: undefined, message: 'not part of the program' }];
    const preludeLines = input.prelude.split('\n').length;
    return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
      const at = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
      const inCode = at - headerLines - preludeLines;
      return {
        line: inCode >= 0 ? input.codeLine + inCode : undefined,
        message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      };
    });
  });
}
