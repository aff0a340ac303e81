import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, auditQuota, type AuditQuotaInput } from '../../src/index.js';
import { creditCode, deepFreeze } from '../draw/helpers.js';
import { ENTERPRISE, OTHER_ENTERPRISE, thrown } from '../rules/fixtures.js';
import { stepOf, traceSteps } from '../support/trace.js';

const licensed = Array.from({ length: 25 }, (_, i) => creditCode(i)); // 25 → ceil(2.5) = 3 required

function codes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleInputError) return e.issues.map((i) => i.code);
    throw e;
  }
  throw new Error('expected RuleInputError');
}

describe('auditQuota — Article 19', () => {
  it('counts distinct licensed enterprises checked in the year', () => {
    const d = auditQuota({
      year: 2024,
      licensedEnterpriseIds: licensed,
      spotChecks: [
        { enterpriseId: licensed[0]!, date: '2024-01-01' },
        { enterpriseId: licensed[0]!, date: '2024-06-01' }, // repeat: counts once
        { enterpriseId: licensed[1]!, date: '2024-12-31' },
      ],
    });
    expect(d.outcome).toEqual({
      year: 2024,
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      partialYear: false,
      yearComplete: true,
      licensed: 25,
      required: 3,
      checked: 2,
      shortfall: 1,
      met: false,
    });
    expect(d.basis).toEqual([{ article: 19 }]);
    expect(d.higherLaw).toEqual([]);
    expect(d.trace.find((s) => s.rule === 'art19.distinct_enterprises')?.facts).toEqual({ checked: 2, repeatChecks: 1 });
    // One repeat: singular in English.
    expect(d.trace.find((s) => s.rule === 'art19.distinct_enterprises')?.message.en).toBe(
      'The ratio counts enterprises checked: 2; 1 repeat check of the same enterprise counts once',
    );
    const last = d.trace.find((s) => s.rule === 'art19.quota_met');
    expect(last?.passed).toBe(false);
    expect(last?.basis).toEqual({ article: 19 });
  });

  it('meets the quota at exactly ceil(10%)', () => {
    const spotChecks = licensed.slice(0, 3).map((enterpriseId) => ({ enterpriseId, date: '2024-03-03' }));
    const d = auditQuota({ year: 2024, licensedEnterpriseIds: licensed, spotChecks });
    expect(d.outcome).toMatchObject({ required: 3, checked: 3, shortfall: 0, met: true });
    expect(d.trace.at(-1)?.passed).toBe(true);
  });

  it('no licensed enterprises: nothing required, met', () => {
    expect(auditQuota({ year: 2023, licensedEnterpriseIds: [], spotChecks: [] }).outcome).toMatchObject({ required: 0, checked: 0, met: true });
  });

  // Article 19 counts enterprises, whatever ids the caller keeps them under: 11 licensed →
  // ceil(1.1) = 2 required (hand calculation); a check of an id not on the list is ignored.
  it('takes the caller\'s own ids: 11 licensed E0…E10, two checked, one unknown id ignored and traced', () => {
    const ids = Array.from({ length: 11 }, (_, i) => `E${i}`);
    const d = auditQuota({
      year: 2024,
      licensedEnterpriseIds: ids,
      spotChecks: [
        { enterpriseId: 'E3', date: '2024-04-01' },
        { enterpriseId: 'E7', date: '2024-05-01' },
        { enterpriseId: 'UNKNOWN-1', date: '2024-05-02' },
      ],
    });
    expect(d.outcome).toMatchObject({ required: 2, checked: 2, shortfall: 0, met: true });
    expect(d.trace.find((s) => s.rule === 'art19.checks_of_unlicensed')?.facts).toEqual({
      ignored: [{ enterpriseId: 'UNKNOWN-1', date: '2024-05-02' }],
    });
  });

  it('ignores and traces checks of unlicensed enterprises, outside the year, after asOf', () => {
    const stranger = creditCode(500);
    const d = auditQuota({
      year: 2024,
      asOf: '2024-06-30',
      licensedEnterpriseIds: licensed,
      spotChecks: [
        { enterpriseId: stranger, date: '2024-03-01' },
        { enterpriseId: licensed[2]!, date: '2023-12-31' },
        { enterpriseId: licensed[3]!, date: '2025-01-01' },
        { enterpriseId: licensed[4]!, date: '2024-07-01' },
        { enterpriseId: licensed[5]!, date: '2024-06-30' },
      ],
    });
    expect(d.outcome).toMatchObject({ checked: 1, periodEnd: '2024-06-30', yearComplete: false, met: false, shortfall: 2 });
    const step = (rule: string) => d.trace.find((s) => s.rule === rule);
    expect(step('art19.checks_of_unlicensed')?.facts).toEqual({ ignored: [{ enterpriseId: stranger, date: '2024-03-01' }] });
    expect(step('art19.checks_of_unlicensed')?.passed).toBe(false);
    expect(step('art19.checks_outside_year')?.facts).toEqual({
      ignored: [
        { enterpriseId: licensed[2], date: '2023-12-31' },
        { enterpriseId: licensed[3], date: '2025-01-01' },
      ],
    });
    expect(step('art19.checks_after_as_of')?.facts).toEqual({ ignored: [{ enterpriseId: licensed[4], date: '2024-07-01' }] });
    expect(step('art19.quota_met')?.message.en).toContain('the year is not over');
    expect(step('art24.checks_before_in_force')).toBeUndefined();
  });

  it('an asOf after the year counts the whole year', () => {
    const d = auditQuota({ year: 2023, asOf: '2024-02-01', licensedEnterpriseIds: licensed, spotChecks: [{ enterpriseId: licensed[0]!, date: '2023-12-31' }] });
    expect(d.outcome).toMatchObject({ periodEnd: '2023-12-31', checked: 1, yearComplete: true });
  });

  describe('2020: in force from 25 November (Article 24)', () => {
    // Reading: 每年 with no transition clause → the full 10% is due for 2020, but only checks
    // dated from 2020-11-25 count, and the outcome says partialYear.
    const d = auditQuota({
      year: 2020,
      licensedEnterpriseIds: licensed,
      spotChecks: [
        { enterpriseId: licensed[0]!, date: '2020-11-24' },
        { enterpriseId: licensed[1]!, date: '2020-11-25' },
        { enterpriseId: licensed[2]!, date: '2020-12-31' },
      ],
    });

    it('requires the full ceil(10%), counts only checks from 2020-11-25', () => {
      expect(d.outcome).toEqual({
        year: 2020,
        periodStart: '2020-11-25',
        periodEnd: '2020-12-31',
        partialYear: true,
        yearComplete: true,
        licensed: 25,
        required: 3,
        checked: 2,
        shortfall: 1,
        met: false,
      });
    });

    it('cites Article 24 and traces the check before the effective date', () => {
      expect(d.basis).toEqual([{ article: 19 }, { article: 24 }]);
      const before = d.trace.find((s) => s.rule === 'art24.checks_before_in_force');
      expect(before?.basis).toEqual({ article: 24 });
      expect(before?.facts).toEqual({ ignored: [{ enterpriseId: licensed[0], date: '2020-11-24' }] });
      expect(d.trace[0]?.message['zh-CN']).toContain('2020-11-25');
      expect(d.trace[0]?.facts).toMatchObject({ partialYear: true });
    });

    it('an asOf of 2020-11-25 is fine; 2020-11-24 is not in force', () => {
      expect(auditQuota({ year: 2020, asOf: '2020-11-25', licensedEnterpriseIds: [], spotChecks: [] }).outcome.periodEnd).toBe('2020-11-25');
      expect(() => auditQuota({ year: 2020, asOf: '2020-11-24', licensedEnterpriseIds: [], spotChecks: [] })).toThrow(NotInForceError);
    });
  });

  it('a year before 2020 is not in force', () => {
    expect(() => auditQuota({ year: 2019, licensedEnterpriseIds: [], spotChecks: [] })).toThrow(NotInForceError);
    expect(() => auditQuota({ year: 2019, asOf: '2024-01-01', licensedEnterpriseIds: [], spotChecks: [] })).toThrow(NotInForceError);
  });

  it('per-county breakdown (informational: the 10% is city-wide)', () => {
    // 220802: 12 licensed → 2 required; 220821: 13 → 2 required.
    const counties = Object.fromEntries(licensed.map((id, i) => [id, i < 12 ? '220802' : '220821'])) as AuditQuotaInput['counties'];
    const d = auditQuota({
      year: 2024,
      licensedEnterpriseIds: licensed,
      counties: { ...counties, [creditCode(900)]: '220882' },
      spotChecks: [
        { enterpriseId: licensed[0]!, date: '2024-05-01' },
        { enterpriseId: licensed[1]!, date: '2024-05-01' },
        { enterpriseId: licensed[20]!, date: '2024-05-01' },
      ],
    });
    expect(d.outcome.met).toBe(true);
    expect(d.outcome.byCounty).toEqual([
      { county: '220802', licensed: 12, required: 2, checked: 2, shortfall: 0, met: true },
      { county: '220821', licensed: 13, required: 2, checked: 1, shortfall: 1, met: false },
    ]);
    const step = d.trace.find((s) => s.rule === 'art19.county_breakdown');
    expect(step?.passed).toBe(false);
    expect(step?.facts['countiesOfUnlicensedIgnored']).toEqual([creditCode(900)]);
    expect(step?.message.en).toContain('informational');
  });

  it('without extra county keys, the breakdown trace mentions none', () => {
    const d = auditQuota({ year: 2024, licensedEnterpriseIds: [licensed[0]!], counties: { [licensed[0]!]: '220881' }, spotChecks: [] });
    expect(d.trace.at(-1)?.message.en).not.toContain('ignored');
  });

  it('input errors', () => {
    expect(codes(() => auditQuota({ year: 2024, licensedEnterpriseIds: [licensed[0]!, licensed[0]!], spotChecks: [] }))).toEqual([
      'DUPLICATE_ENTERPRISE_ID',
    ]);
    expect(codes(() => auditQuota({ year: 2024, asOf: '2023-12-31', licensedEnterpriseIds: [], spotChecks: [] }))).toEqual(['ASOF_BEFORE_YEAR']);
    expect(codes(() => auditQuota({ year: 2024, licensedEnterpriseIds: [licensed[0]!], counties: {}, spotChecks: [] }))).toEqual(['COUNTY_MISSING']);
    expect(() => auditQuota({ year: 2024.5, licensedEnterpriseIds: [], spotChecks: [] })).toThrow(RuleInputError);
    expect(() => auditQuota({ year: 2024, licensedEnterpriseIds: [''], spotChecks: [] })).toThrow(RuleInputError);
    expect(() => auditQuota({ year: 2024, licensedEnterpriseIds: [1 as never], spotChecks: [] })).toThrow(RuleInputError);
    expect(() => auditQuota({ year: 2024, licensedEnterpriseIds: [], spotChecks: [{ enterpriseId: licensed[0]!, date: '2024-02-30' }] })).toThrow(RuleInputError);
    expect(() => auditQuota({ year: 2024, licensedEnterpriseIds: [], spotChecks: [], extra: true } as never)).toThrow(RuleInputError);
    expect(() => auditQuota(null as never)).toThrow(RuleInputError);
    expect(() => auditQuota({ year: 2024, licensedEnterpriseIds: [], spotChecks: [], counties: { x: '999999' } } as never)).toThrow(RuleInputError);
  });

  it('does not mutate a frozen input, and the order of checks does not matter', () => {
    const spotChecks = [
      { enterpriseId: licensed[3]!, date: '2024-02-01' },
      { enterpriseId: creditCode(700), date: '2024-02-02' },
      { enterpriseId: creditCode(701), date: '2024-02-01' },
    ];
    const input = deepFreeze({ year: 2024, licensedEnterpriseIds: licensed, spotChecks });
    const a = auditQuota(input);
    const b = auditQuota({ ...input, spotChecks: [...spotChecks].reverse() });
    expect(b).toEqual(a);
  });
});

