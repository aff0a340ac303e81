// The draw must give byte-identical records in a browser. No browser runs here, so this test
// does the next best thing: bundles the library for the browser platform (seedrandom's
// `require('crypto')` is dropped by its `browser` field) and runs the known-answer vectors in a
// bare V8 context (node:vm) that has only ECMAScript globals plus TextEncoder, as a browser
// provides — no `process`, no `Buffer`, no `require`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the draw in a browser-like context', () => {
  it('reproduces every known-answer vector', async () => {
    const root = join(__dirname, '..', '..');
    const result = await build({
      entryPoints: [join(root, 'src', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'lib',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const context = createContext({ TextEncoder, TextDecoder });
    runInContext(`${code};globalThis.lib = lib;`, context);
    expect(runInContext('typeof process + typeof Buffer + typeof require', context)).toBe('undefinedundefinedundefined');
    const dir = join(root, 'test', 'vectors');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const vector = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { input: unknown; expected: unknown };
      context['vectorInput'] = JSON.stringify(vector.input);
      const record = runInContext('JSON.stringify(lib.drawInspections(JSON.parse(vectorInput)).record)', context) as string;
      expect(record, file).toBe(JSON.stringify(vector.expected));
    }
  }, 30_000);
});
