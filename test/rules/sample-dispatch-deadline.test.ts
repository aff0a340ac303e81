// Article 17 "在7日内送…检验", counted per FACTS.md / 民法典 Art 201, 203, 1259. All expected dates
// are hand-counted: the sealing day is day 0, the 7th day is the last day in time.
import { describe, expect, it } from 'vitest';
import {
  NotInForceError,
  RuleInputError,
  createRestDayCalendar,
  sampleDispatchDeadline,
  type RestDayCalendar,
} from '../../src/index.js';
import { thrown } from './fixtures.js';
import { inputIssues } from '../support/issues.js';

const goldenWeek: RestDayCalendar = { isRestDay: (d) => d >= '2024-10-01' && d <= '2024-10-07' };
// 国办发明电〔2023〕7号: 1–7 October 2024 off; Sunday 29 September and Saturday 12 October worked.
const official2024 = createRestDayCalendar({
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
  workingDays: ['2024-09-29', '2024-10-12'],
});

describe('sampleDispatchDeadline (Article 17)', () => {
  it('spec example: sealed 2024-03-01 → 2024-03-08', () => {
    const d = sampleDispatchDeadline('2024-03-01');
    expect(d.outcome).toEqual({ deadline: '2024-03-08' });
    expect(d.basis).toEqual([{ article: 17 }]);
    expect(d.higherLaw).toEqual([
      { law: '中华人民共和国民法典', article: 201 },
      { law: '中华人民共和国民法典', article: 1259 },
      { law: '中华人民共和国民法典', article: 203 },
    ]);
    expect(d.trace.map((s) => s.rule)).toEqual([
      'art17.dispatch_period',
      'art17.civil_code_201_start_day_not_counted',
      'art17.civil_code_203_rest_day',
    ]);
    expect(d.trace[0]?.facts).toEqual({ parameter: 'sampleDispatchDays', days: 7, sealedOn: '2024-03-01', counting: 'calendar_days' });
  });

  it('spec example: sealed 2024-09-28, 10-01…07 rest days → 2024-10-08 (7th day 10-05 is a rest day)', () => {
    const d = sampleDispatchDeadline('2024-09-28', { calendar: goldenWeek });
    expect(d.outcome.deadline).toBe('2024-10-08');
    expect(d.trace[2]).toMatchObject({ passed: false, facts: { lastDay: '2024-10-05', deadline: '2024-10-08', calendarGiven: true } });
    expect(sampleDispatchDeadline('2024-09-28', { calendar: official2024 }).outcome.deadline).toBe('2024-10-08');
  });

  it('without a calendar the 7th day is not moved, even on a weekend', () => {
    // 2024-03-02 is a Saturday; day 7 is Saturday 2024-03-09.
    expect(sampleDispatchDeadline('2024-03-02').outcome.deadline).toBe('2024-03-09');
    expect(sampleDispatchDeadline('2024-03-02', { calendar: createRestDayCalendar() }).outcome.deadline).toBe('2024-03-11');
    expect(sampleDispatchDeadline('2024-09-28').outcome.deadline).toBe('2024-10-05');
  });

  it('a working 7th day is not moved', () => {
    const d = sampleDispatchDeadline('2024-03-01', { calendar: createRestDayCalendar() });
    expect(d.outcome.deadline).toBe('2024-03-08');
    expect(d.trace[2]?.passed).toBe(true);
  });

  it('month, year and leap-year boundaries', () => {
    expect(sampleDispatchDeadline('2024-12-28').outcome.deadline).toBe('2025-01-04');
    expect(sampleDispatchDeadline('2024-02-25').outcome.deadline).toBe('2024-03-03');
    expect(sampleDispatchDeadline('2023-02-25').outcome.deadline).toBe('2023-03-04');
    expect(sampleDispatchDeadline('2020-11-25').outcome.deadline).toBe('2020-12-02');
  });

  it("counting: 'working_days' counts only working days after the sealing day", () => {
    // Fri 03-01 → Mon 04 (1) … Fri 08 (5), Mon 11 (6), Tue 12 (7).
    const d = sampleDispatchDeadline('2024-03-01', { counting: 'working_days' });
    expect(d.outcome.deadline).toBe('2024-03-12');
    expect(d.higherLaw).toEqual([
      { law: '中华人民共和国民法典', article: 201 },
      { law: '中华人民共和国民法典', article: 1259 },
    ]);
    expect(d.trace.map((s) => s.rule)).toEqual(['art17.dispatch_period', 'art17.working_days']);
    expect(d.trace[1]!.message.en).toMatch(/^Counting working days after the sealing day: working day 7 is /);
    // Sat 09-28 → Sun 29 worked (1), Mon 30 (2), 10-08 (3) … 10-11 (6), Sat 10-12 worked (7).
    expect(sampleDispatchDeadline('2024-09-28', { counting: 'working_days', calendar: official2024 }).outcome.deadline).toBe('2024-10-12');
  });

  it('a broken calendar is invalid input, never a TypeError; the calendar\'s own error is kept as cause', () => {
    const boom = new TypeError('boom');
    const throwing = thrown(() => sampleDispatchDeadline('2024-09-28', { calendar: { isRestDay: () => { throw boom; } } }));
    expect(throwing).toBeInstanceOf(RuleInputError);
    expect((throwing as RuleInputError).issues[0]).toMatchObject({ path: ['calendar'], code: 'CALENDAR_FAILED' });
    expect((throwing as RuleInputError).cause).toBe(boom);
    const notBoolean = thrown(() => sampleDispatchDeadline('2024-09-28', { calendar: { isRestDay: () => 'yes' as never } }));
    expect((notBoolean as RuleInputError).issues[0]?.code).toBe('CALENDAR_NOT_BOOLEAN');
    const notCalendar = thrown(() => sampleDispatchDeadline('2024-09-28', { calendar: { holidays: [] } as never }));
    expect((notCalendar as RuleInputError).issues[0]).toMatchObject({ path: ['calendar'], code: 'CALENDAR_INVALID' });
    const alwaysRest = thrown(() => sampleDispatchDeadline('2024-09-28', { calendar: { isRestDay: () => true } }));
    expect((alwaysRest as RuleInputError).issues[0]?.code).toBe('CALENDAR_NO_WORKING_DAY');
    const library = thrown(() =>
      sampleDispatchDeadline('2024-09-28', { calendar: { isRestDay: () => { throw new RuleInputError([]); } } }),
    );
    expect(library).toBeInstanceOf(RuleInputError);
    expect((library as RuleInputError).issues).toEqual([]);
  });

  it('other errors', () => {
    expect(thrown(() => sampleDispatchDeadline('2020-11-24'))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => sampleDispatchDeadline('2024-02-30'))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => sampleDispatchDeadline('2024-03-01', { counting: 'hours' } as never))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => sampleDispatchDeadline('2024-03-01', { asOf: '2024-03-01' } as never))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => sampleDispatchDeadline('9999-12-30'))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => sampleDispatchDeadline('2024-03-01', null as never))).toBeInstanceOf(RuleInputError);
  });
});

