// Article 8 "一公开": a spot check's result is published within 20 working days of the day it is
// produced (企业信息公示暂行条例 Art 6: "自产生之日起20个工作日内予以公示"). Every deadline below is
// counted by hand from the notice named beside it, the day of the result not counted (民法典 Art 201).
import { describe, expect, it } from 'vitest';
import {
  NotInForceError,
  RuleInputError,
  assessPublicationRecord,
  createRestDayCalendar,
  extendCalendar,
  officialCalendar,
  publicationDeadline,
  publicationRecordSchema,
  publicationStatusSchema,
  type PublicationRecordInput,
} from '../../src/index.js';
import { ENTERPRISE, thrown } from './fixtures.js';

const LAWS = [
  { law: '企业信息公示暂行条例', article: 6 },
  { law: '中华人民共和国民法典', article: 201 },
  { law: '中华人民共和国民法典', article: 1259 },
];

describe('publicationDeadline (Article 8)', () => {
  it('2024-09-20 → 2024-10-23 across National Day (国办发明电〔2023〕7号)', () => {
    // Sep 23–27 (1–5); Sun 29 worked (6); Mon 30 (7); Oct 1–7 off; Oct 8–11 (8–11); Sat 12 worked (12);
    // Oct 14–18 (13–17); Oct 21–23 (18–20).
    const d = publicationDeadline('2024-09-20');
    expect(d.outcome).toEqual({ deadline: '2024-10-23' });
    expect(d.basis).toEqual([{ article: 8 }]);
    expect(d.higherLaw).toEqual(LAWS);
    expect(d.trace.map((s) => s.rule)).toEqual(['art8.publication_period', 'art8.working_days']);
    expect(d.trace[0]?.facts).toEqual({ parameter: 'publicationWorkingDays', days: 20, resultOn: '2024-09-20' });
    expect(d.trace[1]?.facts).toEqual({
      resultOn: '2024-09-20',
      days: 20,
      calendarGiven: false,
      calendar: 'official',
      notices: ['国办发明电〔2023〕7号'],
      deadline: '2024-10-23',
    });
    expect(d.trace[1]?.message['zh-CN']).toContain('国办发明电〔2023〕7号');
  });

  it.each([
    // 国办发明电〔2024〕12号: Spring Festival 2025 Jan 28–Feb 4 off, Sun Jan 26 and Sat Feb 8 worked.
    // From Mon 2025-01-20: Jan 21–24 (1–4), Sun 26 (5), Mon 27 (6), Feb 5–7 (7–9), Sat 8 (10),
    // Feb 10–14 (11–15), Feb 17–21 (16–20).
    ['2025-01-20', '2025-02-21'],
    // 国办发明电〔2025〕7号: Spring Festival 2026 Feb 15–23 off, Sat Feb 14 and Sat Feb 28 worked.
    // From Mon 2026-02-02: Feb 3–6 (1–4), Feb 9–13 (5–9), Sat 14 (10), Feb 24–27 (11–14), Sat 28 (15),
    // Mar 2–6 (16–20).
    ['2026-02-02', '2026-03-06'],
    // Across two notices: New Year 2026 Jan 1–3 off, Sun Jan 4 worked (国办发明电〔2025〕7号).
    // From Fri 2025-12-19: Dec 22–26 (1–5), Dec 29–31 (6–8), Sun Jan 4 (9), Jan 5–9 (10–14),
    // Jan 12–16 (15–19), Jan 19 (20).
    ['2025-12-19', '2026-01-19'],
    // 2021 (国办发明电〔2020〕27号): May Day May 1–5 off, Sun Apr 25 and Sat May 8 worked.
    // From Fri 2021-04-23: Sun 25 (1), Apr 26–30 (2–6), May 6, 7 (7, 8), Sat 8 (9), May 10–14 (10–14),
    // May 17–21 (15–19), May 24 (20).
    ['2021-04-23', '2021-05-24'],
  ])('%s → %s', (resultOn, deadline) => {
    expect(publicationDeadline(resultOn).outcome.deadline).toBe(deadline);
  });

  it('the notices of every year the period crosses are named', () => {
    expect(publicationDeadline('2025-12-19').trace[1]?.facts['notices']).toEqual(['国办发明电〔2024〕12号', '国办发明电〔2025〕7号']);
  });

  it('a caller calendar overrides the official one', () => {
    // Weekends only: Sep 23–27, 30, Oct 1–4, 7–11, 14–18 → 20th working day Oct 18.
    const d = publicationDeadline('2024-09-20', { calendar: createRestDayCalendar() });
    expect(d.outcome.deadline).toBe('2024-10-18');
    expect(d.trace[1]?.facts).toMatchObject({ calendarGiven: true, calendar: 'given', notices: [] });
    expect(d.trace[1]?.message.en).toContain('the rest-day calendar given');
  });

  it('a period running past 2026 is refused until the next notice is added', () => {
    const e = thrown(() => publicationDeadline('2026-12-10'));
    expect(e).toBeInstanceOf(RuleInputError);
    expect((e as RuleInputError).issues[0]).toMatchObject({ path: ['calendar'], code: 'CALENDAR_NOT_COVERED' });
    expect((e as RuleInputError).issues[0]?.message.en).toContain('2027');
    // With a made-up 2027 notice that sets no holiday in January: Dec 11, 14–18, 21–25, 28–31 (15),
    // Jan 1 (16), Jan 4–7 (17–20).
    const calendar = extendCalendar(officialCalendar, { year: 2027, notice: { number: '示例', issuedOn: '2026-11-01' }, holidays: [] });
    const d = publicationDeadline('2026-12-10', { calendar });
    expect(d.outcome.deadline).toBe('2027-01-07');
    expect(d.trace[1]?.facts).toMatchObject({ calendar: 'given', notices: ['国办发明电〔2025〕7号', '示例'] });
  });

  it('other errors', () => {
    expect(thrown(() => publicationDeadline('2020-11-24'))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => publicationDeadline('2024-02-30'))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => publicationDeadline('2024-03-01', { asOf: '2024-03-01' } as never))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => publicationDeadline('2024-03-01', { calendar: {} } as never))).toBeInstanceOf(RuleInputError);
  });
});

