import { describe, expect, it } from 'vitest';
import {
  RuleInputError,
  addDays,
  compareDates,
  createRestDayCalendar,
  dayOfWeek,
  daysBetween,
  isPlainDate,
  issueCode,
  periodEnd,
  plainDateSchema,
  safeParseIn,
  MAX_CONSECUTIVE_REST_DAYS,
  MAX_PERIOD_DAYS,
  bilingualIssues,
} from '../../src/index.js';
import { expectRendered, inputIssues } from '../support/issues.js';

// National Day 2024 per the State Council notice (国办发明电〔2023〕7号): 1–7 October off,
// Sunday 29 September and Saturday 12 October worked.
const nationalDay2024 = createRestDayCalendar({
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
  workingDays: ['2024-09-29', '2024-10-12'],
});

describe('plainDateSchema (Gregorian calendar rules)', () => {
  it.each(['2023-02-29', '2024-13-01', '2024-02-30', '2024-04-31', '2024-00-10', '2024-01-00', '0000-00-00'])(
    'rejects the impossible date %s',
    (d) => {
      expect(isPlainDate(d)).toBe(false);
      const r = plainDateSchema.safeParse(d);
      expect(r.success).toBe(false);
    },
  );
  it('accepts 2024-02-29 (2024 is divisible by 4, not by 100) and 2000-02-29 (divisible by 400)', () => {
    expect(plainDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(isPlainDate('2000-02-29')).toBe(true);
  });
  it('rejects 1900-02-29 (1900 is divisible by 100, not 400)', () => {
    expect(isPlainDate('1900-02-29')).toBe(false);
  });
  it.each(['2024-2-29', '2024/02/29', '20240229', '2024-02-29T00:00:00Z', ' 2024-02-29', ''])('rejects the shape %j', (d) => {
    const r = plainDateSchema.safeParse(d);
    expect(r.success).toBe(false);
    expect(issueCode(r.error!.issues[0]!)).toBe('DATE_FORMAT');
  });
  it('gives DATE_IMPOSSIBLE in Chinese by default and English on request', () => {
    const zh = plainDateSchema.safeParse('2023-02-29');
    expect(zh.error?.issues[0]?.message).toBe('日期不存在：2023-02-29');
    const en = safeParseIn(plainDateSchema, '2023-02-29', 'en');
    expect(en.error?.issues[0]?.message).toBe('No such date: 2023-02-29');
  });
  // 1899-12-31 exists; it is only before the supported years (PLAIN_DATE_RANGE, 1900–9999).
  it('a real day before 1900 is DATE_IMPOSSIBLE with a message about the range, not "no such date"', () => {
    const zh = plainDateSchema.safeParse('1899-12-31');
    expect(issueCode(zh.error!.issues[0]!)).toBe('DATE_IMPOSSIBLE');
    expect(zh.error?.issues[0]?.message).toBe('日期超出支持范围（1900–9999 年）：1899-12-31');
    expect(safeParseIn(plainDateSchema, '0000-01-01', 'en').error?.issues[0]?.message).toBe('Date outside the supported years 1900–9999: 0000-01-01');
  });
  it('rejects non-strings', () => {
    for (const v of [20240229, null, undefined, {}, new Date(0)]) expect(isPlainDate(v)).toBe(false);
  });
});

describe('date arithmetic (hand-counted)', () => {
  it('adds across a leap day and a year end', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01'); // 2024 has 366 days
  });
  it('counts days between dates, negative backwards', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('2020-11-25', '2021-11-25')).toBe(365);
  });
  it('compares and sorts', () => {
    expect(compareDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareDates('2024-01-02', '2024-01-02')).toBe(0);
    expect(compareDates('2024-01-03', '2024-01-02')).toBe(1);
    expect(['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareDates)).toEqual([
      '2023-12-31',
      '2024-02-29',
      '2024-03-01',
    ]);
  });
  it('knows the weekday: 2024-10-01 was a Tuesday, 2020-11-25 a Wednesday', () => {
    expect(dayOfWeek('2024-10-01')).toBe(2);
    expect(dayOfWeek('2020-11-25')).toBe(3);
  });
  it('throws RuleInputError, never TypeError, on bad input', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RuleInputError);
    expect(() => addDays('2024-02-01', 1.5)).toThrow(RuleInputError);
    expect(() => addDays('2024-02-01', Number.NaN)).toThrow(RuleInputError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RuleInputError);
    expect(() => daysBetween('x', '2024-01-01')).toThrow(RuleInputError);
  });
});