describe('auditQuota — trace order of ignored checks', () => {
  it('lists ignored checks by date, then id, repeats kept', () => {
    const a = creditCode(800);
    const b = creditCode(801);
    const d = auditQuota({
      year: 2024,
      licensedEnterpriseIds: [],
      spotChecks: [
        { enterpriseId: b, date: '2024-01-02' },
        { enterpriseId: a, date: '2024-01-02' },
        { enterpriseId: b, date: '2024-01-01' },
        { enterpriseId: a, date: '2024-01-02' },
      ],
    });
    expect(d.trace.find((s) => s.rule === 'art19.checks_of_unlicensed')?.facts).toEqual({
      ignored: [
        { enterpriseId: b, date: '2024-01-01' },
        { enterpriseId: a, date: '2024-01-02' },
        { enterpriseId: a, date: '2024-01-02' },
        { enterpriseId: b, date: '2024-01-02' },
      ],
    });
  });
});

// Article 19 counts enterprises, not spellings: a credit code typed in lower case, with spaces or
// in full width is the same enterprise (normalizeCreditCode); other ids compare after NFKC with
// spaces removed.
describe('auditQuota — ids compared as typed', () => {
  it('a check typed in lower case, padded or full width counts for the licensed code', () => {
    const code = creditCode(7);
    const typed = [code.toLowerCase(), ` ${code} `, ` ${code}`, `${code} `, code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))];
    for (const enterpriseId of typed) {
      const d = auditQuota({ year: 2024, asOf: '2024-12-31', licensedEnterpriseIds: [code, creditCode(8)], spotChecks: [{ enterpriseId, date: '2024-05-01' }] });
      expect(d.outcome.checked).toBe(1);
    }
    // Other ids: NFKC, spaces removed ('Ｅ-1' and 'E - 1' are 'E-1'); case still matters.
    const other = auditQuota({ year: 2024, asOf: '2024-12-31', licensedEnterpriseIds: ['E-1', 'E-2'], spotChecks: [{ enterpriseId: 'Ｅ-1', date: '2024-05-01' }, { enterpriseId: 'E - 2', date: '2024-05-02' }, { enterpriseId: 'e-1', date: '2024-05-03' }] });
    expect(other.outcome.checked).toBe(2);
    // Case matters for ids that are not credit codes, 18 characters long or not.
    const lower = auditQuota({ year: 2024, asOf: '2024-12-31', licensedEnterpriseIds: ['E-1', 'ABCDEFGHIJKLMNOPQR'], spotChecks: [{ enterpriseId: 'e-1', date: '2024-05-03' }, { enterpriseId: 'abcdefghijklmnopqr', date: '2024-05-04' }] });
    expect(lower.outcome.checked).toBe(0);
  });

  it('two repeat checks: plural in English', () => {
    const code = creditCode(7);
    const d = auditQuota({ year: 2024, asOf: '2024-12-31', licensedEnterpriseIds: [code], spotChecks: ['2024-03-01', '2024-04-01', '2024-05-01'].map((date) => ({ enterpriseId: code, date })) });
    expect(d.trace.find((s) => s.rule === 'art19.distinct_enterprises')?.message.en).toBe(
      'The ratio counts enterprises checked: 1; 2 repeat checks of the same enterprise count once',
    );
  });

  it('two licensed ids equal as typed are DUPLICATE_ENTERPRISE_ID', () => {
    const code = creditCode(7);
    // 'Ｅ-1' is 'E-1' typed in full width.
    const e = (() => {
      try {
        auditQuota({ year: 2024, licensedEnterpriseIds: [code, 'E-1', 'Ｅ-1'], spotChecks: [] });
      } catch (error) {
        return error as RuleInputError;
      }
      throw new Error('expected a throw');
    })();
    expect(e.issues.map((i) => i.code)).toContain('DUPLICATE_ENTERPRISE_ID');
    // The message names both ways the one id was written, so the caller can find each.
    const dup = e.issues.find((i) => i.code === 'DUPLICATE_ENTERPRISE_ID');
    expect(dup?.message.en).toContain('E-1, Ｅ-1');
    expect(dup?.message['zh-CN']).toContain('E-1, Ｅ-1');
  });

  // Article 19 counts enterprises: an id with nothing visible names none. Ten named enterprises
  // and a blank one would otherwise make 11 licensed and ceil(10% × 11) = 2 required instead of 1.
  it('an id with nothing visible is BLANK, in the licensed list, the checks and the county keys', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `E${i}`);
    for (const blank of [' ', '\u3000', '\u200b', '\u3164', '\u2800', '\u00a0', '\u034f', '\ufe0f']) {
      const codes = (input: unknown): unknown => {
        try {
          auditQuota(input as AuditQuotaInput);
        } catch (error) {
          return (error as RuleInputError).issues.map((i) => [i.code, i.path.join('.')]);
        }
        return 'no error';
      };
      expect(codes({ year: 2024, licensedEnterpriseIds: [...ten, blank], spotChecks: [] })).toEqual([['BLANK', 'licensedEnterpriseIds.10']]);
      expect(codes({ year: 2024, licensedEnterpriseIds: ten, spotChecks: [{ enterpriseId: blank, date: '2024-03-01' }] })).toEqual([['BLANK', 'spotChecks.0.enterpriseId']]);
      const county = codes({ year: 2024, licensedEnterpriseIds: ten, spotChecks: [], counties: { ...Object.fromEntries(ten.map((id) => [id, '220802'])), [blank]: '220802' } });
      expect(county).toEqual([['invalid_key', `counties.${blank}`]]);
    }
    expect(auditQuota({ year: 2024, licensedEnterpriseIds: ten, spotChecks: [] }).outcome.required).toBe(1);
  });

  it('a county given under another spelling of the licensed code is its county', () => {
    // Same comparison as the licensed ids and the checks: the lower-case key is the enterprise.
    const code = '91310110666007217T'; // FACTS.md vector; has a letter, so lower case differs
    const d = auditQuota({
      year: 2024,
      asOf: '2024-12-31',
      licensedEnterpriseIds: [code.toLowerCase()],
      spotChecks: [{ enterpriseId: code, date: '2024-03-03' }],
      counties: { [code]: '220802' },
    });
    // 1 licensed → ceil(10% × 1) = 1 required; its one check counts.
    expect(d.outcome.byCounty).toEqual([{ county: '220802', licensed: 1, required: 1, checked: 1, shortfall: 0, met: true }]);
    const step = d.trace.find((s) => s.rule === 'art19.county_breakdown');
    expect(step?.facts.countiesOfUnlicensedIgnored).toEqual([]);
  });

  it('one enterprise given two counties under two spellings is DUPLICATE_ENTERPRISE_ID on counties', () => {
    const code = '91310110666007217T'; // FACTS.md vector; has a letter, so lower case differs
    const e = (() => {
      try {
        auditQuota({ year: 2024, licensedEnterpriseIds: [code], spotChecks: [], counties: { [code]: '220802', [code.toLowerCase()]: '220821' } });
      } catch (error) {
        return error as RuleInputError;
      }
      throw new Error('expected a throw');
    })();
    const dup = e.issues.find((i) => i.code === 'DUPLICATE_ENTERPRISE_ID');
    expect(dup?.path).toEqual(['counties']);
    expect(dup?.message['zh-CN']).toContain(code.toLowerCase());
    expect(dup?.message.en).toContain(code);
  });
});

