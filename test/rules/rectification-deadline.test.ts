// Article 10: 应当责令企业限期整改，并在整改期过后对企业进行复查. The period is counted as the Civil Code counts
// periods: 民法典第二百零三条 "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。期间的最后一日
// 的截止时间为二十四时". So the enterprise has the whole last day, a re-inspection on it is not "after the
// period", and a last day that is a rest day moves to the day after the rest days end — by the rest-day
// calendar the caller gives, as periodEnd moves the last day of a period counted in calendar days.
// Rest days from the State Council notice for 2024 (国办发明电〔2023〕7号): 端午节 8–10 June off; 国庆节 1–7 October
// off, Sunday 29 September and Saturday 12 October worked.
import { describe, expect, it } from 'vitest';
import { RuleInputError, createRestDayCalendar, periodEnd, rectificationStatus, type RectificationOrderInput } from '../../src/index.js';
import { ENTERPRISE, thrown } from './fixtures.js';

const calendar2024 = createRestDayCalendar({
  holidays: ['2024-06-10', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
  workingDays: ['2024-09-29', '2024-10-12'],
});
const order = (deadline: string): RectificationOrderInput => ({
  enterpriseId: ENTERPRISE,
  orderedOn: '2024-05-10',
  deadline,
  items: [{ description: '补充出厂检验记录', checklistItem: 'outgoing_inspection' }],
});
const passed = (date: string) => ({ date, passed: true, recordFiledOn: '2024-10-20', materialsFiledOn: '2024-10-20' });

describe('the last day of the rectification period belongs to the enterprise (民法典 Art 203¶2)', () => {
  it('a re-inspection on the deadline is not the Article 10 re-inspection; the next day it is', () => {
    const onTheDay = rectificationStatus(order('2024-06-12'), { asOf: '2024-10-20', reinspection: passed('2024-06-12') });
    expect(onTheDay.outcome.status).toBe('reinspection_due');
    expect(onTheDay.trace.find((s) => s.rule === 'art10.reinspection_after_period')).toMatchObject({ passed: false });
    const dayAfter = rectificationStatus(order('2024-06-12'), { asOf: '2024-10-20', reinspection: passed('2024-06-13') });
    expect(dayAfter.outcome).toEqual({ status: 'closed', deadline: '2024-06-12', outstandingFiling: [] });
  });

  it("on the deadline itself the order is still 'open'", () => {
    expect(rectificationStatus(order('2024-06-12'), { asOf: '2024-06-12' }).outcome.status).toBe('open');
  });
});

describe('a deadline on a rest day (民法典 Art 203¶1)', () => {
  it('1 October 2024 moves to 8 October, the first working day after the National Day holiday', () => {
    const d = rectificationStatus(order('2024-10-01'), { asOf: '2024-10-08', calendar: calendar2024 });
    expect(d.outcome).toEqual({ status: 'open', deadline: '2024-10-08', outstandingFiling: [] });
    expect(d.higherLaw).toEqual([{ law: '中华人民共和国民法典', article: 203 }]);
    expect(d.trace[0]).toMatchObject({
      rule: 'art10.civil_code_203_rest_day',
      basis: { article: 10 },
      passed: false,
      facts: { orderDeadline: '2024-10-01', deadline: '2024-10-08' },
    });
    expect(d.trace[0]?.message['zh-CN']).toContain('顺延至 2024-10-08');
    // The same day periodEnd gives for a period whose last day is 1 October.
    expect(periodEnd('2024-09-30', 1, { calendar: calendar2024 })).toBe('2024-10-08');
  });

  it('a re-inspection on the moved last day does not count; one after it does', () => {
    expect(rectificationStatus(order('2024-10-01'), { asOf: '2024-10-20', calendar: calendar2024, reinspection: passed('2024-10-08') }).outcome.status).toBe(
      'reinspection_due',
    );
    expect(rectificationStatus(order('2024-10-01'), { asOf: '2024-10-20', calendar: calendar2024, reinspection: passed('2024-10-09') }).outcome).toEqual({
      status: 'closed',
      deadline: '2024-10-08',
      outstandingFiling: [],
    });
  });

  it('Saturday 8 June 2024, before the Dragon Boat Festival Monday: moves to Tuesday 11 June', () => {
    expect(rectificationStatus(order('2024-06-08'), { asOf: '2024-06-11', calendar: calendar2024 }).outcome).toMatchObject({ status: 'open', deadline: '2024-06-11' });
    expect(rectificationStatus(order('2024-06-08'), { asOf: '2024-06-12', calendar: calendar2024 }).outcome.status).toBe('reinspection_due');
  });

  it('a make-up working day (Sunday 29 September 2024) is not moved; the step passes', () => {
    const d = rectificationStatus(order('2024-09-29'), { asOf: '2024-09-30', calendar: calendar2024 });
    expect(d.outcome).toMatchObject({ status: 'reinspection_due', deadline: '2024-09-29' });
    expect(d.trace[0]).toMatchObject({ rule: 'art10.civil_code_203_rest_day', passed: true });
  });

  it('without a calendar the date the order wrote stands (docs/interpretation.md: the order names a date, not a period the library counts)', () => {
    const d = rectificationStatus(order('2024-10-01'), { asOf: '2024-10-02' });
    expect(d.outcome).toMatchObject({ status: 'reinspection_due', deadline: '2024-10-01' });
    expect(d.higherLaw).toEqual([]);
    expect(d.trace.some((s) => s.rule === 'art10.civil_code_203_rest_day')).toBe(false);
    // A period counted by the library does use the official calendar: day 1 after 2024-09-30 is
    // 10-01, inside National Day 10-01…07 (国办发明电〔2023〕7号), so it ends on Tuesday 10-08.
    expect(periodEnd('2024-09-30', 1)).toBe('2024-10-08');
  });

  it('a calendar that is not one is refused', () => {
    const e = thrown(() => rectificationStatus(order('2024-10-01'), { asOf: '2024-10-02', calendar: {} as never }));
    expect(e).toBeInstanceOf(RuleInputError);
    expect((e as RuleInputError).issues).toMatchObject([{ path: ['calendar'], code: 'CALENDAR_INVALID' }]);
  });
});
