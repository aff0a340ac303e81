// Standard Schema (https://standardschema.dev): the library's schemas are zod schemas, so they
// carry `~standard`. A Standard Schema consumer calls `validate(value)` with no options, so the
// language comes from zod's global configuration: z.config({ customError: errorMap('zh-CN') }).
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { drawInputSchema, errorMap, inspectionRecordSchema } from '../../src/index.js';
import { badRecord, expectAllChinese, messagesIn } from './support.js';

/** A consumer that knows nothing of zod: it only speaks Standard Schema. */
async function issuesOf(schema: StandardSchemaV1, value: unknown): Promise<readonly StandardSchemaV1.Issue[]> {
  const result = await schema['~standard'].validate(value);
  return result.issues ?? [];
}

describe('Standard Schema consumers', () => {
  const before = z.config().customError;
  afterEach(() => {
    z.config({ customError: before });
  });

  it("schema['~standard'].validate gives Chinese messages once errorMap('zh-CN') is zod's customError", async () => {
    expect(inspectionRecordSchema['~standard'].vendor).toBe('zod');
    z.config({ customError: errorMap('zh-CN') });
    const issues = await issuesOf(inspectionRecordSchema, badRecord());
    expect(issues.map((i) => i.path?.map((p) => (typeof p === 'object' ? p.key : p)).join('.'))).toEqual(
      expect.arrayContaining(['enterpriseId', 'date', 'kind', 'filedOn', 'inspectors.0.name']),
    );
    expectAllChinese(issues.map((i) => i.message));
    const draw = await issuesOf(drawInputSchema, { seed: '', asOf: '2024-02-30', enterprises: [{ id: '91350100M000100Y44', name: '某公司' }], inspectors: [], ratio: 2 });
    expectAllChinese(draw.map((i) => i.message));
  });

  it('without it, zod words its own issues in English (what the global setting changes)', async () => {
    const issues = await issuesOf(inspectionRecordSchema, badRecord());
    expect(issues.some((i) => /expected/i.test(i.message))).toBe(true);
  });

  it("@hookform/resolvers' standardSchemaResolver (a generic Standard Schema resolver) is Chinese too", async () => {
    z.config({ customError: errorMap('zh-CN') });
    const resolver = standardSchemaResolver(inspectionRecordSchema);
    const { errors } = await resolver(badRecord() as never, undefined, { fields: {}, shouldUseNativeValidation: false, criteriaMode: 'all' } as never);
    expectAllChinese(messagesIn(errors));
    expect(messagesIn(errors)).toContain('日期不存在：2023-02-29');
  });
});
