// Mutation-testing follow-up: specialInspectionTriggers's full trace. Article 7 lists six
// occasions for a special inspection (投诉举报, 媒体曝光, 涉嫌假冒, 重大质量事故, 质量审核, 上级交办); events
// dated after asOf have not happened yet. Expected steps and facts worked out by hand.
import { describe, expect, it } from 'vitest';
import { specialInspectionTriggers, type Decision, type TraceStep } from '../../src/index.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const KINDS = ['complaint', 'media_exposure', 'counterfeiting_suspected', 'major_quality_accident', 'quality_audit', 'assigned_by_superior'];

describe('specialInspectionTriggers: the full trace (hand-derived from Article 7)', () => {
  it('no events: not required, six failed item steps, Article 7 as a whole as basis', () => {
    const d = specialInspectionTriggers({ asOf: '2024-05-01', events: [] });
    expect(d.outcome).toEqual({ required: false, triggers: [] });
    expect(d.basis).toEqual([{ article: 7 }]);
    expect(steps(d)).toStrictEqual(
      KINDS.map((kind, i) => ({ rule: `art7.item${i + 1}.${kind}`, basis: { article: 7, item: i + 1 }, passed: false, facts: { kind, events: [], asOf: '2024-05-01' } })),
    );
  });

  it('events on asOf count, later ones do not; refs are echoed; triggers in item order', () => {
    const d = specialInspectionTriggers({
      asOf: '2024-05-01',
      events: [
        { kind: 'assigned_by_superior', date: '2024-05-01', ref: '吉市监函〔2024〕12号' },
        { kind: 'complaint', date: '2024-04-01' },
        { kind: 'media_exposure', date: '2024-05-02' },
        { kind: 'complaint', date: '2024-03-01' },
      ],
    });
    expect(d.outcome).toEqual({ required: true, triggers: ['complaint', 'assigned_by_superior'] });
    expect(d.basis).toEqual([{ article: 7, item: 1 }, { article: 7, item: 6 }]);
    expect(steps(d)).toStrictEqual([
      { rule: 'art7.event_on_or_before_as_of', basis: { article: 7 }, passed: true, facts: { index: 0, kind: 'assigned_by_superior', date: '2024-05-01', asOf: '2024-05-01', ref: '吉市监函〔2024〕12号' } },
      { rule: 'art7.event_on_or_before_as_of', basis: { article: 7 }, passed: true, facts: { index: 1, kind: 'complaint', date: '2024-04-01', asOf: '2024-05-01' } },
      { rule: 'art7.event_on_or_before_as_of', basis: { article: 7 }, passed: false, facts: { index: 2, kind: 'media_exposure', date: '2024-05-02', asOf: '2024-05-01' } },
      { rule: 'art7.event_on_or_before_as_of', basis: { article: 7 }, passed: true, facts: { index: 3, kind: 'complaint', date: '2024-03-01', asOf: '2024-05-01' } },
      { rule: 'art7.item1.complaint', basis: { article: 7, item: 1 }, passed: true, facts: { kind: 'complaint', events: ['2024-04-01', '2024-03-01'], asOf: '2024-05-01' } },
      { rule: 'art7.item2.media_exposure', basis: { article: 7, item: 2 }, passed: false, facts: { kind: 'media_exposure', events: [], asOf: '2024-05-01' } },
      { rule: 'art7.item3.counterfeiting_suspected', basis: { article: 7, item: 3 }, passed: false, facts: { kind: 'counterfeiting_suspected', events: [], asOf: '2024-05-01' } },
      { rule: 'art7.item4.major_quality_accident', basis: { article: 7, item: 4 }, passed: false, facts: { kind: 'major_quality_accident', events: [], asOf: '2024-05-01' } },
      { rule: 'art7.item5.quality_audit', basis: { article: 7, item: 5 }, passed: false, facts: { kind: 'quality_audit', events: [], asOf: '2024-05-01' } },
      { rule: 'art7.item6.assigned_by_superior', basis: { article: 7, item: 6 }, passed: true, facts: { kind: 'assigned_by_superior', events: ['2024-05-01'], asOf: '2024-05-01' } },
    ]);
  });
});