describe('rest-day calendar', () => {
  it('treats weekends as rest days unless listed as make-up working days', () => {
    expect(nationalDay2024.isRestDay('2024-09-28')).toBe(true); // Saturday
    expect(nationalDay2024.isRestDay('2024-09-29')).toBe(false); // Sunday, worked
    expect(nationalDay2024.isRestDay('2024-10-03')).toBe(true); // Thursday, holiday
    expect(nationalDay2024.isRestDay('2024-10-08')).toBe(false); // Tuesday
    expect(nationalDay2024.isRestDay('2024-10-12')).toBe(false); // Saturday, worked
  });
  it('can ignore weekends', () => {
    const cal = createRestDayCalendar({ weekends: false, holidays: ['2024-01-01'] });
    expect(cal.isRestDay('2024-01-06')).toBe(false);
    expect(cal.isRestDay('2024-01-01')).toBe(true);
  });
  it('rejects a date that is both holiday and working day, and malformed dates', () => {
    expect(() => createRestDayCalendar({ holidays: ['2024-10-01'], workingDays: ['2024-10-01'] })).toThrow(RuleInputError);
    try {
      createRestDayCalendar({ holidays: ['2024-10-01'], workingDays: ['2024-10-01'] });
    } catch (e) {
      expect((e as RuleInputError).issues[0]?.code).toBe('CALENDAR_CONFLICT');
    }
    expect(() => createRestDayCalendar({ holidays: ['2024-10-32'] })).toThrow(RuleInputError);
  });
});

describe('periodEnd (民法典 Art 201, 203)', () => {
  it('does not count the start day: 7 days from 2024-03-01 end on 2024-03-08', () => {
    expect(periodEnd('2024-03-01', 7)).toBe('2024-03-08');
  });
  it('moves an end on a rest day past the rest days: 2024-09-28 + 7 = 10-05, a holiday → 10-08', () => {
    expect(periodEnd('2024-09-28', 7, { calendar: nationalDay2024 })).toBe('2024-10-08');
  });
  it('does not move an end that falls on a working day', () => {
    // 2024-03-04 (Monday) + 7 = 2024-03-11 (Monday)
    expect(periodEnd('2024-03-04', 7, { calendar: nationalDay2024 })).toBe('2024-03-11');
  });
  it('counts working days when asked: from Friday 2024-03-01, 7 working days → Tuesday 2024-03-12', () => {
    // 3/4 Mon,5,6,7,8 (5), 3/11 Mon (6), 3/12 Tue (7)
    expect(periodEnd('2024-03-01', 7, { counting: 'working_days' })).toBe('2024-03-12');
  });
  it('counts working days through National Day 2024: from 2024-09-27, 3 working days', () => {
    // 9/28 Sat rest, 9/29 Sun worked (1), 9/30 Mon (2), 10/1–10/7 holiday, 10/8 (3)
    expect(periodEnd('2024-09-27', 3, { counting: 'working_days', calendar: nationalDay2024 })).toBe('2024-10-08');
  });
  it('a zero-day period ends on the start day', () => {
    expect(periodEnd('2024-03-01', 0)).toBe('2024-03-01');
  });
  it('rejects bad lengths, counting modes and calendars without a working day', () => {
    expect(() => periodEnd('2024-03-01', -1)).toThrow(RuleInputError);
    expect(() => periodEnd('2024-03-01', 1.5)).toThrow(RuleInputError);
    expect(() => periodEnd('2024-03-01', 7, { counting: 'hours' as never })).toThrow(RuleInputError);
    expect(() => periodEnd('2024-03-01', 7, { calendar: { isRestDay: () => true } })).toThrow(RuleInputError);
  });
  // Without these checks a misspelt option counted the period another way without a word:
  // 2024-03-02 is a Saturday, +7 days is Saturday 2024-03-09, moved past the weekend to Monday 03-11.
  const codesOf = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (e) {
      return e instanceof RuleInputError ? e.issues.map((i) => [i.code, i.path.join('.')]) : e;
    }
    return 'no error';
  };
  it('a misspelt or unknown option key is an error, not ignored', () => {
    const weekends = createRestDayCalendar();
    expect(periodEnd('2024-03-02', 7, { calendar: weekends })).toBe('2024-03-11');
    expect(codesOf(() => periodEnd('2024-03-02', 7, { calender: weekends } as never))).toEqual([['unrecognized_keys', 'options']]);
    expect(codesOf(() => periodEnd('2024-03-01', 7, { countng: 'working_days' } as never))).toEqual([['unrecognized_keys', 'options']]);
  });
  it('options inherited from a prototype are refused, not read', () => {
    const inherited = Object.create({ counting: 'working_days' }) as object;
    expect(codesOf(() => periodEnd('2024-03-01', 7, inherited))).toEqual([['invalid_type', 'options']]);
  });
  it('a calendar answering other than a boolean is an error, not a rest day', () => {
    const odd = { isRestDay: () => 'yes' as unknown as boolean };
    expect(codesOf(() => periodEnd('2024-03-01', 7, { calendar: odd }))).toEqual([['CALENDAR_NOT_BOOLEAN', 'calendar']]);
    expect(codesOf(() => periodEnd('2024-03-01', 2, { calendar: odd, counting: 'working_days' }))).toEqual([['CALENDAR_NOT_BOOLEAN', 'calendar']]);
  });
});

