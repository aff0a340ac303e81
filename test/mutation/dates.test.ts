// Mutation-testing follow-up for src/dates/: the edges of isPlainDate, the input errors of
// addDays and periodEnd (the field each is reported at, its code, a message that states the
// value), the rest-day calendar's lists, and the bound on consecutive rest days. Expected values
// come from the documented contracts (JSDoc of the exports, docs/performance.md) and from hand
// counts, as noted; messages are checked only for the value they state or for having no
// unrendered value, never for their wording.
import { describe, expect, it } from 'vitest';
import {
  MAX_CONSECUTIVE_REST_DAYS,
  MAX_PERIOD_DAYS,
  RuleInputError,
  addDays,
  bilingualIssues,
  createRestDayCalendar,
  isPlainDate,
  periodEnd,
  plainDateSchema,
  type LocalizedIssue,
} from '../../src/index.js';
import { expectRendered, inputIssues } from './support.js';

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

  // A malformed entry is reported by its own check and nothing else. The text used is Stryker's
  // placeholder for an array element ("Stryker was here"), the one string that an absent list
  // replaced by a placeholder array would otherwise match.
  it('a malformed holiday without working days, or a malformed working day without holidays: DATE_FORMAT only', () => {
    const placeholder = 'Stryker was here';
    const holiday = inputIssues(() => createRestDayCalendar({ holidays: [placeholder] }));
    expect(holiday.map((i) => [i.path, i.code])).toEqual([[['holidays', 0], 'DATE_FORMAT']]);
    const working = inputIssues(() => createRestDayCalendar({ workingDays: [placeholder] }));
    expect(working.map((i) => [i.path, i.code])).toEqual([[['workingDays', 0], 'DATE_FORMAT']]);
  });

  it('isRestDay on a malformed date throws RuleInputError (it is no day), whatever its text', () => {
    const calendar = createRestDayCalendar();
    for (const date of ['Stryker was here', '2024/10/01']) {
      expect(() => calendar.isRestDay(date)).toThrow(RuleInputError);
    }
  });
});
