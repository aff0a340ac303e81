import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { compareDates } from '../dates/plain-date.js';
import type { BilingualMessage } from '../messages/message.js';
import { parseOwn } from '../messages/issues.js';
import { formatCitation, type ArticleRef } from '../regulation/citation.js';
import { MIN_INSPECTORS, parameterValue } from '../regulation/parameters.js';
import { CHECKLIST_ITEMS, checklistItemKeySchema } from '../entities/checklist.js';
import { inspectionRecordSchema, type InspectionRecordInput } from '../entities/inspection-record.js';
import { supervisionForms } from '../entities/supervision-forms.js';
import type { Decision, LawRef, TraceStep } from './decision.js';
import { ADMINISTRATIVE_PENALTY_LAW_43, LICENSE_REGULATIONS_39 } from './support/laws.js';
import { asOfOptionsSchema, happenedBy, readWithAsOf, requireRecordDate } from './support/options.js';
import { decide, step, unique } from './support/trace.js';
import { deepFreeze } from '../freeze.js';
import { typedKey } from '../text-key.js';

/**
 * Schema of the problems {@link assessInspectionRecord} can find in an inspection record, in the
 * order it checks them. See {@link inspectionRecordProblems} for each one's provision.
 *
 * @example
 * ```ts
 * inspectionRecordProblemSchema.safeParse('NOT_FILED').success; //=> true
 * ```
 */
export const inspectionRecordProblemSchema = /* @__PURE__ */ (() =>
  z.enum([
    'TOO_FEW_INSPECTORS',
    'DUPLICATE_INSPECTOR',
    'CREDENTIAL_NOT_YET_VALID',
    'CREDENTIAL_EXPIRED',
    'CONFLICT_OF_INTEREST',
    'CHECKLIST_UNANSWERED',
    'INSPECTOR_SIGNATURE_MISSING',
    'SIGNATORY_NOT_INSPECTOR',
    'ENTERPRISE_SIGNATURE_MISSING',
    'NOT_FILED',
  ]))();

/**
 * A problem found in an inspection record.
 *
 * @example
 * ```ts
 * const problem: InspectionRecordProblem = 'ENTERPRISE_SIGNATURE_MISSING';
 * inspectionRecordProblems[problem].basis; //=> { article: 9, paragraph: 2 }
 * ```
 */
export type InspectionRecordProblem = z.infer<typeof inspectionRecordProblemSchema>;

/**
 * What {@link inspectionRecordProblems} says about one problem code.
 *
 * @example
 * ```ts
 * const notFiled: InspectionRecordProblemDefinition = {
 *   basis: { article: 9, paragraph: 2 },
 *   description: { 'zh-CN': '记录未由监管部门归档', en: 'The record has not been filed by the department' },
 * };
 * ```
 */
export interface InspectionRecordProblemDefinition {
  /** The provision the requirement comes from. */
  readonly basis: ArticleRef;
  /** What is wrong, in both languages. */
  readonly description: BilingualMessage;
}

/**
 * Every problem code of {@link assessInspectionRecord} with its provision and meaning.
 * `CONFLICT_OF_INTEREST` rests on Article 9¶1 (the inspectors' lawful participation) read with
 * 行政处罚法 Art 43 (回避); the regulation itself does not mention conflicts of interest.
 *
 * @example
 * ```ts
 * inspectionRecordProblems.TOO_FEW_INSPECTORS.basis; //=> { article: 9, paragraph: 1 }
 * inspectionRecordProblems.CHECKLIST_UNANSWERED.basis; //=> { article: 6 }
 * ```
 */
