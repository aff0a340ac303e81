// The determinism matrix's workload: every known-answer draw vector and a sample of decision
// scenarios, run against the built library. Environment-independent by construction: the
// vectors are inlined by the caller (Node reads them from disk; the browser cell gets them
// bundled), and the output is canonical JSON.
//
// runScenarios(lib, vectors) → a JSON string; identical on every Node version, time zone and
// browser, or the library is not deterministic.

const RECORD = {
  enterpriseId: '91350100M000100Y43',
  kind: 'periodic',
  date: '2024-05-10',
  inspectors: [
    { id: 'BC-001', name: '王伟', credentialNumber: '吉执法001', credentialValidUntil: '2026-12-31' },
    { id: 'BC-002', name: '李娜', credentialNumber: '吉执法002', credentialValidUntil: '2024-03-31' },
  ],
  checklist: {
    license_mark: { status: 'compliant' },
    conditions_changed: { status: 'compliant' },
    raw_material_acceptance: { status: 'non_compliant', note: '进货验收记录缺失' },
    outgoing_inspection: { status: 'compliant' },
    labelling: { status: 'compliant' },
    industrial_policy: { status: 'not_applicable' },
  },
  findings: [],
  signatures: { inspectorIds: ['BC-001', 'BC-002'], enterpriseResponsiblePerson: { name: '赵强', signedOn: '2024-05-10' } },
  filedOn: '2024-05-11',
};

const NATIONAL_DAY_2024 = {
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
  workingDays: ['2024-09-29', '2024-10-12'],
};

function attempt(fn) {
  try {
    return { ok: fn() };
  } catch (e) {
    return { error: e.code, messages: e.messages };
  }
}

export function runScenarios(lib, vectors) {
  const calendar = lib.createRestDayCalendar(NATIONAL_DAY_2024);
  const out = {
    vectors: vectors.map((v) => ({ name: v.name, record: lib.drawInspections(v.input).record })),
    decisions: {
      triggers: lib.specialInspectionTriggers({
        asOf: '2024-06-01',
        events: [
          { kind: 'complaint', date: '2024-05-20' },
          { kind: 'media_exposure', date: '2024-06-01' },
          { kind: 'assigned_by_superior', date: '2024-07-01' },
        ],
      }),
      record: lib.assessInspectionRecord(RECORD, { asOf: '2024-06-01' }),
      consequences: lib.inspectionConsequences(RECORD, { asOf: '2024-06-01' }),
      dispatch: lib.sampleDispatchDeadline('2024-03-01'),
      dispatchHoliday: lib.sampleDispatchDeadline('2024-09-28', { calendar }),
      dispatchWorking: lib.sampleDispatchDeadline('2024-09-27', { calendar, counting: 'working_days' }),
      // The official calendar (no calendar given): a weekend, a worked Saturday, a New Year run.
      dispatchOfficial: ['2024-03-09', '2026-02-07', '2025-12-27'].map((d) => lib.sampleDispatchDeadline(d)),
      publication: lib.publicationDeadline('2024-09-20'),
      workingDays: [lib.addWorkingDays('2024-09-20', 20), lib.countWorkingDays('2024-09-30', '2024-10-13')],
      notCovered: attempt(() => lib.sampleDispatchDeadline('2026-12-28')),
      sampling: lib.samplingEligibility({ asOf: '2024-06-01', findings: { rectification: 'failed_reinspection', otherNeed: '专项整治' } }),
      quota: lib.auditQuota({
        year: 2020,
        licensedEnterpriseIds: ['91350100M000100Y43', '91310110666007217T', '91310115591693856A'],
        spotChecks: [
          { enterpriseId: '91350100M000100Y43', date: '2020-11-24' },
          { enterpriseId: '91310110666007217T', date: '2020-12-01' },
        ],
      }),
      periods: ['2024-02-28', '2023-12-31', '2020-11-25'].map((d) => [lib.addDays(d, 1), lib.dayOfWeek(d), lib.daysBetween(d, '2026-01-01')]),
      citations: [{ article: 15, paragraph: 2, item: 3 }, { article: 7, item: 1 }, { article: 19 }].map((r) => [
        lib.formatCitation(r),
        lib.formatCitation(r, 'en'),
      ]),
      notInForce: attempt(() => lib.isInForce('2020-11-24') || lib.assertInForce('2020-11-24')),
      badCode: attempt(() => lib.assessInspectionRecord({ ...RECORD, enterpriseId: '91350203M0001QAY9B' }, { asOf: '2024-06-01' })),
    },
  };
  return JSON.stringify(out);
}
