// Article 17 "在7日内送…检验", counted per FACTS.md / 民法典 Art 201, 203, 1259. All expected dates
// are hand-counted: the sealing day is day 0, the 7th day is the last day in time.
import { describe, expect, it } from 'vitest';
import {
  NotInForceError,
  RuleInputError,
  createRestDayCalendar,
  extendCalendar,
  officialCalendar,
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

  it('without a calendar the official one decides: a 7th day on a weekend moves (民法典 Art 203)', () => {
    // 2024-03-02 is a Saturday; day 7 is Saturday 2024-03-09, not a worked day in 国办发明电〔2023〕7号.
    const d = sampleDispatchDeadline('2024-03-02');
    expect(d.outcome.deadline).toBe('2024-03-11');
    expect(d.trace[2]).toMatchObject({
      passed: false,
      facts: { lastDay: '2024-03-09', calendarGiven: false, calendar: 'official', notices: ['国办发明电〔2023〕7号'], deadline: '2024-03-11' },
    });
    expect(d.trace[2]?.message['zh-CN']).toContain('《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号）');
    expect(sampleDispatchDeadline('2024-03-02', { calendar: createRestDayCalendar() }).outcome.deadline).toBe('2024-03-11');
    expect(sampleDispatchDeadline('2024-09-28').outcome.deadline).toBe('2024-10-08');
    // A caller's calendar with no rest days at all: nothing moves.
    const none = sampleDispatchDeadline('2024-03-02', { calendar: { isRestDay: () => false } });
    expect(none.outcome.deadline).toBe('2024-03-09');
    expect(none.trace[2]?.facts).toMatchObject({ calendarGiven: true, calendar: 'given', notices: [] });
  });

  it('a working 7th day is not moved', () => {
    const d = sampleDispatchDeadline('2024-03-01', { calendar: createRestDayCalendar() });
    expect(d.outcome.deadline).toBe('2024-03-08');
    expect(d.trace[2]?.passed).toBe(true);
    expect(sampleDispatchDeadline('2024-03-01').trace[2]?.passed).toBe(true);
  });

  it('month, year and leap-year boundaries (counted with no rest days, then with the official ones)', () => {
    const noRest = { calendar: { isRestDay: () => false } };
    expect(sampleDispatchDeadline('2024-12-28', noRest).outcome.deadline).toBe('2025-01-04');
    expect(sampleDispatchDeadline('2024-02-25', noRest).outcome.deadline).toBe('2024-03-03');
    expect(sampleDispatchDeadline('2023-02-25', noRest).outcome.deadline).toBe('2023-03-04');
    expect(sampleDispatchDeadline('2020-11-25', noRest).outcome.deadline).toBe('2020-12-02');
    // Sat 2025-01-04, Sun 2024-03-03, Sat 2023-03-04 are rest days: Monday. Wed 2020-12-02 is not.
    expect(sampleDispatchDeadline('2024-12-28').outcome.deadline).toBe('2025-01-06');
    expect(sampleDispatchDeadline('2024-02-25').outcome.deadline).toBe('2024-03-04');
    expect(sampleDispatchDeadline('2023-02-25').outcome.deadline).toBe('2023-03-06');
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
    const byDefault = sampleDispatchDeadline('2024-09-28', { counting: 'working_days' });
    expect(byDefault.outcome.deadline).toBe('2024-10-12');
    expect(byDefault.trace[1]?.facts).toMatchObject({ calendarGiven: false, calendar: 'official', notices: ['国办发明电〔2023〕7号'] });
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

// The issue's vectors and one per holiday run of every notice from 2021 to 2026, no calendar given.
// Sealed on D, day 7 is D + 7 (民法典 Art 201); a rest day moves to the next working day (Art 203).
// Each expected day is read off the notice quoted in src/dates/official-calendar.data.ts.
describe('sampleDispatchDeadline with the official calendar (no calendar given)', () => {
  it.each([
    ['2024-03-09', '2024-03-18', 'day 7 Sat 03-16, Sun 03-17 (国办发明电〔2023〕7号 makes neither a working day)'],
    ['2024-09-28', '2024-10-08', 'day 7 10-05, inside National Day 10-01…07'],
    ['2026-02-07', '2026-02-14', 'day 7 Sat 02-14, a working day ("2月14日（周六）…上班")'],
    ['2025-12-27', '2026-01-04', 'day 7 Sat 01-03, inside New Year 01-01…03; Sun 01-04 worked'],
    ['2021-02-05', '2021-02-18', 'day 7 02-12, inside Spring Festival 02-11…17'],
    ['2023-01-14', '2023-01-28', 'day 7 01-21, inside Spring Festival 01-21…27; Sat 01-28 worked'],
  ])('the issue: sealed %s → %s (%s)', (sealedOn, deadline) => {
    expect(sampleDispatchDeadline(sealedOn).outcome.deadline).toBe(deadline);
  });

  it.each([
    // 国办发明电〔2020〕27号 (2021)
    ['2020-12-25', '2021-01-04', '元旦 01-01…03, Mon 01-04'],
    ['2021-02-04', '2021-02-18', '春节 02-11…17'],
    ['2021-03-27', '2021-04-06', '清明 04-03…05'],
    ['2021-04-24', '2021-05-06', '劳动节 05-01…05'],
    ['2021-06-05', '2021-06-15', '端午 06-12…14'],
    ['2021-09-12', '2021-09-22', '中秋 09-19…21'],
    ['2021-09-24', '2021-10-08', '国庆 10-01…07'],
    // 国办发明电〔2021〕11号 (2022)
    ['2021-12-25', '2022-01-04', '元旦 01-01…03'],
    ['2022-01-24', '2022-02-07', '春节 01-31…02-06'],
    ['2022-03-27', '2022-04-06', '清明 04-03…05'],
    ['2022-04-23', '2022-05-05', '劳动节 04-30…05-04'],
    ['2022-05-27', '2022-06-06', '端午 06-03…05'],
    ['2022-09-03', '2022-09-13', '中秋 09-10…12'],
    ['2022-09-24', '2022-10-08', '国庆 10-01…07, Sat 10-08 worked'],
    // 国办发明电〔2022〕16号 (2023)
    ['2022-12-24', '2023-01-03', '元旦 2022-12-31…2023-01-02'],
    ['2023-03-29', '2023-04-06', '清明 04-05'],
    ['2023-04-22', '2023-05-04', '劳动节 04-29…05-03'],
    ['2023-06-15', '2023-06-25', '端午 06-22…24, Sun 06-25 worked'],
    ['2023-09-22', '2023-10-07', '中秋、国庆 09-29…10-06, Sat 10-07 worked'],
    // 国办发明电〔2023〕7号 (2024)
    ['2023-12-25', '2024-01-02', '元旦 01-01'],
    ['2024-02-03', '2024-02-18', '春节 02-10…17, Sun 02-18 worked'],
    ['2024-03-28', '2024-04-07', '清明 04-04…06, Sun 04-07 worked'],
    ['2024-04-24', '2024-05-06', '劳动节 05-01…05'],
    ['2024-06-03', '2024-06-11', '端午 06-10'],
    ['2024-09-08', '2024-09-18', '中秋 09-15…17'],
    ['2024-09-24', '2024-10-08', '国庆 10-01…07'],
    // 国办发明电〔2024〕12号 (2025)
    ['2024-12-25', '2025-01-02', '元旦 01-01'],
    ['2025-01-21', '2025-02-05', '春节 01-28…02-04'],
    ['2025-03-28', '2025-04-07', '清明 04-04…06'],
    ['2025-04-24', '2025-05-06', '劳动节 05-01…05'],
    ['2025-05-24', '2025-06-03', '端午 05-31…06-02'],
    ['2025-09-24', '2025-10-09', '国庆、中秋 10-01…08'],
    // 国办发明电〔2025〕7号 (2026)
    ['2025-12-25', '2026-01-04', '元旦 01-01…03, Sun 01-04 worked'],
    ['2026-02-08', '2026-02-24', '春节 02-15…23'],
    ['2026-03-28', '2026-04-07', '清明 04-04…06'],
    ['2026-04-24', '2026-05-06', '劳动节 05-01…05'],
    ['2026-06-12', '2026-06-22', '端午 06-19…21'],
    ['2026-09-18', '2026-09-28', '中秋 09-25…27'],
    ['2026-09-24', '2026-10-08', '国庆 10-01…07'],
  ])('day 7 on the first day of a run: sealed %s → %s (%s)', (sealedOn, deadline) => {
    expect(sampleDispatchDeadline(sealedOn).outcome.deadline).toBe(deadline);
  });

  it('the trace names the notice of each year the days looked at fall in', () => {
    // Day 7 is Wed 2025-01-01, a holiday, moved to Thu 01-02: both days 2025's (国办发明电〔2024〕12号).
    expect(sampleDispatchDeadline('2024-12-25').trace[2]?.facts['notices']).toEqual(['国办发明电〔2024〕12号']);
    // Day 7 Sat 2022-12-31 is listed by 国办发明电〔2022〕16号 (on 2023), like the Monday it moves to.
    expect(sampleDispatchDeadline('2022-12-24').trace[2]?.facts['notices']).toEqual(['国办发明电〔2022〕16号']);
  });

  it('a caller calendar overrides the official one', () => {
    // Only 1–7 October 2024 are rest days in this calendar: Sat 2024-03-16 is a working day.
    const goldenWeekOnly = { isRestDay: (d: string) => d >= '2024-10-01' && d <= '2024-10-07' };
    expect(sampleDispatchDeadline('2024-03-09', { calendar: goldenWeekOnly }).outcome.deadline).toBe('2024-03-16');
    // The official calendar with a made-up 2027 notice: Fri 2027-01-01 off.
    const calendar = extendCalendar(officialCalendar, {
      year: 2027,
      notice: { number: '示例', issuedOn: '2026-11-01' },
      holidays: ['2027-01-01'],
    });
    const d = sampleDispatchDeadline('2026-12-25', { calendar });
    expect(d.outcome.deadline).toBe('2027-01-04'); // day 7 Fri 01-01 off, Sat 2, Sun 3
    expect(d.trace[2]?.facts).toMatchObject({ calendarGiven: true, calendar: 'given', notices: ['示例'] });
  });

  it('a period ending after 2026 is refused with CALENDAR_NOT_COVERED, naming 2027 and how to add it', () => {
    const e = thrown(() => sampleDispatchDeadline('2026-12-25'));
    expect(e).toBeInstanceOf(RuleInputError);
    const issue = (e as RuleInputError).issues[0];
    expect(issue).toMatchObject({ path: ['calendar'], code: 'CALENDAR_NOT_COVERED' });
    expect(issue?.message['zh-CN']).toMatch(/2027 年.*extendCalendar/);
    expect(issue?.message.en).toMatch(/2027.*extendCalendar/);
    // Day 7 Thu 2026-12-31 is covered and a working day: answered.
    expect(sampleDispatchDeadline('2026-12-24').outcome.deadline).toBe('2026-12-31');
    // Working days run through the uncovered year too.
    expect((thrown(() => sampleDispatchDeadline('2026-12-24', { counting: 'working_days' })) as RuleInputError).issues[0]?.code).toBe(
      'CALENDAR_NOT_COVERED',
    );
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
    expect(d.trace[1]?.facts).toMatchObject({ calendar: 'given', notices: [] });
    // No calendar: the official one (国办发明电〔2023〕7号 sets no holiday in March 2024), the same day.
    const plain = sampleDispatchDeadline('2024-03-01', { counting: 'working_days' });
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
