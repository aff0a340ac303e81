import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { plainDateSchema } from '../dates/plain-date.js';
import { parseOwn } from '../messages/issues.js';
import type { BilingualMessage } from '../messages/message.js';
import { qualityDossierSchema, dossierEntrySchema, type QualityDossierInput } from '../entities/quality-dossier.js';
import type { Decision, TraceStep } from './decision.js';
import { happenedBy, readWithAsOf } from './support/options.js';
import { decide, step } from './support/trace.js';
import { RuleInputError } from '../errors.js';
import { typedKey } from '../text-key.js';
import { boundedArray } from '../limit-guards.js';

/**
 * Schema of the parts Article 13 requires in an enterprise quality dossier: `basic_information`
 * (企业基本信息), `certificate_text` (证书文本), `supervisory_sampling_results` (监督抽查),
 * `routine_inspection_records` (日常检查记录).
 *
 * @example
 * ```ts
 * dossierPartSchema.options.length; //=> 4
 * ```
 */
export const dossierPartSchema = /* @__PURE__ */ (() =>
  z.enum(['basic_information', 'certificate_text', 'supervisory_sampling_results', 'routine_inspection_records']))();

/**
 * A part Article 13 requires in a quality dossier.
 *
 * @example
 * ```ts
 * const part: DossierPart = 'certificate_text'; // 证书文本
 * ```
 */
export type DossierPart = z.infer<typeof dossierPartSchema>;

/**
 * Schema of the options of {@link dossierCompleteness}: the decision date, and the inspection and
 * sampling records known to exist for the enterprise (`{ recordId, date }` each). Without a list,
 * whether those records are all in the dossier cannot be said. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * dossierCompletenessOptionsSchema.safeParse({ asOf: '2024-07-01', recordedInspections: [], recordedSamplings: [] }).success; //=> true
 * ```
 */
export const dossierCompletenessOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: plainDateSchema,
    recordedInspections: boundedArray(dossierEntrySchema, 'listMaxLength').optional(),
    recordedSamplings: boundedArray(dossierEntrySchema, 'listMaxLength').optional(),
  }))();

/**
 * Options of {@link dossierCompleteness}: the decision date and the inspection and sampling records
 * known to exist (Article 13).
 *
 * @example
 * ```ts
 * const options: DossierCompletenessOptions = {
 *   asOf: '2024-07-01',
 *   recordedInspections: [{ recordId: 'R-2024-031', date: '2024-05-10' }],
 *   recordedSamplings: [{ recordId: 'CY-2024-012', date: '2024-03-01' }],
 * };
 * ```
 */
export type DossierCompletenessOptions = z.input<typeof dossierCompletenessOptionsSchema>;

/**
 * Outcome of {@link dossierCompleteness}: which Article 13 parts and which records are missing from
 * a quality dossier.
 *
 * @example
 * ```ts
 * const outcome: DossierCompletenessOutcome = {
 *   status: 'incomplete',
 *   missingParts: ['certificate_text'],
 *   unfiledInspections: ['R-2024-058'],
 *   unfiledSamplings: [],
 *   missing: [],
 * };
 * ```
 */
export interface DossierCompletenessOutcome {
  /**
   * `'complete'`; `'incomplete'` when a part or a record is missing; `'insufficient_information'`
   * when nothing is found missing but a list of recorded inspections or samplings was not given.
   */
  readonly status: 'complete' | 'incomplete' | 'insufficient_information';
  /** The required parts absent from the dossier, in Article 13's order. */
  readonly missingParts: readonly DossierPart[];
  /** Ids of inspection records dated on or before `asOf` that are not in the dossier. */
  readonly unfiledInspections: readonly string[];
  /** Ids of sampling records dated on or before `asOf` that are not in the dossier. */
  readonly unfiledSamplings: readonly string[];
  /** The options needed to decide but not given, empty when decided. */
  readonly missing: readonly string[];
}

const PART_NAMES: { readonly [K in DossierPart]: BilingualMessage } = {
  basic_information: { 'zh-CN': '企业基本信息', en: 'basic enterprise information' },
  certificate_text: { 'zh-CN': '证书文本', en: 'the certificate text' },
  supervisory_sampling_results: { 'zh-CN': '监督抽查', en: 'supervisory sampling results' },
  routine_inspection_records: { 'zh-CN': '日常检查记录', en: 'routine inspection records' },
};

/**
 * Article 13: which required parts of an enterprise quality dossier are missing (basic
 * information, certificate text, supervisory sampling results, routine inspection records — a
 * part left out of the dossier is missing; an empty list is a part with nothing in it yet), and
 * which inspection or sampling records dated on or before `asOf` are not yet in it (matched by
 * record id). Article 13 asks for records to be added "promptly" (及时) without a number of days,
 * so no lateness is computed.
 *
 * @param dossier - the quality dossier (see `qualityDossierSchema`)
 * @param options - `{ asOf, recordedInspections?, recordedSamplings? }`
 * @returns a decision whose outcome is `{ status, missingParts, unfiledInspections, unfiledSamplings, missing }`
 * @throws RuleInputError for malformed input, or a record id dated twice otherwise in the list of
 *   records, in the dossier or between them (`DATE_MISMATCH`); NotInForceError when `asOf` is
 *   before 2020-11-25
 * @example
 * ```ts
 * dossierCompleteness(
 *   { enterpriseId: '91350100M000100Y43', basicInformation: { name: '白城市某包装制品有限公司' },
 *     supervisorySamplingResults: [], routineInspectionRecords: [{ recordId: 'R-1', date: '2024-05-10' }] },
 *   { asOf: '2024-07-01', recordedInspections: [{ recordId: 'R-1', date: '2024-05-10' }, { recordId: 'R-2', date: '2024-06-20' }],
 *     recordedSamplings: [] },
 * ).outcome;
 * //=> { status: 'incomplete', missingParts: ['certificate_text'], unfiledInspections: ['R-2'], unfiledSamplings: [], missing: [] }
 * ```
 */