// The message of a step must say which way the check went. The test asserts a key term that
// carries the fact, taken from the regulation's own text, or a structural property of the
// sentence, never its wording (docs/testing.md, "Mutants in messages").
describe('Article 19 per-county step: the clause about ignored enterprises appears only when some are', () => {
  it('with nothing ignored the message is the one with two ignored, minus its clause', () => {
    const licensed = [ENTERPRISE, OTHER_ENTERPRISE];
    const checks = [{ enterpriseId: licensed[0]!, date: '2024-05-01' }];
    const counties = { [licensed[0]!]: '220802' as const, [licensed[1]!]: '220821' as const };
    const clean = auditQuota({
      year: 2024,
      asOf: '2024-12-31',
      licensedEnterpriseIds: licensed,
      spotChecks: checks,
      counties,
    });
    const withIgnored = auditQuota({
      year: 2024,
      asOf: '2024-12-31',
      licensedEnterpriseIds: licensed,
      spotChecks: checks,
      // Two enterprises that are not on the licensed list, with a county each.
      counties: { ...counties, [creditCode(1)]: '220881' as const, [creditCode(2)]: '220882' as const },
    });
    expect(stepOf(withIgnored, 'art19.county_breakdown').facts.countiesOfUnlicensedIgnored).toHaveLength(2);
    for (const lang of ['zh-CN', 'en'] as const) {
      const a = stepOf(clean, 'art19.county_breakdown').message[lang];
      const b = stepOf(withIgnored, 'art19.county_breakdown').message[lang];
      expect(b.startsWith(a)).toBe(true);
      expect(b.length).toBeGreaterThan(a.length);
      expect(b.slice(a.length)).toContain('2');
    }
  });
});

