// Article 7: "下列情况应当对获证企业进行专项检查" — six items. Expected values from the text.
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, specialInspectionTriggers, type SpecialInspectionTrigger } from '../../src/index.js';
import { thrown } from './fixtures.js';
import { traceSteps } from '../support/trace.js';

const ITEMS: [number, SpecialInspectionTrigger][] = [
  [1, 'complaint'], // 被举报
  [2, 'media_exposure'], // 被媒体曝光
  [3, 'counterfeiting_suspected'], // 涉嫌存在制假售假行为和记录
  [4, 'major_quality_accident'], // 发生重大质量事故
  [5, 'quality_audit'], // 需要对审查质量…进行抽查
  [6, 'assigned_by_superior'], // 上级交办的检查
];

describe('specialInspectionTriggers (Article 7)', () => {
  it.each(ITEMS)('item %i alone (%s) requires a special inspection', (item, kind) => {
    const d = specialInspectionTriggers({ asOf: '2024-05-01', events: [{ kind, date: '2024-04-01' }] });
    expect(d.outcome).toEqual({ required: true, triggers: [kind] });
    expect(d.basis).toEqual([{ article: 7, item }]);
    expect(d.higherLaw).toEqual([]);
    const itemSteps = d.trace.filter((s) => s.rule.startsWith('art7.item'));
    expect(itemSteps.map((s) => s.passed)).toEqual(ITEMS.map(([i]) => i === item));
  });

  it('all six together: each kind once, in item order, whatever the input order', () => {
    const events = [...ITEMS].reverse().flatMap(([, kind]) => [
      { kind, date: '2024-01-02' },
      { kind, date: '2024-03-04', ref: `${kind}-2` },
    ]);
    const d = specialInspectionTriggers({ asOf: '2024-05-01', events });
    expect(d.outcome).toEqual({ required: true, triggers: ITEMS.map(([, k]) => k) });
    expect(d.basis).toEqual(ITEMS.map(([item]) => ({ article: 7, item })));
  });

  it('no event: not required, resting on Article 7 as a whole', () => {
    const d = specialInspectionTriggers({ asOf: '2024-05-01', events: [] });
    expect(d.outcome).toEqual({ required: false, triggers: [] });
    expect(d.basis).toEqual([{ article: 7 }]);
    expect(d.trace.map((s) => s.rule)).toEqual(ITEMS.map(([i, k]) => `art7.item${i}.${k}`));
    expect(d.trace.every((s) => !s.passed)).toBe(true);
  });

  it('an event after asOf is ignored and traced as such; one on asOf counts', () => {
    const d = specialInspectionTriggers({
      asOf: '2024-05-01',
      events: [
        { kind: 'complaint', date: '2024-05-02', ref: '12315-0502' },
        { kind: 'media_exposure', date: '2024-05-01' },
      ],
    });
    expect(d.outcome.triggers).toEqual(['media_exposure']);
    expect(d.trace[0]).toMatchObject({
      rule: 'art7.event_on_or_before_as_of',
      passed: false,
      facts: { index: 0, kind: 'complaint', date: '2024-05-02', asOf: '2024-05-01', ref: '12315-0502' },
    });
    expect(d.trace[0]?.message.en).toContain('ignored');
    expect(d.trace[1]).toMatchObject({ passed: true, facts: { date: '2024-05-01' } });
    expect(d.trace[2]).toMatchObject({ rule: 'art7.item1.complaint', passed: false, facts: { events: [] } });
  });

  it('an event before the measures took effect still counts when asOf is in force (no look-back limit)', () => {
    const d = specialInspectionTriggers({ asOf: '2021-01-01', events: [{ kind: 'complaint', date: '2020-10-01' }] });
    expect(d.outcome.required).toBe(true);
  });

  it('messages cite the item in both languages', () => {
    const d = specialInspectionTriggers({ asOf: '2024-05-01', events: [{ kind: 'complaint', date: '2024-04-01' }] });
    const step = d.trace.find((s) => s.rule === 'art7.item1.complaint');
    expect(step?.message['zh-CN']).toBe('第七条第（一）项：企业被举报（1 件）');
    expect(step?.message.en).toBe('Article 7(1): the enterprise was reported (1 event(s))');
  });

  it('asOf before 2020-11-25 throws NotInForceError; malformed input throws RuleInputError', () => {
    expect(thrown(() => specialInspectionTriggers({ asOf: '2020-11-24', events: [] }))).toBeInstanceOf(NotInForceError);
    expect(specialInspectionTriggers({ asOf: '2020-11-25', events: [] }).outcome.required).toBe(false);
    const bad = thrown(() => specialInspectionTriggers({ asOf: '2024-13-01', events: [] }));
    expect(bad).toBeInstanceOf(RuleInputError);
    expect((bad as RuleInputError).issues[0]).toMatchObject({ path: ['asOf'], code: 'DATE_IMPOSSIBLE' });
    const kind = thrown(() => specialInspectionTriggers({ asOf: '2024-05-01', events: [{ kind: 'rumour' as never, date: '2024-04-01' }] }));
    expect((kind as RuleInputError).issues[0]?.path).toEqual(['events', 0, 'kind']);
    const extra = thrown(() => specialInspectionTriggers({ asOf: '2024-05-01', events: [], extra: 1 } as never));
    expect((extra as RuleInputError).issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('the Chinese trace names each event in Chinese', () => {
  it('a complaint (item 1, 被举报) and a media report after asOf (item 2, 被媒体曝光)', () => {
    const d = specialInspectionTriggers({
      asOf: '2024-05-01',
      events: [
        { kind: 'complaint', date: '2024-04-02' },
        { kind: 'media_exposure', date: '2024-05-02' },
      ],
    });
    const zh = d.trace.map((s) => s.message['zh-CN']);
    expect(zh).toContain('第 1 个事件（企业被举报，2024-04-02）不晚于 2024-05-01，予以考虑');
    expect(zh).toContain('第 2 个事件（企业被媒体曝光，2024-05-02）晚于 2024-05-01，不予考虑');
    // English counts from 1 too and names the event in words, not by its enum key.
    expect(d.trace.map((s) => s.message.en)).toContain('Event 2 (the enterprise was exposed by the media, 2024-05-02) is after 2024-05-01: ignored');
    expect(d.trace.map((s) => s.message.en)).toContain('Event 1 (the enterprise was reported, 2024-04-02) is on or before 2024-05-01: considered');
    // No English word in any Chinese message (dates and digits aside).
    for (const m of zh) expect(m).not.toMatch(/[A-Za-z]/);
  });
});

// The whole trace. Article 7 lists six occasions for a special inspection (投诉举报, 媒体曝光, 涉嫌假冒,
// 重大质量事故, 质量审核, 上级交办); events dated after asOf have not happened yet. Expected steps and
// facts worked out by hand.
describe('specialInspectionTriggers: the full trace (hand-derived from Article 7)', () => {
  const KINDS = ['complaint', 'media_exposure', 'counterfeiting_suspected', 'major_quality_accident', 'quality_audit', 'assigned_by_superior'];

  it('no events: not required, six failed item steps, Article 7 as a whole as basis', () => {
    const d = specialInspectionTriggers({ asOf: '2024-05-01', events: [] });
    expect(d.outcome).toEqual({ required: false, triggers: [] });
    expect(d.basis).toEqual([{ article: 7 }]);
    expect(traceSteps(d)).toStrictEqual(
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
    expect(traceSteps(d)).toStrictEqual([
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