// Positional arguments are named in the issue's path, so a caller can tell which one failed.
describe('argument errors name the argument', () => {
  it('compareDates, daysBetween, addDays, isInForce, assertInForce, requiredSpotChecks', async () => {
    const { compareDates, daysBetween, isInForce, assertInForce, requiredSpotChecks, RuleInputError } = await import('../../src/index.js');
    const pathOf = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(RuleInputError);
        return (e as InstanceType<typeof RuleInputError>).issues[0]?.path;
      }
      throw new Error('expected a throw');
    };
    expect(pathOf(() => compareDates('2024-01-01', '2024-13-01'))).toEqual(['b']);
    expect(pathOf(() => compareDates('2024-13-01', '2024-01-01'))).toEqual(['a']);
    expect(pathOf(() => daysBetween(undefined as never, '2024-01-01'))).toEqual(['from']);
    expect(pathOf(() => daysBetween('2024-01-01', 'x'))).toEqual(['to']);
    expect(pathOf(() => addDays('2024-02-30', 1))).toEqual(['date']);
    expect(pathOf(() => isInForce('2024-02-30'))).toEqual(['date']);
    expect(pathOf(() => assertInForce('2024-02-30'))).toEqual(['asOf']);
    expect(pathOf(() => requiredSpotChecks(-1, '2024-01-01'))).toEqual(['licensed']);
    expect(pathOf(() => requiredSpotChecks(10, '2020-13-01'))).toEqual(['asOf']);
  });

  it('a number that is not an integer is shown as the number, not as a string', () => {
    try {
      addDays('2024-01-01', 1.5);
      throw new Error('expected a throw');
    } catch (e) {
      expect((e as { issues: { message: { en: string; 'zh-CN': string } }[] }).issues[0]!.message).toEqual({
        en: 'days must be an integer, got 1.5',
        'zh-CN': 'days 应为整数，收到 1.5',
      });
    }
  });

  // 1900 is the first supported year: 1900-02-30 does not exist (1900 is no leap year and February
  // has no 30th), so it is "no such date", not out of range.
  it('1900-02-30: no such date', () => {
    expect(plainDateSchema.safeParse('1900-02-30').error?.issues[0]?.message).toBe('日期不存在：1900-02-30');
  });

  it('a string where a number of days is expected is quoted as a string', () => {
    try {
      addDays('2024-01-01', '1' as never);
      throw new Error('expected a throw');
    } catch (e) {
      expect((e as { issues: { message: { en: string; 'zh-CN': string } }[] }).issues[0]!.message).toEqual({
        en: 'days must be an integer, got the string "1"',
        'zh-CN': 'days 应为整数，收到 字符串“1”',
      });
    }
  });
});