export function dossierCompleteness(
  dossier: DeepReadonly<QualityDossierInput>,
  options: DeepReadonly<DossierCompletenessOptions>,
): Decision<DossierCompletenessOutcome> {
  const { asOf, recordedInspections, recordedSamplings } = readWithAsOf(dossierCompletenessOptionsSchema, options);
  const d = parseOwn(qualityDossierSchema, dossier);
  const art13 = { article: 13 };
  const trace: TraceStep[] = [];

  const present: { readonly [K in DossierPart]: boolean } = {
    basic_information: d.basicInformation !== undefined,
    certificate_text: d.certificateText !== undefined,
    supervisory_sampling_results: d.supervisorySamplingResults !== undefined,
    routine_inspection_records: d.routineInspectionRecords !== undefined,
  };
  const missingParts: DossierPart[] = [];
  for (const part of dossierPartSchema.options) {
    if (!present[part]) missingParts.push(part);
    trace.push(
      step(
        `art13.part.${part}`,
        art13,
        present[part],
        { part, present: present[part] },
        present[part]
          ? { 'zh-CN': `档案包含${PART_NAMES[part]['zh-CN']}`, en: `The dossier has ${PART_NAMES[part].en}` }
          : { 'zh-CN': `档案缺少${PART_NAMES[part]['zh-CN']}`, en: `The dossier lacks ${PART_NAMES[part].en}` },
      ),
    );
  }

  const missing: string[] = [];
  const unfiled = (
    kind: 'inspection' | 'sampling',
    recorded: readonly { recordId: string; date: string }[] | undefined,
    filed: readonly { recordId: string; date: string }[] | undefined,
    filedField: string,
  ): string[] => {
    const field = kind === 'inspection' ? 'recordedInspections' : 'recordedSamplings';
    const name: BilingualMessage =
      kind === 'inspection'
        ? { 'zh-CN': '检查记录', en: 'inspection record' }
        : { 'zh-CN': '抽样检验记录', en: 'sampling record' };
    // One record, one date: an id (compared as typed) dated twice otherwise — in the list, in the
    // dossier or between them — contradicts itself, and which date is right cannot be told. The
    // later one is blamed.
    const dateOf = new Map<string, string>();
    const consistent = (list: readonly { recordId: string; date: string }[], at: string): void =>
      list.forEach((e, index) => {
        const known = dateOf.get(typedKey(e.recordId));
        if (known === undefined) dateOf.set(typedKey(e.recordId), e.date);
        else if (known !== e.date) {
          throw new RuleInputError([
            {
              path: [at, index, 'date'],
              code: 'DATE_MISMATCH',
              message: {
                'zh-CN': `${name['zh-CN']} ${e.recordId} 有两个日期：${known} 与 ${e.date}`,
                en: `The ${name.en} ${e.recordId} is dated both ${known} and ${e.date}`,
              },
            },
          ]);
        }
      });
    consistent(recorded ?? [], field);
    consistent(filed ?? [], filedField);
    if (recorded === undefined) {
      missing.push(field);
      trace.push(
        step(
          `art13.${kind}_records_filed`,
          art13,
          false,
          { [field]: null },
          {
            'zh-CN': `未提供已有${name['zh-CN']}清单，无法核对是否均已纳入档案`,
            en: `No list of ${name.en}s given: cannot tell whether all are in the dossier`,
          },
        ),
      );
      return [];
    }
    // Record ids compared as typed (NFKC, white space and invisible characters removed).
    const inDossier = new Set((filed ?? []).map((e) => typedKey(e.recordId)));
    const out: string[] = [];
    for (const entry of recorded) {
      if (!happenedBy(entry.date, asOf)) {
        trace.push(
          step(
            `art13.${kind}_record_on_or_before_as_of`,
            art13,
            false,
            { recordId: entry.recordId, date: entry.date, asOf },
            {
              'zh-CN': `${name['zh-CN']} ${entry.recordId}（${entry.date}）晚于 ${asOf}，不予考虑`,
              en: `The ${name.en} ${entry.recordId} (${entry.date}) is after ${asOf}: ignored`,
            },
          ),
        );
        continue;
      }
      const isFiled = inDossier.has(typedKey(entry.recordId));
      if (!isFiled && !out.includes(entry.recordId)) out.push(entry.recordId);
      trace.push(
        step(
          `art13.${kind}_record_filed`,
          art13,
          isFiled,
          { recordId: entry.recordId, date: entry.date },
          isFiled
            ? {
                'zh-CN': `${name['zh-CN']} ${entry.recordId} 已纳入档案`,
                en: `The ${name.en} ${entry.recordId} is in the dossier`,
              }
            : {
                'zh-CN': `${name['zh-CN']} ${entry.recordId} 未纳入档案`,
                en: `The ${name.en} ${entry.recordId} is not in the dossier`,
              },
        ),
      );
    }
    return out;
  };
  const unfiledInspections = unfiled('inspection', recordedInspections, d.routineInspectionRecords, 'routineInspectionRecords');
  const unfiledSamplings = unfiled('sampling', recordedSamplings, d.supervisorySamplingResults, 'supervisorySamplingResults');

  const incomplete = missingParts.length > 0 || unfiledInspections.length > 0 || unfiledSamplings.length > 0;
  const status = incomplete ? 'incomplete' : missing.length > 0 ? 'insufficient_information' : 'complete';
  return decide(
    { status, missingParts, unfiledInspections, unfiledSamplings, missing: incomplete ? [] : missing },
    [art13],
    [],
    trace,
  );
}
