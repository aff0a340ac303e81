// Internal: which calendar decided a period's rest days, for the trace. Not public API.
import type { PlainDate } from '../../dates/plain-date.js';
import { dayAfter } from '../../dates/day-after.js';
import type { RestDayCalendar } from '../../dates/calendar.js';
import { isOfficialCalendar, type HolidayNotice } from '../../dates/official-calendar.js';
import type { BilingualMessage } from '../../messages/message.js';

/** What a trace says about the calendar: facts, and a phrase to put in its message. */
export interface CalendarUsed {
  readonly facts: {
    /** `'official'` when the library's calendar decided, `'given'` when the caller's did. */
    readonly calendar: 'official' | 'given';
    /** The numbers (文号) of the notices that decided the days looked at, oldest first. */
    readonly notices: readonly string[];
  };
  /** "per 国办发明电〔2023〕7号 …", in both languages. */
  readonly phrase: BilingualMessage;
}

/**
 * The calendar that decided the days from `from` to `to` (both included): `calendar`, which is
 * the caller's when `given`. For the library's calendars the notices that decided those days are
 * named; a caller's own calendar is named as such.
 */
export function calendarUsed(calendar: RestDayCalendar, given: boolean, from: PlainDate, to: PlainDate): CalendarUsed {
  const notices: HolidayNotice[] = [];
  if (isOfficialCalendar(calendar)) {
    // As `noticeFor`, day by day, without validating each day again: the period's days are valid
    // and covered (the deadline was computed on this calendar). A listed day is its notice's.
    const listed = new Map<PlainDate, HolidayNotice>();
    const byYear = new Map<string, HolidayNotice>();
    const first = Number(from.slice(0, 4));
    const last = Number(to.slice(0, 4));
    for (const { notice, holidays, workdays } of calendar.years) {
      // A notice lists days of its year and of the December before.
      if (notice.year < first || notice.year > last + 1) continue;
      byYear.set(String(notice.year), notice);
      for (const list of [holidays, workdays]) for (const d of list) if (d >= from && d <= to) listed.set(d, notice);
    }
    for (let d = from; d <= to; d = dayAfter(d)) {
      const notice = listed.get(d) ?? byYear.get(d.slice(0, 4));
      if (notice !== undefined && !notices.includes(notice)) notices.push(notice);
    }
    notices.sort((a, b) => a.year - b.year);
  }
  const numbers = notices.map((n) => n.number);
  const kind = given ? 'given' : 'official';
  if (notices.length === 0) {
    return {
      facts: { calendar: kind, notices: [] },
      phrase: { 'zh-CN': '依调用方提供的休息日日历', en: 'per the rest-day calendar given' },
    };
  }
  const zh = notices.map((n) => `《${n.title}》（${n.number}）`).join('、');
  const years = notices.map((n) => n.year).join(' and ');
  const en = `${numbers.join(', ')}, the State Council General Office's notice${notices.length > 1 ? 's' : ''} on ${years}'s holidays`;
  return {
    facts: { calendar: kind, notices: numbers },
    phrase: given
      ? { 'zh-CN': `依调用方提供的日历，即${zh}`, en: `per the calendar given, from ${en}` }
      : { 'zh-CN': `依${zh}`, en: `per ${en}` },
  };
}