// The yearly quota (Article 19: 每年抽查获证企业数量不少于获证企业总数的10%; Article 24: in force from
// 2020-11-25). Expected values worked out by hand: required = ceil(10% × licensed). Every call is
// made inside a test.
describe('auditQuota: the full trace (hand-derived from Articles 19 and 24)', () => {
  const [c0, c1, c2, c7, c8, c9] = [0, 1, 2, 7, 8, 9].map((n) => creditCode(n)) as [string, string, string, string, string, string];
  const A19 = { article: 19 };
  const A24 = { article: 24 };

  it('2020, the first, partial year: every kind of ignored check, sorted by date then id; a county breakdown', () => {
    const d = auditQuota({
      year: 2020,
      licensedEnterpriseIds: [c2, c0, c1], // county 220821 met first: the breakdown is sorted by county
      spotChecks: [
        { enterpriseId: c9, date: '2020-12-01' }, // not licensed
        { enterpriseId: c8, date: '2020-11-30' }, // not licensed
        { enterpriseId: c7, date: '2020-12-01' }, // not licensed
        { enterpriseId: c1, date: '2021-01-01' }, // outside the year
        { enterpriseId: c0, date: '2020-11-24' }, // before the measures took effect
        { enterpriseId: c1, date: '2020-11-25' }, // counted: the first day in force
        { enterpriseId: c1, date: '2020-12-01' }, // a repeat
      ],
      counties: { [c0]: '220802', [c1]: '220802', [c2]: '220821', [c9]: '220881', [c8]: '220882' }, // c9, c8 not licensed
    });
    const byCounty = [
      // 2 licensed → ceil(0.2) = 1 required; c1 checked
      { county: '220802', licensed: 2, required: 1, checked: 1, shortfall: 0, met: true },
      // 1 licensed → 1 required; none checked
      { county: '220821', licensed: 1, required: 1, checked: 0, shortfall: 1, met: false },
    ];
    expect(d.outcome).toStrictEqual({
      year: 2020,
      periodStart: '2020-11-25',
      periodEnd: '2020-12-31',
      partialYear: true,
      yearComplete: true,
      licensed: 3,
      required: 1,
      checked: 1,
      shortfall: 0,
      met: true,
      byCounty,
      // The three checks of ids not on the licensed list, by date then id, as the trace lists them.
      unmatchedChecks: [
        { enterpriseId: c8, date: '2020-11-30' },
        { enterpriseId: c7, date: '2020-12-01' },
        { enterpriseId: c9, date: '2020-12-01' },
      ],
    });
    expect(d.basis).toEqual([A19, A24]);
    expect(d.higherLaw).toEqual([]);
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art24.in_force_for_year', basis: A24, passed: true, facts: { year: 2020, effectiveFrom: '2020-11-25', periodStart: '2020-11-25', periodEnd: '2020-12-31', partialYear: true } },
      { rule: 'art19.required_spot_checks', basis: A19, passed: true, facts: { licensed: 3, ratio: '10/100', required: 1 } },
      {
        rule: 'art19.checks_of_unlicensed',
        basis: A19,
        passed: false,
        facts: { ignored: [{ enterpriseId: c8, date: '2020-11-30' }, { enterpriseId: c7, date: '2020-12-01' }, { enterpriseId: c9, date: '2020-12-01' }] },
      },
      { rule: 'art19.checks_outside_year', basis: A19, passed: false, facts: { ignored: [{ enterpriseId: c1, date: '2021-01-01' }] } },
      { rule: 'art24.checks_before_in_force', basis: A24, passed: false, facts: { ignored: [{ enterpriseId: c0, date: '2020-11-24' }] } },
      { rule: 'art19.checks_after_as_of', basis: A19, passed: true, facts: { ignored: [] } },
      { rule: 'art19.distinct_enterprises', basis: A19, passed: true, facts: { checked: 1, repeatChecks: 1 } },
      { rule: 'art19.quota_met', basis: A19, passed: true, facts: { required: 1, checked: 1, shortfall: 0, yearComplete: true } },
      { rule: 'art19.county_breakdown', basis: A19, passed: false, facts: { byCounty, countiesOfUnlicensedIgnored: [c8, c9] } },
    ]);
    for (const s of d.trace) {
      expect(s.message['zh-CN']).toMatch(/\S/);
      expect(s.message.en).toMatch(/\S/);
    }
    // The county step mentions the ignored counties only when there are some.
    const none = auditQuota({ year: 2020, licensedEnterpriseIds: [c0], spotChecks: [], counties: { [c0]: '220802' } });
    expect(none.trace.at(-1)?.message.en).not.toBe(d.trace.at(-1)?.message.en);
    expect(none.trace.at(-1)?.message['zh-CN']).not.toBe(d.trace.at(-1)?.message['zh-CN']);
    expect(none.trace.at(-1)?.facts).toStrictEqual({
      byCounty: [{ county: '220802', licensed: 1, required: 1, checked: 0, shortfall: 1, met: false }],
      countiesOfUnlicensedIgnored: [],
    });
  });

  it('2024 as of 30 June: a check after asOf is ignored, the quota not (yet) met, no Article 24 steps, no byCounty', () => {
    const licensed = Array.from({ length: 25 }, (_, i) => creditCode(i)); // ceil(2.5) = 3
    const d = auditQuota({
      year: 2024,
      asOf: '2024-06-30',
      licensedEnterpriseIds: licensed,
      spotChecks: [
        { enterpriseId: c0, date: '2024-07-01' },
        { enterpriseId: c1, date: '2024-06-30' },
      ],
    });
    expect(d.outcome).toStrictEqual({
      year: 2024,
      periodStart: '2024-01-01',
      periodEnd: '2024-06-30',
      partialYear: false,
      yearComplete: false,
      licensed: 25,
      required: 3,
      checked: 1,
      shortfall: 2,
      met: false,
    });
    expect(d.basis).toEqual([A19]);
    expect(traceSteps(d).map((s) => [s.rule, s.passed])).toEqual([
      ['art24.in_force_for_year', true],
      ['art19.required_spot_checks', true],
      ['art19.checks_of_unlicensed', true],
      ['art19.checks_outside_year', true],
      ['art19.checks_after_as_of', false],
      ['art19.distinct_enterprises', true],
      ['art19.quota_met', false],
    ]);
    expect(traceSteps(d)[0]?.facts).toStrictEqual({ year: 2024, effectiveFrom: '2020-11-25', periodStart: '2024-01-01', periodEnd: '2024-06-30', partialYear: false });
    expect(traceSteps(d)[4]?.facts).toStrictEqual({ ignored: [{ enterpriseId: c0, date: '2024-07-01' }] });
    expect(traceSteps(d)[6]?.facts).toStrictEqual({ required: 3, checked: 1, shortfall: 2, yearComplete: false });
    for (const step of d.trace) {
      expect(step.message['zh-CN']).toMatch(/\S/);
      expect(step.message.en).toMatch(/\S/);
    }
    // The messages of the two Art 24 cases (partial first year or not) differ.
    const first = auditQuota({ year: 2020, licensedEnterpriseIds: [c0], spotChecks: [] });
    expect(first.trace[0]?.message.en).not.toBe(d.trace[0]?.message.en);
  });

  it('ignored checks are listed by date, then by id, whatever the input order; every county met passes the breakdown', () => {
    for (const order of [[c7, c9], [c9, c7]]) {
      const d = auditQuota({ year: 2024, licensedEnterpriseIds: [c0], spotChecks: order.map((id) => ({ enterpriseId: id, date: '2024-05-01' })) });
      expect(d.trace[2]?.facts).toStrictEqual({ ignored: [{ enterpriseId: c7, date: '2024-05-01' }, { enterpriseId: c9, date: '2024-05-01' }] });
    }
    const met = auditQuota({ year: 2024, licensedEnterpriseIds: [c0, c1], spotChecks: [{ enterpriseId: c0, date: '2024-05-01' }, { enterpriseId: c1, date: '2024-05-02' }], counties: { [c0]: '220802', [c1]: '220821' } });
    expect(met.trace.at(-1)).toMatchObject({ rule: 'art19.county_breakdown', passed: true });
  });

  it('asOf on 1 January of the year is accepted; the day before is ASOF_BEFORE_YEAR at ["asOf"]', () => {
    expect(auditQuota({ year: 2024, asOf: '2024-01-01', licensedEnterpriseIds: [c0], spotChecks: [] }).outcome.periodEnd).toBe('2024-01-01');
    const e = thrown(() => auditQuota({ year: 2024, asOf: '2023-12-31', licensedEnterpriseIds: [c0], spotChecks: [] }));
    expect(e).toBeInstanceOf(RuleInputError);
    expect((e as RuleInputError).issues).toMatchObject([{ code: 'ASOF_BEFORE_YEAR', path: ['asOf'] }]);
  });

  it('input problems are reported at their field: duplicate ids, a licensed enterprise without a county', () => {
    const dup = thrown(() => auditQuota({ year: 2024, licensedEnterpriseIds: [c0, c0], spotChecks: [] }));
    expect((dup as RuleInputError).issues).toMatchObject([{ code: 'DUPLICATE_ENTERPRISE_ID', path: ['licensedEnterpriseIds'] }]);
    const county = thrown(() => auditQuota({ year: 2024, licensedEnterpriseIds: [c0, c1], spotChecks: [], counties: { [c0]: '220802' } }));
    expect((county as RuleInputError).issues).toMatchObject([{ code: 'COUNTY_MISSING', path: ['counties'] }]);
  });

  it('Article 24: a year before 2020, or asOf before 2020-11-25, is not in force', () => {
    expect(thrown(() => auditQuota({ year: 2019, licensedEnterpriseIds: [c0], spotChecks: [] }))).toBeInstanceOf(NotInForceError);
    // Year 2019 audited as of a day in force: the year itself is before the measures.
    expect(thrown(() => auditQuota({ year: 2019, asOf: '2020-12-01', licensedEnterpriseIds: [c0], spotChecks: [] }))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => auditQuota({ year: 2020, asOf: '2020-11-24', licensedEnterpriseIds: [c0], spotChecks: [] }))).toBeInstanceOf(NotInForceError);
  });
});
