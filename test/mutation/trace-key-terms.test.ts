// Mutation-testing follow-up: trace messages that must say which way a check went.
//
// The tests elsewhere never quote a message's sentence (see docs/testing.md). The mutants killed
// here pick the wrong sentence of a step while its rule id, `passed` flag and facts stay right,
// so the message is all they change. Each test asserts one of two things, never the wording:
// - a key term that carries the fact, taken from the regulation's own text (measures.zh.txt):
//   the place of sampling (Article 16: 成品仓库 / 生产现场), the duty that follows (Article 11:
//   上报; Article 12: 约谈), the kind of record (Article 16: 抽样), the level of an authority
//   (Article 19: 市级 / 县级), "not fewer than" (Article 9: 不得少于 → 不少于), a negation (不是)
//   for a failed Article 14 check, 不适用 for a "not applicable" answer;
// - or a structural property: a message never ends with an empty list after a colon, two
//   different facts are never told in the same sentence, a message with nothing ignored is the
//   message with something ignored minus its clause about it.
import { describe, expect, it } from 'vitest';
import {
  assessInspectionRecord,
  assessSamplingRecord,
  auditQuota,
  dossierCompleteness,
  inspectionConsequences,
  licenseActionAuthority,
  selfInspectionReportCheck,
  type Decision,
  type TraceStep,
} from '../../src/index.js';
import { creditCode } from '../draw/helpers.js';
import {
  ENTERPRISE,
  OTHER_ENTERPRISE,
  cityRevocation,
  fullDossier,
  goodRecord,
  goodSampling,
  quietReport,
} from '../rules/fixtures.js';

function stepOf(d: Decision<unknown>, rule: string): TraceStep {
  const s = d.trace.find((t) => t.rule === rule);
  expect(s, rule).toBeDefined();
  return s!;
}

const zh = (d: Decision<unknown>, rule: string) => stepOf(d, rule).message['zh-CN'];
const en = (d: Decision<unknown>, rule: string) => stepOf(d, rule).message.en;

describe('Article 9¶1: at least 2 inspectors with a valid credential (第九条 “2名以上”)', () => {
  const asOf = '2024-06-01';

  it('exactly 2 (the boundary) passes and says "not fewer than" (不少于); 1 fails and does not', () => {
    const two = assessInspectionRecord(goodRecord(), { asOf });
    expect(stepOf(two, 'art9.para1.min_inspectors').passed).toBe(true);
    expect(zh(two, 'art9.para1.min_inspectors')).toContain('不少于');

    // The second inspector's credential expired before the inspection on 2024-05-10.
    const r = goodRecord();
    r.inspectors = [r.inspectors[0]!, { ...r.inspectors[1]!, credentialValidUntil: '2024-05-09' }];
    const one = assessInspectionRecord(r, { asOf });
    expect(stepOf(one, 'art9.para1.min_inspectors').passed).toBe(false);
    expect(zh(one, 'art9.para1.min_inspectors')).not.toContain('不少于');
    expect(zh(one, 'art9.para1.min_inspectors')).not.toBe(zh(two, 'art9.para1.min_inspectors'));
  });

  it('passed checks of who is listed and who signed never end with an empty list', () => {
    const d = assessInspectionRecord(goodRecord(), { asOf });
    for (const rule of ['art9.para1.distinct_inspectors', 'art9.para2.signatories_are_inspectors']) {
      expect(stepOf(d, rule).passed).toBe(true);
      expect(zh(d, rule)).not.toMatch(/[：:]\s*$/);
      expect(en(d, rule)).not.toMatch(/:\s*$/);
    }
  });

  it('failed checks name the person: a duplicated id, a signatory who is not listed', () => {
    const r = goodRecord();
    r.inspectors = [...r.inspectors, { ...r.inspectors[0]! }];
    r.signatures = { ...r.signatures, inspectorIds: [...r.signatures.inspectorIds, 'BC-099'] };
    const d = assessInspectionRecord(r, { asOf });
    expect(stepOf(d, 'art9.para1.distinct_inspectors').passed).toBe(false);
    expect(zh(d, 'art9.para1.distinct_inspectors')).toContain('BC-017');
    expect(stepOf(d, 'art9.para2.signatories_are_inspectors').passed).toBe(false);
    expect(zh(d, 'art9.para2.signatories_are_inspectors')).toContain('BC-099');
    expect(en(d, 'art9.para2.signatories_are_inspectors')).toContain('BC-099');
  });
});

describe('Article 16: the place of sampling is named as the article names it (成品仓库内或生产现场)', () => {
  it('finished-goods warehouse → 成品仓库, production site → 生产现场, never the other', () => {
    const asOf = '2024-06-01';
    const warehouse = assessSamplingRecord(goodSampling(), { asOf });
    expect(zh(warehouse, 'art16.location')).toContain('成品仓库');
    expect(zh(warehouse, 'art16.location')).not.toContain('生产现场');
    expect(en(warehouse, 'art16.location')).toContain('warehouse');
    const site = assessSamplingRecord({ ...goodSampling(), location: 'production_site' }, { asOf });
    expect(zh(site, 'art16.location')).toContain('生产现场');
    expect(zh(site, 'art16.location')).not.toContain('仓库');
    expect(en(site, 'art16.location')).not.toContain('warehouse');
  });
});

