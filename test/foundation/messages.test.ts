import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  NotInForceError,
  RuleInputError,
  SupervisionError,
  bilingualIssues,
  parseOrThrow,
  plainDateSchema,
  safeParseIn,
  unifiedSocialCreditCodeSchema,
} from '../../src/index.js';

describe('bilingual issues', () => {
  const schema = z.strictObject({ id: unifiedSocialCreditCodeSchema, on: plainDateSchema, n: z.number() });
  const bad = { id: '91350203M0001QAY9B', on: '2023-02-29', n: 'x' };

  it('gives every issue in Chinese and in English with a stable code and path', () => {
    const issues = bilingualIssues(schema, bad);
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['id', 'USCC_CHECK_CHARACTER'],
      ['on', 'DATE_IMPOSSIBLE'],
      ['n', 'invalid_type'],
    ]);
    expect(issues[1]!.message).toEqual({ 'zh-CN': '日期不存在：2023-02-29', en: 'No such date: 2023-02-29' });
    // A type issue, worded without "无效输入：" / "Invalid input: " in front (RuleInputError's
    // summary says that once).
    expect(issues[2]!.message).toEqual({ 'zh-CN': '期望 数字，实际接收 字符串', en: 'expected number, received string' });
  });
  it('is empty for valid input', () => {
    expect(bilingualIssues(schema, { id: '91350100M000100Y43', on: '2024-02-29', n: 1 })).toEqual([]);
  });
  it('safeParseIn writes every message in one language without changing zod’s global config', () => {
    const zh = safeParseIn(schema, bad, 'zh-CN');
    expect(zh.error!.issues.every((i) => /[\u4e00-\u9fff]/u.test(i.message) && !/Invalid/.test(i.message))).toBe(true);
    const en = safeParseIn(schema, bad, 'en');
    expect(en.error!.issues.every((i) => /^[\x20-\x7e]+$/.test(i.message))).toBe(true);
    // zod's global configuration is untouched: a plain parse still gives zod's default English.
    expect(z.number().safeParse('x').error!.issues[0]!.message).toMatch(/^Invalid input/);
  });
  it('unknown keys are rejected by strict objects (unrecognized_keys)', () => {
    const issues = bilingualIssues(schema, { id: '91350100M000100Y43', on: '2024-02-29', n: 1, extra: true });
    expect(issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('error classes', () => {
  it('RuleInputError carries code INVALID_INPUT and the issues', () => {
    try {
      parseOrThrow(plainDateSchema, '2024-13-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect(e).toBeInstanceOf(SupervisionError);
      expect(e).toBeInstanceOf(Error);
      expect(e).not.toBeInstanceOf(NotInForceError);
      const err = e as RuleInputError;
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.name).toBe('RuleInputError');
      expect(err.issues[0]?.code).toBe('DATE_IMPOSSIBLE');
      expect(err.messages['zh-CN']).toContain('日期不存在');
      expect(err.messages.en).toContain('No such date');
    }
  });
  it('recognises a copy of the class from another build by brand and code', () => {
    const foreign = Object.assign(Object.create(Error.prototype), {
      code: 'NOT_IN_FORCE',
      [Symbol.for('baicheng-license-supervision.error')]: true,
    });
    expect(foreign instanceof NotInForceError).toBe(true);
    expect(foreign instanceof RuleInputError).toBe(false);
    expect(foreign instanceof SupervisionError).toBe(true);
    expect(new Error('x') instanceof SupervisionError).toBe(false);
    expect((null as unknown as object) instanceof SupervisionError).toBe(false);
  });
  it('parseOrThrow returns the parsed value when valid', () => {
    expect(parseOrThrow(plainDateSchema, '2024-02-29')).toBe('2024-02-29');
  });
  it('an empty issue list still makes a readable error', () => {
    expect(new RuleInputError([]).message).toBe('输入无效 (Invalid input)');
  });
});
