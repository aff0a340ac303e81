// react-hook-form: @hookform/resolvers' zodResolver, called directly as the form calls it, with
// the library's error map handed to the parse (its second argument is zod's parse options).
import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { errorMap, inspectionRecordSchema } from '../../src/index.js';
import { goodRecord } from '../rules/fixtures.js';
import { BAD_FIELDS, badRecord, expectAllChinese, messagesIn } from './support.js';

type Values = Record<string, unknown>;
const options = (criteriaMode: 'firstError' | 'all') => ({ fields: {}, shouldUseNativeValidation: false, criteriaMode }) as never;

describe("@hookform/resolvers zodResolver with errorMap('zh-CN')", () => {
  const resolver = zodResolver(inspectionRecordSchema, { error: errorMap('zh-CN') });

  it('every field of the bad record gets a Chinese message', async () => {
    const { errors, values } = await resolver(badRecord() as Values as never, undefined, options('firstError'));
    expect(values).toEqual({});
    const e = errors as Record<string, { message?: string } | undefined> & { inspectors?: { name?: { message?: string } }[] };
    for (const field of BAD_FIELDS.filter((f) => !f.includes('.'))) expect(e[field]?.message, field).toBeTypeOf('string');
    expect(e.inspectors?.[0]?.name?.message).toBe('不能为空');
    expectAllChinese(messagesIn(errors));
  });

  it("criteriaMode 'all' (every issue of every field, the unknown key included) is Chinese too", async () => {
    const { errors } = await resolver(badRecord() as Values as never, undefined, options('all'));
    const messages = messagesIn(errors);
    expect(messages).toContain('存在未知字段：“remark”');
    // The library's wording of its domain checks (src/dates/plain-date.ts).
    expect(messages).toContain('日期不存在：2023-02-29');
    expectAllChinese(messages);
  });

  it("errorMap('en') gives English through the same resolver", async () => {
    const english = zodResolver(inspectionRecordSchema, { error: errorMap('en') });
    const { errors } = await english(badRecord() as Values as never, undefined, options('all'));
    const messages = messagesIn(errors);
    expect(messages).toContain('No such date: 2023-02-29');
    for (const message of messages) expect(message).not.toMatch(/\p{Script=Han}/u);
  });

  it('a good record passes with its parsed values', async () => {
    const { errors, values } = await resolver(goodRecord() as never, undefined, options('firstError'));
    expect(errors).toEqual({});
    expect((values as { enterpriseId: string }).enterpriseId).toBe(goodRecord().enterpriseId);
  });
});
