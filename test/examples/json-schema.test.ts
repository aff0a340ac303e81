// dist/json-schema/*.json in use: an independent validator (ajv, JSON Schema 2020-12) and the
// zod schemas of the built package must agree on valid and structurally invalid samples.
//
// JSON Schema cannot express the library's domain checks (check characters, the order of two
// dates, cross-field rules of a draw): the generated schemas describe the structure, and with
// ajv-formats the calendar (format 'date'). Those samples are accepted by ajv and rejected by zod; they are listed in
// KNOWN_DIFFERENCES below, each with the domain code zod reports, and the test fails if one of
// them stops being a difference (then move it to the agreeing samples).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  cityRevocation,
  failedReport,
  fullDossier,
  goodRecord,
  goodSampling,
  order,
  quietReport,
} from '../rules/fixtures.js';
import { ensureBuilt, root } from './support/built.js';
import { drawInput, enterprises, inspectors, spotChecks2025 } from './support/samples.js';

type Lib = typeof import('baicheng-license-supervision');
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- samples are edited freely

const dir = join(root, 'dist', 'json-schema');
let lib: Lib;
let ajv: Ajv2020;

beforeAll(async () => {
  await ensureBuilt();
  lib = await import('baicheng-license-supervision');
  ajv = new Ajv2020({ strict: false, allErrors: true });
  // The schemas mark dates with format 'date' (RFC 3339 full-date: a day that exists), which ajv
  // leaves to ajv-formats; without it ajv ignores the format and warns once per date field.
  addFormats(ajv);
}, 120_000);

/** 'inspection-record.schema.json' → 'inspectionRecordSchema' (as write-json-schemas.mjs names them). */
const exportName = (file: string): string =>
  `${file.replace(/\.schema\.json$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}Schema`;

const validators = new Map<string, ValidateFunction>();
function validator(file: string): ValidateFunction {
  let v = validators.get(file);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object);
    validators.set(file, v);
  }
  return v;
}

function zodSchema(file: string): z.ZodType {
  const schema = (lib as unknown as Record<string, z.ZodType>)[exportName(file)];
  if (!schema) throw new Error(`no export ${exportName(file)} for ${file}`);
  return schema;
}

/** Where an ajv error points, as a JSON pointer (the missing or extra property included). */
function ajvPointer(e: ErrorObject): string {
  const p = e.params as { missingProperty?: string; additionalProperty?: string };
  const extra = p.missingProperty ?? p.additionalProperty;
  return extra === undefined ? e.instancePath : `${e.instancePath}/${extra}`;
}

/** Where a zod issue points, as a JSON pointer (the unknown key included). */
function zodPointer(issue: z.core.$ZodIssue): string {
  const base = issue.path.map((p) => `/${String(p)}`).join('');
  return issue.code === 'unrecognized_keys' ? `${base}/${issue.keys[0]}` : base;
}

function check(file: string, value: unknown) {
  const v = validator(file);
  const ajvValid = v(value);
  const zod = zodSchema(file).safeParse(value);
  return {
    ajvValid,
    zodValid: zod.success,
    ajvPointers: (v.errors ?? []).map(ajvPointer),
    zodPointers: zod.success ? [] : zod.error.issues.map(zodPointer),
    zodCodes: zod.success ? [] : zod.error.issues.map((i) => lib.issueCode(i)),
  };
}

const clone = <T>(value: T): Json => structuredClone(value) as Json;

