// Property tests (fast-check): for arbitrary input the decision functions throw nothing but
// RuleInputError or NotInForceError; on deep-frozen input they neither mutate it nor vary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { SUBJECTS, deepFreeze, isAllowedError } from './contract.js';
import { ENTERPRISE, OTHER_ENTERPRISE } from './fixtures.js';

const RUNS = 150;

// Dates from 2020-11-15 to about 2027: some before the measures took effect.
const date = fc.integer({ min: 0, max: 2300 }).map((n) => lib.addDays('2020-11-15', n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const id = fc.constantFrom('BC-017', 'BC-021', 'BC-030', 'X');
const credit = fc.constantFrom(ENTERPRISE, OTHER_ENTERPRISE);
const status = fc.constantFrom('compliant', 'non_compliant', 'not_applicable');
const flag = maybe(fc.boolean());

/** Removes undefined properties (so that exactOptionalPropertyTypes-style inputs are produced). */
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

// Dates built from an in-force base day plus small offsets, so that most generated records are
// consistent (and so decided), while some still fall after asOf or out of order.
const base = fc.integer({ min: 0, max: 1800 }).map((n) => lib.addDays('2020-11-25', n));
const offset = (min: number, max: number) => fc.integer({ min, max });
const plus = (d: string, n: number) => lib.addDays(d, n);

const recordCase = fc
  .record({
    d: base,
    asOfOffset: offset(-1, 40),
    enterpriseId: credit,
    kind: fc.constantFrom('periodic', 'non_periodic', 'follow_up', 'special'),
    inspectors: fc.array(
      fc.record({
        id,
        name: fc.constantFrom('张三', '王五'),
        credentialNumber: fc.constantFrom('C1', 'C2', 'C3'),
        from: maybe(offset(-400, 3)),
        until: offset(-5, 400),
        conflicts: maybe(fc.array(credit, { maxLength: 2 })),
      }),
      { maxLength: 4 },
    ),
    checklist: fc
      .record({
        license_mark: maybe(fc.record({ status })),
        conditions_changed: maybe(fc.record({ status })),
        raw_material_acceptance: maybe(fc.record({ status })),
        outgoing_inspection: maybe(fc.record({ status })),
        labelling: maybe(fc.record({ status })),
        industrial_policy: maybe(fc.record({ status })),
      })
      .map(clean),
    findings: fc.array(
      fc
        .record({
          description: fc.constantFrom('问题', '问题', '问题', ' '),
          requiresRectification: flag,
          penaltyViolation: flag,
          prominentQualityProblem: flag,
          seriousQualityProblemSuspected: flag,
          conditionsNotMaintained: flag,
        })
        .map(clean),
      { maxLength: 3 },
    ),
    signedBy: fc.array(id, { maxLength: 4 }),
    signedAfter: maybe(offset(0, 5)),
    filedAfter: maybe(offset(-1, 10)),
  })
  .map(({ d, asOfOffset, inspectors, signedBy, signedAfter, filedAfter, ...rest }) => {
    const signedOn = signedAfter === undefined ? undefined : plus(d, signedAfter);
    return {
      input: clean({
        ...rest,
        date: d,
        inspectors: inspectors.map(({ from, until, ...i }) =>
          clean({ ...i, credentialValidFrom: from === undefined ? undefined : plus(d, from), credentialValidUntil: plus(d, until) }),
        ),
        signatures: clean({
          inspectorIds: signedBy,
          enterpriseResponsiblePerson: signedOn === undefined ? undefined : { name: '李四', signedOn },
        }),
        filedOn: filedAfter === undefined ? undefined : plus(signedOn ?? d, filedAfter),
      }),
      options: { asOf: plus(d, asOfOffset) },
    };
  });

const samplingCase = fc
  .record({
    d: base,
    asOfOffset: offset(-1, 25),
    enterpriseId: credit,
    location: fc.constantFrom('finished_goods_warehouse', 'production_site', 'other'),
    fromPassedOutgoingInspection: fc.boolean(),
    samplingFormCompleted: fc.boolean(),
    sealedAfter: maybe(offset(0, 2)),
    sentAfter: maybe(offset(0, 12)),
    qualified: fc.boolean(),
    feeCharged: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0.01), fc.double({ min: -1, max: 1e6, noNaN: false })),
  })
  .map(({ d, asOfOffset, sealedAfter, sentAfter, qualified, ...rest }) => {
    const sealedOn = sealedAfter === undefined ? undefined : plus(d, sealedAfter);
    return {
      input: clean({
        ...rest,
        product: '塑料编织袋',
        sampledOn: d,
        sealedOn,
        sentOn: sentAfter === undefined ? undefined : plus(sealedOn ?? d, sentAfter),
        laboratory: { name: '检验院', qualified },
      }),
      asOf: plus(d, asOfOffset),
    };
  });