// The edges of isPlainDate, the input errors of addDays and periodEnd (the field each is reported
// at, its code, a message that states the value), the rest-day calendar's lists, and the bound on
// consecutive rest days. Expected values come from the documented contracts (JSDoc of the
// exports, docs/performance.md) and from hand counts, as noted; messages are checked only for the
// value they state or for having no unrendered value, never for their wording.
describe('isPlainDate: only strings of the form YYYY-MM-DD, years 1900–9999 (PlainDate JSDoc)', () => {
  it('a non-string whose text is a valid date is not a plain date', () => {
    expect(isPlainDate(['2024-03-15'])).toBe(false);
    expect(isPlainDate({ toString: () => '2024-03-15' })).toBe(false);
  });

  it('a string of another shape is not a plain date (and is answered, not thrown)', () => {
    expect(isPlainDate('2024/03/15')).toBe(false);
    expect(isPlainDate('15.03.2024')).toBe(false);
  });

  it('the year range is inclusive at both ends: 1900-01-01 and 9999-12-31 are dates, 1899-12-31 is not', () => {
    expect(isPlainDate('1900-01-01')).toBe(true);
    expect(isPlainDate('9999-12-31')).toBe(true);
    expect(isPlainDate('1899-12-31')).toBe(false);
  });
});

describe('plainDateSchema quotes at most 40 characters of a malformed value (docs/performance.md)', () => {
  it('the first 40 characters are in both messages, the 41st onwards in neither', () => {
    const head = '0123456789'.repeat(4); // 40 characters
    const issues = bilingualIssues(plainDateSchema, `${head}${'X'.repeat(60)}`);
    expect(issues.map((i) => i.code)).toEqual(['DATE_FORMAT']);
    for (const text of [issues[0]!.message['zh-CN'], issues[0]!.message.en]) {
      expect(text).toContain(head);
      expect(text).not.toContain('X');
    }
  });
});

describe('addDays: a non-integer number of days (addDays JSDoc: "days not an integer")', () => {
  it('is reported at ["days"] with code NOT_AN_INTEGER, the message stating the value 1.5', () => {
    const issues = inputIssues(() => addDays('2024-02-01', 1.5));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['days'], 'NOT_AN_INTEGER']]);
    expect(issues[0]!.message['zh-CN']).toContain('1.5');
    expect(issues[0]!.message.en).toContain('1.5');
  });
});

describe('periodEnd: length 0 to MAX_PERIOD_DAYS inclusive', () => {
  it('MAX_PERIOD_DAYS itself is accepted: 2024-03-01 + 36 600 days = 2124-05-16 (hand count)', () => {
    // 100 years to 2124-03-01: 36 500 days + 24 leap days (29 February of 2028, 2032 … 2124,
    // 25 years, without 2100) = 36 524. Then 31 (March) + 30 (April) + 15 = 76 → 2124-05-16.
    expect(MAX_PERIOD_DAYS).toBe(36_600);
    expect(periodEnd('2024-03-01', 36_600, { calendar: { isRestDay: () => false } })).toBe('2124-05-16');
    // The official calendar has no data for 2124: refused rather than guessed.
    expect(() => periodEnd('2024-03-01', 36_600)).toThrow(RuleInputError);
  });

  it('one day more is rejected at ["days"] with PERIOD_LENGTH, the message stating 36601', () => {
    const issues = inputIssues(() => periodEnd('2024-03-01', 36_601));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['days'], 'PERIOD_LENGTH']]);
    expect(issues[0]!.message['zh-CN']).toContain('36601');
    expect(issues[0]!.message.en).toContain('36601');
  });
});

describe('periodEnd: malformed options are invalid input at the right argument, never a TypeError', () => {
  it('options null or not an object: INVALID_ARGUMENT at ["options"]', () => {
    for (const options of [null, 'working_days']) {
      const issues = inputIssues(() => periodEnd('2024-03-01', 7, options as never));
      expect(issues.map((i) => [i.path, i.code])).toEqual([[['options'], 'INVALID_ARGUMENT']]);
      expectRendered(issues[0]);
    }
  });

  it('calendar null or without isRestDay: INVALID_ARGUMENT at ["calendar"]', () => {
    for (const calendar of [null, {}]) {
      const issues = inputIssues(() => periodEnd('2024-03-01', 7, { calendar } as never));
      expect(issues.map((i) => [i.path, i.code])).toEqual([[['calendar'], 'INVALID_ARGUMENT']]);
      expectRendered(issues[0]);
    }
  });

  it('an unknown counting: PERIOD_COUNTING at ["counting"], the message stating the value given', () => {
    const issues = inputIssues(() => periodEnd('2024-03-01', 7, { counting: 'hours' as never }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['counting'], 'PERIOD_COUNTING']]);
    expect(issues[0]!.message['zh-CN']).toContain('hours');
    expect(issues[0]!.message.en).toContain('hours');
  });
});

