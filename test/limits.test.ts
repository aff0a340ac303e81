// LIMITS: the largest strings and lists accepted. At each limit a value is accepted; one past it
// is rejected with RuleInputError (INVALID_INPUT) carrying a LIMIT_EXCEEDED issue whose messages
// name the limit, and oversized lists are rejected before any entry is read.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  LIMITS,
  RuleInputError,
  assessInspectionRecord,
  auditQuota,
  auditQuotaInputSchema,
  createRestDayCalendar,
  dossierCompleteness,
  drawInputSchema,
  drawInspections,
  drawInspectorSchema,
  drawRecordSchema,
  fingerprintDrawLists,
  inspectionRecordSchema,
  inspectorSchema,
  licensedEnterpriseSchema,
  parseOrThrow,
  planAnnualAudit,
  samplingEligibility,
  specialInspectionTriggers,
  unifiedSocialCreditCodeSchema,
  verifyDraw,
  type DrawInput,
  type LimitName,
  type LocalizedIssue,
} from '../src/index.js';
import { creditCode, plainEnterprises, plainInspectors } from './draw/helpers.js';
import { ENTERPRISE, fullDossier, goodRecord } from './rules/fixtures.js';

const CODE = '91310110666007217T';
const MB10 = 10 * 1024 * 1024;

/** Runs `fn`, which must throw a RuleInputError (INVALID_INPUT); returns its issues. */
function issuesOf(fn: () => unknown): readonly LocalizedIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleInputError);
    expect((error as RuleInputError).code).toBe('INVALID_INPUT');
    return (error as RuleInputError).issues;
  }
  throw new Error('expected a RuleInputError');
}

/** The differences verifyDraw reports for a record that fails its schema, as issues (path from the field name). */
function recordIssuesOf(verification: { valid: boolean; differences: readonly { field: string; expected: unknown; actual: unknown }[] }): LocalizedIssue[] {
  expect(verification.valid).toBe(false);
  return verification.differences.map((d) => ({
    path: d.field === 'record' ? [] : [...d.field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!)),
    code: d.actual as string,
    message: d.expected as LocalizedIssue['message'],
  }));
}

/** Asserts a single LIMIT_EXCEEDED issue at `path` naming `limit` in both languages. */
function expectLimit(issues: readonly LocalizedIssue[], path: readonly (string | number)[], limit: LimitName | string, max: number, got: number): void {
  const found = issues.filter((i) => i.code === 'LIMIT_EXCEEDED');
  expect(found).toHaveLength(1);
  const issue = found[0]!;
  expect(issue.path).toEqual(path);
  for (const message of [issue.message['zh-CN'], issue.message.en]) {
    expect(message).toContain(limit.includes('LIMITS.') ? limit : `LIMITS.${limit}`);
    expect(message).toContain(String(max));
    expect(message).toContain(String(got));
    expect(message.length).toBeLessThan(300);
  }
  expect(issue.message['zh-CN']).toMatch(/上限/);
  expect(issue.message.en).toMatch(/at most/);
}

