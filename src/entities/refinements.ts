// Internal helpers shared by the entity and quota schemas. Not part of the public API.
import * as z from 'zod';
import { isPlainDate } from '../dates/plain-date.js';
import type { BilingualMessage } from '../messages/message.js';
import { addOwnIssue, SEES_PARSE_ERROR } from '../messages/issues.js';
import { LIMITS } from '../limits.js';
import { boundedString } from '../limit-guards.js';
import { typedKey } from '../text-key.js';

/**
 * Adds `BLANK` when a text that is not empty has nothing visible: only characters that show
 * nothing (a zero-width space, a variation selector…), which compare as nothing ({@link typedKey}).
 */
export function visible(value: string, ctx: z.RefinementCtx): void {
  if (value !== '' && typedKey(value) === '') {
    addOwnIssue(ctx, 'BLANK', { 'zh-CN': '内容只有不可见字符，等于未填写', en: 'Only invisible characters: as good as empty' });
  }
}

/**
 * A non-empty piece of free text (a name, a description, a note…); surrounding white space is
 * trimmed, and text of invisible characters only is `BLANK`. At most `LIMITS.textMaxLength`
 * characters after trimming (`LIMIT_EXCEEDED`).
 */
export const nonEmptyText = /* @__PURE__ */ (() =>
  boundedString('textMaxLength', z.string().trim().min(1).max(LIMITS.textMaxLength).superRefine(visible).check(SEES_PARSE_ERROR), 'trimmed'))();

/**
 * A non-empty identifier (a record id, an inspector id, a credential number…); surrounding white
 * space is trimmed, and an id of invisible characters only is `BLANK`. At most
 * `LIMITS.idMaxLength` characters after trimming (`LIMIT_EXCEEDED`).
 */
export const nonEmptyId = /* @__PURE__ */ (() =>
  boundedString('idMaxLength', z.string().trim().min(1).max(LIMITS.idMaxLength).superRefine(visible).check(SEES_PARSE_ERROR), 'trimmed'))();

/** One end of a date-order check: where it is, its value, and its name in both languages. */
export interface DatedField {
  readonly path: readonly (string | number)[];
  readonly value: unknown;
  readonly name: BilingualMessage;
}

/**
 * Adds a `DATE_ORDER` issue (at the later field's path) when `later` falls before `earlier`.
 * Does nothing when either value is absent or not a valid date: those have their own issues,
 * and object refinements run even when a field failed its own check.
 */
export function requireDateOrder(ctx: z.RefinementCtx, earlier: DatedField, later: DatedField): void {
  if (!isPlainDate(earlier.value) || !isPlainDate(later.value)) return;
  // Two valid YYYY-MM-DD dates (four-digit years) compare chronologically as strings.
  if (later.value < earlier.value) {
    addOwnIssue(
      ctx,
      'DATE_ORDER',
      {
        'zh-CN': `${later.name['zh-CN']}（${later.value}）不能早于${earlier.name['zh-CN']}（${earlier.value}）`,
        en: `${later.name.en} (${later.value}) cannot be before ${earlier.name.en} (${earlier.value})`,
      },
      later.path,
    );
  }
}