export const inspectionRecordProblems: { readonly [K in InspectionRecordProblem]: InspectionRecordProblemDefinition } =
  /* @__PURE__ */ deepFreeze({
    TOO_FEW_INSPECTORS: {
      basis: { article: 9, paragraph: 1 },
      description: {
        'zh-CN': '持合法有效证件的检查人员少于2名',
        en: 'Fewer than 2 distinct inspectors held a valid credential on the inspection date',
      },
    },
    DUPLICATE_INSPECTOR: {
      basis: { article: 9, paragraph: 1 },
      description: {
        'zh-CN': '同一检查人员（相同编号或证件号）被重复列出',
        en: 'The same inspector (same id or credential number) is listed more than once',
      },
    },
    CREDENTIAL_NOT_YET_VALID: {
      basis: { article: 9, paragraph: 1 },
      description: {
        'zh-CN': '检查日期早于检查人员证件生效日',
        en: "An inspector's credential was not yet valid on the inspection date",
      },
    },
    CREDENTIAL_EXPIRED: {
      basis: { article: 9, paragraph: 1 },
      description: {
        'zh-CN': '检查日期晚于检查人员证件有效期',
        en: "An inspector's credential had expired by the inspection date",
      },
    },
    CONFLICT_OF_INTEREST: {
      basis: { article: 9, paragraph: 1 },
      description: {
        'zh-CN': '检查人员已申报与被检查企业存在利害关系，应当回避（行政处罚法第四十三条）',
        en: 'An inspector declared a conflict of interest with the enterprise and should have withdrawn (Administrative Penalty Law Art 43)',
      },
    },
    CHECKLIST_UNANSWERED: {
      basis: { article: 6 },
      description: {
        'zh-CN': '日常监督检查记录中第六条检查项目未逐项填写',
        en: 'An Article 6 checklist item was left unanswered in a routine inspection record',
      },
    },
    INSPECTOR_SIGNATURE_MISSING: {
      basis: { article: 9, paragraph: 2 },
      description: { 'zh-CN': '有检查人员未在记录上签字', en: 'An inspector did not sign the record' },
    },
    SIGNATORY_NOT_INSPECTOR: {
      basis: { article: 9, paragraph: 2 },
      description: {
        'zh-CN': '签字人不是记录所列检查人员',
        en: 'Someone signed as inspector who is not listed as one',
      },
    },
    ENTERPRISE_SIGNATURE_MISSING: {
      basis: { article: 9, paragraph: 2 },
      description: { 'zh-CN': '企业负责人员未签字', en: "The enterprise's responsible person has not signed" },
    },
    NOT_FILED: {
      basis: { article: 9, paragraph: 2 },
      description: { 'zh-CN': '记录未由监管部门归档', en: 'The record has not been filed by the department' },
    },
  });

const STATUS_ZH = { compliant: '符合', non_compliant: '不符合', not_applicable: '不适用' } as const;
const STATUS_EN = { compliant: 'compliant', non_compliant: 'non-compliant', not_applicable: 'not applicable' } as const;

/**
 * Schema of the options of {@link assessInspectionRecord}: `{ asOf }`.
 *
 * @example
 * ```ts
 * assessInspectionRecordOptionsSchema.safeParse({ asOf: '2024-06-01' }).success; //=> true
 * ```
 */
export const assessInspectionRecordOptionsSchema = asOfOptionsSchema;

/**
 * Options of {@link assessInspectionRecord}: the decision date `asOf`.
 *
 * @example
 * ```ts
 * const options: AssessInspectionRecordOptions = { asOf: '2024-06-01' };
 * ```
 */
export type AssessInspectionRecordOptions = z.input<typeof assessInspectionRecordOptionsSchema>;

/**
 * Outcome of {@link assessInspectionRecord}: whether the record meets Article 9 (and Article 6, for
 * a routine inspection), and the problems found.
 *
 * @example
 * ```ts
 * const outcome: AssessInspectionRecordOutcome = { valid: false, problems: ['TOO_FEW_INSPECTORS', 'NOT_FILED'] };
 * ```
 */