const rectificationCase = fc
  .record({
    d: base,
    deadlineAfter: offset(-1, 40),
    asOfOffset: offset(-1, 90),
    reinspection: maybe(
      fc.record({ after: offset(-1, 60), passed: fc.boolean(), recordAfter: maybe(offset(-1, 5)), materialsAfter: maybe(offset(0, 5)) }),
    ),
    enterpriseId: credit,
  })
  .map(({ d, deadlineAfter, asOfOffset, reinspection, enterpriseId }) => {
    const r = reinspection && plus(d, reinspection.after);
    return {
      input: { enterpriseId, orderedOn: d, deadline: plus(d, deadlineAfter), items: [{ description: '整改' }] },
      options: clean({
        asOf: plus(d, asOfOffset),
        reinspection:
          reinspection && r
            ? clean({
                date: r,
                passed: reinspection.passed,
                recordFiledOn: reinspection.recordAfter === undefined ? undefined : plus(r, reinspection.recordAfter),
                materialsFiledOn: reinspection.materialsAfter === undefined ? undefined : plus(r, reinspection.materialsAfter),
              })
            : undefined,
      }),
    };
  });

const calendar = fc.oneof(
  fc.constant(undefined),
  fc.constant({ isRestDay: (d: string) => d.endsWith('5') }),
  fc.constant({ isRestDay: () => true }),
  fc.constant({ isRestDay: () => 'no' }),
  fc.constant({
    isRestDay: () => {
      throw new Error('calendar down');
    },
  }),
);