/** An array of `n` copies of `value` whose entries count their reads. */
function countingArray<T>(n: number, value: T): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(new Array<T>(n).fill(value), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

const drawBase: DrawInput = {
  seed: '1-2-3-4-5-6',
  asOf: '2024-03-01',
  ratio: 0.5,
  enterprises: plainEnterprises(6),
  inspectors: plainInspectors(4),
};

describe('LIMITS', () => {
  it('states every limit, frozen, the draw pools above the benchmarked 1M enterprises and 5k inspectors', () => {
    expect(LIMITS).toEqual({
      textMaxLength: 2000,
      idMaxLength: 200,
      seedMaxLength: 1000,
      drawMaxEnterprises: 2_000_000,
      drawMaxInspectors: 100_000,
      drawMaxTeamSize: 10,
      drawMaxTeamSlots: 4_000_000,
      conflictsMaxPerInspector: 10_000,
      recordMaxInspectors: 100,
      recordMaxFindings: 1000,
      listMaxLength: 10_000,
      quotaMaxEnterprises: 2_000_000,
      quotaMaxSpotChecks: 2_000_000,
    });
    expect(Object.isFrozen(LIMITS)).toBe(true);
    expect(LIMITS.drawMaxEnterprises).toBeGreaterThan(1_000_000);
    expect(LIMITS.drawMaxInspectors).toBeGreaterThan(5_000);
    // Every draw possible at the Article 9¶1 minimum team of 2 stays possible: the whole list
    // selected, 2 inspectors each.
    expect(LIMITS.drawMaxTeamSlots).toBe(LIMITS.drawMaxEnterprises * 2);
    expect(LIMITS.drawMaxTeamSize).toBeGreaterThan(2);
  });
});

describe('string lengths', () => {
  it('textMaxLength: free text (a finding), counted after trimming', () => {
    const at = 'x'.repeat(LIMITS.textMaxLength);
    const record = (description: string) => ({
      ...goodRecord(),
      findings: [{ description, category: 'outgoing_inspection' as const, requiresRectification: true }],
    });
    expect(parseOrThrow(inspectionRecordSchema, record(`  ${at}  `)).findings[0]?.description).toBe(at);
    const issues = issuesOf(() => assessInspectionRecord(record(`${at}x`), { asOf: '2024-06-01' }));
    expectLimit(issues, ['findings', 0, 'description'], 'textMaxLength', LIMITS.textMaxLength, LIMITS.textMaxLength + 1);
  });

  it('textMaxLength: a 10 MB name is rejected at once, its message short', () => {
    const inspector = (name: string) => ({ id: 'BC-017', name, bureau: { level: 'city' }, credential: { number: '吉0800123', validUntil: '2026-12-31' } });
    expect(parseOrThrow(inspectorSchema, inspector('张'.repeat(LIMITS.textMaxLength))).name).toHaveLength(LIMITS.textMaxLength);
    const started = performance.now();
    const issues = issuesOf(() => parseOrThrow(inspectorSchema, inspector('张'.repeat(MB10))));
    expect(performance.now() - started).toBeLessThan(2000);
    expectLimit(issues, ['name'], 'textMaxLength', LIMITS.textMaxLength, MB10);
  });

  it('textMaxLength: a 10 MB name on an inspection record, and a 10 MB stated reason', () => {
    const record = goodRecord();
    const big = { ...record, inspectors: [{ ...record.inspectors[0]!, name: 'a'.repeat(MB10) }, record.inspectors[1]!] };
    expectLimit(issuesOf(() => assessInspectionRecord(big, { asOf: '2024-06-01' })), ['inspectors', 0, 'name'], 'textMaxLength', LIMITS.textMaxLength, MB10);
    const findings = (otherNeed: string) => ({ asOf: '2024-06-01', findings: { otherNeed } });
    expect(samplingEligibility(findings('y'.repeat(LIMITS.textMaxLength))).outcome.eligible).toBe(true);
    expectLimit(issuesOf(() => samplingEligibility(findings('y'.repeat(MB10)))), ['findings', 'otherNeed'], 'textMaxLength', LIMITS.textMaxLength, MB10);
  });

  it('idMaxLength: identifiers (an inspector id, a credential number), trimmed', () => {
    const at = 'I'.repeat(LIMITS.idMaxLength);
    const inspector = (id: string, number = '吉0800123') => ({ id, name: '张三', bureau: { level: 'city' }, credential: { number, validUntil: '2026-12-31' } });
    expect(parseOrThrow(inspectorSchema, inspector(` ${at} `)).id).toBe(at);
    expectLimit(issuesOf(() => parseOrThrow(inspectorSchema, inspector(`${at}I`))), ['id'], 'idMaxLength', LIMITS.idMaxLength, LIMITS.idMaxLength + 1);
    expectLimit(issuesOf(() => parseOrThrow(inspectorSchema, inspector('BC-1', 'N'.repeat(MB10)))), ['credential', 'number'], 'idMaxLength', LIMITS.idMaxLength, MB10);
  });

  it('idMaxLength: a draw inspector id and bureau (not trimmed), and ids in a draw record', () => {
    const at = 'J'.repeat(LIMITS.idMaxLength);
    const inspectors = [{ id: at, credentialValidUntil: '2030-12-31', bureau: at }, ...plainInspectors(3)];
    const { record } = drawInspections({ ...drawBase, inspectors });
    expect(verifyDraw(record, { enterprises: drawBase.enterprises, inspectors }).valid).toBe(true);
    expectLimit(issuesOf(() => drawInspections({ ...drawBase, inspectors: [{ id: `${at}J`, credentialValidUntil: '2030-12-31' }] })), ['inspectors', 0, 'id'], 'idMaxLength', LIMITS.idMaxLength, LIMITS.idMaxLength + 1);
    expectLimit(issuesOf(() => parseOrThrow(drawInspectorSchema, { id: 'a', credentialValidUntil: '2030-12-31', bureau: ` ${at}` })), ['bureau'], 'idMaxLength', LIMITS.idMaxLength, LIMITS.idMaxLength + 1);
    const tampered = { ...record, result: { ...record.result, reserves: ['R'.repeat(MB10)] } };
    expectLimit(recordIssuesOf(verifyDraw(tampered, drawBase)), ['result', 'reserves', 0], 'idMaxLength', LIMITS.idMaxLength, MB10);
  });

  it('seedMaxLength: the draw seed', () => {
    const at = '骰'.repeat(LIMITS.seedMaxLength);
    const { record } = drawInspections({ ...drawBase, seed: at });
    expect(record.seed).toBe(at);
    expect(drawRecordSchema.safeParse(record).success).toBe(true);
    expectLimit(issuesOf(() => drawInspections({ ...drawBase, seed: `${at}骰` })), ['seed'], 'seedMaxLength', LIMITS.seedMaxLength, LIMITS.seedMaxLength + 1);
    expectLimit(issuesOf(() => drawInspections({ ...drawBase, seed: '7'.repeat(MB10) })), ['seed'], 'seedMaxLength', LIMITS.seedMaxLength, MB10);
  });

  it('fixed-form fields (credit codes, dates) reject a 10 MB string with their own short issue', () => {
    const code = issuesOf(() => parseOrThrow(unifiedSocialCreditCodeSchema, '9'.repeat(MB10)));
    expect(code.map((i) => i.code)).toEqual(['USCC_LENGTH']);
    const date = issuesOf(() => auditQuota({ year: 2024, licensedEnterpriseIds: [], spotChecks: [], asOf: '2'.repeat(MB10) }));
    expect(date.map((i) => i.code)).toEqual(['DATE_FORMAT']);
    for (const issue of [...code, ...date]) expect(issue.message.en.length).toBeLessThan(300);
  });
});

describe('list sizes: the draw', () => {
  it(
    'drawMaxEnterprises: a list of exactly that many passes the limit check',
    () => {
      const entry = { id: CODE, county: '220802', riskClass: 'B', licenseValidUntil: '2027-01-01', inspectionsThisYear: 1 } as const;
      const at = drawInputSchema.safeParse({ ...drawBase, enterprises: new Array(LIMITS.drawMaxEnterprises).fill(entry) });
      expect(at.success).toBe(true);
    },
    120_000,
  );

  it('drawMaxEnterprises + 1: rejected before any entry is read, in drawInspections, fingerprintDrawLists, verifyDraw and planAnnualAudit', () => {
    const n = LIMITS.drawMaxEnterprises + 1;
    const { record } = drawInspections(drawBase);
    const calls: [string, (list: unknown[]) => unknown][] = [
      ['drawInspections', (list) => drawInspections({ ...drawBase, enterprises: list as DrawInput['enterprises'] })],
      ['fingerprintDrawLists', (list) => fingerprintDrawLists({ enterprises: list as DrawInput['enterprises'], inspectors: [] })],
      ['verifyDraw', (list) => verifyDraw(record, { enterprises: list as DrawInput['enterprises'], inspectors: drawBase.inspectors })],
      ['planAnnualAudit', (list) => planAnnualAudit({ seed: '1', asOf: '2024-09-01', enterprises: list as DrawInput['enterprises'], inspectors: [] })],
    ];
    for (const [, call] of calls) {
      const { list, reads } = countingArray(n, { id: CODE });
      const started = performance.now();
      const issues = issuesOf(() => call(list));
      expect(performance.now() - started).toBeLessThan(5000); // generous: it reads no entry at all
      expect(reads()).toBe(0);
      expectLimit(issues, ['enterprises'], 'drawMaxEnterprises', LIMITS.drawMaxEnterprises, n);
    }
  });

  it('drawMaxInspectors', () => {
    const inspector = { id: 'TB-001', credentialValidUntil: '2030-12-31' };
    expect(drawInputSchema.safeParse({ ...drawBase, inspectors: new Array(LIMITS.drawMaxInspectors).fill(inspector) }).success).toBe(true);
    const { list, reads } = countingArray(LIMITS.drawMaxInspectors + 1, inspector);
    const issues = issuesOf(() => drawInspections({ ...drawBase, inspectors: list }));
    expect(reads()).toBe(0);
    expectLimit(issues, ['inspectors'], 'drawMaxInspectors', LIMITS.drawMaxInspectors, LIMITS.drawMaxInspectors + 1);
  });

  it('drawMaxTeamSize: teamSize of a draw, of a plan and of a record; the inspectors of one team in a record', () => {
    expect(drawInputSchema.safeParse({ ...drawBase, teamSize: LIMITS.drawMaxTeamSize }).success).toBe(true);
    const over = LIMITS.drawMaxTeamSize + 1;
    expectLimit(issuesOf(() => drawInspections({ ...drawBase, teamSize: over })), ['teamSize'], 'drawMaxTeamSize', LIMITS.drawMaxTeamSize, over);
    expectLimit(
      issuesOf(() => planAnnualAudit({ seed: '1', asOf: '2024-09-01', enterprises: [], inspectors: [], teamSize: over })),
      ['teamSize'],
      'drawMaxTeamSize',
      LIMITS.drawMaxTeamSize,
      over,
    );
    const { record } = drawInspections(drawBase);
    expectLimit(
      recordIssuesOf(verifyDraw({ ...record, parameters: { ...record.parameters, teamSize: over } }, drawBase)),
      ['parameters', 'teamSize'],
      'drawMaxTeamSize',
      LIMITS.drawMaxTeamSize,
      over,
    );
    const team = countingArray(over, 'TB-001');
    const assignments = [{ enterpriseId: CODE, inspectorIds: team.list }];
    expectLimit(
      recordIssuesOf(verifyDraw({ ...record, result: { ...record.result, assignments } }, drawBase)),
      ['result', 'assignments', 0, 'inspectorIds'],
      'drawMaxTeamSize',
      LIMITS.drawMaxTeamSize,
      over,
    );
    expect(team.reads()).toBe(0);
  });

  it('conflictsMaxPerInspector: a draw inspector and an inspector entity', () => {
    const drawInspector = (n: number) => ({ id: 'TB-001', credentialValidUntil: '2030-12-31', conflicts: new Array<string>(n).fill(CODE) });
    expect(drawInspectorSchema.safeParse(drawInspector(LIMITS.conflictsMaxPerInspector)).success).toBe(true);
    expectLimit(
      issuesOf(() => drawInspections({ ...drawBase, inspectors: [drawInspector(LIMITS.conflictsMaxPerInspector + 1)] })),
      ['inspectors', 0, 'conflicts'],
      'conflictsMaxPerInspector',
      LIMITS.conflictsMaxPerInspector,
      LIMITS.conflictsMaxPerInspector + 1,
    );
    const entity = { id: 'BC-017', name: '张三', bureau: { level: 'city' }, credential: { number: '吉0800123', validUntil: '2026-12-31' } };
    expect(inspectorSchema.safeParse({ ...entity, conflicts: new Array<string>(LIMITS.conflictsMaxPerInspector).fill(CODE) }).success).toBe(true);
    expectLimit(
      issuesOf(() => parseOrThrow(inspectorSchema, { ...entity, conflicts: new Array<string>(LIMITS.conflictsMaxPerInspector + 1).fill(CODE) })),
      ['conflicts'],
      'conflictsMaxPerInspector',
      LIMITS.conflictsMaxPerInspector,
      LIMITS.conflictsMaxPerInspector + 1,
    );
  });

  it('alreadyChecked (drawMaxEnterprises) and the lists of a draw record', () => {
    const n = LIMITS.drawMaxEnterprises + 1;
    const checked = countingArray(n, CODE);
    expectLimit(issuesOf(() => drawInspections({ ...drawBase, alreadyChecked: checked.list })), ['alreadyChecked'], 'drawMaxEnterprises', LIMITS.drawMaxEnterprises, n);
    expect(checked.reads()).toBe(0);
    const { record } = drawInspections(drawBase);
    const selected = countingArray(n, CODE);
    expectLimit(
      recordIssuesOf(verifyDraw({ ...record, result: { ...record.result, selected: selected.list } }, drawBase)),
      ['result', 'selected'],
      'drawMaxEnterprises',
      LIMITS.drawMaxEnterprises,
      n,
    );
    expect(selected.reads()).toBe(0);
    const excludedMax = LIMITS.drawMaxEnterprises + LIMITS.drawMaxInspectors;
    const excluded = countingArray(excludedMax + 1, record.excluded[0] ?? ({ kind: 'enterprise', id: CODE, reason: 'LICENSE_EXPIRED' } as const));
    expectLimit(
      recordIssuesOf(verifyDraw({ ...record, excluded: excluded.list }, drawBase)),
      ['excluded'],
      'LIMITS.drawMaxEnterprises + LIMITS.drawMaxInspectors',
      excludedMax,
      excludedMax + 1,
    );
    expect(excluded.reads()).toBe(0);
  });
});

describe('list sizes: the quota', () => {
  it(
    'quotaMaxEnterprises and quotaMaxSpotChecks: lists of exactly that many pass the limit check',
    () => {
      const at = auditQuotaInputSchema.safeParse({
        year: 2024,
        licensedEnterpriseIds: new Array(LIMITS.quotaMaxEnterprises).fill(CODE),
        spotChecks: new Array(LIMITS.quotaMaxSpotChecks).fill({ enterpriseId: CODE, date: '2024-05-01' }),
      });
      // The only issue: the same id repeated, found after parsing. No limit was hit.
      expect(at.success).toBe(false);
      expect(at.error?.issues.map((i) => i.path)).toEqual([['licensedEnterpriseIds']]);
      expect(JSON.stringify(at.error?.issues)).toContain('DUPLICATE_ENTERPRISE_ID');
    },
    120_000,
  );

  it('quotaMaxEnterprises + 1 and quotaMaxSpotChecks + 1: rejected before any entry is read', () => {
    const ids = countingArray(LIMITS.quotaMaxEnterprises + 1, CODE);
    const checks = countingArray(LIMITS.quotaMaxSpotChecks + 1, { enterpriseId: CODE, date: '2024-05-01' });
    const issues = issuesOf(() => auditQuota({ year: 2024, licensedEnterpriseIds: ids.list, spotChecks: checks.list }));
    expect(ids.reads() + checks.reads()).toBe(0);
    expect(issues.map((i) => i.path)).toEqual([['licensedEnterpriseIds'], ['spotChecks']]);
    expectLimit(issues.slice(0, 1), ['licensedEnterpriseIds'], 'quotaMaxEnterprises', LIMITS.quotaMaxEnterprises, LIMITS.quotaMaxEnterprises + 1);
    expectLimit(issues.slice(1), ['spotChecks'], 'quotaMaxSpotChecks', LIMITS.quotaMaxSpotChecks, LIMITS.quotaMaxSpotChecks + 1);
    const planChecks = countingArray(LIMITS.quotaMaxSpotChecks + 1, { enterpriseId: CODE, date: '2024-05-01' });
    expectLimit(
      issuesOf(() => planAnnualAudit({ seed: '1', asOf: '2024-09-01', enterprises: [], inspectors: [], spotChecks: planChecks.list })),
      ['spotChecks'],
      'quotaMaxSpotChecks',
      LIMITS.quotaMaxSpotChecks,
      LIMITS.quotaMaxSpotChecks + 1,
    );
    expect(planChecks.reads()).toBe(0);
  });

  it(
    'counties: at most quotaMaxEnterprises keys, counted before any key or value is parsed',
    () => {
      const few = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [creditCode(i), '220802' as const]));
      expect(auditQuota({ year: 2024, licensedEnterpriseIds: Object.keys(few), spotChecks: [], counties: few }).outcome.byCounty).toHaveLength(1);
      // Neither the keys (not credit codes) nor the values (not county codes) are valid: parsing
      // any of them would add an issue.
      const huge: Record<string, unknown> = {};
      for (let i = 0; i <= LIMITS.quotaMaxEnterprises; i++) huge[`k${i}`] = 42;
      const issues = issuesOf(() => auditQuota({ year: 2024, licensedEnterpriseIds: [], spotChecks: [], counties: huge as Record<string, '220802'> }));
      expect(issues).toHaveLength(1);
      expectLimit(issues, ['counties'], 'quotaMaxEnterprises', LIMITS.quotaMaxEnterprises, LIMITS.quotaMaxEnterprises + 1);
    },
    120_000,
  );
});

