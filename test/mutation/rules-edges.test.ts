// Mutation-testing follow-up: edges of the decision functions that the scenario tests left open.
// Each expectation comes from the regulation text or docs/interpretation.md, as noted; where a
// test is about a message it checks only that the message reflects a fact (differs when the fact
// differs, or contains the value), never its wording.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { cityRevocation, failedReport, goodRecord, goodSampling, order, thrown } from '../rules/fixtures.js';

const inputError = (fn: () => unknown) => {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(lib.RuleInputError);
  return (e as lib.RuleInputError).issues;
};

describe('a record dated after asOf is invalid input, at the date field (RECORD_AFTER_AS_OF)', () => {
  it('inspection records (assessInspectionRecord, inspectionConsequences): path ["date"]', () => {
    // The fixture record is dated 2024-05-10.
    expect(inputError(() => lib.inspectionConsequences(goodRecord(), { asOf: '2024-05-09' }))).toMatchObject([{ path: ['date'], code: 'RECORD_AFTER_AS_OF' }]);
    expect(inputError(() => lib.assessInspectionRecord(goodRecord(), { asOf: '2024-05-09' }))).toMatchObject([{ path: ['date'], code: 'RECORD_AFTER_AS_OF' }]);
  });

  it('inspectionConduct with a date: path ["date"]; licenseActionAuthority: ["decidedOn"]; testingFailureHandling: ["reportedOn"]', () => {
    expect(inputError(() => lib.inspectionConduct({ date: '2024-06-02', feeCharged: 0 }, { asOf: '2024-06-01' }))).toMatchObject([{ path: ['date'], code: 'RECORD_AFTER_AS_OF' }]);
    expect(inputError(() => lib.licenseActionAuthority({ ...cityRevocation(), decidedOn: '2024-07-02' }, { asOf: '2024-07-01' }))).toMatchObject([{ path: ['decidedOn'], code: 'RECORD_AFTER_AS_OF' }]);
    expect(inputError(() => lib.testingFailureHandling({ ...failedReport(), reportedOn: '2024-03-21' }, { asOf: '2024-03-20' }))).toMatchObject([{ path: ['reportedOn'], code: 'RECORD_AFTER_AS_OF' }]);
    // On asOf itself the record is not after it.
    expect(lib.testingFailureHandling(failedReport(), { asOf: '2024-03-20' }).outcome.failed).toBe(true);
  });
});

describe('rest-day calendars must be objects with an isRestDay method (CALENDAR_INVALID)', () => {
  it('null and a bare function carrying isRestDay are rejected as invalid input, never a TypeError', () => {
    const weekdayFn = Object.assign(() => false, { isRestDay: () => false });
    for (const calendar of [null, weekdayFn]) {
      expect(inputError(() => lib.sampleDispatchDeadline('2024-03-01', { calendar } as never))).toMatchObject([{ path: ['calendar'], code: 'CALENDAR_INVALID' }]);
    }
  });
});

describe('Article 17 period: trace of the working-days count and of the rest-day rule', () => {
  const weekends = { isRestDay: (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) };

  it("working days: a passed 'working_days' step with the calendar noted (Friday 2024-03-01 + 7 working days = 2024-03-12)", () => {
    const d = lib.sampleDispatchDeadline('2024-03-01', { counting: 'working_days', calendar: weekends });
    expect(d.outcome.deadline).toBe('2024-03-12');
    expect(d.trace[1]).toMatchObject({ rule: 'art17.working_days', passed: true, facts: { sealedOn: '2024-03-01', days: 7, calendarGiven: true, deadline: '2024-03-12' } });
    expect(d.trace[1]?.facts).toMatchObject({ calendar: 'given', notices: [] });
    // No calendar: the official one (国办发明电〔2023〕7号 sets no holiday in March 2024), the same day.
    const plain = lib.sampleDispatchDeadline('2024-03-01', { counting: 'working_days' });
    expect(plain.trace[1]?.facts).toStrictEqual({
      sealedOn: '2024-03-01',
      days: 7,
      calendarGiven: false,
      calendar: 'official',
      notices: ['国办发明电〔2023〕7号'],
      deadline: '2024-03-12',
    });
  });

  it('calendar days: the Civil Code Art 201 step records the 7th day; the Art 203 message tells the official calendar from a given one', () => {
    const none = lib.sampleDispatchDeadline('2024-03-01');
    expect(none.trace[1]?.facts).toStrictEqual({ sealedOn: '2024-03-01', days: 7, lastDay: '2024-03-08' });
    // 2024-03-08 is a Friday: a working day under the weekend calendar, so not moved either way.
    const withCalendar = lib.sampleDispatchDeadline('2024-03-01', { calendar: weekends });
    expect(withCalendar.trace[2]).toMatchObject({ passed: true, facts: { lastDay: '2024-03-08', calendarGiven: true, deadline: '2024-03-08' } });
    expect(withCalendar.trace[2]?.message.en).not.toBe(none.trace[2]?.message.en);
    expect(withCalendar.trace[2]?.message['zh-CN']).not.toBe(none.trace[2]?.message['zh-CN']);
  });
});

describe('Article 10: a re-inspection on the day of the order is not before it', () => {
  it('accepted (reinspection_due: it is within the period); the day before is DATE_ORDER', () => {
    const d = lib.rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-05-10', passed: true } });
    expect(d.outcome.status).toBe('reinspection_due');
    expect(inputError(() => lib.rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-05-09', passed: true } }))).toMatchObject([
      { path: ['reinspection', 'date'], code: 'DATE_ORDER' },
    ]);
  });
});