/** Structurally plausible inputs for each subject, with options. */
const plausible: Record<string, fc.Arbitrary<{ input: unknown; options: unknown }>> = {
  specialInspectionTriggers: fc.record({
    input: fc.record({
      events: fc.array(
        fc.record({ kind: fc.constantFrom(...lib.specialInspectionTriggerSchema.options, 'rumour'), date }),
        { maxLength: 6 },
      ),
    }),
    options: fc.record({ asOf: date }),
  }),
  samplingEligibility: fc.record({
    input: fc
      .record({
        seriousQualityProblemSuspected: flag,
        conditionsNotMaintained: flag,
        rectification: maybe(fc.constantFrom('completed', 'not_completed', 'failed_reinspection')),
        otherNeed: maybe(fc.constantFrom('', ' ', '专项')),
      })
      .map(clean),
    options: fc.record({ asOf: date }),
  }),
  assessInspectionRecord: recordCase,
  inspectionConsequences: recordCase,
  rectificationStatus: rectificationCase,
  assessSamplingRecord: fc
    .record({ c: samplingCase, calendar, counting: maybe(fc.constantFrom('calendar_days', 'working_days')) })
    .map(({ c, calendar: cal, counting }) => ({ input: c.input, options: clean({ asOf: c.asOf, calendar: cal, counting }) })),
  assessPublicationRecord: fc
    .record({
      d: base,
      enterpriseId: credit,
      publishedAfter: maybe(offset(-2, 40)),
      asOfOffset: offset(-1, 50),
      calendar,
    })
    .map(({ d, enterpriseId, publishedAfter, asOfOffset, calendar: cal }) => ({
      input: clean({ enterpriseId, resultOn: d, publishedOn: publishedAfter === undefined ? undefined : plus(d, publishedAfter) }),
      options: clean({ asOf: plus(d, asOfOffset), calendar: cal }),
    })),
  testingFailureHandling: fc.record({
    input: fc.record({
      enterpriseId: credit,
      product: fc.constant('x'),
      laboratory: fc.constant('y'),
      reportedOn: date,
      result: fc.constantFrom('pass', 'fail'),
    }),
    options: fc.record({ asOf: date }),
  }),
  licenseActionAuthority: fc.record({
    input: fc
      .record({
        action: fc.constantFrom(...lib.licenseActionSchema.options),
        licenseNumber: fc.constantFrom('吉XK16-204-00397', 'XK16-204-00397'),
        decidedOn: date,
        decidedBy: fc.record({ level: fc.constantFrom(...lib.authorityLevelSchema.options), name: fc.constant('某局') }),
        licenseIssuer: maybe(fc.record({ level: fc.constantFrom(...lib.authorityLevelSchema.options) })),
      })
      .map(clean),
    options: fc.record({ asOf: date }),
  }),
  inspectionConduct: fc.record({
    input: fc
      .record({
        date: maybe(date),
        normalProductionDisrupted: flag,
        feeCharged: maybe(fc.oneof(fc.constant(0), fc.double({ min: -1, max: 100 }))),
        propertySolicitedOrAccepted: flag,
        improperBenefitSought: flag,
      })
      .map(clean),
    options: fc.record({ asOf: date }),
  }),
  selfInspectionReportCheck: fc.record({
    input: fc
      .record({
        enterpriseId: credit,
        year: fc.integer({ min: 2019, max: 2027 }),
        receivedOn: maybe(date),
        changes: fc
          .record({ productionConditions: flag, inspectionMeans: flag, technologyOrProcess: flag })
          .map(clean),
        reexaminationCompleted: flag,
      })
      .map(clean),
    options: fc.record({ asOf: date, dueBy: date }),
  }),
  dossierCompleteness: fc.record({
    input: fc
      .record({
        enterpriseId: credit,
        basicInformation: maybe(fc.constant({ name: '某公司' })),
        certificateText: maybe(fc.constant({ licenseNumber: '吉XK16-204-00397', documentRef: 'a.pdf' })),
        supervisorySamplingResults: maybe(fc.array(fc.record({ recordId: fc.constantFrom('S1', 'S2'), date }), { maxLength: 2 })),
        routineInspectionRecords: maybe(fc.array(fc.record({ recordId: fc.constantFrom('R1', 'R2'), date }), { maxLength: 2 })),
      })
      .map(clean),
    options: fc
      .record({
        asOf: date,
        recordedInspections: maybe(fc.array(fc.record({ recordId: fc.constantFrom('R1', 'R2', 'R3'), date }), { maxLength: 3 })),
        recordedSamplings: maybe(fc.array(fc.record({ recordId: fc.constantFrom('S1', 'S3'), date }), { maxLength: 2 })),
      })
      .map(clean),
  }),
};

/** Anything at all, including values with the right asOf around them. */
const anything = fc.oneof(
  fc.record({ input: fc.anything(), options: fc.anything() }),
  fc.record({ input: fc.anything(), options: fc.record({ asOf: date }) }),
  fc.record({ input: fc.object(), options: fc.record({ asOf: fc.oneof(date, fc.string()) }, { requiredKeys: [] }) }),
);