/** Valid samples per schema file: the dataset in examples/data and the shared rule fixtures. */
function validSamples(): [file: string, label: string, value: unknown][] {
  const input = drawInput();
  const drawn = lib.drawInspections(input);
  const minimalRecord = {
    enterpriseId: '91350100M000100Y43',
    kind: 'periodic',
    date: '2024-05-10',
    inspectors: [],
    checklist: {},
    findings: [],
    signatures: { inspectorIds: [] },
  };
  const findings = {
    ...goodRecord(),
    findings: [
      {
        description: '出厂检验记录缺失',
        category: 'outgoing_inspection',
        requiresRectification: true,
        prominentQualityProblem: true,
      },
    ],
  };
  return [
    ...enterprises().map((e, i): [string, string, unknown] => [
      'licensed-enterprise.schema.json',
      `enterprises.json[${i}]`,
      e,
    ]),
    ...inspectors().map((e, i): [string, string, unknown] => ['inspector.schema.json', `inspectors.json[${i}]`, e]),
    ...spotChecks2025().map((e, i): [string, string, unknown] => [
      'spot-check.schema.json',
      `spot-checks-2025.json[${i}]`,
      e,
    ]),
    ['inspection-record.schema.json', 'goodRecord()', goodRecord()],
    ['inspection-record.schema.json', 'a minimal record', minimalRecord],
    ['inspection-record.schema.json', 'a record with findings', findings],
    ['sampling-record.schema.json', 'goodSampling()', goodSampling()],
    ['rectification-order.schema.json', 'order()', order()],
    ['testing-report.schema.json', 'failedReport()', failedReport()],
    ['license-action-decision.schema.json', 'cityRevocation()', cityRevocation()],
    ['self-inspection-report.schema.json', 'quietReport()', quietReport()],
    ['quality-dossier.schema.json', 'fullDossier()', fullDossier()],
    ['draw-input.schema.json', 'drawInput() over examples/data', input],
    [
      'draw-input.schema.json',
      'a draw by count, by risk class',
      drawInput({ ratio: undefined, count: 12, stratifyBy: 'riskClass', reserveCount: 3 }),
    ],
    ['draw-record.schema.json', 'the record of that draw', JSON.parse(JSON.stringify(drawn.record))],
    ['assess-inspection-record-options.schema.json', '{ asOf }', { asOf: '2024-06-01' }],
  ].map(([file, label, value]) => [file as string, label as string, JSON.parse(JSON.stringify(value)) as unknown]);
}

/** Structurally invalid samples: both validators must reject them, at the same place. */
function invalidSamples(): [file: string, label: string, value: unknown, pointer: string][] {
  const r = (edit: (x: Json) => void): Json => {
    const x = clone(goodRecord());
    edit(x);
    return x;
  };
  const e = (edit: (x: Json) => void): Json => {
    const x = clone(enterprises()[0]);
    edit(x);
    return x;
  };
  const i = (edit: (x: Json) => void): Json => {
    const x = clone(inspectors()[0]);
    edit(x);
    return x;
  };
  const s = (edit: (x: Json) => void): Json => {
    const x = clone(goodSampling());
    edit(x);
    return x;
  };
  const d = (edit: (x: Json) => void): Json => {
    const x = clone(drawInput());
    edit(x);
    return x;
  };
  const R = 'inspection-record.schema.json';
  const E = 'licensed-enterprise.schema.json';
  const I = 'inspector.schema.json';
  const S = 'sampling-record.schema.json';
  const D = 'draw-input.schema.json';
  return [
    // inspection record
    [R, 'not an object', [goodRecord()], ''],
    [R, 'inspectors is a string', r((x) => (x.inspectors = 'two')), '/inspectors'],
    [R, 'date is a number', r((x) => (x.date = 20240510)), '/date'],
    [R, 'kind missing', r((x) => delete x.kind), '/kind'],
    [R, 'kind not one of the four', r((x) => (x.kind = 'monthly')), '/kind'],
    [R, 'unknown key at the top', r((x) => (x.inspectorCount = 2)), '/inspectorCount'],
    [
      R,
      'misspelt checklist item',
      r((x) => (x.checklist.licence_mark = { status: 'compliant' })),
      '/checklist/licence_mark',
    ],
    [
      R,
      'checklist status not allowed',
      r((x) => (x.checklist.labelling = { status: 'ok' })),
      '/checklist/labelling/status',
    ],
    [R, 'inspector name empty', r((x) => (x.inspectors[0].name = '')), '/inspectors/0/name'],
    [
      R,
      'inspector credentialValidUntil missing',
      r((x) => delete x.inspectors[1].credentialValidUntil),
      '/inspectors/1/credentialValidUntil',
    ],
    [
      R,
      'conflicts not an array',
      r((x) => (x.inspectors[1].conflicts = '91310110666007217T')),
      '/inspectors/1/conflicts',
    ],
    [
      R,
      'finding flag is a string',
      r((x) => (x.findings = [{ description: '问题', requiresRectification: 'yes' }])),
      '/findings/0/requiresRectification',
    ],
    [
      R,
      'finding category unknown',
      r((x) => (x.findings = [{ description: '问题', category: 'hygiene' }])),
      '/findings/0/category',
    ],
    [R, 'signatures missing', r((x) => delete x.signatures), '/signatures'],
    [R, 'date given as an object', r((x) => (x.date = { year: 2024, month: 5, day: 10 })), '/date'],
    [
      R,
      'responsible person without a name',
      r((x) => delete x.signatures.enterpriseResponsiblePerson.name),
      '/signatures/enterpriseResponsiblePerson/name',
    ],
    // licensed enterprise
    [E, 'no license', e((x) => (x.licenses = [])), '/licenses'],
    [E, 'county outside Baicheng', e((x) => (x.county = '220100')), '/county'],
    [E, 'name missing', e((x) => delete x.name), '/name'],
    [E, 'unknown key', e((x) => (x.phone = '0436-1234567')), '/phone'],
    [E, 'issuer level unknown', e((x) => (x.licenses[0].issuer.level = 'township')), '/licenses/0/issuer/level'],
    // inspector
    [I, 'county bureau without its county', i((x) => (x.bureau = { level: 'county' })), '/bureau/county'],
    [I, 'credential without validUntil', i((x) => delete x.credential.validUntil), '/credential/validUntil'],
    [I, 'conflicts not an array', i((x) => (x.conflicts = '91310110666007217T')), '/conflicts'],
    [I, 'unknown key in credential', i((x) => (x.credential.issuer = '白城市')), '/credential/issuer'],
    // sampling record
    [S, 'negative fee', s((x) => (x.feeCharged = -1)), '/feeCharged'],
    [S, 'fee as a string', s((x) => (x.feeCharged = '0')), '/feeCharged'],
    [S, 'location unknown', s((x) => (x.location = 'shop')), '/location'],
    [S, 'laboratory qualified missing', s((x) => delete x.laboratory.qualified), '/laboratory/qualified'],
    // draw input
    [D, 'enterprises not an array', d((x) => (x.enterprises = {})), '/enterprises'],
    [D, 'ratio zero', d((x) => (x.ratio = 0)), '/ratio'],
    [D, 'ratio above one', d((x) => (x.ratio = 1.5)), '/ratio'],
    [D, 'teamSize not an integer', d((x) => (x.teamSize = 2.5)), '/teamSize'],
    [D, 'seed missing', d((x) => delete x.seed), '/seed'],
    [D, 'seed empty', d((x) => (x.seed = '')), '/seed'],
    [D, 'risk class E', d((x) => (x.enterprises[3].riskClass = 'E')), '/enterprises/3/riskClass'],
    [D, 'stratified by something else', d((x) => (x.stratifyBy = 'industry')), '/stratifyBy'],
    [D, 'unknown key', d((x) => (x.randomness = 'high')), '/randomness'],
    // Shapes carried into the JSON Schema as patterns by scripts/write-json-schemas.mjs.
    ...shapeSamples(),
  ];
}

