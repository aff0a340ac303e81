// What every decision function promises (issue 3): explicit asOf checked first; NotInForceError
// before 2020-11-25 (Article 24); RuleInputError for malformed input; unknown keys and
// __proto__ rejected; a Decision whose basis and trace cite provisions that exist.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { SUBJECTS } from './contract.js';
import { thrown } from './fixtures.js';

describe.each(SUBJECTS)('$name', (subject) => {
  it('decides a valid input, citing provisions that exist, with bilingual trace messages', () => {
    const { input, options } = subject.valid();
    const d = subject.call(input, options) as lib.Decision<unknown>;
    expect(d.basis.length).toBeGreaterThan(0);
    for (const ref of d.basis) expect(lib.isValidArticleRef(ref)).toBe(true);
    expect(d.trace.length).toBeGreaterThan(0);
    for (const step of d.trace) {
      expect(lib.isValidArticleRef(step.basis)).toBe(true);
      expect(step.rule).toMatch(/^art\d+\./);
      expect(step.message['zh-CN']).toMatch(/\S/);
      expect(step.message.en).toMatch(/\S/);
      expect(typeof step.passed).toBe('boolean');
    }
    // Full official titles: laws and most regulations carry the country's name; 企业信息公示暂行条例
    // (a State Council regulation, 国务院令第654号) has none in its title.
    for (const law of d.higherLaw) expect(law.law).toMatch(/^(中华人民共和国|企业信息公示暂行条例$)/);
  });

  it('asOf before 2020-11-25 throws NotInForceError; on 2020-11-25 the options are accepted', () => {
    const { input, options } = subject.valid();
    const e = thrown(() => subject.call(input, { ...options, asOf: '2020-11-24' }));
    expect(e).toBeInstanceOf(lib.NotInForceError);
    expect((e as lib.NotInForceError).code).toBe('NOT_IN_FORCE');
    // Options are read before the input: even a malformed input gives NotInForceError.
    expect(thrown(() => subject.call({ nonsense: true }, { ...options, asOf: '2019-01-01' }))).toBeInstanceOf(lib.NotInForceError);
  });

  it('a malformed asOf, missing options, or an unknown option throw RuleInputError', () => {
    const { input, options } = subject.valid();
    const bad = thrown(() => subject.call(input, { ...options, asOf: '2024/01/01' }));
    expect(bad).toBeInstanceOf(lib.RuleInputError);
    expect((bad as lib.RuleInputError).code).toBe('INVALID_INPUT');
    expect((bad as lib.RuleInputError).issues[0]?.path).toEqual(['asOf']);
    expect(thrown(() => subject.call(input, undefined))).toBeInstanceOf(lib.RuleInputError);
    expect(thrown(() => subject.call(input, { ...options, now: '2024-01-01' }))).toBeInstanceOf(lib.RuleInputError);
  });

  it('unknown keys, __proto__ and constructor in the input are rejected', () => {
    const { input, options } = subject.valid();
    for (const key of ['__proto__', 'constructor', 'unexpected']) {
      const polluted = JSON.parse(`{"${key}":{"polluted":1},${JSON.stringify(input).slice(1)}`);
      const e = thrown(() => subject.call(polluted, options));
      expect(e).toBeInstanceOf(lib.RuleInputError);
      expect((e as lib.RuleInputError).issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('issues carry messages in both languages', () => {
    const { options } = subject.valid();
    const e = thrown(() => subject.call(42, options)) as lib.RuleInputError;
    expect(e).toBeInstanceOf(lib.RuleInputError);
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues) {
      expect(issue.message['zh-CN']).toMatch(/\S/);
      expect(issue.message.en).toMatch(/\S/);
    }
    expect(e.messages['zh-CN']).toMatch(/^输入无效/);
  });
});
