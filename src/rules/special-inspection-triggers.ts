import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { compareDates, plainDateSchema } from '../dates/plain-date.js';
import type { BilingualMessage } from '../messages/message.js';
import { formatCitation, type ArticleRef } from '../regulation/citation.js';
import { nonEmptyText } from '../entities/refinements.js';
import type { Decision, TraceStep } from './decision.js';
import { readWithAsOf } from './support/options.js';
import { decide, step } from './support/trace.js';
import { boundedArray } from '../limit-guards.js';

/**
 * Schema of the six situations of Article 7 that require a special inspection, in item order:
 * (1) `complaint` 被举报, (2) `media_exposure` 被媒体曝光, (3) `counterfeiting_suspected` 涉嫌存在制假售假
 * 行为和记录 (a suspicion, or a record, of making or selling fakes: both use this kind),
 * (4) `major_quality_accident` 发生重大质量事故, (5) `quality_audit` 需要对审查质量、持续保持能力、证后监管
 * 质量进行抽查, (6) `assigned_by_superior` 上级交办.
 *
 * @example
 * ```ts
 * specialInspectionTriggerSchema.options.indexOf('major_quality_accident') + 1; //=> 4 (item 4)
 * ```
 */
export const specialInspectionTriggerSchema = /* @__PURE__ */ (() =>
  z.enum([
    'complaint',
    'media_exposure',
    'counterfeiting_suspected',
    'major_quality_accident',
    'quality_audit',
    'assigned_by_superior',
  ]))();

/**
 * One of Article 7's six situations.
 *
 * @example
 * ```ts
 * const trigger: SpecialInspectionTrigger = 'media_exposure'; // Article 7 item 2, 被媒体曝光
 * ```
 */
export type SpecialInspectionTrigger = z.infer<typeof specialInspectionTriggerSchema>;

/**
 * Schema of one event that may call for a special inspection: its kind, its date, and an optional
 * reference (a complaint number, an article's URL, the superior's document number…). Unknown keys
 * are rejected (`z.strictObject`).
 *
 * @example
 * ```ts
 * specialInspectionEventSchema.safeParse({ kind: 'complaint', date: '2024-04-02', ref: '12315-0402-17' }).success; //=> true
 * ```
 */
export const specialInspectionEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: specialInspectionTriggerSchema,
    date: plainDateSchema,
    ref: nonEmptyText.optional(),
  }))();

/**
 * One event that may call for a special inspection.
 *
 * @example
 * ```ts
 * const event: SpecialInspectionEvent = { kind: 'complaint', date: '2024-04-02', ref: '12315-0402-17' };
 * ```
 */
export type SpecialInspectionEvent = z.infer<typeof specialInspectionEventSchema>;

/**
 * Schema of the input of {@link specialInspectionTriggers}: the decision date and the events not
 * yet dealt with by a special inspection. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * specialInspectionTriggersInputSchema.safeParse({ asOf: '2024-05-01', events: [] }).success; //=> true
 * ```
 */
export const specialInspectionTriggersInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: plainDateSchema,
    events: boundedArray(specialInspectionEventSchema, 'listMaxLength'),
  }))();

/**
 * Input of {@link specialInspectionTriggers}: the decision date and the Article 7 events not yet
 * dealt with.
 *
 * @example
 * ```ts
 * const input: SpecialInspectionTriggersInput = {
 *   asOf: '2024-05-01',
 *   events: [{ kind: 'complaint', date: '2024-04-02', ref: '12315-0402-17' }],
 * };
 * specialInspectionTriggers(input).outcome; //=> { required: true, triggers: ['complaint'] }
 * ```
 */
export type SpecialInspectionTriggersInput = z.input<typeof specialInspectionTriggersInputSchema>;

/**
 * Outcome of {@link specialInspectionTriggers}: whether Article 7 requires a special inspection,
 * and on which grounds.
 *
 * @example
 * ```ts
 * const outcome: SpecialInspectionTriggersOutcome = { required: true, triggers: ['complaint', 'media_exposure'] };
 * ```
 */
export interface SpecialInspectionTriggersOutcome {
  /** Whether Article 7 requires a special inspection (应当进行专项检查). */
  readonly required: boolean;
  /** The situations found, each once, in Article 7's item order. */
  readonly triggers: readonly SpecialInspectionTrigger[];
}