/** Credit codes, dates and license numbers of the wrong shape: both validators reject them. */
function shapeSamples(): [file: string, label: string, value: unknown, pointer: string][] {
  const r = (edit: (x: Json) => void): Json => {
    const x = clone(goodRecord());
    edit(x);
    return x;
  };
  const R = 'inspection-record.schema.json';
  const enterprise = clone(enterprises()[0]);
  return [
    [R, 'credit code in lower case', r((x) => (x.enterpriseId = x.enterpriseId.toLowerCase())), '/enterpriseId'],
    [R, 'credit code of 17 characters', r((x) => (x.enterpriseId = x.enterpriseId.slice(0, 17))), '/enterpriseId'],
    [R, 'credit code with a letter O', r((x) => (x.enterpriseId = '91310110666OO7217T')), '/enterpriseId'],
    [R, 'date written 2024/05/10', r((x) => (x.date = '2024/05/10')), '/date'],
    // PLAIN_DATE_RANGE starts in 1900.
    [R, 'a date in 1899', r((x) => (x.date = '1899-12-31')), '/date'],
    // 2023 is not a leap year: format 'date' (RFC 3339) and DATE_IMPOSSIBLE both reject the day.
    [R, 'impossible date 2023-02-29', r((x) => (x.filedOn = '2023-02-29')), '/filedOn'],
    [R, 'impossible date 2024-04-31', r((x) => (x.date = '2024-04-31')), '/date'],
    // Trimmed text must keep one character: white space alone (ASCII or U+3000) is empty.
    [R, 'an inspector name of spaces only', r((x) => (x.inspectors[0].name = '   ')), '/inspectors/0/name'],
    [R, 'a note of an ideographic space only', r((x) => (x.checklist.license_mark.note = '\u3000')), '/checklist/license_mark/note'],
    // Article 9¶1: a team of 2 or more.
    ['draw-input.schema.json', 'a team of one', { ...clone(drawInput()), teamSize: 1 }, '/teamSize'],
    [
      'licensed-enterprise.schema.json',
      'malformed license number',
      { ...enterprise, licenses: [{ ...enterprise.licenses[0], number: 'XK-16-204' }] },
      '/licenses/0/number',
    ],
    // FACTS.md: the province's abbreviation in front; 中 is no province.
    [
      'licensed-enterprise.schema.json',
      'license number with 中 in front',
      { ...enterprise, licenses: [{ ...enterprise.licenses[0], number: '中XK16-204-00397' }] },
      '/licenses/0/number',
    ],
    // Article 15¶2 item 4 needs a stated reason.
    ['sampling-findings.schema.json', 'an "other" reason of spaces only', { otherNeed: ' \u3000 ' }, '/otherNeed'],
    // A fingerprint is a lowercase hex SHA-256 (SHA256_FORMAT).
    ['list-fingerprint.schema.json', 'digest in upper case', { count: 0, sha256: 'A'.repeat(64) }, '/sha256'],
    // drawParametersSchema alone: Article 9¶1, a team of 2 or more.
    ['draw-parameters.schema.json', 'a team of none', { ratio: 0.1, teamSize: 0 }, '/teamSize'],
  ];
}

