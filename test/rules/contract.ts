// The decision functions under one calling convention, with valid example inputs, for the
// contract and property tests.
import * as lib from '../../src/index.js';
import { cityRevocation, failedReport, fullDossier, goodRecord, goodSampling, order, quietReport } from './fixtures.js';

export interface Subject {
  readonly name: string;
  /** Calls the function with a record-like input and an options-like value. */
  readonly call: (input: unknown, options: unknown) => unknown;
  /** A valid input and valid options (asOf included), decided without error. */
  readonly valid: () => { input: unknown; options: Record<string, unknown> };
}

const asOf = '2025-04-01';

export const SUBJECTS: readonly Subject[] = [
  {
    name: 'specialInspectionTriggers',
    // Its single argument carries asOf; `options` supplies it.
    call: (input, options) =>
      lib.specialInspectionTriggers(
        (typeof options === 'object' && options !== null && typeof input === 'object' && input !== null
          ? { ...(options as object), ...(input as object) }
          : input) as never,
      ),
    valid: () => ({ input: { events: [{ kind: 'complaint', date: '2024-04-01' }] }, options: { asOf } }),
  },
  {
    name: 'samplingEligibility',
    call: (input, options) =>
      lib.samplingEligibility(
        (typeof options === 'object' && options !== null ? { ...(options as object), findings: input } : input) as never,
      ),
    valid: () => ({ input: { conditionsNotMaintained: true }, options: { asOf } }),
  },
  { name: 'assessInspectionRecord', call: (i, o) => lib.assessInspectionRecord(i as never, o as never), valid: () => ({ input: goodRecord(), options: { asOf } }) },
  { name: 'inspectionConsequences', call: (i, o) => lib.inspectionConsequences(i as never, o as never), valid: () => ({ input: goodRecord(), options: { asOf } }) },
  { name: 'rectificationStatus', call: (i, o) => lib.rectificationStatus(i as never, o as never), valid: () => ({ input: order(), options: { asOf, reinspection: { date: '2024-06-12', passed: true } } }) },
  { name: 'assessSamplingRecord', call: (i, o) => lib.assessSamplingRecord(i as never, o as never), valid: () => ({ input: goodSampling(), options: { asOf } }) },
  {
    name: 'assessPublicationRecord',
    call: (i, o) => lib.assessPublicationRecord(i as never, o as never),
    valid: () => ({ input: { enterpriseId: '91350100M000100Y43', resultOn: '2025-03-03', publishedOn: '2025-03-20' }, options: { asOf } }),
  },
  { name: 'testingFailureHandling', call: (i, o) => lib.testingFailureHandling(i as never, o as never), valid: () => ({ input: failedReport(), options: { asOf } }) },
  { name: 'licenseActionAuthority', call: (i, o) => lib.licenseActionAuthority(i as never, o as never), valid: () => ({ input: cityRevocation(), options: { asOf } }) },
  { name: 'inspectionConduct', call: (i, o) => lib.inspectionConduct(i as never, o as never), valid: () => ({ input: { feeCharged: 0 }, options: { asOf } }) },
  { name: 'selfInspectionReportCheck', call: (i, o) => lib.selfInspectionReportCheck(i as never, o as never), valid: () => ({ input: quietReport(), options: { asOf, dueBy: '2025-03-31' } }) },
  { name: 'dossierCompleteness', call: (i, o) => lib.dossierCompleteness(i as never, o as never), valid: () => ({ input: fullDossier(), options: { asOf } }) },
];

/** Freezes a value and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Whether an error is one of the two the decision functions may throw. */
export function isAllowedError(error: unknown): boolean {
  return error instanceof lib.RuleInputError || error instanceof lib.NotInForceError;
}
