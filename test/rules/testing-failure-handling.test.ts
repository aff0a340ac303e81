// Article 18: "产品监督检验不合格的，按照《中华人民共和国产品质量法》的相关规定处理。"
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, testingFailureHandling } from '../../src/index.js';
import { failedReport, thrown } from './fixtures.js';
import { traceSteps } from '../support/trace.js';

describe('testingFailureHandling (Article 18)', () => {
  it('a failed result is handled under the Product Quality Law', () => {
    const d = testingFailureHandling(failedReport(), { asOf: '2024-04-01' });
    expect(d.outcome).toEqual({ failed: true, handling: 'product_quality_law' });
    expect(d.basis).toEqual([{ article: 18 }]);
    expect(d.higherLaw).toEqual([
      { law: '中华人民共和国产品质量法', article: 17 },
      { law: '中华人民共和国产品质量法', article: 15 },
    ]);
    expect(d.trace).toHaveLength(1);
    expect(d.trace[0]).toMatchObject({
      rule: 'art18.failed_supervisory_testing',
      passed: true,
      facts: { result: 'fail', failedItems: ['拉伸强度'] },
    });
    expect(d.trace[0]?.message['zh-CN']).toContain('《中华人民共和国产品质量法》');
  });

  it('a passed result calls for nothing', () => {
    const { failedItems: _f, ...rest } = failedReport();
    const d = testingFailureHandling({ ...rest, result: 'pass' }, { asOf: '2024-04-01' });
    expect(d.outcome).toEqual({ failed: false, handling: 'none' });
    expect(d.higherLaw).toEqual([]);
    expect(d.trace[0]?.facts).toMatchObject({ failedItems: [] });
  });

  it('errors', () => {
    expect(thrown(() => testingFailureHandling(failedReport(), { asOf: '2024-03-19' }))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => testingFailureHandling({ ...failedReport(), reportedOn: '2020-06-01' }, { asOf: '2024-03-19' }))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => testingFailureHandling({ ...failedReport(), result: 'unqualified' as never }, { asOf: '2024-04-01' }))).toBeInstanceOf(RuleInputError);
  });
});

// The whole trace (Article 18: 监督检验不合格的，依照产品质量法处理 — Arts 17 and 15). Expected steps
// and facts worked out by hand.
describe('testingFailureHandling: the full trace (hand-derived from Article 18)', () => {
  const PQL = '中华人民共和国产品质量法';

  it('a failed report: handled under the Product Quality Law, Arts 17 then 15', () => {
    const d = testingFailureHandling(failedReport(), { asOf: '2024-04-01' });
    expect(d.outcome).toEqual({ failed: true, handling: 'product_quality_law' });
    expect(d.basis).toEqual([{ article: 18 }]);
    expect(d.higherLaw).toEqual([{ law: PQL, article: 17 }, { law: PQL, article: 15 }]);
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art18.failed_supervisory_testing', basis: { article: 18 }, passed: true, facts: { result: 'fail', failedItems: ['拉伸强度'], laboratory: '吉林省产品质量监督检验院', reportedOn: '2024-03-20' } },
    ]);
  });

  it('a passed report: nothing to handle; failedItems absent is an empty list', () => {
    const r = { ...failedReport(), result: 'pass' as const };
    delete (r as { failedItems?: unknown }).failedItems;
    const d = testingFailureHandling(r, { asOf: '2024-04-01' });
    expect(d.outcome).toEqual({ failed: false, handling: 'none' });
    expect(d.higherLaw).toEqual([]);
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art18.failed_supervisory_testing', basis: { article: 18 }, passed: false, facts: { result: 'pass', failedItems: [], laboratory: '吉林省产品质量监督检验院', reportedOn: '2024-03-20' } },
    ]);
  });
});
