// Internal: reading `asOf` and options, and checking record dates against it. Not public API.
import * as z from 'zod';
import { compareDates, plainDateSchema, type PlainDate } from '../../dates/plain-date.js';
import type { RestDayCalendar } from '../../dates/calendar.js';
import { addOwnIssue, parseOwn, SEES_PARSE_ERROR } from '../../messages/issues.js';
import type { BilingualMessage } from '../../messages/message.js';
import { assertInForce } from '../../regulation/in-force.js';
import { RuleInputError, SupervisionError } from '../../errors.js';

const asOfOnly = /* @__PURE__ */ (() => z.object({ asOf: plainDateSchema }))();

/** The options every decision function takes: `{ asOf }`, unknown keys rejected. */
export const asOfOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ asOf: plainDateSchema }))();

/**
 * Reads `asOf` first — a malformed date is a RuleInputError, a date before 2020-11-25 a
 * NotInForceError — then parses the whole value with `schema`.
 */
export function readWithAsOf<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const { asOf } = parseOwn(asOfOnly, value);
  assertInForce(asOf);
  return parseOwn(schema, value);
}

/**
 * Schema of a caller-supplied {@link RestDayCalendar}: any object with an `isRestDay` function.
 * The object itself is passed through (not copied), so a calendar whose method uses `this` works.
 *
 * JSON Schema cannot describe a function, and `z.custom` makes `z.toJSONSchema` throw ("Custom
 * types cannot be represented"). So the check sits behind `z.lazy`, whose `_zod.toJSONSchema`
 * hook (zod's documented override) describes the calendar as an object with a required
 * `isRestDay` member. The hook is on the lazy wrapper, not on the refinement itself: zod (4.6)
 * fails on an override placed on a refined schema, whose parent it then never visits.
 */
export const restDayCalendarSchema = /* @__PURE__ */ (() => {
  const check = z.custom<RestDayCalendar>().superRefine((value, ctx) => {
    const ok =
      typeof value === 'object' && value !== null && typeof (value as { isRestDay?: unknown }).isRestDay === 'function';
    if (!ok) {
      addOwnIssue(ctx, 'CALENDAR_INVALID', {
        'zh-CN': '休息日日历应为带有 isRestDay(date) 方法的对象',
        en: 'A rest-day calendar must be an object with an isRestDay(date) method',
      });
    }
  }).check(SEES_PARSE_ERROR);
  const schema = z.lazy(() => check);
  schema._zod.toJSONSchema = () => ({
    type: 'object',
    required: ['isRestDay'],
    description:
      'Rest-day calendar (休息日日历): a JavaScript object with an isRestDay(date) method that returns a boolean; it cannot be sent as JSON data.',
  });
  return schema;
})();

/** How a period is counted (see `periodEnd`). */
export const periodCountingSchema = /* @__PURE__ */ (() => z.enum(['calendar_days', 'working_days']))();

function calendarError(code: string, date: PlainDate, detail: BilingualMessage): RuleInputError {
  return new RuleInputError([
    {
      path: ['calendar'],
      code,
      message: {
        'zh-CN': `休息日日历对 ${date} 的回答无效：${detail['zh-CN']}`,
        en: `The rest-day calendar gave no valid answer for ${date}: ${detail.en}`,
      },
    },
  ]);
}

/**
 * Wraps a caller's calendar so that a failure inside it surfaces as a RuleInputError (code
 * `CALENDAR_FAILED` when it throws, with the calendar's error as `cause`; `CALENDAR_NOT_BOOLEAN`
 * when it answers something else).
 */
export function guardCalendar(calendar: RestDayCalendar): RestDayCalendar {
  return {
    isRestDay(date: PlainDate): boolean {
      let answer: unknown;
      try {
        answer = calendar.isRestDay(date);
      } catch (error) {
        if (error instanceof SupervisionError) throw error;
        const failed = calendarError('CALENDAR_FAILED', date, { 'zh-CN': '调用时抛出异常', en: 'it threw' });
        // The calendar's own error, kept for the caller (Error `cause`, ES2022).
        failed.cause = error;
        throw failed;
      }
      if (typeof answer !== 'boolean') {
        throw calendarError('CALENDAR_NOT_BOOLEAN', date, {
          'zh-CN': `应返回布尔值，实际为 ${typeof answer}`,
          en: `expected a boolean, got ${typeof answer}`,
        });
      }
      return answer;
    },
  };
}

/**
 * Checks that the date of the record being decided on is not after `asOf` (a record from the
 * future cannot be assessed as of today: code `RECORD_AFTER_AS_OF`) and that the measures were in
 * force on it (NotInForceError otherwise: the measures govern acts done from 2020-11-25).
 */
export function requireRecordDate(
  date: PlainDate,
  asOf: PlainDate,
  path: readonly (string | number)[],
  name: BilingualMessage,
): void {
  if (compareDates(date, asOf) > 0) {
    throw new RuleInputError([
      {
        path,
        code: 'RECORD_AFTER_AS_OF',
        message: {
          'zh-CN': `${name['zh-CN']}（${date}）晚于判断日期 asOf（${asOf}）`,
          en: `${name.en} (${date}) is after asOf (${asOf}), the day the decision is made as of`,
        },
      },
    ]);
  }
  assertInForce(date);
}

/** Whether an optional date has happened by `asOf` (present and not after it). */
export function happenedBy(date: PlainDate | undefined, asOf: PlainDate): date is PlainDate {
  return date !== undefined && compareDates(date, asOf) <= 0;
}
