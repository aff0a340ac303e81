// Working-day arithmetic on the official calendar. Every expected date is counted by hand from
// the notices quoted in src/dates/official-calendar.data.ts; the count is written out next to it.
import { describe, expect, it } from 'vitest';
import {
  RuleInputError,
  addWorkingDays,
  countWorkingDays,
  createRestDayCalendar,
  nextWorkingDay,
  periodEnd,
} from '../../src/index.js';
import { thrown } from '../rules/fixtures.js';

const code = (fn: () => unknown): string | undefined => {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(RuleInputError);
  return (e as RuleInputError).issues[0]?.code;
};

describe('addWorkingDays (the start day not counted)', () => {
  it('20 working days from Friday 2024-09-20 end on 2024-10-23 (国办发明电〔2023〕7号)', () => {
    // Sep 23–27 (1–5); Sun 29 worked (6); Mon 30 (7); Oct 1–7 off; Oct 8–11 (8–11); Sat 12 worked (12);
    // Oct 14–18 (13–17); Oct 21, 22, 23 (18, 19, 20).
    expect(addWorkingDays('2024-09-20', 20)).toBe('2024-10-23');
  });

  it('across Spring Festival 2026 (国办发明电〔2025〕7号: 15–23 Feb off, Sat 14 and Sat 28 Feb worked)', () => {
    // From Fri 2026-02-13: Sat 14 worked (1); 15–23 off; Tue 24 … Fri 27 (2–5); Sat 28 worked (6).
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
  });

  it('0 working days is the start day itself, even on a rest day', () => {
    expect(addWorkingDays('2024-10-05', 0)).toBe('2024-10-05');
  });

  it('a caller calendar overrides the official one', () => {
    // Every day a working day: 20 calendar days.
    expect(addWorkingDays('2024-09-20', 20, { calendar: { isRestDay: () => false } })).toBe('2024-10-10');
    // Weekends only (no holidays, no make-up days): Sep 23–27, 30, Oct 1–4, 7–11, 14–18 → Oct 18.
    expect(addWorkingDays('2024-09-20', 20, { calendar: createRestDayCalendar() })).toBe('2024-10-18');
  });

  it('refuses a period that runs past 2026 or starts before the calendar', () => {
    expect(code(() => addWorkingDays('2026-12-20', 20))).toBe('CALENDAR_NOT_COVERED');
    expect(code(() => addWorkingDays('2020-11-20', 3))).toBe('CALENDAR_NOT_COVERED');
  });

  it('refuses bad input', () => {
    expect(code(() => addWorkingDays('2024-09-20', -1))).toBe('PERIOD_LENGTH');
    expect(code(() => addWorkingDays('2024-09-20', 1.5))).toBe('PERIOD_LENGTH');
    expect(code(() => addWorkingDays('2024-02-30', 1))).toBe('DATE_IMPOSSIBLE');
    expect(code(() => addWorkingDays('2024-09-20', 1, { calender: {} } as never))).toBe('unrecognized_keys');
    expect(code(() => addWorkingDays('2024-09-20', 1, null as never))).toBe('INVALID_ARGUMENT');
    expect(code(() => addWorkingDays('2024-09-20', 1, { calendar: {} as never }))).toBe('INVALID_ARGUMENT');
    expect(code(() => addWorkingDays('2024-09-20', 1, { calendar: { isRestDay: () => 1 as never } }))).toBe('CALENDAR_NOT_BOOLEAN');
  });
});

