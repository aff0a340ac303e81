// docs/getting-started.en.md and .zh-CN.md, the double-random draw: the snippet that shows the
// shape of the two lists runs as written (the same code in both guides), and what its comments
// claim follows from its input: the licence of 91220802M93408493G ended 2025-12-31 and the
// credential of TN-001 2026-01-31, both before asOf 2026-03-02; half of the 5 enterprises left,
// rounded up, is 3 (ratio); teams of 2 (Article 9¶1); BC-002 declared a conflict with
// 91220881A07403083B.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const GUIDES = {
  en: { file: 'getting-started.en.md', heading: '## The double-random draw' },
  'zh-CN': { file: 'getting-started.zh-CN.md', heading: '## “双随机、一公开”抽取' },
} as const;

function snippet(locale: keyof typeof GUIDES): string {
  const { file, heading } = GUIDES[locale];
  const doc = readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');
  const start = doc.indexOf(heading);
  expect(start, `${file} has the section`).toBeGreaterThan(0);
  const block = /```ts\n([\s\S]*?)\n```/.exec(doc.slice(start));
  return block![1]!;
}

/** The snippet's code without comments and blank lines: what must be the same in both guides. */
const code = (source: string): string =>
  ts
    .transpileModule(source, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022 } })
    .outputText.split('\n')
    .filter((l) => l.trim() !== '')
    .join('\n');

function run(source: string) {
  const body = source.replace(/^import \{([^}]*)\} from 'baicheng-license-supervision';$/m, 'const {$1} = lib;');
  const js = ts.transpileModule(`${body}\nreturn { result, enterprises, inspectors };`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return new Function('lib', js)(lib) as {
    result: lib.DrawResult;
    enterprises: lib.DrawEnterprise[];
    inspectors: lib.DrawInspector[];
  };
}

describe.each(Object.keys(GUIDES) as (keyof typeof GUIDES)[])('getting-started (%s): the draw', (locale) => {
  it('the snippet runs, and what its comments say holds', () => {
    const { result, enterprises, inspectors } = run(snippet(locale));
    expect(enterprises).toHaveLength(6);
    expect(result.selected).toHaveLength(Math.ceil(0.5 * 5));
    expect(result.excluded).toEqual([
      { kind: 'enterprise', id: '91220802M93408493G', reason: 'LICENSE_EXPIRED' },
      { kind: 'inspector', id: 'TN-001', reason: 'CREDENTIAL_EXPIRED' },
    ]);
    expect(result.assignments).toHaveLength(3);
    for (const team of result.assignments) {
      expect(team.inspectorIds).toHaveLength(2);
      expect(team.inspectorIds).not.toContain('TN-001');
      if (team.enterpriseId === '91220881A07403083B') expect(team.inspectorIds).not.toContain('BC-002');
    }
    expect(lib.verifyDraw(result.record, { enterprises, inspectors }).valid).toBe(true);
  });

  it('a first try with [{ id, name }] is refused with the key named, as the guide says', () => {
    const input = { seed: '3-6-1-4-2-5', asOf: '2026-03-02', ratio: 0.5, inspectors: [], enterprises: [{ id: '91220802A44117609W', name: '某食品公司' }] };
    expect(() => lib.drawInspections(input as never)).toThrow(lib.RuleInputError);
    try {
      lib.drawInspections(input as never);
    } catch (e) {
      expect((e as lib.RuleInputError).issues.map((i) => `${i.path.join('.')}:${i.code}`)).toContain('enterprises.0:unrecognized_keys');
    }
  });
});

it('both guides show the same code', () => {
  expect(code(snippet('zh-CN'))).toBe(code(snippet('en')));
});
