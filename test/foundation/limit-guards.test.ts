// The limits of src/limit-guards.ts at their edge. test/limits.test.ts checks the limits with
// full-size inputs and is left out of the mutation run for being slow; these tests check the same
// documented behaviour (LIMITS doc comment, docs/performance.md "Limits") with the smallest inputs
// that cross a limit: one past it is rejected with LIMIT_EXCEEDED at the field's path, with a
// message naming the limit, its value and the size found; exactly at it passes the length check.
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  RuleInputError,
  auditQuota,
  auditQuotaInputSchema,
  bilingualIssues,
  issueCode,
  localizeIssue,
  drawInspectorSchema,
  recordInspectorSchema,
  recordSignaturesSchema,
  createRestDayCalendar,
  extendCalendar,
  officialCalendar,
} from '../../src/index.js';
import { inputIssues } from '../support/issues.js';

const inspector = { id: 'BC-017', name: '张三', credentialNumber: '吉0800123', credentialValidUntil: '2026-12-31' };

describe('strings: one past the limit is LIMIT_EXCEEDED, the limit itself passes', () => {
  it(`an untrimmed id of ${
    LIMITS.idMaxLength + 1
  } characters (drawInspectorSchema.id, LIMITS.idMaxLength = 200)`, () => {
    const issues = bilingualIssues(drawInspectorSchema, { id: 'x'.repeat(201), credentialValidUntil: '2026-12-31' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['id'], code: 'LIMIT_EXCEEDED' });
    // Documented example: "at most 2000 characters (LIMITS.textMaxLength), got 10485760".
    for (const text of [issues[0]!.message.en, issues[0]!.message['zh-CN']]) {
      expect(text).toContain('200');
      expect(text).toContain('LIMITS.idMaxLength');
      expect(text).toContain('201');
    }
    expect(issues[0]!.message.en).toContain('characters');
  });

  it('an untrimmed id of exactly 200 characters passes', () => {
    expect(drawInspectorSchema.safeParse({ id: 'x'.repeat(200), credentialValidUntil: '2026-12-31' }).success).toBe(
      true,
    );
  });

  it('a trimmed field counts the text after trimming: 2000 characters between spaces pass (LIMITS.textMaxLength)', () => {
    // LIMITS doc: lengths are "of the text after trimming where the field is trimmed".
    const padded = ` ${'名'.repeat(2000)} `;
    const r = recordInspectorSchema.safeParse({ ...inspector, name: padded });
    expect(r.success).toBe(true);
    expect(r.data?.name).toHaveLength(2000);
  });

  it('a trimmed field one past the limit after trimming is LIMIT_EXCEEDED, reporting the trimmed length', () => {
    const issues = bilingualIssues(recordInspectorSchema, { ...inspector, name: `  ${'名'.repeat(2001)}  ` });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['name'], code: 'LIMIT_EXCEEDED' });
    expect(issues[0]!.message.en).toContain('2001');
    expect(issues[0]!.message.en).not.toContain('2005');
  });

  it('a trimmed id of exactly 200 characters between spaces passes (LIMITS.idMaxLength)', () => {
    expect(recordInspectorSchema.safeParse({ ...inspector, id: `  ${'x'.repeat(200)} ` }).success).toBe(true);
  });
});

describe('lists: one past the limit is LIMIT_EXCEEDED, the limit itself passes', () => {
  it('101 signing inspector ids (LIMITS.recordMaxInspectors = 100)', () => {
    const issues = bilingualIssues(recordSignaturesSchema, { inspectorIds: new Array(101).fill('BC-017') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['inspectorIds'], code: 'LIMIT_EXCEEDED' });
    // Documented example: "Too many entries: at most 2000000 (LIMITS.drawMaxEnterprises), got 3000000".
    for (const text of [issues[0]!.message.en, issues[0]!.message['zh-CN']]) {
      expect(text).toContain('100');
      expect(text).toContain('LIMITS.recordMaxInspectors');
      expect(text).toContain('101');
    }
    expect(issues[0]!.message.en).toContain('entries');
    expect(issues[0]!.message.en).not.toContain('characters');
  });

  it('exactly 100 signing inspector ids pass', () => {
    expect(recordSignaturesSchema.safeParse({ inspectorIds: new Array(100).fill('BC-017') }).success).toBe(true);
  });

  it('the issue aborts: no refinement of the enclosing object runs (docs/performance.md, "Checked first")', () => {
    // credentialValidFrom after credentialValidUntil is a DATE_ORDER issue of the object's refinement…
    const reversed = { ...inspector, credentialValidFrom: '2027-01-01' };
    expect(bilingualIssues(recordInspectorSchema, reversed).map((i) => i.code)).toEqual(['DATE_ORDER']);
    // …which does not run when a field of the object is over its limit.
    const oversized = bilingualIssues(recordInspectorSchema, { ...reversed, name: 'x'.repeat(2001) });
    expect(oversized.map((i) => i.code)).toEqual(['LIMIT_EXCEEDED']);
  });
});