/** The path of the first undefined value inside a decision, if any. */
function undefinedAt(value: unknown, path = '$'): string | undefined {
  if (value === undefined) return path;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = undefinedAt(v, `${path}.${k}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

function run(subject: (typeof SUBJECTS)[number], input: unknown, options: unknown): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: subject.call(input, options) };
  } catch (error) {
    return { ok: false, error };
  }
}

describe.each(SUBJECTS)('$name (properties)', (subject) => {
  const arb = plausible[subject.name];
  if (arb === undefined) throw new Error(`no generator for ${subject.name}`);

  it('throws nothing but RuleInputError or NotInForceError, for arbitrary and for plausible input', () => {
    fc.assert(
      fc.property(fc.oneof(anything, arb, arb), ({ input, options }) => {
        const r = run(subject, input, options);
        if (!r.ok) expect(isAllowedError(r.error), String(r.error)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic and does not mutate (deep-frozen) input', () => {
    // A message says what was found, so one wording never describes both a passed and a failed
    // check of the same rule (collected across all runs of this property).
    const verdictOf = new Map<string, boolean>();
    fc.assert(
      fc.property(arb, ({ input, options }) => {
        const before = structuredClone({ input, options: { ...(options as object), calendar: undefined } });
        deepFreeze(input);
        const first = run(subject, input, options);
        const second = run(subject, input, options);
        expect(structuredClone({ input, options: { ...(options as object), calendar: undefined } })).toEqual(before);
        if (first.ok) {
          expect(second.ok).toBe(true);
          expect((second as { value: unknown }).value).toEqual(first.value);
          const d = first.value as lib.Decision<unknown>;
          for (const ref of [...d.basis, ...d.trace.map((s) => s.basis)]) expect(lib.isValidArticleRef(ref)).toBe(true);
          // The TraceStep contract (src/rules/decision.ts), on every path and not only on the
          // valid example of contract.test.ts: each step says what was checked in both
          // languages, and the decision holds no undefined value (an absent fact is null).
          for (const s of d.trace) {
            expect(s.rule).toMatch(/^art\d+\./);
            expect(s.message['zh-CN']).toMatch(/\S/);
            expect(s.message.en).toMatch(/\S/);
            // No value leaks into a message unrendered.
            expect(`${s.message['zh-CN']} ${s.message.en}`).not.toMatch(/undefined|NaN|\[object /);
            for (const text of [`zh|${s.rule}|${s.message['zh-CN']}`, `en|${s.rule}|${s.message.en}`]) {
              const seen = verdictOf.get(text);
              if (seen !== undefined) expect(s.passed, text).toBe(seen);
              verdictOf.set(text, s.passed);
            }
          }
          expect(undefinedAt(d)).toBeUndefined();
        } else {
          expect(isAllowedError(first.error), String(first.error)).toBe(true);
          expect(second.ok).toBe(false);
          expect((second as { error: unknown }).error).toEqual(first.error);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('sampleDispatchDeadline (properties)', () => {
  it('throws only the two error classes; the deadline is 7 to 7+k days after sealing', () => {
    fc.assert(
      fc.property(fc.oneof(date, fc.string()), calendar, fc.constantFrom(undefined, 'calendar_days', 'working_days', 'x'), (sealed, cal, counting) => {
        try {
          const d = lib.sampleDispatchDeadline(sealed, clean({ calendar: cal, counting }) as never);
          const days = lib.daysBetween(sealed, d.outcome.deadline);
          expect(days).toBeGreaterThanOrEqual(7);
          if (counting !== 'working_days' && cal === undefined) {
            // The official calendar decides: the deadline is a working day, and it is day 7 itself
            // whenever day 7 is one (民法典 Art 203 moves only a rest day).
            expect(lib.officialCalendar.isRestDay(d.outcome.deadline)).toBe(false);
            if (!lib.officialCalendar.isRestDay(lib.addDays(sealed, 7))) expect(days).toBe(7);
          }
        } catch (error) {
          expect(isAllowedError(error), String(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