describe('rest-day calendars must be objects with an isRestDay method (CALENDAR_INVALID)', () => {
  it('null and a bare function carrying isRestDay are rejected as invalid input, never a TypeError', () => {
    const weekdayFn = Object.assign(() => false, { isRestDay: () => false });
    for (const calendar of [null, weekdayFn]) {
      expect(inputIssues(() => sampleDispatchDeadline('2024-03-01', { calendar } as never))).toMatchObject([{ path: ['calendar'], code: 'CALENDAR_INVALID' }]);
    }
  });
});

describe('Article 17 period: trace of the working-days count and of the rest-day rule', () => {
  const weekends = { isRestDay: (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) };

  it("working days: a passed 'working_days' step with the calendar noted (Friday 2024-03-01 + 7 working days = 2024-03-12)", () => {
    const d = sampleDispatchDeadline('2024-03-01', { counting: 'working_days', calendar: weekends });
    expect(d.outcome.deadline).toBe('2024-03-12');
    expect(d.trace[1]).toMatchObject({ rule: 'art17.working_days', passed: true, facts: { sealedOn: '2024-03-01', days: 7, calendarGiven: true, deadline: '2024-03-12' } });
    const plain = sampleDispatchDeadline('2024-03-01', { counting: 'working_days' });
    expect(plain.trace[1]?.facts).toStrictEqual({ sealedOn: '2024-03-01', days: 7, calendarGiven: false, deadline: plain.outcome.deadline });
  });

  it('calendar days: the Civil Code Art 201 step records the 7th day; the Art 203 message tells "no calendar" from "working day"', () => {
    const none = sampleDispatchDeadline('2024-03-01');
    expect(none.trace[1]?.facts).toStrictEqual({ sealedOn: '2024-03-01', days: 7, lastDay: '2024-03-08' });
    // 2024-03-08 is a Friday: a working day under the weekend calendar, so not moved either way.
    const withCalendar = sampleDispatchDeadline('2024-03-01', { calendar: weekends });
    expect(withCalendar.trace[2]).toMatchObject({ passed: true, facts: { lastDay: '2024-03-08', calendarGiven: true, deadline: '2024-03-08' } });
    expect(withCalendar.trace[2]?.message.en).not.toBe(none.trace[2]?.message.en);
    expect(withCalendar.trace[2]?.message['zh-CN']).not.toBe(none.trace[2]?.message['zh-CN']);
  });
});

describe('Article 17 period: a last day that moves is still told in both languages', () => {
  it('the Civil Code Art 203 step, when the last day is a rest day and moves, still says so in both languages', () => {
    // 2024-03-02 + 7 = Saturday 2024-03-09 → Monday 2024-03-11 under a weekend calendar.
    const weekends = { isRestDay: (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) };
    const d = sampleDispatchDeadline('2024-03-02', { calendar: weekends });
    expect(d.outcome.deadline).toBe('2024-03-11');
    expect(d.trace[2]).toMatchObject({ rule: 'art17.civil_code_203_rest_day', passed: false, facts: { lastDay: '2024-03-09', deadline: '2024-03-11' } });
    expect(d.trace[2]?.message['zh-CN']).toContain('2024-03-11');
    expect(d.trace[2]?.message.en).toContain('2024-03-11');
  });
});
