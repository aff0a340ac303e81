// Every function takes read-only input: `as const` objects and readonly arrays type-check (this
// file is part of `npm run typecheck`), and deep-frozen inputs give the same decision as ordinary
// ones, since no function changes what it is given.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { cityRevocation, failedReport, fullDossier, goodRecord, goodSampling, order, quietReport } from '../rules/fixtures.js';
import { deepFreeze } from '../fuzz/arbitraries.js';

const asOf = { asOf: '2024-06-30' } as const;

describe('read-only inputs', () => {
  it('`as const` inputs with readonly arrays are accepted by the rules (compile time) and decide as usual', () => {
    const events = [
      { kind: 'complaint', date: '2024-05-20' },
      { kind: 'assigned_by_superior', date: '2024-07-01' },
    ] as const;
    const triggers = lib.specialInspectionTriggers({ asOf: '2024-06-01', events });
    // Art 7 item 1 (被举报); the event after asOf is ignored.
    expect(triggers.outcome).toEqual({ required: true, triggers: ['complaint'] });

    const record = {
      enterpriseId: '91350100M000100Y43',
      kind: 'periodic',
      date: '2024-05-10',
      inspectors: [
        { id: 'BC-017', name: '张三', credentialNumber: '吉0800123', credentialValidUntil: '2026-12-31' },
        { id: 'BC-021', name: '王五', credentialNumber: '吉0800456', credentialValidUntil: '2027-12-31' },
      ],
      checklist: {},
      findings: [],
      signatures: { inspectorIds: ['BC-017', 'BC-021'] },
    } as const;
    // Art 6: the six items are unanswered; Art 9¶2: no enterprise signature, not filed.
    expect(lib.assessInspectionRecord(record, asOf).outcome.problems).toEqual([
      'CHECKLIST_UNANSWERED',
      'ENTERPRISE_SIGNATURE_MISSING',
      'NOT_FILED',
    ]);
    expect(lib.inspectionConsequences(record, asOf).outcome).toBeDefined();
  });

  const readonlyCalls: readonly (readonly [string, () => unknown, () => unknown])[] = [
    ['assessInspectionRecord', () => lib.assessInspectionRecord(goodRecord(), asOf), () => lib.assessInspectionRecord(deepFreeze(goodRecord()), deepFreeze({ ...asOf }))],
    ['inspectionConsequences', () => lib.inspectionConsequences(goodRecord(), asOf), () => lib.inspectionConsequences(deepFreeze(goodRecord()), asOf)],
    ['rectificationStatus', () => lib.rectificationStatus(order(), { asOf: '2024-08-01' }), () => lib.rectificationStatus(deepFreeze(order()), { asOf: '2024-08-01' })],
    ['assessSamplingRecord', () => lib.assessSamplingRecord(goodSampling(), asOf), () => lib.assessSamplingRecord(deepFreeze(goodSampling()), asOf)],
    ['testingFailureHandling', () => lib.testingFailureHandling(failedReport(), asOf), () => lib.testingFailureHandling(deepFreeze(failedReport()), asOf)],
    ['licenseActionAuthority', () => lib.licenseActionAuthority(cityRevocation(), { asOf: '2024-07-31' }), () => lib.licenseActionAuthority(deepFreeze(cityRevocation()), { asOf: '2024-07-31' })],
    ['selfInspectionReportCheck', () => lib.selfInspectionReportCheck(quietReport(), { asOf: '2025-06-30', dueBy: '2025-03-31' }), () => lib.selfInspectionReportCheck(deepFreeze(quietReport()), { asOf: '2025-06-30', dueBy: '2025-03-31' })],
    ['dossierCompleteness', () => lib.dossierCompleteness(fullDossier(), asOf), () => lib.dossierCompleteness(deepFreeze(fullDossier()), deepFreeze({ ...asOf }))],
    [
      'sampleDispatchDeadline',
      () => lib.sampleDispatchDeadline('2024-09-28', { calendar: lib.createRestDayCalendar({ holidays: ['2024-10-01', '2024-10-02', '2024-10-07'] }) }),
      () => {
        const holidays = ['2024-10-01', '2024-10-02', '2024-10-07'] as const;
        return lib.sampleDispatchDeadline('2024-09-28', deepFreeze({ calendar: lib.createRestDayCalendar({ holidays }) }));
      },
    ],
  ];

  it.each(readonlyCalls)('%s: a deep-frozen input gives the same decision', (_name, ordinary, frozen) => {
    expect(frozen()).toEqual(ordinary());
  });

  it('RestDayCalendarInput takes fields that may be undefined (exactOptionalPropertyTypes)', () => {
    const config: { holidays?: readonly string[] | undefined } = {};
    const calendar = lib.createRestDayCalendar({ holidays: config.holidays, workingDays: undefined, weekends: undefined });
    // With no lists, every Saturday and Sunday is a rest day: 2024-06-01 was a Saturday.
    expect(calendar.isRestDay('2024-06-01')).toBe(true);
    expect(calendar.isRestDay('2024-06-03')).toBe(false);
  });
});
