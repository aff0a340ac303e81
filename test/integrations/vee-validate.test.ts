// vee-validate (Vue forms). Its stable release (4.15) takes a "typed schema": an object with
// `__type: 'VVTypedSchema'` and an async `parse` returning `{ value }` or `{ errors: [{ path,
// errors }] }`. Its zod adapter (@vee-validate/zod 4.15) is written for zod 3 (peer zod ^3.24) and
// cannot take these zod 4 schemas; vee-validate 5, which takes Standard Schema directly, is still
// a beta. So a Vue application writes the small adapter below (docs/integrations.md shows the same
// code): the library's schema, parsed with errorMap('zh-CN'), its issues grouped by path.
import { describe, expect, it } from 'vitest';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { useForm, validate, type FormContext, type TypedSchema } from 'vee-validate';
import type * as z from 'zod';
import { errorMap, inspectionRecordSchema, type Locale } from '../../src/index.js';
import { goodRecord } from '../rules/fixtures.js';
import { BAD_FIELDS, badRecord, expectAllChinese } from './support.js';

/** A vee-validate typed schema from a zod schema, its messages in `locale`. */
function toTypedSchema<S extends z.ZodType>(schema: S, locale: Locale): TypedSchema<z.input<S>, z.output<S>> {
  return {
    __type: 'VVTypedSchema',
    async parse(values) {
      const result = await schema.safeParseAsync(values, { error: errorMap(locale) });
      if (result.success) return { value: result.data, errors: [] };
      const byPath = new Map<string, string[]>();
      for (const issue of result.error.issues) {
        const path = issue.path.map(String).join('.');
        byPath.set(path, [...(byPath.get(path) ?? []), issue.message]);
      }
      return { errors: [...byPath].map(([path, errors]) => ({ path, errors })) };
    },
  };
}

/** Mounts a component that calls useForm (server-side rendered: no DOM needed) and returns the form. */
async function formWith(values: Record<string, unknown>): Promise<FormContext<Record<string, unknown>>> {
  let form: FormContext<Record<string, unknown>> | undefined;
  const app = createSSRApp({
    setup() {
      form = useForm({ validationSchema: toTypedSchema(inspectionRecordSchema, 'zh-CN'), initialValues: values });
      return () => h('form');
    },
  });
  await renderToString(app);
  return form!;
}

describe("vee-validate with the library's schema and errorMap('zh-CN')", () => {
  it('useForm: validate() gives a Chinese message for every field of the bad record', async () => {
    const form = await formWith(badRecord());
    const { valid, errors } = await form.validate();
    expect(valid).toBe(false);
    for (const field of BAD_FIELDS) expect(errors[field], field).toBeTypeOf('string');
    expect(errors['date']).toBe('日期不存在：2023-02-29');
    expectAllChinese(Object.values(errors) as string[]);
  });

  it('validate(value, schema): every message of every issue is Chinese', async () => {
    const result = await validate(badRecord(), toTypedSchema(inspectionRecordSchema, 'zh-CN'));
    expect(result.valid).toBe(false);
    expect(result.errors).toContain('存在未知字段：“remark”');
    expectAllChinese(result.errors);
  });

  it('a good record is valid', async () => {
    const form = await formWith(goodRecord() as unknown as Record<string, unknown>);
    expect((await form.validate()).valid).toBe(true);
  });
});
