// What every decision function promises (issue 3): explicit asOf checked first; NotInForceError
// before 2020-11-25 (Article 24); RuleInputError for malformed input; unknown keys and
// __proto__ rejected; a Decision whose basis and trace cite provisions that exist.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { SUBJECTS } from './contract.js';
import { thrown, cityRevocation, failedReport, goodRecord, goodSampling, order } from './fixtures.js';
import { inputIssues } from '../support/issues.js';

describe.each(SUBJECTS)('$name', (subject) => {
  it('decides a valid input, citing provisions that exist, with bilingual trace messages', () => {
    const { input, options } = subject.valid();
    const d = subject.call(input, options) as lib.Decision<unknown>;
    expect(d.basis.length).toBeGreaterThan(0);
    for (const ref of d.basis) expect(lib.isValidArticleRef(ref)).toBe(true);
    expect(d.trace.length).toBeGreaterThan(0);
    for (const step of d.trace) {
      expect(lib.isValidArticleRef(step.basis)).toBe(true);
      expect(step.rule).toMatch(/^art\d+\./);
      expect(step.message['zh-CN']).toMatch(/\S/);
      expect(step.message.en).toMatch(/\S/);
      expect(typeof step.passed).toBe('boolean');
    }
    // Full official titles: laws and most regulations carry the country's name; 企业信息公示暂行条例
    // (a State Council regulation, 国务院令第654号) has none in its title.
    for (const law of d.higherLaw) expect(law.law).toMatch(/^(中华人民共和国|企业信息公示暂行条例$)/);
  });

  it('asOf before 2020-11-25 throws NotInForceError; on 2020-11-25 the options are accepted', () => {
    const { input, options } = subject.valid();
    const e = thrown(() => subject.call(input, { ...options, asOf: '2020-11-24' }));
    expect(e).toBeInstanceOf(lib.NotInForceError);
    expect((e as lib.NotInForceError).code).toBe('NOT_IN_FORCE');
    // Options are read before the input: even a malformed input gives NotInForceError.
    expect(thrown(() => subject.call({ nonsense: true }, { ...options, asOf: '2019-01-01' }))).toBeInstanceOf(lib.NotInForceError);
  });

  it('a malformed asOf, missing options, or an unknown option throw RuleInputError', () => {
    const { input, options } = subject.valid();
    const bad = thrown(() => subject.call(input, { ...options, asOf: '2024/01/01' }));
    expect(bad).toBeInstanceOf(lib.RuleInputError);
    expect((bad as lib.RuleInputError).code).toBe('INVALID_INPUT');
    expect((bad as lib.RuleInputError).issues[0]?.path).toEqual(['asOf']);
    expect(thrown(() => subject.call(input, undefined))).toBeInstanceOf(lib.RuleInputError);
    expect(thrown(() => subject.call(input, { ...options, now: '2024-01-01' }))).toBeInstanceOf(lib.RuleInputError);
  });

  it('unknown keys, __proto__ and constructor in the input are rejected', () => {
    const { input, options } = subject.valid();
    for (const key of ['__proto__', 'constructor', 'unexpected']) {
      const polluted = JSON.parse(`{"${key}":{"polluted":1},${JSON.stringify(input).slice(1)}`);
      const e = thrown(() => subject.call(polluted, options));
      expect(e).toBeInstanceOf(lib.RuleInputError);
      expect((e as lib.RuleInputError).issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('issues carry messages in both languages', () => {
    const { options } = subject.valid();
    const e = thrown(() => subject.call(42, options)) as lib.RuleInputError;
    expect(e).toBeInstanceOf(lib.RuleInputError);
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues) {
      expect(issue.message['zh-CN']).toMatch(/\S/);
      expect(issue.message.en).toMatch(/\S/);
    }
    expect(e.messages['zh-CN']).toMatch(/^输入无效/);
  });
});

// Where a decision function checks a record's date against asOf, a record dated after asOf is
// invalid input reported at the date field (docs/interpretation.md); on asOf itself it is not.
describe('a record dated after asOf is invalid input, at the date field (RECORD_AFTER_AS_OF)', () => {
  it('inspection records (assessInspectionRecord, inspectionConsequences): path ["date"]', () => {
    // The fixture record is dated 2024-05-10.
    expect(inputIssues(() => lib.inspectionConsequences(goodRecord(), { asOf: '2024-05-09' }))).toMatchObject([{ path: ['date'], code: 'RECORD_AFTER_AS_OF' }]);
    expect(inputIssues(() => lib.assessInspectionRecord(goodRecord(), { asOf: '2024-05-09' }))).toMatchObject([{ path: ['date'], code: 'RECORD_AFTER_AS_OF' }]);
  });

  it('inspectionConduct with a date: path ["date"]; licenseActionAuthority: ["decidedOn"]; testingFailureHandling: ["reportedOn"]', () => {
    expect(inputIssues(() => lib.inspectionConduct({ date: '2024-06-02', feeCharged: 0 }, { asOf: '2024-06-01' }))).toMatchObject([{ path: ['date'], code: 'RECORD_AFTER_AS_OF' }]);
    expect(inputIssues(() => lib.licenseActionAuthority({ ...cityRevocation(), decidedOn: '2024-07-02' }, { asOf: '2024-07-01' }))).toMatchObject([{ path: ['decidedOn'], code: 'RECORD_AFTER_AS_OF' }]);
    expect(inputIssues(() => lib.testingFailureHandling({ ...failedReport(), reportedOn: '2024-03-21' }, { asOf: '2024-03-20' }))).toMatchObject([{ path: ['reportedOn'], code: 'RECORD_AFTER_AS_OF' }]);
    // On asOf itself the record is not after it.
    expect(lib.testingFailureHandling(failedReport(), { asOf: '2024-03-20' }).outcome.failed).toBe(true);
  });
});

describe('input errors say what is wrong in both languages, with the values rendered', () => {
  const rendered = (issues: readonly { message: { 'zh-CN': string; en: string } }[]) => {
    for (const issue of issues) {
      expect(issue.message['zh-CN']).toMatch(/\S/);
      expect(issue.message.en).toMatch(/\S/);
      expect(`${issue.message['zh-CN']} ${issue.message.en}`).not.toMatch(/undefined|\[object /);
    }
  };

  it('RECORD_AFTER_AS_OF names the date field and both dates, for every decision function that checks one', () => {
    const cases: [() => unknown, string][] = [
      [() => lib.assessInspectionRecord(goodRecord(), { asOf: '2024-05-09' }), '2024-05-10'],
      [() => lib.inspectionConsequences(goodRecord(), { asOf: '2024-05-09' }), '2024-05-10'],
      [() => lib.assessSamplingRecord(goodSampling(), { asOf: '2024-02-29' }), '2024-03-01'],
      [() => lib.inspectionConduct({ date: '2024-06-02' }, { asOf: '2024-06-01' }), '2024-06-02'],
      [() => lib.licenseActionAuthority(cityRevocation(), { asOf: '2024-06-30' }), '2024-07-01'],
      [() => lib.rectificationStatus(order(), { asOf: '2024-05-09' }), '2024-05-10'],
      [() => lib.testingFailureHandling(failedReport(), { asOf: '2024-03-19' }), '2024-03-20'],
    ];
    for (const [call, date] of cases) {
      const issues = inputIssues(call);
      expect(issues).toMatchObject([{ code: 'RECORD_AFTER_AS_OF' }]);
      rendered(issues);
      expect(issues[0]?.message.en).toContain(date);
      expect(issues[0]?.message['zh-CN']).toContain(date);
    }
    expect(inputIssues(() => lib.assessSamplingRecord(goodSampling(), { asOf: '2024-02-29' }))).toMatchObject([{ path: ['sampledOn'] }]);
    expect(inputIssues(() => lib.rectificationStatus(order(), { asOf: '2024-05-09' }))).toMatchObject([{ path: ['orderedOn'] }]);
  });

  it('DATE_ORDER (a re-inspection before the order) and the three calendar errors are rendered', () => {
    rendered(inputIssues(() => lib.rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-05-09', passed: true } })));
    const calendars = [
      { isRestDay: () => { throw new TypeError('boom'); } },
      { isRestDay: () => 'yes' },
      { holidays: [] },
    ];
    for (const calendar of calendars) rendered(inputIssues(() => lib.sampleDispatchDeadline('2024-09-28', { calendar } as never)));
  });
});
