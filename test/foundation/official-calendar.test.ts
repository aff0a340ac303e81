// The official rest-day calendar, checked three ways:
// 1. every day from 2020-11-25 to 2026-12-31 against the `chinese-days` package (a development
//    dependency): its published lists of holidays and make-up working days, with the day of the
//    week computed here from Date.UTC. The two agree on every day and on every listed date, so no
//    day needs a "the notice wins" exception. (Its isWorkday() is not used: it reads the day in
//    the machine's time zone and answers a day off under TZ=America/Los_Angeles.)
// 2. facts copied by hand from each year's 国务院办公厅关于部分节假日安排的通知, quoted below;
// 3. the refusal of days it does not cover, and extendCalendar.
import { describe, expect, it } from 'vitest';
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import {
  RuleInputError,
  SupervisionError,
  extendCalendar,
  officialCalendar,
  type CalendarYearInput,
  type OfficialCalendar,
} from '../../src/index.js';
import { thrown } from '../rules/fixtures.js';

const lists = data as { holidays: Record<string, string>; workdays: Record<string, string> };

/** Every day from `from` to `to`, by Date.UTC arithmetic (independent of the library's). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
const weekend = (d: string): boolean => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

function issue(fn: () => unknown): { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string; en: string } } {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(RuleInputError);
  return (e as RuleInputError).issues[0] as never;
}

describe('officialCalendar against chinese-days, every day of 2020-11-25 … 2026-12-31', () => {
  const covered = days('2020-11-25', '2026-12-31');

  it('covers exactly that range (2228 days)', () => {
    expect(covered).toHaveLength(2228);
    expect(officialCalendar.coverage).toEqual({ from: '2020-11-25', to: '2026-12-31' });
    expect(covered.every((d) => officialCalendar.isCovered(d))).toBe(true);
  });

  it('agrees on every day: rest when listed as a holiday, or a weekend day not listed as worked', () => {
    const disagreements = covered.filter((d) => {
      const theirs = d in lists.holidays || (weekend(d) && !(d in lists.workdays));
      return officialCalendar.isRestDay(d) !== theirs;
    });
    expect(disagreements).toEqual([]);
  });

  it('lists the same holidays and make-up working days in the range', () => {
    const inRange = (d: string): boolean => d >= '2020-11-25' && d <= '2026-12-31';
    const ours = (key: 'holidays' | 'workdays'): string[] => officialCalendar.years.flatMap((y) => y[key]).sort();
    expect(ours('holidays')).toEqual(Object.keys(lists.holidays).filter(inRange).sort());
    expect(ours('workdays')).toEqual(Object.keys(lists.workdays).filter(inRange).sort());
  });
});

describe('officialCalendar: facts from the notices', () => {
  it('names one notice per year, 2020–2026, with its number and date', () => {
    expect(officialCalendar.years.map((y) => [y.notice.year, y.notice.number, y.notice.issuedOn])).toEqual([
      [2020, '国办发明电〔2019〕16号', '2019-11-21'],
      [2021, '国办发明电〔2020〕27号', '2020-11-25'],
      [2022, '国办发明电〔2021〕11号', '2021-10-25'],
      [2023, '国办发明电〔2022〕16号', '2022-12-08'],
      [2024, '国办发明电〔2023〕7号', '2023-10-25'],
      [2025, '国办发明电〔2024〕12号', '2024-11-12'],
      [2026, '国办发明电〔2025〕7号', '2025-11-04'],
    ]);
    expect(officialCalendar.years[4]?.notice.title).toBe('国务院办公厅关于2024年部分节假日安排的通知');
  });

  it('2026 (国办发明电〔2025〕7号): "2月14日（周六）…上班"; 春节 "2月15日…至23日…放假调休"', () => {
    expect(officialCalendar.isRestDay('2026-02-14')).toBe(false);
    expect(officialCalendar.isRestDay('2026-02-15')).toBe(true);
    expect(officialCalendar.isRestDay('2026-02-23')).toBe(true); // a Monday inside the run
    expect(officialCalendar.isRestDay('2026-02-24')).toBe(false);
    expect(officialCalendar.isRestDay('2026-02-28')).toBe(false); // "2月28日（周六）…上班"
    expect(officialCalendar.isRestDay('2026-01-04')).toBe(false); // "1月4日（周日）上班"
  });

  it('2024 (国办发明电〔2023〕7号): National Day 1–7 October off, 29 September (Sunday) and 12 October (Saturday) worked', () => {
    expect(days('2024-10-01', '2024-10-07').every((d) => officialCalendar.isRestDay(d))).toBe(true);
    expect(officialCalendar.isRestDay('2024-09-29')).toBe(false);
    expect(officialCalendar.isRestDay('2024-10-12')).toBe(false);
    expect(officialCalendar.isRestDay('2024-10-13')).toBe(true); // an ordinary Sunday
    expect(officialCalendar.isRestDay('2024-10-08')).toBe(false);
  });

  it('2023 (国办发明电〔2022〕16号): New Year "2022年12月31日至2023年1月2日" — its December day is that notice\'s', () => {
    expect(officialCalendar.isRestDay('2022-12-31')).toBe(true);
    expect(officialCalendar.noticeFor('2022-12-31').number).toBe('国办发明电〔2022〕16号');
    expect(officialCalendar.noticeFor('2022-12-30').number).toBe('国办发明电〔2021〕11号'); // not listed: 2022's
    expect(officialCalendar.isRestDay('2023-01-02')).toBe(true);
  });

  it('from 2020-11-25 to the end of 2020 only the week counts (国办发明电〔2019〕16号 lists nothing after 10 October)', () => {
    expect(officialCalendar.isRestDay('2020-11-25')).toBe(false); // a Wednesday
    expect(officialCalendar.isRestDay('2020-11-28')).toBe(true); // a Saturday
    expect(officialCalendar.noticeFor('2020-12-31').number).toBe('国办发明电〔2019〕16号');
    expect(officialCalendar.noticeFor('2021-01-01').number).toBe('国办发明电〔2020〕27号');
  });

  it('2025 (国办发明电〔2024〕12号): 1 January off without make-up day; National Day and Mid-Autumn 1–8 October', () => {
    expect(officialCalendar.isRestDay('2025-01-01')).toBe(true);
    expect(officialCalendar.isRestDay('2025-10-08')).toBe(true);
    expect(officialCalendar.isRestDay('2025-10-11')).toBe(false); // "10月11日（周六）上班"
  });

  it('is frozen, and reads its data from no clock', () => {
    expect(Object.isFrozen(officialCalendar)).toBe(true);
    expect(Object.isFrozen(officialCalendar.years[0]?.holidays)).toBe(true);
  });
});

describe('a day the official calendar does not cover', () => {
  it('after 2026: CALENDAR_NOT_COVERED naming the year and extendCalendar', () => {
    const i = issue(() => officialCalendar.isRestDay('2027-01-01'));
    expect(i.code).toBe('CALENDAR_NOT_COVERED');
    expect(i.path).toEqual(['calendar']);
    expect(i.message['zh-CN']).toContain('2027 年');
    expect(i.message['zh-CN']).toContain('extendCalendar');
    expect(i.message.en).toContain('2027');
    expect(i.message.en).toContain('extendCalendar(officialCalendar');
    expect(thrown(() => officialCalendar.noticeFor('2030-06-01'))).toBeInstanceOf(SupervisionError);
    expect(officialCalendar.isCovered('2027-01-01')).toBe(false);
  });

  it('before 2020-11-25: CALENDAR_NOT_COVERED asking for a calendar of one\'s own', () => {
    const i = issue(() => officialCalendar.isRestDay('2020-11-24'));
    expect(i.code).toBe('CALENDAR_NOT_COVERED');
    expect(i.message.en).toContain('2020-11-25');
    expect(i.message.en).toContain('2020');
    expect(officialCalendar.isCovered('2020-11-24')).toBe(false);
  });

  it('a malformed date is a date error, not a guess', () => {
    expect(issue(() => officialCalendar.isRestDay('2024-02-30')).code).toBe('DATE_IMPOSSIBLE');
    expect(officialCalendar.isCovered('2024-02-30')).toBe(false);
    expect(officialCalendar.isCovered(42 as never)).toBe(false);
  });
});

describe('extendCalendar', () => {
  // A made-up notice for 2027 (none exists yet): the shape, not the facts.
  const next: CalendarYearInput = {
    year: 2027,
    notice: { number: '国办发明电〔2026〕1号', issuedOn: '2026-11-01' },
    holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
    workdays: ['2027-01-09'],
  };

  it('adds the next year; the base is unchanged', () => {
    const c: OfficialCalendar = extendCalendar(officialCalendar, next);
    expect(c.coverage).toEqual({ from: '2020-11-25', to: '2027-12-31' });
    expect(c.isRestDay('2027-01-01')).toBe(true); // a Friday made a holiday
    expect(c.isRestDay('2027-01-09')).toBe(false); // a Saturday made a working day
    expect(c.isRestDay('2027-01-10')).toBe(true); // an ordinary Sunday
    expect(c.isRestDay('2027-01-11')).toBe(false);
    expect(c.noticeFor('2027-06-01')).toEqual({
      year: 2027,
      title: '国务院办公厅关于2027年部分节假日安排的通知',
      number: '国办发明电〔2026〕1号',
      issuedOn: '2026-11-01',
    });
    expect(c.isRestDay('2026-02-14')).toBe(false); // the old years are kept
    expect(officialCalendar.isCovered('2027-01-01')).toBe(false);
    expect(Object.isFrozen(c)).toBe(true);
    // And again, a year later.
    const further = extendCalendar(c, { year: 2028, notice: { number: 'X', issuedOn: '2027-11-01', title: '通知' }, holidays: [] });
    expect(further.coverage.to).toBe('2028-12-31');
    expect(further.noticeFor('2028-03-01').title).toBe('通知');
  });

  it('a New Year run that starts in December: the later notice decides those days', () => {
    // Thursday 2026-12-31, a working day under 国办发明电〔2025〕7号, made a rest day by the (made-up) 2027 notice.
    const c = extendCalendar(officialCalendar, { ...next, holidays: ['2026-12-31', ...next.holidays] });
    expect(officialCalendar.isRestDay('2026-12-31')).toBe(false);
    expect(c.isRestDay('2026-12-31')).toBe(true);
    expect(c.noticeFor('2026-12-31').number).toBe('国办发明电〔2026〕1号');
  });

  it('refuses a year that does not follow the last one', () => {
    expect(issue(() => extendCalendar(officialCalendar, { ...next, year: 2028 })).code).toBe('CALENDAR_YEAR_NOT_NEXT');
    expect(issue(() => extendCalendar(officialCalendar, { ...next, year: 2026 })).code).toBe('CALENDAR_YEAR_NOT_NEXT');
  });

  it('refuses days outside the year, weekdays as make-up days, and a day listed both ways', () => {
    const outside = issue(() => extendCalendar(officialCalendar, { ...next, holidays: ['2028-01-01'] }));
    expect(outside).toMatchObject({ code: 'CALENDAR_DATE_OUTSIDE_YEAR', path: ['holidays', 0] });
    expect(issue(() => extendCalendar(officialCalendar, { ...next, holidays: ['2026-11-30'] })).code).toBe('CALENDAR_DATE_OUTSIDE_YEAR');
    // 2027-01-11 is a Monday: a working day already, so a typo.
    const weekday = issue(() => extendCalendar(officialCalendar, { ...next, workdays: ['2027-01-11'] }));
    expect(weekday).toMatchObject({ code: 'CALENDAR_WORKDAY_NOT_WEEKEND', path: ['workdays', 0] });
    const both = issue(() => extendCalendar(officialCalendar, { ...next, holidays: ['2027-01-09'], workdays: ['2027-01-09'] }));
    expect(both).toMatchObject({ code: 'CALENDAR_CONFLICT', path: ['workdays', 0] });
  });

  it('refuses malformed input and a base that is not an official calendar', () => {
    expect(issue(() => extendCalendar(officialCalendar, { ...next, holidays: ['2027-02-30'] })).code).toBe('DATE_IMPOSSIBLE');
    expect(issue(() => extendCalendar(officialCalendar, { ...next, notice: { number: ' ', issuedOn: '2026-11-01' } })).path).toEqual(['notice', 'number']);
    expect(thrown(() => extendCalendar(officialCalendar, { ...next, extra: 1 } as never))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => extendCalendar({ isRestDay: () => false } as never, next))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => extendCalendar(null as never, next))).toBeInstanceOf(RuleInputError);
  });
});