describe('Article 13: an unfiled routine inspection alone makes the dossier incomplete', () => {
  it('all parts present, samplings filed, one inspection not in the dossier', () => {
    const d = lib.dossierCompleteness(
      {
        enterpriseId: '91350100M000100Y43',
        basicInformation: { name: '某公司' },
        certificateText: { licenseNumber: '吉XK16-204-00397', documentRef: 'a.pdf' },
        supervisorySamplingResults: [],
        routineInspectionRecords: [],
      },
      { asOf: '2024-06-01', recordedInspections: [{ recordId: 'R-9', date: '2024-05-01' }], recordedSamplings: [] },
    );
    expect(d.outcome).toEqual({ status: 'incomplete', missingParts: [], unfiledInspections: ['R-9'], unfiledSamplings: [], missing: [] });
  });

  it('the step for a missing inspection list and for a missing sampling list say different things', () => {
    const d = lib.dossierCompleteness({ enterpriseId: '91350100M000100Y43' }, { asOf: '2024-06-01' });
    const [inspections, samplings] = d.trace.slice(4);
    expect(inspections?.message.en).not.toBe(samplings?.message.en);
    expect(inspections?.message['zh-CN']).not.toBe(samplings?.message['zh-CN']);
  });
});

describe('messages reflect the facts they report (values and distinctions, not wording)', () => {
  it('Article 14: the message names the level — city and county, national and provincial, differ', () => {
    const at = (level: 'city' | 'county' | 'national' | 'provincial') =>
      lib.licenseActionAuthority({ ...cityRevocation(), decidedBy: { level, name: '某局' }, licenseIssuer: { level, name: '某局' } }, { asOf: '2024-07-01' }).trace[0]!.message;
    expect(at('city')['zh-CN']).not.toBe(at('county')['zh-CN']);
    expect(at('national')['zh-CN']).not.toBe(at('provincial')['zh-CN']);
    expect(at('city').en).not.toBe(at('county').en);
    expect(at('national').en).not.toBe(at('provincial').en);
  });

  it('Article 16: sampling at the production site and in the warehouse are reported differently', () => {
    const msg = (location: 'production_site' | 'finished_goods_warehouse') => lib.assessSamplingRecord({ ...goodSampling(), location }, { asOf: '2024-03-10' }).trace[0]!.message;
    expect(msg('production_site')['zh-CN']).not.toBe(msg('finished_goods_warehouse')['zh-CN']);
    expect(msg('production_site').en).not.toBe(msg('finished_goods_warehouse').en);
  });

  it('Article 6 in inspectionConsequences: "compliant" and "not applicable" answers are reported differently', () => {
    const r = goodRecord();
    const d = lib.inspectionConsequences(r, { asOf: '2024-06-01' });
    // items 1–5 compliant, item 6 not applicable (fixture)
    const compliant = d.trace[0]!.message;
    const r2 = { ...r, checklist: { ...r.checklist, license_mark: { status: 'not_applicable' as const } } };
    const notApplicable = lib.inspectionConsequences(r2, { asOf: '2024-06-01' }).trace[0]!.message;
    expect(compliant['zh-CN']).not.toBe(notApplicable['zh-CN']);
    expect(compliant.en).not.toBe(notApplicable.en);
  });

  it('Article 21: a fee charged is reported with its amount', () => {
    const d = lib.inspectionConduct({ feeCharged: 150 }, { asOf: '2024-06-01' });
    expect(d.trace[1]?.message['zh-CN']).toContain('150');
    expect(d.trace[1]?.message.en).toContain('150');
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
      const issues = inputError(call);
      expect(issues).toMatchObject([{ code: 'RECORD_AFTER_AS_OF' }]);
      rendered(issues);
      expect(issues[0]?.message.en).toContain(date);
      expect(issues[0]?.message['zh-CN']).toContain(date);
    }
    expect(inputError(() => lib.assessSamplingRecord(goodSampling(), { asOf: '2024-02-29' }))).toMatchObject([{ path: ['sampledOn'] }]);
    expect(inputError(() => lib.rectificationStatus(order(), { asOf: '2024-05-09' }))).toMatchObject([{ path: ['orderedOn'] }]);
  });

  it('DATE_ORDER (a re-inspection before the order) and the three calendar errors are rendered', () => {
    rendered(inputError(() => lib.rectificationStatus(order(), { asOf: '2024-06-20', reinspection: { date: '2024-05-09', passed: true } })));
    const calendars = [
      { isRestDay: () => { throw new TypeError('boom'); } },
      { isRestDay: () => 'yes' },
      { holidays: [] },
    ];
    for (const calendar of calendars) rendered(inputError(() => lib.sampleDispatchDeadline('2024-09-28', { calendar } as never)));
  });

  it('the Civil Code Art 203 step, when the last day is a rest day and moves, still says so in both languages', () => {
    // 2024-03-02 + 7 = Saturday 2024-03-09 → Monday 2024-03-11 under a weekend calendar.
    const weekends = { isRestDay: (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) };
    const d = lib.sampleDispatchDeadline('2024-03-02', { calendar: weekends });
    expect(d.outcome.deadline).toBe('2024-03-11');
    expect(d.trace[2]).toMatchObject({ rule: 'art17.civil_code_203_rest_day', passed: false, facts: { lastDay: '2024-03-09', deadline: '2024-03-11' } });
    expect(d.trace[2]?.message['zh-CN']).toContain('2024-03-11');
    expect(d.trace[2]?.message.en).toContain('2024-03-11');
  });
});