describe('countWorkingDays (after `from`, up to and including `to`)', () => {
  it('is the inverse of addWorkingDays', () => {
    expect(countWorkingDays('2024-09-20', '2024-10-23')).toBe(20);
    expect(countWorkingDays('2024-10-23', '2024-09-20')).toBe(-20);
    expect(countWorkingDays('2024-10-23', '2024-10-23')).toBe(0);
  });

  it('National Day 2024: none from Mon 30 Sep to Mon 7 Oct; Sat 12 Oct counts', () => {
    expect(countWorkingDays('2024-09-30', '2024-10-07')).toBe(0);
    // Oct 8, 9, 10, 11, 12.
    expect(countWorkingDays('2024-10-07', '2024-10-13')).toBe(5);
  });

  it('a caller calendar overrides the official one', () => {
    expect(countWorkingDays('2024-09-30', '2024-10-07', { calendar: createRestDayCalendar() })).toBe(5);
  });

  it('refuses a span past the official data, or too long', () => {
    expect(code(() => countWorkingDays('2026-12-30', '2027-01-05'))).toBe('CALENDAR_NOT_COVERED');
    expect(code(() => countWorkingDays('2027-01-05', '2026-12-30'))).toBe('CALENDAR_NOT_COVERED');
    expect(code(() => countWorkingDays('2020-11-01', '2020-12-01'))).toBe('CALENDAR_NOT_COVERED');
    expect(code(() => countWorkingDays('1900-01-01', '2024-01-01', { calendar: { isRestDay: () => false } }))).toBe('PERIOD_LENGTH');
  });
});

describe('nextWorkingDay (民法典 Art 203)', () => {
  it('a working day is itself; a rest day moves to the next working day', () => {
    expect(nextWorkingDay('2024-10-08')).toBe('2024-10-08');
    expect(nextWorkingDay('2024-10-05')).toBe('2024-10-08');
    expect(nextWorkingDay('2024-10-12')).toBe('2024-10-12'); // a worked Saturday
    expect(nextWorkingDay('2024-10-13')).toBe('2024-10-14'); // an ordinary Sunday
    expect(nextWorkingDay('2024-10-05', { calendar: { isRestDay: () => false } })).toBe('2024-10-05');
  });

  it('refuses a day the official calendar does not cover', () => {
    expect(code(() => nextWorkingDay('2027-01-01'))).toBe('CALENDAR_NOT_COVERED');
    // Thu 2026-12-31 is a working day: answered. Sat 2026-12-26 … Sun 27: Monday 28.
    expect(nextWorkingDay('2026-12-31')).toBe('2026-12-31');
    expect(nextWorkingDay('2026-12-26')).toBe('2026-12-28');
  });
});

describe('periodEnd uses the same arithmetic and the official calendar by default', () => {
  it('calendar days: a last day on a weekend or holiday moves (民法典 Art 203)', () => {
    expect(periodEnd('2024-03-09', 7)).toBe('2024-03-18'); // day 7 Sat 03-16
    expect(periodEnd('2026-02-07', 7)).toBe('2026-02-14'); // day 7 a worked Saturday
    expect(periodEnd('2024-03-09', 7, { calendar: { isRestDay: () => false } })).toBe('2024-03-16');
  });

  it('working days: as addWorkingDays', () => {
    expect(periodEnd('2024-09-20', 20, { counting: 'working_days' })).toBe(addWorkingDays('2024-09-20', 20));
  });

  it('refuses a period that ends in, or starts before, the official data', () => {
    expect(code(() => periodEnd('2026-12-28', 7))).toBe('CALENDAR_NOT_COVERED');
    // 2020-11-20 + 7 = 11-27 is covered, but the period passes through 11-21 … 11-24, which are not.
    expect(code(() => periodEnd('2020-11-20', 7))).toBe('CALENDAR_NOT_COVERED');
    expect(periodEnd('2020-11-24', 7)).toBe('2020-12-01'); // counting starts on 11-25
  });
});

describe('the day arithmetic the walks use (internal), against addDays and dayOfWeek', () => {
  it('every day of 2019–2031 and the century and leap-year edges', async () => {
    const { addDays, dayOfWeek } = await import('../../src/index.js');
    const { dayAfter, isWeekend } = await import('../../src/dates/day-after.js');
    const starts = ['1900-02-27', '2000-02-27', '2100-02-27', '2400-02-27', '9998-12-30'];
    const checked: string[] = [];
    for (let d = '2019-01-01'; d <= '2031-12-31'; d = addDays(d, 1)) checked.push(d);
    for (const s of starts) for (let i = 0, d = s; i < 4; i++, d = addDays(d, 1)) checked.push(d);
    for (const d of checked) {
      expect(dayAfter(d)).toBe(addDays(d, 1));
      expect(isWeekend(d)).toBe([0, 6].includes(dayOfWeek(d)));
    }
    expect(() => dayAfter('9999-12-31')).toThrow(RuleInputError);
  });
});