describe('assessPublicationRecord (Article 8)', () => {
  const record = (publishedOn?: string): PublicationRecordInput =>
    publishedOn === undefined ? { enterpriseId: ENTERPRISE, resultOn: '2024-09-20' } : { enterpriseId: ENTERPRISE, resultOn: '2024-09-20', publishedOn };

  it('published on the 20th working day: on time', () => {
    const d = assessPublicationRecord(record('2024-10-23'), { asOf: '2024-11-01' });
    expect(d.outcome).toEqual({ status: 'published_on_time', deadline: '2024-10-23' });
    expect(d.basis).toEqual([{ article: 8 }]);
    expect(d.higherLaw).toEqual(LAWS);
    const last = d.trace[d.trace.length - 1];
    expect(last).toMatchObject({ rule: 'art8.published_within_period', passed: true });
    expect(last?.facts).toEqual({
      resultOn: '2024-09-20',
      publishedOn: '2024-10-23',
      deadline: '2024-10-23',
      asOf: '2024-11-01',
      workingDaysTaken: 20,
      workingDaysLeft: null,
    });
  });

  it('published the next day: late', () => {
    const d = assessPublicationRecord(record('2024-10-24'), { asOf: '2024-11-01' });
    expect(d.outcome.status).toBe('published_late');
    expect(d.trace[d.trace.length - 1]).toMatchObject({ passed: false, facts: { workingDaysTaken: null } });
  });

  it('published on a worked Saturday (2024-10-12, working day 12): on time', () => {
    const d = assessPublicationRecord(record('2024-10-12'), { asOf: '2024-10-12' });
    expect(d.outcome.status).toBe('published_on_time');
    expect(d.trace[d.trace.length - 1]?.facts['workingDaysTaken']).toBe(12);
  });

  it('not published: not yet due up to the deadline, overdue the day after', () => {
    const waiting = assessPublicationRecord(record(), { asOf: '2024-10-23' });
    expect(waiting.outcome).toEqual({ status: 'not_yet_due', deadline: '2024-10-23' });
    expect(waiting.trace[waiting.trace.length - 1]).toMatchObject({ passed: true, facts: { publishedOn: null, workingDaysLeft: 0 } });
    // On 2024-09-30 (working day 7), 13 working days are left.
    expect(assessPublicationRecord(record(), { asOf: '2024-09-30' }).trace[2]?.facts['workingDaysLeft']).toBe(13);
    const overdue = assessPublicationRecord(record(), { asOf: '2024-10-24' });
    expect(overdue.outcome).toEqual({ status: 'overdue', deadline: '2024-10-23' });
    expect(overdue.trace[overdue.trace.length - 1]?.passed).toBe(false);
  });

  it('a publication dated after asOf has not happened yet', () => {
    expect(assessPublicationRecord(record('2024-10-20'), { asOf: '2024-10-10' }).outcome.status).toBe('not_yet_due');
    expect(assessPublicationRecord(record('2024-10-30'), { asOf: '2024-10-25' }).outcome.status).toBe('overdue');
  });

  it('a caller calendar overrides the official one', () => {
    // Weekends only: the deadline is 2024-10-18, so the 10-23 publication is late.
    const d = assessPublicationRecord(record('2024-10-23'), { asOf: '2024-11-01', calendar: createRestDayCalendar() });
    expect(d.outcome).toEqual({ status: 'published_late', deadline: '2024-10-18' });
  });

  it('every status is one of the schema', () => {
    expect(publicationStatusSchema.options).toEqual(['published_on_time', 'published_late', 'not_yet_due', 'overdue']);
  });

  it('refuses a result after asOf, a publication before the result, and dates before 2020-11-25', () => {
    const after = thrown(() => assessPublicationRecord(record(), { asOf: '2024-09-19' }));
    expect((after as RuleInputError).issues[0]?.code).toBe('RECORD_AFTER_AS_OF');
    const before = thrown(() => assessPublicationRecord(record('2024-09-19'), { asOf: '2024-11-01' }));
    expect((before as RuleInputError).issues[0]).toMatchObject({ path: ['publishedOn'], code: 'DATE_ORDER' });
    expect(thrown(() => assessPublicationRecord({ enterpriseId: ENTERPRISE, resultOn: '2020-11-20' }, { asOf: '2024-01-01' }))).toBeInstanceOf(
      NotInForceError,
    );
    expect(publicationRecordSchema.safeParse({ enterpriseId: ENTERPRISE, resultOn: '2024-09-20', x: 1 }).success).toBe(false);
  });
});