export interface AssessInspectionRecordOutcome {
  /** Whether the record meets Article 9 and, for a routine inspection, Article 6. */
  readonly valid: boolean;
  /** Each problem found, once, in the order of {@link inspectionRecordProblemSchema}. */
  readonly problems: readonly InspectionRecordProblem[];
}

/**
 * For each listed inspector, the index of the first entry of the same person: entries are one
 * person when they share an id or a credential number, directly or through other entries. Ids
 * and numbers are compared as typed forms of one text: NFKC (full-width Ａ００１ is A001), white
 * space and invisible format characters removed (吉 0800123 is 吉0800123).
 */
function samePersonGroups(inspectors: readonly { readonly id: string; readonly credentialNumber: string }[]): number[] {
  const parent = inspectors.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  const firstWith = new Map<string, number>();
  for (const [i, inspector] of inspectors.entries()) {
    for (const key of [`id ${typedKey(inspector.id)}`, `credential ${typedKey(inspector.credentialNumber)}`]) {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else {
        const [a, b] = [root(first), root(i)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  return inspectors.map((_, i) => root(i));
}

/**
 * Articles 9 and 6: whether a 《获证企业巡查、回访记录》 meets the regulation, as of `asOf`:
 * - Article 9¶1: at least {@link MIN_INSPECTORS} (2) distinct inspectors hold a credential valid
 *   on the inspection date; nobody is listed twice (same id or same credential number); each
 *   listed inspector's credential is valid on that date; no inspector declared a conflict of
 *   interest with the enterprise (回避, 行政处罚法 Art 43);
 * - Article 6, for a routine inspection only (日常监督检查: `periodic`, `non_periodic` and
 *   `follow_up` — 定期、不定期监督检查和回访, Article 5¶1): all six checklist items answered
 *   (`not_applicable` is an answer). Article 6 lists what 日常监督检查 focuses on; a special
 *   inspection (`special`, 专项检查, Article 5¶5) is held to Article 9 alone, and its checklist
 *   may answer any items or none (one trace step, `art6.routine_inspections_only`, says so);
 * - Article 9¶2: signed by every listed inspector, by nobody else as inspector, and by the
 *   enterprise's responsible person, and filed — signatures and filing dated after `asOf` have not
 *   happened yet.
 *
 * Every check is traced in that order, with the facts compared. The record's date may not be after
 * `asOf` (code `RECORD_AFTER_AS_OF`), nor before 2020-11-25 (NotInForceError: the measures govern
 * inspections from that day).
 *
 * @param record - the inspection record (see `inspectionRecordSchema`)
 * @param options - `{ asOf }`
 * @returns a decision whose outcome is `{ valid, problems }`; `basis` cites the provisions of the
 *   problems found (all checked provisions when valid), and `higherLaw` likewise: 条例 Art 39 for
 *   the head count and credentials, 行政处罚法 Art 43 for a conflict, both when valid
 * @throws RuleInputError for malformed input; NotInForceError for dates before 2020-11-25
 * @example
 * ```ts
 * const d = assessInspectionRecord(
 *   {
 *     enterpriseId: '91350100M000100Y43', kind: 'periodic', date: '2024-05-10',
 *     inspectors: [{ id: 'BC-017', name: '张三', credentialNumber: '吉0800123', credentialValidUntil: '2026-12-31' }],
 *     checklist: {}, findings: [], signatures: { inspectorIds: ['BC-017'] },
 *   },
 *   { asOf: '2024-06-01' },
 * );
 * d.outcome;
 * //=> { valid: false, problems: ['TOO_FEW_INSPECTORS', 'CHECKLIST_UNANSWERED', 'ENTERPRISE_SIGNATURE_MISSING', 'NOT_FILED'] }
 * ```
 */
export function assessInspectionRecord(
  record: DeepReadonly<InspectionRecordInput>,
  options: DeepReadonly<AssessInspectionRecordOptions>,
): Decision<AssessInspectionRecordOutcome> {
  const { asOf } = readWithAsOf(assessInspectionRecordOptionsSchema, options);
  const r = parseOwn(inspectionRecordSchema, record);
  requireRecordDate(r.date, asOf, ['date'], { 'zh-CN': '检查日期', en: 'The inspection date' });
  const required = parameterValue(MIN_INSPECTORS, r.date);

  const problems: InspectionRecordProblem[] = [];
  const failed: ArticleRef[] = [];
  const trace: TraceStep[] = [];
  const push = (s: TraceStep, problem: InspectionRecordProblem): void => {
    trace.push(s);
    if (!s.passed) {
      problems.push(problem);
      failed.push(s.basis);
    }
  };

  // Who took part: duplicates, credential validity. Article 9¶1 counts people: entries sharing an
  // id or a credential number are one person, who counts once when any of their entries holds a
  // credential valid on the day, whatever the order of the list.
  const people = samePersonGroups(r.inspectors);
  const qualifiedPeople = new Set<number>();
  const seenIds = new Set<string>();
  const seenCredentials = new Set<string>();
  const duplicates: string[] = [];
  const credentialSteps: { s: TraceStep; problem: InspectionRecordProblem }[] = [];
  for (const [index, inspector] of r.inspectors.entries()) {
    const id = typedKey(inspector.id);
    const credential = typedKey(inspector.credentialNumber);
    const duplicate = seenIds.has(id) || seenCredentials.has(credential);
    seenIds.add(id);
    seenCredentials.add(credential);
    if (duplicate) duplicates.push(inspector.id);
    const notYet =
      inspector.credentialValidFrom !== undefined && compareDates(r.date, inspector.credentialValidFrom) < 0;
    const expired = compareDates(r.date, inspector.credentialValidUntil) > 0;
    if (!notYet && !expired) qualifiedPeople.add(people[index] as number);
    const facts = {
      inspectorId: inspector.id,
      credentialNumber: inspector.credentialNumber,
      validFrom: inspector.credentialValidFrom ?? null,
      validUntil: inspector.credentialValidUntil,
      inspectionDate: r.date,
    };
    credentialSteps.push({
      s: step(
        'art9.para1.credential_valid',
        { article: 9, paragraph: 1 },
        !notYet && !expired,
        facts,
        notYet
          ? {
              'zh-CN': `检查人员 ${inspector.id} 的证件自 ${inspector.credentialValidFrom} 起生效，检查日期 ${r.date} 尚未生效`,
              en: `Inspector ${inspector.id}'s credential was valid only from ${inspector.credentialValidFrom}, after the inspection on ${r.date}`,
            }
          : expired
          ? {
              'zh-CN': `检查人员 ${inspector.id} 的证件已于 ${inspector.credentialValidUntil} 到期，检查日期为 ${r.date}`,
              en: `Inspector ${inspector.id}'s credential expired on ${inspector.credentialValidUntil}, before the inspection on ${r.date}`,
            }
          : {
              'zh-CN': `检查人员 ${inspector.id} 的证件在检查日期 ${r.date} 有效`,
              en: `Inspector ${inspector.id}'s credential was valid on ${r.date}`,
            },
      ),
      problem: notYet ? 'CREDENTIAL_NOT_YET_VALID' : 'CREDENTIAL_EXPIRED',
    });
  }

  const qualified = qualifiedPeople.size;
  push(
    step(
      'art9.para1.min_inspectors',
      { article: 9, paragraph: 1 },
      qualified >= required,
      { inspectorsWithValidCredential: qualified, listed: r.inspectors.length, required, parameter: MIN_INSPECTORS.id },
      qualified >= required
        ? {
            'zh-CN': `持有效证件的检查人员 ${qualified} 名，不少于 ${required} 名`,
            en: `${qualified} distinct inspectors held a valid credential: at least ${required}`,
          }
        : {
            'zh-CN': `持有效证件的检查人员仅 ${qualified} 名，少于 ${required} 名`,
            en: `Only ${qualified} distinct inspector(s) held a valid credential: fewer than ${required}`,
          },
    ),
    'TOO_FEW_INSPECTORS',
  );
  push(
    step(
      'art9.para1.distinct_inspectors',
      { article: 9, paragraph: 1 },
      duplicates.length === 0,
      { inspectorIds: r.inspectors.map((i) => i.id), duplicates },
      duplicates.length === 0
        ? { 'zh-CN': '检查人员互不相同', en: 'The inspectors are distinct people' }
        : {
            'zh-CN': `检查人员被重复列出：${duplicates.join('、')}`,
            en: `Inspector(s) listed more than once: ${duplicates.join(', ')}`,
          },
    ),
    'DUPLICATE_INSPECTOR',
  );
  for (const c of credentialSteps) push(c.s, c.problem);
  for (const inspector of r.inspectors) {
    const conflicted = (inspector.conflicts ?? []).includes(r.enterpriseId);
    push(
      step(
        'art9.para1.no_conflict_of_interest',
        { article: 9, paragraph: 1 },
        !conflicted,
        // Whether the enterprise is among the declared conflicts, not the whole list (up to
        // LIMITS.conflictsMaxPerInspector entries, repeated for every inspector).
        { inspectorId: inspector.id, enterpriseId: r.enterpriseId, conflictDeclared: conflicted },
        conflicted
          ? {
              'zh-CN': `检查人员 ${inspector.id} 已申报与企业 ${r.enterpriseId} 存在利害关系，应当回避`,
              en: `Inspector ${inspector.id} declared a conflict of interest with ${r.enterpriseId} and should have withdrawn`,
            }
          : {
              'zh-CN': `检查人员 ${inspector.id} 未申报与企业 ${r.enterpriseId} 的利害关系`,
              en: `Inspector ${inspector.id} declared no conflict with ${r.enterpriseId}`,
            },
      ),
      'CONFLICT_OF_INTEREST',
    );
  }

  // Article 6: every checklist item answered — in a routine inspection (日常监督检查重点是…).
  const routine = supervisionForms[r.kind].category === 'routine_inspection';
  if (!routine) {
    // A special inspection: what was answered is traced, nothing is required.
    const answered = checklistItemKeySchema.options.filter((key) => r.checklist[key] !== undefined);
    trace.push(
      step(
        'art6.routine_inspections_only',
        { article: 6 },
        true,
        { kind: r.kind, category: supervisionForms[r.kind].category, answeredItems: answered },
        {
          'zh-CN': `专项检查不属于日常监督检查，不要求逐项填写第六条检查项目；已填写 ${answered.length} 项`,
          en: `A special inspection is not a routine one: Article 6's items need not all be answered; answered: ${answered.length}`,
        },
      ),
    );
  } else {
    // A routine inspection: every item answered.
    for (const key of checklistItemKeySchema.options) {
      const answer = r.checklist[key];
      const item = CHECKLIST_ITEMS[key].item;
      const ref: ArticleRef = { article: 6, item };
      push(
        step(
          `art6.item${item}.answered`,
          ref,
          answer !== undefined,
          { item: key, status: answer?.status ?? null },
          answer === undefined
            ? { 'zh-CN': `${formatCitation(ref)}未填写`, en: `${formatCitation(ref, 'en')} (${key}) is unanswered` }
            : {
                'zh-CN': `${formatCitation(ref)}已填写：${STATUS_ZH[answer.status]}`,
                en: `${formatCitation(ref, 'en')} (${key}) answered: ${STATUS_EN[answer.status]}`,
              },
        ),
        'CHECKLIST_UNANSWERED',
      );
    }
  }

  // Article 9¶2: signatures and filing.
  // Signatures name inspectors by id, compared as typed (see samePersonGroups).
  const signed = new Set(r.signatures.inspectorIds.map(typedKey));
  for (const id of unique(r.inspectors.map((i) => i.id))) {
    push(
      step(
        'art9.para2.inspector_signed',
        { article: 9, paragraph: 2 },
        signed.has(typedKey(id)),
        { inspectorId: id, signedBy: r.signatures.inspectorIds },
        signed.has(typedKey(id))
          ? { 'zh-CN': `检查人员 ${id} 已签字`, en: `Inspector ${id} signed` }
          : { 'zh-CN': `检查人员 ${id} 未签字`, en: `Inspector ${id} did not sign` },
      ),
      'INSPECTOR_SIGNATURE_MISSING',
    );
  }
  const strangers = unique(r.signatures.inspectorIds.filter((id) => !seenIds.has(typedKey(id))));
  push(
    step(
      'art9.para2.signatories_are_inspectors',
      { article: 9, paragraph: 2 },
      strangers.length === 0,
      { signedBy: r.signatures.inspectorIds, notListed: strangers },
      strangers.length === 0
        ? { 'zh-CN': '签字的检查人员均为记录所列人员', en: 'Everyone who signed as inspector is listed as one' }
        : {
            'zh-CN': `签字人不在检查人员名单中：${strangers.join('、')}`,
            en: `Signed as inspector but not listed: ${strangers.join(', ')}`,
          },
    ),
    'SIGNATORY_NOT_INSPECTOR',
  );
  const enterprise = r.signatures.enterpriseResponsiblePerson;
  const enterpriseSigned = happenedBy(enterprise?.signedOn, asOf);
  push(
    step(
      'art9.para2.enterprise_signed',
      { article: 9, paragraph: 2 },
      enterpriseSigned,
      { responsiblePerson: enterprise?.name ?? null, signedOn: enterprise?.signedOn ?? null, asOf },
      enterpriseSigned
        ? {
            'zh-CN': `企业负责人员 ${enterprise?.name} 已于 ${enterprise?.signedOn} 签字`,
            en: `The enterprise's responsible person ${enterprise?.name} signed on ${enterprise?.signedOn}`,
          }
        : {
            'zh-CN': `截至 ${asOf} 企业负责人员未签字`,
            en: `The enterprise's responsible person had not signed by ${asOf}`,
          },
    ),
    'ENTERPRISE_SIGNATURE_MISSING',
  );
  const filed = happenedBy(r.filedOn, asOf);
  push(
    step(
      'art9.para2.filed',
      { article: 9, paragraph: 2 },
      filed,
      { filedOn: r.filedOn ?? null, asOf },
      filed
        ? { 'zh-CN': `记录已于 ${r.filedOn} 归档`, en: `The record was filed on ${r.filedOn}` }
        : { 'zh-CN': `截至 ${asOf} 记录未归档`, en: `The record had not been filed by ${asOf}` },
    ),
    'NOT_FILED',
  );

  const found = inspectionRecordProblemSchema.options.filter((p) => problems.includes(p));
  const valid = found.length === 0;
  // Like the basis, the higher law follows the problems found: 条例 Art 39 (two or more staff with
  // valid credentials) for the head count and credentials, 行政处罚法 Art 43 (回避) for a conflict;
  // a valid record rests on both.
  const higherLaw: LawRef[] = [];
  if (valid || found.some((p) => p === 'TOO_FEW_INSPECTORS' || p === 'DUPLICATE_INSPECTOR' || p.startsWith('CREDENTIAL_'))) {
    higherLaw.push(LICENSE_REGULATIONS_39);
  }
  if (valid || found.includes('CONFLICT_OF_INTEREST')) higherLaw.push(ADMINISTRATIVE_PENALTY_LAW_43);
  return decide(
    { valid, problems: found },
    valid
      ? routine
        ? [{ article: 9, paragraph: 1 }, { article: 6 }, { article: 9, paragraph: 2 }]
        : [{ article: 9, paragraph: 1 }, { article: 9, paragraph: 2 }]
      : failed,
    higherLaw,
    trace,
  );
}
