// The modules of src/ import one another without a cycle, type imports included (issue #15 §2:
// errors.ts, the message modules and dates/plain-date.ts used to import each other in a circle).
// The message layers: messages/message.ts and messages/text.ts (types, quoting) import nothing of
// the library's but freeze.ts; errors.ts imports only them; the issue helpers come above it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../src');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (path.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The modules of src/ a file imports or re-exports from, type-only ones included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s+'(\.[^']+)'/g)].map((m) =>
    relative(ROOT, resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))),
  );
}

const graph = new Map(sources(ROOT).map((file) => [relative(ROOT, file), importsOf(file)]));

describe('module layers', () => {
  it('src/ has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const path: string[] = [];
    const visit = (node: string): void => {
      state.set(node, 'open');
      path.push(node);
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(node, 'done');
    };
    for (const node of graph.keys()) if (!state.has(node)) visit(node);
    expect(cycles).toEqual([]);
  });

  it('the message layers sit below errors.ts, and errors.ts below the issue helpers', () => {
    expect(graph.get('messages/message.ts')).toEqual(['freeze.ts']);
    expect(graph.get('messages/text.ts')).toEqual([]);
    expect([...new Set(graph.get('errors.ts'))].sort()).toEqual(['messages/message.ts', 'messages/text.ts']);
    expect(graph.get('messages/issues.ts')).toContain('errors.ts');
  });
});