/**
 * The listed differences: samples that are structurally valid, so the JSON Schema accepts them,
 * but fail one of the library's domain checks, which JSON Schema does not carry. Each names the
 * domain code zod reports.
 */
function knownDifferences(): [file: string, label: string, value: unknown, code: string][] {
  const r = (edit: (x: Json) => void): Json => {
    const x = clone(goodRecord());
    edit(x);
    return x;
  };
  const R = 'inspection-record.schema.json';
  return [
    [
      R,
      'credit code with a wrong check character',
      r((x) => (x.enterpriseId = '91350203M0001QAY9B')),
      'USCC_CHECK_CHARACTER',
    ],
    [R, 'filed before the inspection', r((x) => (x.filedOn = '2024-05-01')), 'DATE_ORDER'],
    [
      R,
      'credential valid from after valid until',
      r((x) => (x.inspectors[1].credentialValidFrom = '2028-01-01')),
      'DATE_ORDER',
    ],
    ['draw-input.schema.json', 'both ratio and count', { ...clone(drawInput()), count: 3 }, 'RATIO_AND_COUNT'],
  ];
}

describe('dist/json-schema', () => {
  it('has one draft 2020-12 schema per exported zod schema, each compiled by ajv', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
    const exported = Object.keys(lib).filter(
      (k) => k.endsWith('Schema') && typeof (lib as Record<string, unknown>)[k] === 'object',
    );
    expect(files.map(exportName).sort()).toEqual(exported.sort());
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { $schema?: string };
      expect(schema.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => validator(file), file).not.toThrow();
    }
    for (const name of [
      'inspectionRecordSchema',
      'licensedEnterpriseSchema',
      'inspectorSchema',
      'samplingRecordSchema',
      'drawInputSchema',
    ]) {
      expect(exported).toContain(name);
    }
  });

  it('ajv and zod both accept the valid samples', () => {
    const samples = validSamples();
    expect(samples.length).toBeGreaterThan(190);
    const disagreements = samples
      .map(([file, label, value]) => ({ file, label, ...check(file, value) }))
      .filter((c) => !c.ajvValid || !c.zodValid);
    expect(disagreements).toEqual([]);
  });

  it('ajv and zod both reject the structurally invalid samples, at the same place', () => {
    const samples = invalidSamples();
    expect(samples.length).toBeGreaterThan(30);
    for (const [file, label, value, pointer] of samples) {
      const c = check(file, value);
      expect({ label, ajv: c.ajvValid, zod: c.zodValid }).toEqual({ label, ajv: false, zod: false });
      expect(c.ajvPointers, `${label}: ajv`).toContain(pointer);
      expect(c.zodPointers, `${label}: zod`).toContain(pointer);
    }
  });

  it('listed differences: domain checks beyond JSON Schema are accepted by ajv and rejected by zod', () => {
    const differences = knownDifferences();
    expect(differences.length).toBe(4);
    for (const [file, label, value, code] of differences) {
      const c = check(file, value);
      expect(c.zodCodes, `${label}: zod`).toContain(code);
      // If this fails, the JSON Schema now carries the check: move the sample to invalidSamples().
      expect(c.ajvValid, `${label}: ajv accepts (JSON Schema has no ${code} check)`).toBe(true);
    }
  });

  // The regulation has 24 articles; no article has more than 5 paragraphs (Article 5) or 6 items
  // (Articles 6 and 7). zod reports the whole reference (NO_SUCH_PROVISION at the root), the JSON
  // Schema the number out of range.
  it.each([
    [{ article: 25 }, '/article'],
    [{ article: 5, paragraph: 6 }, '/paragraph'],
    [{ article: 6, item: 7 }, '/item'],
  ])('a provision beyond the regulation: %j', (ref, pointer) => {
    const c = check('article-ref.schema.json', ref);
    expect(c.ajvPointers).toContain(pointer);
    expect(c.zodCodes).toEqual(['NO_SUCH_PROVISION']);
  });
});