describe('record keys: auditQuota counties (LIMITS.quotaMaxEnterprises = 2 000 000 keys)', () => {
  const base = { year: 2024, licensedEnterpriseIds: [], spotChecks: [] };

  it('counties null is invalid input (a wrong type), never a TypeError', () => {
    // README "Errors": bad input throws RuleInputError and nothing else.
    let caught: unknown;
    try {
      auditQuota({ ...base, counties: null } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleInputError);
    expect((caught as RuleInputError).issues).toMatchObject([{ path: ['counties'], code: 'invalid_type' }]);
  });

  it('counties given as a function or a class is the wrong type, not a record with a refused "prototype" key', () => {
    // As with null: a value that is no record gets invalid_type at counties. A function declared
    // with `function` and a class have an own `prototype` property; it is no key of a record.
    for (const counties of [function countyOf() {}, class Counties {}]) {
      // toMatchObject on an array also requires its length: this one issue and no other.
      expect(inputIssues(() => auditQuota({ ...base, counties } as never))).toMatchObject([{ path: ['counties'], code: 'invalid_type' }]);
    }
  });

  it('a long string is the wrong type, not a record with too many keys', () => {
    // The limit counts the keys of a record; a string is no record, so zod reports its type. (The
    // string costs nothing here: only a miscounting guard would enumerate its characters.)
    const r = auditQuotaInputSchema.safeParse({ ...base, counties: 'x'.repeat(LIMITS.quotaMaxEnterprises + 1) });
    expect(r.success).toBe(false);
    expect(r.error!.issues).toMatchObject([{ path: ['counties'], code: 'invalid_type' }]);
  });

  it('an array of 2 000 001 entries is the wrong type, not a record with too many keys', () => {
    const r = auditQuotaInputSchema.safeParse({
      ...base,
      counties: new Array(LIMITS.quotaMaxEnterprises + 1).fill('220802'),
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues).toMatchObject([{ path: ['counties'], code: 'invalid_type' }]);
  });

  it('a record of 2 000 001 keys is LIMIT_EXCEEDED at counties, with the count in the message', () => {
    const counties: Record<number, string> = {};
    for (let i = 0; i <= LIMITS.quotaMaxEnterprises; i++) counties[i] = '220802';
    const r = auditQuotaInputSchema.safeParse({ ...base, counties });
    expect(r.success).toBe(false);
    const issues = r.error!.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['counties']);
    expect(issueCode(issues[0]!)).toBe('LIMIT_EXCEEDED');
    expect(localizeIssue(issues[0]!, 'en')).toContain('2000001');
  });
});

describe('a refused list is not handed on: the caller’s own value is never frozen or touched', () => {
  // The rest-day lists are read-only lists (zod's .readonly() freezes what reaches it, even
  // after a failure). A value of the wrong type or a list over LIMITS.listMaxLength is refused
  // as such, and the caller's object stays as it was.
  const notice = { number: '国办发明电〔2026〕1号', issuedOn: '2026-11-01' };

  it('a typed array for workdays is refused as a wrong type (not a TypeError from freezing it)', () => {
    const workdays = Uint8Array.from([0]);
    let error: unknown;
    try {
      extendCalendar(officialCalendar, { year: 2027, notice, holidays: ['2027-01-01'], workdays: workdays as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleInputError);
    expect((error as RuleInputError).issues.map((i) => [i.path.at(-1), i.code])).toContainEqual(['workdays', 'invalid_type']);
    expect(Object.isFrozen(workdays)).toBe(false);
  });

  it('an object for holidays is refused and not frozen', () => {
    const holidays = { 0: '2024-10-01', length: 1 };
    expect(() => createRestDayCalendar({ holidays: holidays as never })).toThrow(RuleInputError);
    expect(Object.isFrozen(holidays)).toBe(false);
  });

  it('a list one past LIMITS.listMaxLength is LIMIT_EXCEEDED and the caller’s array stays writable', () => {
    const holidays = Array.from({ length: LIMITS.listMaxLength + 1 }, () => '2024-10-01');
    let error: unknown;
    try {
      createRestDayCalendar({ holidays });
    } catch (e) {
      error = e;
    }
    expect((error as RuleInputError).issues.map((i) => i.code)).toEqual(['LIMIT_EXCEEDED']);
    expect(Object.isFrozen(holidays)).toBe(false);
  });
});
