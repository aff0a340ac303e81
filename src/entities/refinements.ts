// Internal helpers shared by the entity schemas. Not part of the public API.
import { z } from 'zod';
import { compareDates, isPlainDate } from '../dates/plain-date.js';
import type { BilingualMessage } from '../messages/message.js';
import { addDomainIssue } from '../messages/issues.js';

/** A non-empty piece of text; surrounding white space is trimmed. */
export const nonEmptyText = /* @__PURE__ */ (() => z.string().trim().min(1))();

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
  if (compareDates(later.value, earlier.value) < 0) {
    addDomainIssue(
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