describe('periodEnd: a run of MAX_CONSECUTIVE_REST_DAYS rest days is accepted, one more is not', () => {
  // MAX_CONSECUTIVE_REST_DAYS JSDoc: "the longest run of consecutive rest days accepted".
  // 2024 is a leap year: 2024-01-01 … 2024-12-31 are 366 days.
  it('366 rest days (all of 2024): a zero-day period from 2024-01-01 ends on 2025-01-01', () => {
    expect(MAX_CONSECUTIVE_REST_DAYS).toBe(366);
    const calendar = { isRestDay: (d: string) => d <= '2024-12-31' };
    expect(periodEnd('2024-01-01', 0, { calendar })).toBe('2025-01-01');
  });

  it('367 rest days: CALENDAR_NO_WORKING_DAY at ["calendar"], the message stating the start day', () => {
    const calendar = { isRestDay: (d: string) => d <= '2025-01-01' };
    const issues = inputIssues(() => periodEnd('2024-01-01', 0, { calendar }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['calendar'], 'CALENDAR_NO_WORKING_DAY']]);
    expect(issues[0]!.message['zh-CN']).toContain('2024-01-01');
    expect(issues[0]!.message.en).toContain('2024-01-01');
  });
});

describe('createRestDayCalendar: holidays and make-up working days', () => {
  // National Day 2024 (国办发明电〔2023〕7号): Sunday 29 September 2024 was a working day;
  // 1 October 2024 was a holiday (a Tuesday: dayOfWeek JSDoc).
  it('make-up working days alone: the listed Sunday is a working day, an unlisted Sunday is not', () => {
    const calendar = createRestDayCalendar({ workingDays: ['2024-09-29'] });
    expect(calendar.isRestDay('2024-09-29')).toBe(false);
    expect(calendar.isRestDay('2024-10-06')).toBe(true); // the Sunday a week later
  });

  it('a holiday and a different make-up day do not conflict', () => {
    const calendar = createRestDayCalendar({ holidays: ['2024-10-01'], workingDays: ['2024-09-29'] });
    expect(calendar.isRestDay('2024-10-01')).toBe(true);
    expect(calendar.isRestDay('2024-09-29')).toBe(false);
  });

  it('a day in both lists: CALENDAR_CONFLICT at the working day\'s index, ["workingDays", 1]', () => {
    const issues = inputIssues(() =>
      createRestDayCalendar({ holidays: ['2024-10-01'], workingDays: ['2024-09-29', '2024-10-01'] }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['workingDays', 1], 'CALENDAR_CONFLICT']]);
  });

  // A malformed entry is reported by its own check and nothing else: the list left out adds no
  // issue of its own. National Day and its make-up Sunday written without leading zeros are no
  // dates (PlainDate is YYYY-MM-DD).
  it('a malformed holiday without working days, or a malformed working day without holidays: DATE_FORMAT only', () => {
    const holiday = inputIssues(() => createRestDayCalendar({ holidays: ['2024-10-1'] }));
    expect(holiday.map((i) => [i.path, i.code])).toEqual([[['holidays', 0], 'DATE_FORMAT']]);
    const working = inputIssues(() => createRestDayCalendar({ workingDays: ['2024-9-29'] }));
    expect(working.map((i) => [i.path, i.code])).toEqual([[['workingDays', 0], 'DATE_FORMAT']]);
  });

  it('isRestDay on a malformed date throws RuleInputError (it is no day), whatever its text', () => {
    const calendar = createRestDayCalendar();
    for (const date of ['2024-10-1', '2024/10/01']) {
      expect(() => calendar.isRestDay(date)).toThrow(RuleInputError);
    }
  });
});
