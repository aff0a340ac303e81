import * as z from 'zod';
import type { DeepReadonly } from '../deep-readonly.js';
import { parseOwn } from '../messages/issues.js';
import { testingReportSchema, type TestingReportInput } from '../entities/testing-report.js';
import type { Decision } from './decision.js';
import { PRODUCT_QUALITY_LAW_15, PRODUCT_QUALITY_LAW_17 } from './support/laws.js';
import { asOfOptionsSchema, readWithAsOf, requireRecordDate } from './support/options.js';
import { decide, step } from './support/trace.js';

/**
 * Schema of the options of {@link testingFailureHandling}: `{ asOf }`.
 *
 * @example
 * ```ts
 * testingFailureHandlingOptionsSchema.safeParse({ asOf: '2024-04-01' }).success; //=> true
 * ```
 */
export const testingFailureHandlingOptionsSchema = asOfOptionsSchema;

/**
 * Options of {@link testingFailureHandling}: the decision date `asOf`.
 *
 * @example
 * ```ts
 * const options: TestingFailureHandlingOptions = { asOf: '2024-04-01' };
 * ```
 */
export type TestingFailureHandlingOptions = z.input<typeof testingFailureHandlingOptionsSchema>;

/**
 * Outcome of {@link testingFailureHandling}: whether the product failed supervisory testing, and
 * how Article 18 has it handled.
 *
 * @example
 * ```ts
 * const outcome: TestingFailureHandlingOutcome = { failed: true, handling: 'product_quality_law' };
 * ```
 */
export interface TestingFailureHandlingOutcome {
  /** Whether the product failed supervisory testing. */
  readonly failed: boolean;
  /**
   * `'product_quality_law'`: handled under the Product Quality Law (Article 18; 产品质量法
   * Art 17: rectification within a time limit, publication, suspension…); `'none'` when it passed.
   */
  readonly handling: 'product_quality_law' | 'none';
}

/**
 * Article 18: a product that fails supervisory testing is handled under the Product Quality Law
 * (《中华人民共和国产品质量法》). The outcome names that basis; `higherLaw` cites 产品质量法 Art 17
 * (consequences of a failed spot check) and Art 15 (the enterprise may ask for a re-test within
 * 15 days of receiving the result). The regulation adds nothing to those procedures, so the
 * library does not compute them.
 *
 * @param report - the testing report
 * @param options - `{ asOf }`
 * @returns a decision whose outcome is `{ failed, handling }`
 * @throws RuleInputError for malformed input or a report dated after `asOf`; NotInForceError for
 *   dates before 2020-11-25
 * @example
 * ```ts
 * const d = testingFailureHandling(
 *   { enterpriseId: '91350100M000100Y43', product: '塑料编织袋', laboratory: '吉林省产品质量监督检验院',
 *     reportedOn: '2024-03-20', result: 'fail' },
 *   { asOf: '2024-04-01' },
 * );
 * d.outcome; //=> { failed: true, handling: 'product_quality_law' }
 * d.higherLaw; //=> [{ law: '中华人民共和国产品质量法', article: 17 }, { law: '中华人民共和国产品质量法', article: 15 }]
 * ```
 */
export function testingFailureHandling(
  report: DeepReadonly<TestingReportInput>,
  options: DeepReadonly<TestingFailureHandlingOptions>,
): Decision<TestingFailureHandlingOutcome> {
  const { asOf } = readWithAsOf(testingFailureHandlingOptionsSchema, options);
  const r = parseOwn(testingReportSchema, report);
  requireRecordDate(r.reportedOn, asOf, ['reportedOn'], { 'zh-CN': '检验报告日期', en: 'The report date' });
  const failed = r.result === 'fail';
  const trace = [
    step(
      'art18.failed_supervisory_testing',
      { article: 18 },
      failed,
      { result: r.result, failedItems: r.failedItems ?? [], laboratory: r.laboratory, reportedOn: r.reportedOn },
      failed
        ? { 'zh-CN': '产品监督检验不合格，按照《中华人民共和国产品质量法》的相关规定处理', en: 'The product failed supervisory testing: handled under the Product Quality Law' }
        : { 'zh-CN': '产品监督检验合格', en: 'The product passed supervisory testing' },
    ),
  ];
  return decide(
    { failed, handling: failed ? 'product_quality_law' : 'none' },
    [{ article: 18 }],
    failed ? [PRODUCT_QUALITY_LAW_17, PRODUCT_QUALITY_LAW_15] : [],
    trace,
  );
}