describe('list sizes: records and rules', () => {
  it('recordMaxInspectors: inspectors on an inspection record and their signatures', () => {
    const record = goodRecord();
    const inspectors = Array.from({ length: LIMITS.recordMaxInspectors }, (_, i) => ({ ...record.inspectors[0]!, id: `BC-${i}`, credentialNumber: `吉${i}` }));
    const ids = inspectors.map((i) => i.id);
    const full = { ...record, inspectors, signatures: { ...record.signatures, inspectorIds: ids } };
    expect(assessInspectionRecord(full, { asOf: '2024-06-01' }).outcome.valid).toBe(true);
    const over = { ...full, inspectors: [...inspectors, { ...inspectors[0]!, id: 'BC-X' }] };
    const max = LIMITS.recordMaxInspectors;
    expectLimit(issuesOf(() => assessInspectionRecord(over, { asOf: '2024-06-01' })), ['inspectors'], 'recordMaxInspectors', max, max + 1);
    const overSigned = { ...full, signatures: { ...full.signatures, inspectorIds: [...ids, 'BC-X'] } };
    expectLimit(issuesOf(() => assessInspectionRecord(overSigned, { asOf: '2024-06-01' })), ['signatures', 'inspectorIds'], 'recordMaxInspectors', max, max + 1);
  });

  it('recordMaxFindings', () => {
    const finding = { description: '出厂检验记录缺失', category: 'outgoing_inspection' as const, requiresRectification: true };
    const max = LIMITS.recordMaxFindings;
    expect(inspectionRecordSchema.safeParse({ ...goodRecord(), findings: new Array(max).fill(finding) }).success).toBe(true);
    expectLimit(issuesOf(() => parseOrThrow(inspectionRecordSchema, { ...goodRecord(), findings: new Array(max + 1).fill(finding) })), ['findings'], 'recordMaxFindings', max, max + 1);
  });

  it('listMaxLength: special-inspection events, dossier entries, calendar dates', () => {
    const max = LIMITS.listMaxLength;
    const event = { kind: 'complaint' as const, date: '2024-04-02' };
    expect(specialInspectionTriggers({ asOf: '2024-05-01', events: new Array(max).fill(event) }).outcome.triggers).toEqual(['complaint']);
    expectLimit(issuesOf(() => specialInspectionTriggers({ asOf: '2024-05-01', events: new Array(max + 1).fill(event) })), ['events'], 'listMaxLength', max, max + 1);

    const entry = { recordId: 'R-1', date: '2024-05-10' };
    expect(dossierCompleteness(fullDossier(), { asOf: '2024-07-01', recordedInspections: new Array(max).fill(entry) }).outcome).toBeDefined();
    expectLimit(
      issuesOf(() => dossierCompleteness(fullDossier(), { asOf: '2024-07-01', recordedInspections: new Array(max + 1).fill(entry) })),
      ['recordedInspections'],
      'listMaxLength',
      max,
      max + 1,
    );
    expectLimit(
      issuesOf(() => dossierCompleteness({ ...fullDossier(), routineInspectionRecords: new Array(max + 1).fill(entry) }, { asOf: '2024-07-01' })),
      ['routineInspectionRecords'],
      'listMaxLength',
      max,
      max + 1,
    );

    expect(createRestDayCalendar({ holidays: new Array(max).fill('2024-10-01') }).isRestDay('2024-10-01')).toBe(true);
    expectLimit(issuesOf(() => createRestDayCalendar({ holidays: new Array(max + 1).fill('2024-10-01') })), ['holidays'], 'listMaxLength', max, max + 1);
  });

  it('an oversized list never reaches the refinements of the object around it', () => {
    // licensedEnterpriseSchema refines its licenses (duplicate numbers): garbage past the limit must not get there.
    const r = licensedEnterpriseSchema.safeParse({
      creditCode: ENTERPRISE,
      name: '白城市某包装制品有限公司',
      county: '220802',
      licenses: new Array(LIMITS.listMaxLength + 1).fill(42),
    });
    expect(r.success).toBe(false);
    expectLimit(
      issuesOf(() => parseOrThrow(licensedEnterpriseSchema, { creditCode: ENTERPRISE, name: 'x', county: '220802', licenses: new Array(LIMITS.listMaxLength + 1).fill(42) })),
      ['licenses'],
      'listMaxLength',
      LIMITS.listMaxLength,
      LIMITS.listMaxLength + 1,
    );
  });

  it('JSON Schema carries the limits as maxLength and maxItems', () => {
    const json = z.toJSONSchema(inspectionRecordSchema, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, { maxItems?: number; maxLength?: number }>;
    };
    expect(json.properties['inspectors']?.maxItems).toBe(LIMITS.recordMaxInspectors);
    expect(json.properties['findings']?.maxItems).toBe(LIMITS.recordMaxFindings);
    expect(json.properties['id']?.maxLength).toBe(LIMITS.idMaxLength);
    const draw = z.toJSONSchema(drawInputSchema, { io: 'input', unrepresentable: 'any' }) as typeof json;
    expect(draw.properties['enterprises']?.maxItems).toBe(LIMITS.drawMaxEnterprises);
    expect(draw.properties['seed']?.maxLength).toBe(LIMITS.seedMaxLength);
    expect((draw.properties['teamSize'] as { maximum?: number } | undefined)?.maximum).toBe(LIMITS.drawMaxTeamSize);
  });
});