const NAMES: { readonly [K in SpecialInspectionTrigger]: BilingualMessage } = {
  complaint: { 'zh-CN': '企业被举报', en: 'the enterprise was reported' },
  media_exposure: { 'zh-CN': '企业被媒体曝光', en: 'the enterprise was exposed by the media' },
  counterfeiting_suspected: {
    'zh-CN': '企业涉嫌存在制假售假行为和记录',
    en: 'the enterprise is suspected of, or has a record of, making or selling fakes',
  },
  major_quality_accident: { 'zh-CN': '企业发生重大质量事故', en: 'a major quality accident occurred' },
  quality_audit: {
    'zh-CN': '需要对审查质量、持续保持生产合格产品能力或证后监管质量进行抽查',
    en: 'a spot check of review quality, continued capability or post-license supervision quality is needed',
  },
  assigned_by_superior: { 'zh-CN': '上级交办的检查', en: 'an inspection was assigned by a superior' },
};

/**
 * Article 7: whether a special inspection (专项检查) of a licensed enterprise is required, and on
 * which of the six grounds. Each event dated on or before `asOf` counts for its item; events dated
 * after `asOf` have not happened yet as of that day and are ignored (each is traced). The caller
 * passes the events not yet dealt with: the regulation sets no look-back period, so an event from
 * before 2020-11-25 still counts when the decision date is in force (docs/interpretation.md).
 *
 * The trace has one step per event (its date against `asOf`), then one step per item of
 * Article 7, in order. `basis` cites each matching item, or Article 7 as a whole when none matches.
 *
 * @param input - `{ asOf, events }`
 * @returns a decision whose outcome is `{ required, triggers }`
 * @throws RuleInputError for malformed input; NotInForceError when `asOf` is before 2020-11-25
 * @example
 * ```ts
 * const d = specialInspectionTriggers({
 *   asOf: '2024-05-01',
 *   events: [
 *     { kind: 'media_exposure', date: '2024-04-20' },
 *     { kind: 'complaint', date: '2024-04-02' },
 *     { kind: 'assigned_by_superior', date: '2024-06-01' }, // after asOf: ignored
 *   ],
 * });
 * d.outcome; //=> { required: true, triggers: ['complaint', 'media_exposure'] }
 * d.basis; //=> [{ article: 7, item: 1 }, { article: 7, item: 2 }]
 * ```
 */
export function specialInspectionTriggers(
  input: DeepReadonly<SpecialInspectionTriggersInput>,
): Decision<SpecialInspectionTriggersOutcome> {
  const { asOf, events } = readWithAsOf(specialInspectionTriggersInputSchema, input);
  const trace: TraceStep[] = [];
  const counted: SpecialInspectionEvent[] = [];
  events.forEach((event, index) => {
    const inTime = compareDates(event.date, asOf) <= 0;
    if (inTime) counted.push(event);
    trace.push(
      step(
        'art7.event_on_or_before_as_of',
        { article: 7 },
        inTime,
        // index: the event's position in `events` (from 0); messages count from 1.
        { index, kind: event.kind, date: event.date, asOf, ...(event.ref === undefined ? {} : { ref: event.ref }) },
        inTime
          ? {
              'zh-CN': `第 ${index + 1} 个事件（${NAMES[event.kind]['zh-CN']}，${event.date}）不晚于 ${asOf}，予以考虑`,
              en: `Event ${index + 1} (${NAMES[event.kind].en}, ${event.date}) is on or before ${asOf}: considered`,
            }
          : {
              'zh-CN': `第 ${index + 1} 个事件（${NAMES[event.kind]['zh-CN']}，${event.date}）晚于 ${asOf}，不予考虑`,
              en: `Event ${index + 1} (${NAMES[event.kind].en}, ${event.date}) is after ${asOf}: ignored`,
            },
      ),
    );
  });
  const triggers: SpecialInspectionTrigger[] = [];
  const basis: ArticleRef[] = [];
  specialInspectionTriggerSchema.options.forEach((kind, i) => {
    const item = i + 1;
    const ref: ArticleRef = { article: 7, item };
    const matching = counted.filter((e) => e.kind === kind);
    const found = matching.length > 0;
    if (found) {
      triggers.push(kind);
      basis.push(ref);
    }
    const name = NAMES[kind];
    trace.push(
      step(
        `art7.item${item}.${kind}`,
        ref,
        found,
        { kind, events: matching.map((e) => e.date), asOf },
        found
          ? {
              'zh-CN': `${formatCitation(ref)}：${name['zh-CN']}（${matching.length} 件）`,
              en: `${formatCitation(ref, 'en')}: ${name.en} (${matching.length} event(s))`,
            }
          : {
              'zh-CN': `${formatCitation(ref)}不适用：截至 ${asOf} 无此情形`,
              en: `${formatCitation(ref, 'en')} does not apply: no such event by ${asOf}`,
            },
      ),
    );
  });
  return decide({ required: triggers.length > 0, triggers }, basis.length > 0 ? basis : [{ article: 7 }], [], trace);
}