describe('Article 13: a missing list is named by its kind (检查记录 / 抽样检验记录)', () => {
  it('no list of samplings given → the message speaks of sampling (抽样); no list of inspections → it does not', () => {
    const asOf = '2024-07-01';
    const noSamplings = dossierCompleteness(fullDossier(), { asOf, recordedInspections: [] });
    expect(zh(noSamplings, 'art13.sampling_records_filed')).toContain('抽样');
    expect(en(noSamplings, 'art13.sampling_records_filed')).toContain('sampling');
    const noInspections = dossierCompleteness(fullDossier(), { asOf, recordedSamplings: [] });
    expect(zh(noInspections, 'art13.inspection_records_filed')).not.toContain('抽样');
    expect(en(noInspections, 'art13.inspection_records_filed')).not.toContain('sampling');
  });
});

describe('inspectionConsequences: each message tells the answer or the duty that follows', () => {
  const asOf = '2024-06-01';

  it('Article 6: a "not applicable" answer says 不适用, a "compliant" one does not', () => {
    const d = inspectionConsequences(goodRecord(), { asOf });
    // The fixture answers item 6 (industrial policy) "not applicable" and items 1–5 "compliant".
    expect(zh(d, 'art6.item6.industrial_policy')).toContain('不适用');
    expect(zh(d, 'art6.item1.license_mark')).not.toContain('不适用');
    expect(zh(d, 'art6.item1.license_mark')).toContain('符合');
  });

  it('Article 11 (上报) and Article 12 (约谈): the duty is named when it arises and only then', () => {
    const none = inspectionConsequences(goodRecord(), { asOf });
    expect(zh(none, 'art11.penalty_violation')).not.toContain('上报');
    expect(zh(none, 'art12.prominent_quality_problem')).not.toContain('约谈');
    const r = goodRecord();
    r.findings = [{ description: '无证生产', penaltyViolation: true, prominentQualityProblem: true }];
    const both = inspectionConsequences(r, { asOf });
    expect(stepOf(both, 'art11.penalty_violation').passed).toBe(true);
    expect(zh(both, 'art11.penalty_violation')).toContain('上报');
    expect(stepOf(both, 'art12.prominent_quality_problem').passed).toBe(true);
    expect(zh(both, 'art12.prominent_quality_problem')).toContain('约谈');
  });
});

describe('Article 14: the level of the deciding authority is named, and a failed check says "not"', () => {
  const asOf = '2024-07-02';

  it('a city bureau is 市级, a county bureau 县级 (the levels of Article 19)', () => {
    const city = licenseActionAuthority(cityRevocation(), { asOf });
    expect(zh(city, 'art14.decider_is_not_local_bureau')).toContain('市级');
    expect(zh(city, 'art14.decider_is_not_local_bureau')).not.toContain('县级');
    const county = licenseActionAuthority(
      { ...cityRevocation(), decidedBy: { level: 'county', name: '洮北区市场监督管理局' } },
      { asOf },
    );
    expect(zh(county, 'art14.decider_is_not_local_bureau')).toContain('县级');
    expect(zh(county, 'art14.decider_is_not_local_bureau')).not.toContain('市级');
  });

  it('a provincial decider is not called national (国家), a national one is', () => {
    const provincial = licenseActionAuthority(
      { ...cityRevocation(), decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } },
      { asOf },
    );
    expect(zh(provincial, 'art14.decider_is_not_local_bureau')).not.toContain('国家');
    const national = licenseActionAuthority(
      {
        ...cityRevocation(),
        decidedBy: { level: 'national', name: '国家市场监督管理总局' },
        licenseIssuer: { level: 'national', name: '国家市场监督管理总局' },
      },
      { asOf },
    );
    // The name itself contains 国家; the level clause must add it a second time.
    expect(zh(national, 'art14.decider_is_not_local_bureau').split('国家').length - 1).toBe(2);
  });

  it("decided at the issuer's level: passed, no 不是; at another level: failed, with 不是", () => {
    const same = licenseActionAuthority(
      { ...cityRevocation(), decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } },
      { asOf },
    );
    expect(stepOf(same, 'art14.decider_is_licensing_authority').passed).toBe(true);
    expect(zh(same, 'art14.decider_is_licensing_authority')).not.toContain('不是');
    const other = licenseActionAuthority(
      { ...cityRevocation(), decidedBy: { level: 'national', name: '国家市场监督管理总局' } },
      { asOf },
    );
    expect(stepOf(other, 'art14.decider_is_licensing_authority').passed).toBe(false);
    expect(zh(other, 'art14.decider_is_licensing_authority')).toContain('不是');
  });
});

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

describe('Article 6 item 2: "not stated" and "not completed" are different facts and different sentences', () => {
  it('re-examination not stated vs stated as not completed', () => {
    const asOf = '2025-04-01';
    const dueBy = '2025-03-31';
    const changed = {
      ...quietReport(),
      changes: { productionConditions: true, inspectionMeans: false, technologyOrProcess: false },
    };
    const unknown = selfInspectionReportCheck(changed, { asOf, dueBy });
    const notDone = selfInspectionReportCheck({ ...changed, reexaminationCompleted: false }, { asOf, dueBy });
    expect(stepOf(unknown, 'art6.item2.reexamination_completed').facts.reexaminationCompleted).toBeNull();
    expect(stepOf(notDone, 'art6.item2.reexamination_completed').facts.reexaminationCompleted).toBe(false);
    expect(zh(unknown, 'art6.item2.reexamination_completed')).not.toBe(
      zh(notDone, 'art6.item2.reexamination_completed'),
    );
    expect(en(unknown, 'art6.item2.reexamination_completed')).not.toBe(
      en(notDone, 'art6.item2.reexamination_completed'),
    );
  });
});
