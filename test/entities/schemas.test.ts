// Entity schemas: structure, identifiers, date order. Expected values come from the regulation
// text (which parts/forms exist) and from FACTS.md (identifier formats, authority levels).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  authoritySchema,
  CHECKLIST_ITEMS,
  authorityLevelSchema,
  bilingualIssues,
  checklistItemKeySchema,
  checklistSchema,
  credentialSchema,
  inspectionFindingSchema,
  inspectionKindSchema,
  inspectionRecordSchema,
  inspectorBureauSchema,
  inspectorSchema,
  licenseActionDecisionSchema,
  licenseActionSchema,
  licensedEnterpriseSchema,
  productionLicenseSchema,
  provisionText,
  qualityDossierSchema,
  rectificationOrderSchema,
  reinspectionSchema,
  samplingRecordSchema,
  selfInspectionReportSchema,
  supervisionFormSchema,
  supervisionForms,
  testingReportSchema,
  recordInspectorSchema,
  type LocalizedIssue,
} from '../../src/index.js';
import {
  ENTERPRISE,
  cityRevocation,
  failedReport,
  fullDossier,
  goodRecord,
  goodSampling,
  order,
  quietReport,
} from '../rules/fixtures.js';

const license = {
  number: '吉XK16-204-00397',
  product: '塑料编织袋',
  issuedOn: '2022-03-01',
  validUntil: '2027-02-28',
  issuer: { level: 'provincial' },
} as const;

const enterprise = {
  creditCode: ENTERPRISE,
  name: '白城市某包装制品有限公司',
  county: '220802',
  licenses: [license],
  legalRepresentative: '赵六',
} as const;

const inspector = {
  id: 'BC-017',
  name: '张三',
  bureau: { level: 'county', county: '220821' },
  credential: { number: '吉0800123', validFrom: '2022-01-01', validUntil: '2026-12-31' },
  conflicts: [ENTERPRISE],
} as const;

const codes = (schema: z.ZodType, input: unknown): string[] => bilingualIssues(schema, input).map((i) => i.code);

