// Article 14: "依法撤回、撤销、吊销、注销生产许可的决定由许可审批机关依法作出。" With FACTS.md: licenses
// are issued provincially since the reforms; a city or county bureau is never the licensing authority.
import { describe, expect, it } from 'vitest';
import { RuleInputError, licenseActionAuthority, licenseActionSchema, type LicenseActionDecisionInput } from '../../src/index.js';
import { cityRevocation, thrown } from './fixtures.js';

const asOf = '2024-07-02';
const decide = (d: LicenseActionDecisionInput) => licenseActionAuthority(d, { asOf });

describe('licenseActionAuthority (Article 14)', () => {
  it('a city bureau revoking a provincially issued license: invalid', () => {
    const d = decide(cityRevocation());
    expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(d.basis).toEqual([{ article: 14 }]);
    expect(d.trace).toHaveLength(1);
    expect(d.trace[0]).toMatchObject({ rule: 'art14.decider_is_not_local_bureau', passed: false, facts: { decidedBy: 'city' } });
  });

  it.each(licenseActionSchema.options)('%s by a city or county bureau is invalid, even without the issuer', (action) => {
    for (const level of ['city', 'county'] as const) {
      const { licenseIssuer: _i, ...rest } = cityRevocation();
      expect(decide({ ...rest, action, decidedBy: { level, name: '某县市场监督管理局' } }).outcome.status).toBe('invalid');
    }
  });

  it.each(licenseActionSchema.options)('%s by the provincial authority that issued the license: valid', (action) => {
    const d = decide({ ...cityRevocation(), action, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } });
    expect(d.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
    expect(d.trace.map((s) => s.passed)).toEqual([true, true]);
    // Levels in Chinese in the Chinese trace (省 = provincial).
    expect(d.trace.map((s) => s.message['zh-CN'])).toEqual(['决定机关 吉林省市场监督管理厅 为省级', '决定机关 吉林省市场监督管理厅 是吉林的省级机关，许可证由该省发证（发证机关 吉林省市场监督管理厅）']);
  });

  // Article 14: 许可审批机关 is the authority that approved this license, not any authority of its
  // level. With the issuer's name given, another province's bureau is not it.
  it.each(licenseActionSchema.options)('%s of a Jilin license by the Guangdong provincial bureau: invalid', (action) => {
    const d = decide({ ...cityRevocation(), action, decidedBy: { level: 'provincial', name: '广东省市场监督管理局' } });
    expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(d.trace[1]).toMatchObject({ passed: false, facts: { decidedBy: 'provincial', licenseIssuer: 'provincial', issuerName: '吉林省市场监督管理厅', licenseProvince: '吉林' } });
    expect(d.trace[1]!.message).toEqual({
      'zh-CN': '决定机关 广东省市场监督管理局 不是吉林的机关，而许可证由吉林发证（发证机关 吉林省市场监督管理厅）',
      en: '广东省市场监督管理局 is not an authority of 吉林, where the license was issued (the issuer is 吉林省市场监督管理厅)',
    });
  });

  // The 2018 reform renamed the provincial quality bureaus (质量技术监督局) into market-regulation
  // departments; a license issued before it names the old authority, whose successor decides.
  it('a license issued by 吉林省质量技术监督局, decided by 吉林省市场监督管理厅: valid (same province, renamed authority)', () => {
    const d = decide({ ...cityRevocation(), licenseIssuer: { level: 'provincial', name: '吉林省质量技术监督局' }, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } });
    expect(d.outcome.status).toBe('valid');
  });

  it('names that name no province are compared as they are (NFKC, white space removed)', () => {
    const d = decide({ ...cityRevocation(), licenseNumber: 'XK16-204-00397', licenseIssuer: { level: 'provincial', name: '省局甲' }, decidedBy: { level: 'provincial', name: '省局乙' } });
    expect(d.outcome.status).toBe('invalid');
    expect(d.trace[1]!.message['zh-CN']).toBe('决定机关 省局乙 不是发证机关 省局甲（虽同为省级）');
  });

  // A name pasted from a document can carry invisible format characters (U+200B zero-width space,
  // U+FEFF BOM): they are not part of the authority's name, so the province is still read and the
  // names still compare equal.
  it('a zero-width space or BOM in front of a name does not hide its province or change the name', () => {
    const guangdong = decide({ ...cityRevocation(), decidedBy: { level: 'provincial', name: '\u200b广东省市场监督管理局' } });
    expect(guangdong.outcome.status).toBe('invalid');
    expect(guangdong.trace[1]!.message['zh-CN']).toContain('不是吉林的机关');
    const jilin = decide({ ...cityRevocation(), decidedBy: { level: 'provincial', name: '\ufeff吉林省市场监督管理厅' } });
    expect(jilin.outcome.status).toBe('valid');
    const sameNoProvince = decide({ ...cityRevocation(), licenseNumber: 'XK16-204-00397', licenseIssuer: { level: 'provincial', name: '省局甲' }, decidedBy: { level: 'provincial', name: '省局\u200b甲' } });
    expect(sameNoProvince.outcome.status).toBe('valid');
  });

  it('a nameless provincial issuer on a number without a prefix: only levels compared, whatever the decider is called', () => {
    const d = decide({
      ...cityRevocation(),
      licenseNumber: 'XK16-204-00397',
      licenseIssuer: { level: 'provincial' },
      decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' },
    });
    expect(d.outcome.status).toBe('valid');
    expect(d.trace[1]!.facts).toEqual({ decidedBy: 'provincial', licenseIssuer: 'provincial', issuerName: null, licenseProvince: null });
    expect(d.trace[1]!.message['zh-CN']).toBe('决定机关与发证机关同为省级（未提供发证机关名称，仅比较层级）');
  });

  // 行政许可法 Art 69: "作出行政许可决定的行政机关或者其上级行政机关" may revoke. A license issued at
  // city level (none is since the reforms, FACTS.md, but the input can say so) has the provincial
  // and the national authority above it.
  it('revoking (撤销) a city-issued license: valid for the provincial and the national authority; cancelling: invalid', () => {
    const cityIssued = { ...cityRevocation(), licenseNumber: 'XK16-204-00397', licenseIssuer: { level: 'city' as const, name: '白城市市场监督管理局' } };
    for (const decidedBy of [{ level: 'provincial' as const, name: '吉林省市场监督管理厅' }, { level: 'national' as const, name: '国家市场监督管理总局' }]) {
      const revoke = decide({ ...cityIssued, action: 'revoke', decidedBy });
      expect(revoke.outcome.status).toBe('valid');
      expect(revoke.trace[1]!.message['zh-CN']).toBe(`决定机关（${decidedBy.level === 'national' ? '国家' : '省'}级）是发证机关（市级）的上级机关，可以依法撤销（行政许可法第六十九条）`);
      expect(decide({ ...cityIssued, action: 'cancel', decidedBy }).outcome.status).toBe('invalid');
    }
    // A provincial authority is not above a nationally issued license.
    const nationalIssued = { ...cityIssued, licenseIssuer: { level: 'national' as const } };
    expect(decide({ ...nationalIssued, action: 'revoke', decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('invalid');
  });

  // 行政许可法 Art 69's 上级行政机关 of a Jilin city bureau is Jilin's provincial department (or the
  // national authority), not another province's.
  it('revoking a city-issued 吉XK… license: the Guangdong provincial bureau is not a superior; the national authority is', () => {
    const cityIssued = { ...cityRevocation(), action: 'revoke' as const, licenseIssuer: { level: 'city' as const, name: '白城市市场监督管理局' } };
    const guangdong = decide({ ...cityIssued, decidedBy: { level: 'provincial', name: '广东省市场监督管理局' } });
    expect(guangdong.outcome.status).toBe('invalid');
    expect(guangdong.trace[1]!.message).toEqual({
      'zh-CN': '决定机关 广东省市场监督管理局 不是吉林的机关（许可证编号前缀“吉”），不是发证机关的上级机关',
      en: "广东省市场监督管理局 is not an authority of 吉林 (the number's prefix is 吉), so not a superior of the issuer",
    });
    expect(decide({ ...cityIssued, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
    expect(decide({ ...cityIssued, decidedBy: { level: 'national', name: '国家市场监督管理总局' } }).outcome.status).toBe('valid');
  });

  it('at national level the level decides the superior question, whatever the name', () => {
    // Article 14 with 行政许可法 Art 69: the national authority is above every issuer; a provincial
    // name on a national-level decider does not put it in a province's line.
    const cityIssued = { ...cityRevocation(), action: 'revoke' as const, licenseIssuer: { level: 'city' as const, name: '白城市市场监督管理局' } };
    expect(decide({ ...cityIssued, decidedBy: { level: 'national', name: '广东省市场监督管理局' } }).outcome.status).toBe('valid');
  });

  it('a Guangdong bureau cancelling (注销) a city-issued Jilin license: invalid, for the level (only 撤销 goes to a superior)', () => {
    const d = decide({ ...cityRevocation(), action: 'cancel', licenseIssuer: { level: 'city', name: '白城市市场监督管理局' }, decidedBy: { level: 'provincial', name: '广东省市场监督管理局' } });
    expect(d.outcome.status).toBe('invalid');
    expect(d.trace[1]!.message).toEqual({ 'zh-CN': '决定机关（省级）不是发证机关（市级）', en: 'Decided at provincial level, but the license was issued at city level' });
  });

  it('the national level is one authority: a license issued by 国家质量监督检验检疫总局 is decided by 国家市场监督管理总局', () => {
    const d = decide({
      ...cityRevocation(),
      licenseNumber: 'XK16-204-00397',
      licenseIssuer: { level: 'national', name: '国家质量监督检验检疫总局' },
      decidedBy: { level: 'national', name: '国家市场监督管理总局' },
    });
    expect(d.outcome.status).toBe('valid');
    expect(d.trace[1]!.message['zh-CN']).toBe('决定机关与发证机关同为国家级');
  });

  it('the same name written with full-width letters or spaces is the same authority (NFKC, spaces removed)', () => {
    const issuer = { level: 'provincial' as const, name: 'Ｊｉｌｉｎ 省市场监督管理厅' };
    const d = decide({ ...cityRevocation(), licenseIssuer: issuer, decidedBy: { level: 'provincial', name: 'Jilin省市场监督管理厅' } });
    expect(d.outcome.valid).toBe(true);
    // Neither name starts with a province's Chinese name, so the names themselves were compared.
    expect(d.trace[1]!.message['zh-CN']).toBe('决定机关即发证机关 Ｊｉｌｉｎ 省市场监督管理厅（省级）');
  });

  it("without the issuer's name, and a decider whose name names no province, only the levels are compared", () => {
    const d = decide({ ...cityRevocation(), licenseIssuer: { level: 'provincial' }, decidedBy: { level: 'provincial', name: '省市场监督管理局' } });
    expect(d.outcome.valid).toBe(true);
    expect(d.trace[1]!.facts).toEqual({ decidedBy: 'provincial', licenseIssuer: 'provincial', issuerName: null, licenseProvince: '吉林' });
    // The reason only levels are compared: the decider's name names no province.
    expect(d.trace[1]!.message['zh-CN']).toBe('许可证由吉林发证（许可证编号前缀“吉”），但无法从决定机关名称判断其所属省份，仅比较层级');
  });

  it('a nationally issued license decided nationally: valid; decided provincially: invalid', () => {
    const national = { ...cityRevocation(), licenseNumber: 'XK16-204-00397', licenseIssuer: { level: 'national' as const } };
    expect(decide({ ...national, decidedBy: { level: 'national', name: '国家市场监督管理总局' } }).outcome.valid).toBe(true);
    const wrong = decide({ ...national, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } });
    expect(wrong.outcome.status).toBe('invalid');
    expect(wrong.trace[1]).toMatchObject({ passed: false, facts: { decidedBy: 'provincial', licenseIssuer: 'national' } });
    expect(wrong.trace[1]!.message).toEqual({
      'zh-CN': '决定机关（省级）不是发证机关（国家级）',
      en: 'Decided at provincial level, but the license was issued at national level',
    });
  });

  // 行政许可法 Art 69 (FACTS.md, "License actions"): 撤销 by the issuer "或者其上级行政机关"; Article 14
  // decides "依法". The other three actions have no such rule: only the issuer decides them.
  it('the national authority revoking (撤销) a provincial license: valid, citing Art 69 in its trace', () => {
    const d = decide({ ...cityRevocation(), action: 'revoke', decidedBy: { level: 'national', name: '国家市场监督管理总局' } });
    expect(d.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
    expect(d.higherLaw).toEqual([{ law: '中华人民共和国行政许可法', article: 69 }]);
    expect(d.trace[1]).toMatchObject({ passed: true, facts: { decidedBy: 'national', licenseIssuer: 'provincial' } });
    expect(d.trace[1]!.message['zh-CN']).toContain('行政许可法第六十九条');
    expect(d.trace[1]!.message.en).toContain('Art 69');
  });

  it.each(['withdraw', 'revoke_as_penalty', 'cancel'] as const)(
    '%s of a provincial license by the national authority: invalid (only 撤销 goes to the superior)',
    (action) => {
      const d = decide({ ...cityRevocation(), action, decidedBy: { level: 'national', name: '国家市场监督管理总局' } });
      expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    },
  );

  it('the English trace names the action in English, not by its key', () => {
    const d = decide({ ...cityRevocation(), action: 'revoke_as_penalty' });
    expect(d.trace[0]!.message.en).toContain('cannot decide a revocation as a penalty (revoke_as_penalty)');
    expect(d.trace[0]!.message['zh-CN']).toContain('无权作出吊销决定');
  });

  it('a provincial decision without the issuer, on a number without a province prefix: insufficient information', () => {
    // XK16-… without a prefix names no issuing province (FACTS.md): the issuer cannot be inferred.
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const d = decide({ ...rest, licenseNumber: 'XK16-204-00397', decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } });
    expect(d.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
    expect(d.trace[1]).toMatchObject({ passed: false, facts: { licenseIssuer: null, licenseProvince: null } });
    // The step says why it cannot decide, in both languages.
    expect(d.trace[1]!.message['zh-CN']).toContain('无法判断');
    expect(d.trace[1]!.message.en).toContain('cannot tell');
  });

  // FACTS.md: a provincially issued number starts with the province's abbreviation (吉XK… is
  // Jilin's). Without licenseIssuer, the number says who issued the license.
  it('without the issuer, 吉XK… decided by the Jilin provincial bureau: valid', () => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const d = decide({ ...rest, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } });
    expect(d.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
    expect(d.trace[1]!.facts).toEqual({ decidedBy: 'provincial', licenseIssuer: 'provincial', issuerName: null, licenseProvince: '吉林' });
    expect(d.trace[1]!.message['zh-CN']).toBe('决定机关 吉林省市场监督管理厅 是吉林的省级机关，许可证由该省发证（许可证编号前缀“吉”）');
  });

  it('粤XK… decided by the Jilin provincial bureau: invalid, with or without a nameless issuer', () => {
    for (const licenseIssuer of [undefined, { level: 'provincial' as const }]) {
      const { licenseIssuer: _i, ...rest } = cityRevocation();
      const d = decide({
        ...rest,
        ...(licenseIssuer ? { licenseIssuer } : {}),
        licenseNumber: '粤XK16-204-00397',
        decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' },
      });
      expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
      expect(d.trace[1]!.message.en).toBe('吉林省市场监督管理厅 is not an authority of 广东, where the license was issued (the number\'s prefix is 粤)');
    }
  });

  it('without the issuer, the national authority revoking (撤销) 吉XK…: valid (行政许可法 Art 69); cancelling: invalid', () => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const national = { level: 'national' as const, name: '国家市场监督管理总局' };
    expect(decide({ ...rest, action: 'revoke', decidedBy: national }).outcome.status).toBe('valid');
    expect(decide({ ...rest, action: 'cancel', decidedBy: national }).outcome.status).toBe('invalid');
  });

  it('higher law cited apart, per action', () => {
    const by = (action: (typeof licenseActionSchema.options)[number]) =>
      decide({ ...cityRevocation(), action }).higherLaw;
    expect(by('withdraw')).toEqual([{ law: '中华人民共和国行政许可法', article: 8 }]);
    expect(by('revoke')).toEqual([{ law: '中华人民共和国行政许可法', article: 69 }]);
    expect(by('revoke_as_penalty')).toEqual([{ law: '中华人民共和国工业产品生产许可证管理条例' }]);
    expect(by('cancel')).toEqual([{ law: '中华人民共和国行政许可法', article: 70 }]);
  });

  it('errors', () => {
    const e = thrown(() => licenseActionAuthority(cityRevocation(), { asOf: '2024-06-30' }));
    expect((e as RuleInputError).issues[0]?.code).toBe('RECORD_AFTER_AS_OF');
    expect(thrown(() => decide({ ...cityRevocation(), decidedBy: { level: 'township' as never, name: 'x' } }))).toBeInstanceOf(RuleInputError);
  });
});
