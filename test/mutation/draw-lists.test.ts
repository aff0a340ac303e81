// Mutation-testing follow-up for the draw's list checks and record checks (docs/draw-algorithm.md,
// "Input" and "Verification"): duplicate ids are invalid input naming each duplicated id once,
// at the list's path; a record's own problems are reported at their field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleInputError, drawInspections, verifyDraw, type DrawInput, type DrawRecord } from '../../src/index.js';
import { creditCode, plainEnterprises, plainInspectors } from '../draw/helpers.js';
import { thrown } from '../rules/fixtures.js';

const issuesOf = (fn: () => unknown) => {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(RuleInputError);
  return (e as RuleInputError).issues;
};
const base = (): DrawInput => ({ seed: 'dup', asOf: '2025-01-02', ratio: 0.5, enterprises: plainEnterprises(4), inspectors: plainInspectors(2) });
const count = (text: string, part: string) => text.split(part).length - 1;

describe('duplicate ids in the draw lists', () => {
  it('an enterprise id listed three times is named once, at ["enterprises"]', () => {
    const id = creditCode(1);
    const issues = issuesOf(() => drawInspections({ ...base(), enterprises: [...plainEnterprises(4), { id }, { id }] }));
    expect(issues).toMatchObject([{ path: ['enterprises'], code: 'DUPLICATE_ENTERPRISE_ID' }]);
    expect(count(issues[0]!.message.en, id)).toBe(1);
    expect(count(issues[0]!.message['zh-CN'], id)).toBe(1);
  });

  it('an inspector id listed three times is named once, at ["inspectors"]', () => {
    const issues = issuesOf(() => drawInspections({ ...base(), inspectors: [...plainInspectors(2), { id: 'I00', credentialValidUntil: '2030-12-31' }, { id: 'I00', credentialValidUntil: '2030-12-31' }] }));
    expect(issues).toMatchObject([{ path: ['inspectors'], code: 'DUPLICATE_INSPECTOR_ID' }]);
    expect(count(issues[0]!.message.en, 'I00')).toBe(1);
  });

  it('at most 20 duplicated ids are named and the rest counted: 21 → 20 named and "+1"; 20 → all named, no count', () => {
    const ids = Array.from({ length: 21 }, (_, i) => ({ id: `D${String(i).padStart(2, '0')}`, credentialValidUntil: '2030-12-31' }));
    const twentyOne = issuesOf(() => drawInspections({ ...base(), inspectors: [...ids, ...ids] }))[0]!.message.en;
    expect(ids.filter(({ id }) => twentyOne.includes(id))).toHaveLength(20);
    expect(twentyOne).toContain('+1');
    const twenty = issuesOf(() => drawInspections({ ...base(), inspectors: [...ids.slice(0, 20), ...ids.slice(0, 20)] }))[0]!.message.en;
    expect(ids.filter(({ id }) => twenty.includes(id))).toHaveLength(20);
    expect(twenty).not.toContain('+');
  });
});

describe('a record’s own problems are reported at their field', () => {
  const vector = JSON.parse(readFileSync(join(__dirname, '..', 'vectors', 'small-stratified.json'), 'utf8')) as { input: DrawInput; expected: DrawRecord };

  it('a seed not in NFC: SEED_NOT_NFC at ["seed"]', () => {
    const record = { ...vector.expected, seed: 'e\u0301' };
    expect(verifyDraw(record, vector.input).differences).toMatchObject([{ field: 'seed', actual: 'SEED_NOT_NFC' }]);
  });

  it('both ratio and count in the parameters: reported under ["parameters", …]', () => {
    const record = { ...vector.expected, parameters: { ...vector.expected.parameters, count: 3 } };
    expect(verifyDraw(record, vector.input).differences).toMatchObject([{ field: 'parameters.count', actual: 'RATIO_AND_COUNT' }]);
  });
});

describe('draw parameters are checked at their own field (docs/draw-algorithm.md, Input)', () => {
  const at = (input: DrawInput) => issuesOf(() => drawInspections(input)).map((i) => [i.code, i.path]);

  it('RATIO_OR_COUNT_REQUIRED at ["ratio"]; TEAM_SIZE_BELOW_MINIMUM at ["teamSize"]', () => {
    const { ratio: _r, ...noRatio } = base();
    expect(at(noRatio as DrawInput)).toEqual([['RATIO_OR_COUNT_REQUIRED', ['ratio']]]);
    expect(at({ ...base(), teamSize: 1 })).toEqual([['TEAM_SIZE_BELOW_MINIMUM', ['teamSize']]]);
  });

  it('RATIOS_WITHOUT_STRATA and RATIOS_WITH_COUNT at ["ratios"]; RATIOS_WRONG_STRATUM at ["ratios", key]', () => {
    expect(at({ ...base(), ratios: { A: 0.5 } })).toEqual([['RATIOS_WITHOUT_STRATA', ['ratios']]]);
    expect(at({ ...base(), stratifyBy: 'riskClass', ratios: { '220802': 0.5 } } as never)).toEqual([['RATIOS_WRONG_STRATUM', ['ratios', '220802']]]);
    const { ratio: _r, ...withCount } = base();
    expect(at({ ...withCount, count: 1, stratifyBy: 'riskClass', ratios: { A: 0.5 } } as DrawInput)).toEqual([['RATIOS_WITH_COUNT', ['ratios']]]);
  });
});