describe('valid examples parse (hand-written from the regulation and FACTS.md)', () => {
  it.each([
    ['productionLicenseSchema', productionLicenseSchema, license],
    ['licensedEnterpriseSchema', licensedEnterpriseSchema, enterprise],
    ['inspectorSchema', inspectorSchema, inspector],
    ['inspectionRecordSchema', inspectionRecordSchema, goodRecord()],
    ['rectificationOrderSchema', rectificationOrderSchema, order()],
    ['reinspectionSchema', reinspectionSchema, { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-13' }],
    ['samplingRecordSchema', samplingRecordSchema, goodSampling()],
    ['testingReportSchema', testingReportSchema, failedReport()],
    ['selfInspectionReportSchema', selfInspectionReportSchema, quietReport()],
    ['qualityDossierSchema', qualityDossierSchema, fullDossier()],
    ['licenseActionDecisionSchema', licenseActionDecisionSchema, cityRevocation()],
  ] as const)('%s', (_name, schema, input) => {
    expect(bilingualIssues(schema as z.ZodType, input)).toEqual([]);
    expect((schema as z.ZodType).parse(input)).toEqual(input);
  });

  it('trims free text', () => {
    expect(inspectorSchema.parse({ ...inspector, name: ' 张三 ' }).name).toBe('张三');
  });
});

describe('unknown keys are rejected (z.strictObject)', () => {
  it.each([
    ['productionLicenseSchema', productionLicenseSchema, license],
    ['licensedEnterpriseSchema', licensedEnterpriseSchema, enterprise],
    ['inspectorSchema', inspectorSchema, inspector],
    ['inspectionRecordSchema', inspectionRecordSchema, goodRecord()],
    ['rectificationOrderSchema', rectificationOrderSchema, order()],
    ['samplingRecordSchema', samplingRecordSchema, goodSampling()],
    ['testingReportSchema', testingReportSchema, failedReport()],
    ['selfInspectionReportSchema', selfInspectionReportSchema, quietReport()],
    ['qualityDossierSchema', qualityDossierSchema, fullDossier()],
    ['licenseActionDecisionSchema', licenseActionDecisionSchema, cityRevocation()],
  ] as const)('%s rejects a misspelt key', (_name, schema, input) => {
    expect(codes(schema as z.ZodType, { ...input, extra: 1 })).toEqual(['unrecognized_keys']);
  });

  it('a misspelt checklist key is an error, not an unanswered item', () => {
    expect(codes(checklistSchema, { licence_mark: { status: 'compliant' } })).toEqual(['unrecognized_keys']);
  });
});

describe('__proto__ and constructor never reach an output object', () => {
  const json = (extra: string, base: object): unknown => {
    const text = JSON.stringify(base);
    return JSON.parse(`{${extra},${text.slice(1)}`);
  };
  it.each([
    ['inspectionRecordSchema', inspectionRecordSchema, goodRecord()],
    ['licensedEnterpriseSchema', licensedEnterpriseSchema, enterprise],
    ['samplingRecordSchema', samplingRecordSchema, goodSampling()],
    ['qualityDossierSchema', qualityDossierSchema, fullDossier()],
  ] as const)('%s', (_name, schema, base) => {
    for (const extra of ['"__proto__":{"x":1}', '"constructor":{"prototype":{"x":1}}']) {
      const input = json(extra, base);
      const result = (schema as z.ZodType).safeParse(input);
      expect(result.success).toBe(false);
      expect(codes(schema as z.ZodType, input)).toEqual(['unrecognized_keys']);
    }
    expect(({} as { x?: unknown }).x).toBeUndefined();
  });

  it('nested objects too (checklist, signatures)', () => {
    const input = JSON.parse(
      JSON.stringify(goodRecord()).replace('"license_mark":', '"__proto__":{"polluted":true},"license_mark":'),
    );
    expect(inspectionRecordSchema.safeParse(input).success).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('identifier and date validity', () => {
  it('rejects a wrong credit-code check character (FACTS.md example 91350203M0001QAY9B)', () => {
    expect(codes(licensedEnterpriseSchema, { ...enterprise, creditCode: '91350203M0001QAY9B' })).toEqual(['USCC_CHECK_CHARACTER']);
  });
  it('rejects lower-case credit codes (canonical form only)', () => {
    expect(codes(inspectionRecordSchema, { ...goodRecord(), enterpriseId: ENTERPRISE.toLowerCase() })).toEqual(['USCC_NOT_CANONICAL']);
  });
  it('rejects a malformed license number', () => {
    expect(codes(productionLicenseSchema, { ...license, number: 'XK16-2040-0397' })).toEqual(['LICENSE_NUMBER_FORMAT']);
  });
  it('rejects 220871 (statistics-only code) as a county', () => {
    expect(codes(licensedEnterpriseSchema, { ...enterprise, county: '220871' })).toEqual(['invalid_value']);
  });
  it('rejects impossible dates', () => {
    expect(codes(samplingRecordSchema, { ...goodSampling(), sampledOn: '2023-02-29' })).toContain('DATE_IMPOSSIBLE');
  });
  it('requires at least one license', () => {
    expect(codes(licensedEnterpriseSchema, { ...enterprise, licenses: [] })).toEqual(['too_small']);
  });
  it('reports a license listed twice', () => {
    const issues = bilingualIssues(licensedEnterpriseSchema, { ...enterprise, licenses: [license, license] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['LICENSE_DUPLICATE', ['licenses', 1, 'number']]]);
  });
  it('county bureaus name their county; the city bureau does not', () => {
    expect(inspectorBureauSchema.safeParse({ level: 'city' }).success).toBe(true);
    expect(inspectorBureauSchema.safeParse({ level: 'county' }).success).toBe(false);
    expect(inspectorBureauSchema.safeParse({ level: 'city', county: '220821' }).success).toBe(false);
  });
  it('rejects a negative or infinite fee', () => {
    expect(codes(samplingRecordSchema, { ...goodSampling(), feeCharged: -1 })).toEqual(['too_small']);
    expect(samplingRecordSchema.safeParse({ ...goodSampling(), feeCharged: Infinity }).success).toBe(false);
    expect(samplingRecordSchema.safeParse({ ...goodSampling(), feeCharged: Number.NaN }).success).toBe(false);
  });
  it('a report year is a whole number from 2020', () => {
    expect(selfInspectionReportSchema.safeParse({ ...quietReport(), year: 2019 }).success).toBe(false);
    expect(selfInspectionReportSchema.safeParse({ ...quietReport(), year: 2024.5 }).success).toBe(false);
  });
});

describe('DATE_ORDER: later dates may not precede earlier ones', () => {
  const dateOrder = (schema: z.ZodType, input: unknown): (string | number)[][] =>
    bilingualIssues(schema, input)
      .filter((i) => i.code === 'DATE_ORDER')
      .map((i) => [...i.path]);

  it('license expiry before issue', () => {
    expect(dateOrder(productionLicenseSchema, { ...license, validUntil: '2022-02-28' })).toEqual([['validUntil']]);
    expect(dateOrder(productionLicenseSchema, { ...license, validUntil: '2022-03-01' })).toEqual([]);
  });
  it('credential validity reversed', () => {
    expect(dateOrder(credentialSchema, { number: 'x', validFrom: '2027-01-01', validUntil: '2026-12-31' })).toEqual([['validUntil']]);
  });
  it('record: enterprise signature and filing before the inspection, filing before the signature', () => {
    const r = goodRecord();
    expect(
      dateOrder(inspectionRecordSchema, {
        ...r,
        signatures: { ...r.signatures, enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-09' } },
      }),
    ).toEqual([['signatures', 'enterpriseResponsiblePerson', 'signedOn']]);
    expect(dateOrder(inspectionRecordSchema, { ...r, filedOn: '2024-05-09' })).toEqual([['filedOn'], ['filedOn']]);
    expect(
      dateOrder(inspectionRecordSchema, {
        ...r,
        signatures: { ...r.signatures, enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-20' } },
      }),
    ).toEqual([['filedOn']]);
  });
  it('record inspector credential validity reversed', () => {
    const r = goodRecord();
    const inspectors = [{ ...r.inspectors[0]!, credentialValidFrom: '2027-01-01' }];
    expect(dateOrder(inspectionRecordSchema, { ...r, inspectors })).toEqual([['inspectors', 0, 'credentialValidUntil']]);
  });
  it('Article 10: a deadline before the order date is invalid; the same day is accepted', () => {
    expect(dateOrder(rectificationOrderSchema, { ...order(), deadline: '2024-05-09' })).toEqual([['deadline']]);
    expect(dateOrder(rectificationOrderSchema, { ...order(), deadline: '2024-05-10' })).toEqual([]);
  });
  it('re-inspection filings before the re-inspection', () => {
    expect(
      dateOrder(reinspectionSchema, { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-11', materialsFiledOn: '2024-06-10' }),
    ).toEqual([['recordFiledOn'], ['materialsFiledOn']]);
  });
  it('sampling: sealed before sampled, sent before sealed (or sampled, when not sealed)', () => {
    expect(dateOrder(samplingRecordSchema, { ...goodSampling(), sealedOn: '2024-02-29', sentOn: '2024-03-05' })).toEqual([['sealedOn']]);
    expect(dateOrder(samplingRecordSchema, { ...goodSampling(), sealedOn: '2024-03-03', sentOn: '2024-03-02' })).toEqual([['sentOn']]);
    const { sealedOn: _omit, ...unsealed } = goodSampling();
    expect(dateOrder(samplingRecordSchema, { ...unsealed, sentOn: '2024-02-28' })).toEqual([['sentOn']]);
  });
  it('does not compare dates that are themselves invalid', () => {
    expect(dateOrder(productionLicenseSchema, { ...license, issuedOn: '2022-13-01' })).toEqual([]);
  });
  it('messages are bilingual', () => {
    const [issue] = bilingualIssues(rectificationOrderSchema, { ...order(), deadline: '2024-05-09' });
    expect(issue?.message['zh-CN']).toBe('整改期限（2024-05-09）不能早于责令整改日期（2024-05-10）');
    expect(issue?.message.en).toBe('The rectification deadline (2024-05-09) cannot be before the order date (2024-05-10)');
  });
});

describe('supervision forms (Article 5) and checklist (Article 6) as data', () => {
  it('Article 5 names seven forms in three categories', () => {
    expect(supervisionFormSchema.options).toEqual(Object.keys(supervisionForms));
    const byCategory = (c: string) => supervisionFormSchema.options.filter((f) => supervisionForms[f].category === c);
    expect(byCategory('daily_management')).toEqual(['self_inspection_report_check', 'filing', 'reporting']);
    expect(byCategory('routine_inspection')).toEqual(['periodic', 'non_periodic', 'follow_up']);
    expect(byCategory('special_inspection')).toEqual(['special']);
  });
  it('the on-site forms are exactly the inspection record kinds', () => {
    expect(supervisionFormSchema.options.filter((f) => supervisionForms[f].onSite)).toEqual(inspectionKindSchema.options);
  });
  it('definitions follow the paragraphs of Article 5', () => {
    expect(provisionText(supervisionForms.follow_up.basis)).toContain(supervisionForms.follow_up.definition['zh-CN'].replace(/。$/, ''));
    expect(provisionText(supervisionForms.periodic.basis)).toContain('有计划地对本辖区内获证企业进行实地核查');
    // "必要时进行产品质量抽查" appears in ¶2 (periodic) and ¶3 (non-periodic) only.
    expect(supervisionFormSchema.options.filter((f) => supervisionForms[f].samplingWhenNecessary)).toEqual(['periodic', 'non_periodic']);
    expect(provisionText({ article: 5, paragraph: 2 })).toContain('必要时进行产品质量抽查');
    expect(provisionText({ article: 5, paragraph: 3 })).toContain('必要时进行产品质量抽查');
    expect(provisionText({ article: 5, paragraph: 4 })).not.toContain('抽查');
  });
  it('the six checklist keys are Article 6 items 1–6, in order', () => {
    expect(checklistItemKeySchema.options.map((k) => CHECKLIST_ITEMS[k].item)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(provisionText({ article: 6, item: 1 })).toContain('生产许可证编号和标志');
    expect(CHECKLIST_ITEMS.conditions_changed.question['zh-CN']).toBe(provisionText({ article: 6, item: 2 }).replace(/；$/, ''));
  });
  it('four license actions (Article 14) and four authority levels', () => {
    expect(licenseActionSchema.options).toEqual(['withdraw', 'revoke', 'revoke_as_penalty', 'cancel']);
    expect(authorityLevelSchema.options).toEqual(['national', 'provincial', 'city', 'county']);
  });
  it('a finding may tie itself to a checklist item or product quality', () => {
    expect(inspectionFindingSchema.safeParse({ description: 'x', category: 'labelling' }).success).toBe(true);
    expect(inspectionFindingSchema.safeParse({ description: 'x', category: 'product_quality' }).success).toBe(true);
    expect(inspectionFindingSchema.safeParse({ description: ' ' }).success).toBe(false);
  });
});

describe('JSON Schema export (for the lead engineer\'s build)', () => {
  it.each([
    productionLicenseSchema,
    licensedEnterpriseSchema,
    inspectorSchema,
    inspectionRecordSchema,
    rectificationOrderSchema,
    reinspectionSchema,
    samplingRecordSchema,
    testingReportSchema,
    selfInspectionReportSchema,
    qualityDossierSchema,
    licenseActionDecisionSchema,
  ])('schema %#', (schema) => {
    const json = z.toJSONSchema(schema as z.ZodType) as { type?: string; additionalProperties?: unknown };
    expect(json.type).toBe('object');
    expect(json.additionalProperties).toBe(false);
  });
});

describe('every exported schema of entities and rules converts to JSON Schema (as scripts/write-json-schemas.mjs does)', async () => {
  const entities = await import('../../src/entities/index.js');
  const rules = await import('../../src/rules/index.js');
  const all = { ...entities, ...rules } as Record<string, unknown>;
  const names = Object.keys(all).filter((n) => n.endsWith('Schema') && all[n] instanceof z.ZodType);
  it('finds them', () => {
    expect(names.length).toBeGreaterThan(40);
  });
  it.each(names)('%s', (name) => {
    expect(() => z.toJSONSchema(all[name] as z.ZodType, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' })).not.toThrow();
  });
});

// A name, id or credential number of invisible characters only (a zero-width space U+200B, a word
// joiner U+2060) shows nothing and compares as nothing: it is as good as empty (BLANK), like white
// space only (too_small after trimming).
describe('BLANK: text of invisible characters only', () => {
  it.each(['\u200b', '\u2060', '\u200b\ufeff\u200b'])('%j as a name, an id and a credential number', (blank) => {
    expect(codes(authoritySchema, { level: 'provincial', name: blank })).toEqual(['BLANK']);
    expect(codes(inspectorSchema, { ...inspector, id: blank })).toEqual(['BLANK']);
    expect(codes(inspectorSchema, { ...inspector, credential: { ...inspector.credential, number: blank } })).toEqual(['BLANK']);
    expect(bilingualIssues(authoritySchema, { level: 'provincial', name: blank })[0]?.message['zh-CN']).toBe('内容只有不可见字符，等于未填写');
  });
  it('the empty string is too_small only, not BLANK too', () => {
    expect(codes(authoritySchema, { level: 'provincial', name: '' })).toEqual(['too_small']);
    expect(codes(inspectorSchema, { ...inspector, id: '' })).toEqual(['too_small']);
  });
  it('visible text around an invisible character is kept', () => {
    expect(authoritySchema.safeParse({ level: 'provincial', name: '吉林省\u200b市场监督管理厅' }).success).toBe(true);
  });
});

// The DATE_ORDER refinement shared by the entity schemas. Each schema documents (in its JSDoc)
// which dates may not come before which, and that the issue is reported at the later field's
// path with code DATE_ORDER. The messages are checked only for what docs/testing.md asks of every
// message: both dates stated, no unrendered value (`undefined`) in either language — never their
// wording.
/** The issues of an input, after checking there is exactly one DATE_ORDER issue, at `path`. */
function dateOrder(schema: z.ZodType, input: unknown, path: readonly (string | number)[]): LocalizedIssue {
  const issues = bilingualIssues(schema, input).filter((i) => i.code === 'DATE_ORDER');
  expect(issues.map((i) => i.path)).toEqual([path]);
  return issues[0]!;
}

/** Both languages state both dates and hold no unrendered value. */
function expectRendered(issue: LocalizedIssue, earlier: string, later: string): void {
  for (const text of [issue.message['zh-CN'], issue.message.en]) {
    expect(text).not.toContain('undefined');
    expect(text).toContain(earlier);
    expect(text).toContain(later);
  }
}

describe('credentials: validFrom may not be after validUntil (credentialSchema JSDoc)', () => {
  it('inspector credential: DATE_ORDER at ["validUntil"], both dates named in the message', () => {
    const issue = dateOrder(
      credentialSchema,
      { number: '吉0800123', validFrom: '2024-03-01', validUntil: '2024-02-01' },
      ['validUntil'],
    );
    expectRendered(issue, '2024-03-01', '2024-02-01');
  });

  it('credential on an inspection record: DATE_ORDER at ["credentialValidUntil"] (recordInspectorSchema JSDoc)', () => {
    const input = {
      id: 'BC-017',
      name: '张三',
      credentialNumber: '吉0800123',
      credentialValidFrom: '2024-03-01',
      credentialValidUntil: '2024-02-01',
    };
    expectRendered(dateOrder(recordInspectorSchema, input, ['credentialValidUntil']), '2024-03-01', '2024-02-01');
  });
});

describe('an invalid date is reported once, by its own check, never also as DATE_ORDER (refinements.ts contract)', () => {
  // 2024-02-30 does not exist (February 2024 has 29 days). Compared as text it sorts after
  // 2024-02-01 and before 2024-03-01, so a DATE_ORDER check that let it through would fire.
  it('impossible validFrom, earlier-looking validUntil: only DATE_IMPOSSIBLE at ["validFrom"]', () => {
    const issues = bilingualIssues(credentialSchema, {
      number: '吉0800123',
      validFrom: '2024-02-30',
      validUntil: '2024-02-01',
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['validFrom'], 'DATE_IMPOSSIBLE']]);
  });

  it('valid validFrom, impossible validUntil that sorts before it: only DATE_IMPOSSIBLE at ["validUntil"]', () => {
    const issues = bilingualIssues(credentialSchema, {
      number: '吉0800123',
      validFrom: '2024-03-01',
      validUntil: '2024-02-30',
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['validUntil'], 'DATE_IMPOSSIBLE']]);
  });
});

describe('production licence: validUntil not before issuedOn (productionLicenseSchema JSDoc)', () => {
  it('DATE_ORDER at ["validUntil"], both dates named', () => {
    const input = {
      number: '吉XK16-204-00397',
      product: '塑料编织袋',
      issuedOn: '2022-03-01',
      validUntil: '2022-02-28',
      issuer: { level: 'provincial' },
    };
    expectRendered(dateOrder(productionLicenseSchema, input, ['validUntil']), '2022-03-01', '2022-02-28');
  });
});

describe('re-inspection: neither filing before the re-inspection (reinspectionSchema JSDoc, Article 10)', () => {
  it('record filed the day before: DATE_ORDER at ["recordFiledOn"]', () => {
    const input = { date: '2024-06-12', passed: true, recordFiledOn: '2024-06-11' };
    expectRendered(dateOrder(reinspectionSchema, input, ['recordFiledOn']), '2024-06-12', '2024-06-11');
  });

  it('materials filed the day before: DATE_ORDER at ["materialsFiledOn"]', () => {
    const input = { date: '2024-06-12', passed: true, materialsFiledOn: '2024-06-11' };
    expectRendered(dateOrder(reinspectionSchema, input, ['materialsFiledOn']), '2024-06-12', '2024-06-11');
  });
});

describe('inspection record: signature and filing not before the inspection, filing not before the signature', () => {
  // inspectionRecordSchema JSDoc: "the enterprise cannot sign before the inspection, nor the
  // record be filed before the inspection or the enterprise's signature". The fixture record is
  // dated 2024-05-10.
  const signedOnPath = ['signatures', 'enterpriseResponsiblePerson', 'signedOn'];

  it('signed the day before the inspection: DATE_ORDER at the signature date', () => {
    const r = goodRecord();
    const input = {
      ...r,
      signatures: { ...r.signatures, enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-09' } },
    };
    expectRendered(dateOrder(inspectionRecordSchema, input, signedOnPath), '2024-05-10', '2024-05-09');
  });

  it('filed the day before the inspection, no signature: DATE_ORDER at ["filedOn"]', () => {
    const r = goodRecord();
    const input = { ...r, signatures: { inspectorIds: r.signatures.inspectorIds }, filedOn: '2024-05-09' };
    expectRendered(dateOrder(inspectionRecordSchema, input, ['filedOn']), '2024-05-10', '2024-05-09');
  });

  it('filed after the inspection but before the signature: DATE_ORDER at ["filedOn"], naming the signature date', () => {
    const r = goodRecord();
    const input = {
      ...r,
      signatures: { ...r.signatures, enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-15' } },
      filedOn: '2024-05-13',
    };
    expectRendered(dateOrder(inspectionRecordSchema, input, ['filedOn']), '2024-05-15', '2024-05-13');
  });
});

describe('sampling record: sealing not before sampling, sending not before sealing (samplingRecordSchema JSDoc)', () => {
  it('sealed the day before sampling: DATE_ORDER at ["sealedOn"]', () => {
    // sentOn 2024-03-05 is after both, so only the sealing is out of order.
    const input = { ...goodSampling(), sampledOn: '2024-03-02', sealedOn: '2024-03-01' };
    expectRendered(dateOrder(samplingRecordSchema, input, ['sealedOn']), '2024-03-02', '2024-03-01');
  });

  it('sent after sampling but before sealing: DATE_ORDER at ["sentOn"], naming the sealing date', () => {
    const input = { ...goodSampling(), sampledOn: '2024-03-01', sealedOn: '2024-03-04', sentOn: '2024-03-03' };
    expectRendered(dateOrder(samplingRecordSchema, input, ['sentOn']), '2024-03-04', '2024-03-03');
  });

  it('no sealing date, sent before sampling: DATE_ORDER at ["sentOn"], naming the sampling date', () => {
    const { sealedOn: _omitted, ...rest } = goodSampling();
    const input = { ...rest, sampledOn: '2024-03-02', sentOn: '2024-03-01' };
    expectRendered(dateOrder(samplingRecordSchema, input, ['sentOn']), '2024-03-02', '2024-03-01');
  });
});
