// Article 14: "依法撤回、撤销、吊销、注销生产许可的决定由许可审批机关依法作出。" With FACTS.md: licenses
// are issued provincially since the reforms, so a city or county bureau is not the licensing
// authority of such a license; of one it issued itself, it is (the table at the end).
import { describe, expect, it } from 'vitest';
import { RuleInputError, licenseActionAuthority, licenseActionSchema, type LicenseActionDecisionInput } from '../../src/index.js';
import { cityRevocation, thrown } from './fixtures.js';
import { enOf, stepOf, traceSteps, zhOf } from '../support/trace.js';

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
    expect(d.trace.map((s) => s.passed)).toEqual([true, true, true]);
    // Levels in Chinese in the Chinese trace (省 = provincial).
    expect(d.trace.map((s) => s.message['zh-CN'])).toEqual([
      '决定机关 吉林省市场监督管理厅 为省级',
      '决定机关 吉林省市场监督管理厅 是吉林省的省级机关，许可证由吉林省发证（发证机关 吉林省市场监督管理厅）',
      '决定机关 吉林省市场监督管理厅 即发证机关',
    ]);
  });

  // Article 14: 许可审批机关 is the authority that approved this license, not any authority of its
  // level. With the issuer's name given, another province's bureau is not it.
  it.each(licenseActionSchema.options)('%s of a Jilin license by the Guangdong provincial bureau: invalid', (action) => {
    const d = decide({ ...cityRevocation(), action, decidedBy: { level: 'provincial', name: '广东省市场监督管理局' } });
    expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(d.trace[1]).toMatchObject({ passed: false, facts: { decidedBy: 'provincial', licenseIssuer: 'provincial', issuerName: '吉林省市场监督管理厅', licenseProvince: '吉林' } });
    expect(d.trace[1]!.message).toEqual({
      'zh-CN': '决定机关 广东省市场监督管理局 不是吉林省的机关，而许可证由吉林省发证（发证机关 吉林省市场监督管理厅）',
      en: '广东省市场监督管理局 is not an authority of 吉林省, where the license was issued (the issuer is 吉林省市场监督管理厅)',
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
    expect(guangdong.trace[1]!.message['zh-CN']).toContain('不是吉林省的机关');
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
      'zh-CN': '决定机关 广东省市场监督管理局 不是吉林省的机关（发证机关 白城市市场监督管理局），不是发证机关的上级机关',
      en: '广东省市场监督管理局 is not an authority of 吉林省 (the issuer is 白城市市场监督管理局), so not a superior of the issuer',
    });
    expect(decide({ ...cityIssued, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
    expect(decide({ ...cityIssued, decidedBy: { level: 'national', name: '国家市场监督管理总局' } }).outcome.status).toBe('valid');
  });

  it('a decider given as national whose name is a province\'s authority is taken as that province\'s (the name outweighs the label)', () => {
    // Article 14 with 行政许可法 Art 69: the national authority is above every issuer, but
    // 广东省市场监督管理局 is Guangdong's authority whatever level it is given as, and Guangdong is
    // not in the line of a Jilin license.
    const cityIssued = { ...cityRevocation(), action: 'revoke' as const, licenseIssuer: { level: 'city' as const, name: '白城市市场监督管理局' } };
    const d = decide({ ...cityIssued, decidedBy: { level: 'national', name: '广东省市场监督管理局' } });
    expect(d.outcome.status).toBe('invalid');
    expect(d.trace[0]!.message['zh-CN']).toBe('决定机关 广东省市场监督管理局 为省级（虽填为国家级）');
    expect(d.trace[1]!.facts).toMatchObject({ decidedBy: 'provincial' });
    // Jilin's own department, given as national, revoking a Jilin city-issued license: its superior.
    expect(decide({ ...cityIssued, decidedBy: { level: 'national', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
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
    expect(d.trace[1]!.message['zh-CN']).toBe('许可证由吉林省发证（许可证编号前缀“吉”），但无法从决定机关名称判断其所属省份，仅比较层级');
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
    expect(d.trace[1]!.message['zh-CN']).toBe('决定机关 吉林省市场监督管理厅 是吉林省的省级机关，许可证由吉林省发证（许可证编号前缀“吉”）');
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
      expect(d.trace[1]!.message.en).toBe('吉林省市场监督管理厅 is not an authority of 广东省, where the license was issued (the number\'s prefix is 粤)');
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

  // 吉林市 is a prefecture-level city of Jilin province: its bureau is a city bureau, which FACTS.md
  // says is never the licensing authority, whatever level the input gives it.
  it.each([
    ['吉林市市场监督管理局', 'provincial'],
    ['吉林省白城市市场监督管理局', 'provincial'],
    ['北京市朝阳区市场监督管理局', 'provincial'],
    ['延边朝鲜族自治州市场监督管理局', 'national'],
    ['某县市场监督管理局', 'provincial'],
    ['元江哈尼族彝族傣族自治县市场监督管理局', 'provincial'],
    ['云南省双江拉祜族佤族布朗族傣族自治县市场监督管理局', 'provincial'],
    ['新疆生产建设兵团第八师石河子市市场监督管理局', 'provincial'],
    ['锡林郭勒盟市场监督管理局', 'provincial'],
    ['莫力达瓦达斡尔族自治旗市场监督管理局', 'national'],
  ] as const)('%s given as %s: a city or county bureau by its name, so invalid', (name, level) => {
    const d = decide({ ...cityRevocation(), decidedBy: { level, name } });
    expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(d.trace).toHaveLength(1);
    expect(d.trace[0]).toMatchObject({ rule: 'art14.decider_is_not_local_bureau', passed: false });
    expect(d.trace[0]!.message['zh-CN']).toBe(`${name} 按名称是市、县级机关（虽填为${level === 'national' ? '国家' : '省'}级），不是生产许可审批机关，无权作出吊销决定`);
  });

  // Province-level names: 省, the four municipalities' 市, the autonomous regions' full names (and
  // the short 广西自治区); 市场 (market) after the province is not a city.
  it.each([
    ['京XK16-204-00397', '北京市市场监督管理局', '北京市'],
    ['渝XK16-204-00397', '重庆市市场监督管理局', '重庆市'],
    ['桂XK16-204-00397', '广西壮族自治区市场监督管理局', '广西壮族自治区'],
    ['桂XK16-204-00397', '广西自治区市场监督管理局', '广西壮族自治区'],
    ['新XK16-204-00397', '新疆维吾尔自治区市场监督管理局', '新疆维吾尔自治区'],
    ['蒙XK16-204-00397', '内蒙古自治区市场监督管理局', '内蒙古自治区'],
  ])('%s decided by %s (its own province): valid, the province read from the full name', (licenseNumber, name, full) => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const d = decide({ ...rest, licenseNumber, decidedBy: { level: 'provincial', name } });
    expect(d.outcome.status).toBe('valid');
    expect(d.trace[1]!.message['zh-CN']).toBe(`决定机关 ${name} 是${full}的省级机关，许可证由${full}发证（许可证编号前缀“${licenseNumber[0]}”）`);
  });

  // 行政许可法 Art 69: the national authority is either the issuer or a superior of it, so its
  // 撤销 is valid without knowing the issuer; for the other actions the issuer's level decides.
  it('撤销 by the national authority, issuer unknown: valid; 注销 by it: insufficient information', () => {
    const unknown = { ...cityRevocation(), licenseNumber: 'XK16-204-00397', licenseIssuer: undefined, decidedBy: { level: 'national' as const, name: '国家市场监督管理总局' } };
    const revoke = decide({ ...unknown, action: 'revoke' });
    expect(revoke.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
    expect(revoke.trace[1]!.passed).toBe(true);
    expect(revoke.trace[1]!.message['zh-CN']).toContain('行政许可法第六十九条');
    expect(decide({ ...unknown, action: 'cancel' }).outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
  });

  // FACTS.md: a provincially issued number carries its province's abbreviation; an issuer named as
  // another province's authority contradicts it, and which one is wrong cannot be told.
  it('an issuer named as Jilin\'s authority on a 粤XK… number: RuleInputError ISSUER_PROVINCE_MISMATCH', () => {
    const e = thrown(() => decide({ ...cityRevocation(), licenseNumber: '粤XK16-204-00397', decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }));
    expect(e).toBeInstanceOf(RuleInputError);
    expect((e as RuleInputError).issues[0]).toMatchObject({ code: 'ISSUER_PROVINCE_MISMATCH', path: ['licenseIssuer', 'name'] });
    expect((e as RuleInputError).issues[0]!.message['zh-CN']).toBe('发证机关 吉林省市场监督管理厅 属于吉林省，而许可证编号前缀“粤”表明由广东省发证');
    // The same province under its old name is no contradiction.
    expect(decide({ ...cityRevocation(), licenseIssuer: { level: 'provincial', name: '吉林省质量技术监督局' }, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
  });

  // The name outweighs a level it contradicts, in every direction (docs/interpretation.md).
  it('a national name given as provincial is read as national; a provincial name given as county as provincial', () => {
    const national = decide({ ...cityRevocation(), decidedBy: { level: 'provincial', name: '国家市场监督管理总局' } });
    // 吊销 of a Jilin provincial license at national level: not the issuer's level, and only 撤销 goes to a superior.
    expect(national.outcome.status).toBe('invalid');
    expect(national.trace[0]!.facts).toMatchObject({ decidedBy: 'provincial', readAs: 'national' });
    expect(national.trace[0]!.message['zh-CN']).toBe('决定机关 国家市场监督管理总局 为国家级（虽填为省级）');
    const provincial = decide({ ...cityRevocation(), decidedBy: { level: 'county', name: '吉林省市场监督管理厅' } });
    expect(provincial.outcome.status).toBe('valid');
    expect(provincial.trace[0]!.facts).toMatchObject({ decidedBy: 'county', readAs: 'provincial' });
  });

  it('an issuer named as a city bureau but given as provincial is read as city level', () => {
    const cityNamed = { ...cityRevocation(), licenseNumber: '粤XK16-204-00397', licenseIssuer: { level: 'provincial' as const, name: '广东省广州市市场监督管理局' } };
    const guangdong = { level: 'provincial' as const, name: '广东省市场监督管理局' };
    // 吊销 at provincial level of a city-issued license: another level, and not 撤销.
    const penalty = decide({ ...cityNamed, decidedBy: guangdong });
    expect(penalty.outcome.status).toBe('invalid');
    expect(penalty.trace[1]!.facts).toMatchObject({ licenseIssuer: 'city' });
    // 撤销 by the province above it (行政许可法 Art 69): valid.
    expect(decide({ ...cityNamed, action: 'revoke', decidedBy: guangdong }).outcome.status).toBe('valid');
  });

  it('names that only look like a city: 贵州市场监督管理局 (市场 is market) is not local', () => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const d = decide({ ...rest, licenseNumber: 'XK16-204-00397', licenseIssuer: { level: 'provincial' }, decidedBy: { level: 'provincial', name: '贵州市场监督管理局' } });
    expect(d.trace[0]!.passed).toBe(true);
    expect(d.outcome.status).toBe('valid');
  });

  it('ISSUER_PROVINCE_MISMATCH is reported whoever decided, a city bureau too', () => {
    const e = thrown(() => decide({ ...cityRevocation(), licenseNumber: '粤XK16-204-00397' }));
    expect((e as RuleInputError).issues[0]?.code).toBe('ISSUER_PROVINCE_MISMATCH');
  });

  // 行政许可法 Art 69 lets the issuer's own superior revoke: below national level, the provincial
  // department of the issuer's province. Baicheng's bureaus are in Jilin (FACTS.md, GB/T 2260 22…).
  it('a superior\'s 撤销 needs the province confirmed: Baicheng bureaus are Jilin\'s; unreadable names leave it undecided', () => {
    const base = { ...cityRevocation(), action: 'revoke' as const, licenseNumber: 'XK16-204-00397' };
    const baicheng = { level: 'city' as const, name: '白城市质量技术监督局' };
    expect(decide({ ...base, licenseIssuer: baicheng, decidedBy: { level: 'provincial', name: '广东省市场监督管理局' } }).outcome.status).toBe('invalid');
    expect(decide({ ...base, licenseIssuer: baicheng, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
    expect(decide({ ...base, licenseIssuer: { level: 'county', name: '洮南市市场监督管理局' }, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
    const unreadableDecider = decide({ ...base, licenseIssuer: { level: 'city', name: '广东省广州市市场监督管理局' }, decidedBy: { level: 'provincial', name: '省市场监督管理局' } });
    expect(unreadableDecider.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['decidedBy.name'] });
    expect(unreadableDecider.trace[1]!.message['zh-CN']).toBe('无法从名称判断决定机关（省级）与发证机关（市级）是否属于同一省份，不能确认其为发证机关的上级机关');
    const unreadableIssuer = decide({ ...base, licenseIssuer: { level: 'city', name: '某市市场监督管理局' }, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } });
    expect(unreadableIssuer.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer.name'] });
    // A decider whose name is neither the issuer's nor of the license line is not the licensing
    // body, whatever its province: invalid, with nothing left missing.
    const notTheBody = decide({ ...base, licenseIssuer: { level: 'city', name: '广东省广州市市场监督管理局' }, decidedBy: { level: 'provincial', name: '省局甲' } });
    expect(notTheBody.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    // The national authority needs no province: it is above every issuer.
    expect(decide({ ...base, licenseIssuer: { level: 'city', name: '某市市场监督管理局' }, decidedBy: { level: 'national', name: '国家市场监督管理总局' } }).outcome.status).toBe('valid');
  });

  // Article 14: 由许可审批机关作出 — the licensing authority itself, not any body of its level and
  // province. The production-license authority is the market-regulation (formerly quality and
  // technical supervision) department (条例 Art 5–6); a police department, a court or a
  // procuratorate of the same province is not it.
  it.each(['吉林省公安厅', '吉林省高级人民法院', '吉林省人民检察院', '吉林省药品监督管理局'])('%s deciding on a license 吉林省市场监督管理厅 issued: invalid', (name) => {
    const d = decide({ ...cityRevocation(), action: 'revoke_as_penalty', decidedBy: { level: 'provincial', name } });
    expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    const last = d.trace[d.trace.length - 1]!;
    expect(last).toMatchObject({ rule: 'art14.decider_is_licensing_body', passed: false, facts: { decider: name, issuerName: '吉林省市场监督管理厅', licensingLine: false } });
    expect(last.message['zh-CN']).toBe(`决定机关 ${name} 不是发证机关 吉林省市场监督管理厅，名称也未表明二者同属生产许可主管部门（市场监督管理或质量技术监督部门）`);
  });

  it('a body outside the license line with no issuer name to compare: insufficient information', () => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    // 吉XK…: a Jilin provincial issuer (FACTS.md), but which body of Jilin the number does not say.
    const police = decide({ ...rest, licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'provincial', name: '吉林省公安厅' } });
    expect(police.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
    const council = decide({ ...rest, action: 'revoke', licenseNumber: 'XK16-204-00397', decidedBy: { level: 'national', name: '国务院办公厅' } });
    expect(council.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
    // Given by level only, the issuer has no name: the name is what is missing.
    const byLevel = decide({ ...rest, licenseIssuer: { level: 'provincial' }, decidedBy: { level: 'provincial', name: '吉林省公安厅' } });
    expect(byLevel.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer.name'] });
    // The market-regulation department needs no issuer name (English names are read too).
    expect(decide({ ...rest, licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
    expect(decide({ ...rest, licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'provincial', name: 'Jilin Provincial Administration for Market Regulation' } }).outcome.status).toBe('valid');
  });

  // The line's own testing institutes and stations are not authorities (…检验院, …质监站).
  it.each(['吉林省产品质量监督检验院', '吉林省建设工程质量监督总站', '吉林省水利工程质监站'])('%s, no issuer name: not shown to be the licensing body', (name) => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const d = decide({ ...rest, licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'provincial', name } });
    expect(d.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
  });

  // 行政许可法 Art 69: 作出行政许可决定的行政机关或者其上级行政机关 may revoke (撤销). A department's
  // superiors include its own people's government; the State Council is above the national
  // authority. Only 撤销: the government does not withdraw, penalise or cancel in its place.
  it('the people\'s government of the issuer\'s province, or the State Council, may revoke, and only revoke', () => {
    const base = cityRevocation(); // issued by 吉林省市场监督管理厅 (吉XK…)
    const jilin = decide({ ...base, action: 'revoke', decidedBy: { level: 'provincial', name: '吉林省人民政府' } });
    expect(jilin.outcome.status).toBe('valid');
    expect(jilin.trace[jilin.trace.length - 1]!.message['zh-CN']).toBe('决定机关 吉林省人民政府 为人民政府：发证机关的本级或上级人民政府可以依法撤销（行政许可法第六十九条）');
    expect(decide({ ...base, action: 'revoke', decidedBy: { level: 'national', name: '国务院' } }).outcome.status).toBe('valid');
    expect(decide({ ...base, action: 'revoke', decidedBy: { level: 'provincial', name: '广东省人民政府' } }).outcome.status).toBe('invalid');
    for (const action of ['withdraw', 'revoke_as_penalty', 'cancel'] as const) {
      expect(decide({ ...base, action, decidedBy: { level: 'provincial', name: '吉林省人民政府' } }).outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    }
    expect(decide({ ...base, action: 'revoke', decidedBy: { level: 'national', name: '中华人民共和国国务院' } }).outcome.status).toBe('valid');
    // 国务院办公厅 is an office of the State Council, not the State Council; likewise a
    // government's general office is not the government.
    expect(decide({ ...base, action: 'revoke', decidedBy: { level: 'national', name: '国务院办公厅' } }).outcome.status).toBe('invalid');
    expect(decide({ ...base, action: 'revoke', decidedBy: { level: 'provincial', name: '吉林省人民政府办公厅' } }).outcome.status).toBe('invalid');
  });

  // Only the department itself (or an internal division of it: …处, …司) is the licensing body; an
  // institute, centre, station or party committee under it is not, nor is another body whose
  // bracketed second name mentions the department.
  it.each([
    '吉林省市场监督管理厅产品质量监督检验院',
    '吉林省市场监督管理厅信息中心',
    '吉林省质量技术监督局质监站',
    '吉林省质量技术监督局计量检定所',
    '吉林省市场监督管理厅直属机关党委',
    '吉林省公安厅（吉林省市场监督管理厅）',
    '吉林省药品监督管理局（吉林省市场监督管理厅管理）',
    'Jilin Provincial Institute of Product Quality Supervision and Inspection',
  ])('%s: not the licensing body (invalid beside a named issuer, undecided without one)', (name) => {
    const named = decide({ ...cityRevocation(), action: 'withdraw', decidedBy: { level: 'provincial', name } });
    expect(named.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const unnamed = decide({ ...rest, action: 'withdraw', licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'provincial', name } });
    expect(unnamed.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
  });

  // More names under the department or of another line (each read by hand from ownName: the
  // name up to its first 厅/局/署/委员会, what follows it, brackets left out).
  it.each([
    '吉林省市场监督管理厅行政审批处信息中心', // a centre under a division: ends in 中心, not 处
    '吉林省市场监管委执法总队', // no 厅/局/署/委员会: the whole name, which ends in 总队
    'Jilin Provincial Department of Public Security', // an English department, but of police
    'SAMR Development Research Center',
    'Research Center of SAMR',
  ])('%s: not the licensing body', (name) => {
    expect(decide({ ...cityRevocation(), action: 'withdraw', decidedBy: { level: 'provincial', name } }).outcome.status).toBe('invalid');
    // Without the issuer's name only the decider's own name could show the license line: it does not.
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const d = decide({ ...rest, action: 'withdraw', licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'provincial', name } });
    expect(d.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
  });

  it.each([
    ['State Council', true],
    ['The State Council', true],
    ["State Council of the People's Republic of China", true],
    ['Jilin Provincial Peoples Government', true],
    ["Jilin Provincial People's Government Office", false],
    ['General Office of the State Council', false],
    ['State Council Information Office', false],
  ] as const)('English %j: a government that may revoke: %s', (name, revokes) => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const level = name.includes('Jilin') ? ('provincial' as const) : ('national' as const);
    const d = decide({ ...rest, action: 'revoke', licenseNumber: '吉XK16-204-00397', decidedBy: { level, name } });
    expect(d.outcome.status).toBe(revokes ? 'valid' : 'insufficient_information');
  });

  it('a national institute is not the national authority; the State Council named with its second name is', () => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const centre = decide({ ...rest, action: 'revoke', licenseNumber: 'XK16-204-00397', decidedBy: { level: 'national', name: '国家市场监督管理总局发展研究中心' } });
    expect(centre.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
    const division = decide({ ...rest, action: 'revoke', licenseNumber: 'XK16-204-00397', decidedBy: { level: 'national', name: '国家市场监督管理总局产品质量安全监督管理司' } });
    expect(division.outcome.status).toBe('valid');
    for (const name of ['中华人民共和国国务院（中央人民政府）', 'State Council of the People\'s Republic of China']) {
      expect(decide({ ...rest, action: 'revoke', licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'national', name } }).outcome.status).toBe('valid');
    }
    expect(decide({ ...rest, action: 'revoke', licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'provincial', name: "Jilin Provincial People's Government" } }).outcome.status).toBe('valid');
    // Short forms of the line: 市监厅, 质监局.
    for (const name of ['吉林省市监厅', '吉林省质监局']) {
      expect(decide({ ...rest, licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'provincial', name } }).outcome.status).toBe('valid');
    }
  });

  it('an issuer named outside the license line: only the issuer itself decides', () => {
    const base = { ...cityRevocation(), licenseIssuer: { level: 'provincial' as const, name: '吉林省政务服务和数字化建设管理局' } };
    expect(decide({ ...base, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(decide({ ...base, decidedBy: { level: 'provincial', name: '吉林省政务服务和数字化建设管理局' } }).outcome.status).toBe('valid');
  });

  it('another province, or a name showing neither line nor province: invalid stays invalid, missing is named once', () => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    // 广东省公安厅 on a Jilin number: another province, decided before the body is looked at.
    expect(decide({ ...rest, licenseNumber: '吉XK16-204-00397', decidedBy: { level: 'provincial', name: '广东省公安厅' } }).outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    // No prefix, no issuer: the issuer is missing, once, whatever the decider.
    expect(decide({ ...rest, licenseNumber: 'XK16-204-00397', decidedBy: { level: 'provincial', name: '省公安厅' } }).outcome).toEqual({
      status: 'insufficient_information',
      valid: false,
      missing: ['licenseIssuer'],
    });
  });

  it('a superior outside the license line, or another national body: invalid; the national line and a renamed issuer: valid', () => {
    const base = { ...cityRevocation(), action: 'revoke' as const };
    expect(decide({ ...base, decidedBy: { level: 'national', name: '国家林业和草原局' } }).outcome.status).toBe('invalid');
    expect(decide({ ...base, decidedBy: { level: 'national', name: '国家市场监督管理总局' } }).outcome.status).toBe('valid');
    // Licenses issued before the 2018 reform by quality and technical supervision: its successor decides.
    const renamed = decide({ ...base, licenseIssuer: { level: 'provincial', name: '吉林省质量技术监督局' }, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } });
    expect(renamed.outcome.status).toBe('valid');
    expect(renamed.trace[renamed.trace.length - 1]!.message.en).toBe('吉林省市场监督管理厅 is a production-license authority (market regulation or quality and technical supervision)');
    const national = decide({ ...base, licenseNumber: 'XK16-204-00397', licenseIssuer: { level: 'national', name: '国家质量监督检验检疫总局' }, decidedBy: { level: 'national', name: '国家市场监督管理总局' } });
    expect(national.outcome.status).toBe('valid');
    // Its usual short name, 国家质检总局, and English names of the line are read too.
    for (const [issuer, decider] of [
      ['国家质检总局', '国家市场监督管理总局'],
      ['General Administration of Quality Supervision, Inspection and Quarantine (AQSIQ)', 'State Administration for Market Regulation'],
    ] as const) {
      const d = decide({ ...base, licenseNumber: 'XK16-204-00397', licenseIssuer: { level: 'national', name: issuer }, decidedBy: { level: 'national', name: decider } });
      expect(d.outcome.status).toBe('valid');
    }
    // Quality supervision, in English, with or without "and technical".
    expect(decide({ ...base, licenseIssuer: { level: 'provincial', name: 'Jilin Provincial Bureau of Quality Supervision' }, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
    expect(decide({ ...base, licenseIssuer: { level: 'provincial', name: 'Jilin Provincial Bureau of Quality and Technical Supervision' }, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
    // Quality and technical supervision, in English, on a Jilin license.
    expect(decide({ ...base, licenseIssuer: { level: 'provincial', name: 'Jilin Bureau of Quality and Technology Supervision' }, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } }).outcome.status).toBe('valid');
  });

  // A branch of a provincial department (分局, 监管局) or an office of it in a named place is local.
  it.each([
    '吉林省市场监督管理厅白城市分局',
    '北京市工商行政管理局海淀分局',
    '上海市市场监督管理局浦东新区分局',
    '吉林省市场监督管理厅长春监管局',
    '国家税务总局白城市税务局',
  ])('%s, given as provincial: a branch, so local and invalid', (name) => {
    const d = decide({ ...cityRevocation(), decidedBy: { level: 'provincial', name } });
    expect(d.outcome.status).toBe('invalid');
    expect(d.trace[0]!.facts).toMatchObject({ readAs: 'city' });
  });

  it.each(['吉林省市场监督管理厅（知识产权局）', '吉林省市场监督管理厅行政审批处'])('%s: the department itself (a bracket, an internal division), valid', (name) => {
    expect(decide({ ...cityRevocation(), decidedBy: { level: 'provincial', name } }).outcome.status).toBe('valid');
  });

  // More names read by hand (docs/interpretation.md, "Reading names").
  it('a bracketed second name is left out; an internal office whose name contains 分局 is the department', () => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const beijing = decide({ ...rest, licenseNumber: '京XK16-204-00397', decidedBy: { level: 'provincial', name: '北京市市场监督管理局（北京市知识产权局）' } });
    expect(beijing.outcome.status).toBe('valid');
    expect(beijing.trace[0]!.facts).toMatchObject({ readAs: 'provincial' });
    expect(decide({ ...cityRevocation(), decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅分局工作指导处' } }).outcome.status).toBe('valid');
  });

  it('国家 inside a provincial name (吉林省国家税务局, before 2018) does not make it national', () => {
    const d = decide({ ...cityRevocation(), decidedBy: { level: 'provincial', name: '吉林省国家税务局' } });
    expect(d.trace[0]!.facts).toMatchObject({ readAs: 'provincial' });
  });

  it('a local name given as county stays county; given as city, city', () => {
    for (const level of ['county', 'city'] as const) {
      const d = decide({ ...cityRevocation(), decidedBy: { level, name: '镇赉县市场监督管理局' } });
      expect(d.trace[0]!.facts).toMatchObject({ decidedBy: level, readAs: level });
      expect(d.trace[0]!.message['zh-CN']).toBe(`镇赉县市场监督管理局（${level === 'county' ? '县' : '市'}级）不是生产许可审批机关，无权作出吊销决定`);
    }
  });

  it('撤销 by a provincial department, issuer unknown and no prefix: insufficient information (only the national level needs no issuer)', () => {
    const { licenseIssuer: _i, ...rest } = cityRevocation();
    const d = decide({ ...rest, action: 'revoke', licenseNumber: 'XK16-204-00397', decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } });
    expect(d.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
  });
});

// Article 14 gives the decisions to the 许可审批机关, the authority that approved this license
// (FACTS.md: "whoever approved the licence — not a level"; a license must never be left with no
// lawful decider). 行政许可法 Art 8 (撤回) and Art 70 (注销) leave them with the authority that
// granted the license; 条例 and 行政处罚法 give 吊销 to the licensing authority; Art 69 lets the
// granting authority "或者其上级行政机关" revoke (撤销). So, for each level of issuer, by hand: the
// issuer itself, or its successor of the same place and line (the 2018 reform renamed 质量技术监督局
// into 市场监督管理局), decides all four; a superior in its line — the people's government of its
// place, the department of the level above in its own city or province, the national authority,
// the State Council — may only revoke; anyone else, none. Baicheng and its five county-level units
// are in Jilin (FACTS.md, GB/T 2260), so 洮南市 is under 白城市 and 吉林省.
describe('Article 14: who decides, by the level of the issuer (docs/interpretation.md, the table)', () => {
  type Level = 'national' | 'provincial' | 'city' | 'county';
  const ALL = ['withdraw', 'revoke', 'revoke_as_penalty', 'cancel'] as const;
  const REVOKE = ['revoke'] as const;
  const NONE = [] as const;
  const TABLE: readonly (readonly [issuer: readonly [Level, string], decider: readonly [Level, string], valid: readonly string[]])[] = [
    // Issued nationally (before the 2019–2024 reforms moved the last products to the provinces).
    [['national', '国家市场监督管理总局'], ['national', '国家市场监督管理总局'], ALL],
    [['national', '国家质量监督检验检疫总局'], ['national', '国家市场监督管理总局'], ALL],
    [['national', '国家市场监督管理总局'], ['national', '国务院'], REVOKE],
    [['national', '国家市场监督管理总局'], ['national', '国家林业和草原局'], NONE],
    [['national', '国家市场监督管理总局'], ['provincial', '吉林省市场监督管理厅'], NONE],
    [['national', '国家市场监督管理总局'], ['city', '白城市市场监督管理局'], NONE],
    // Issued provincially (today's licenses).
    [['provincial', '吉林省市场监督管理厅'], ['provincial', '吉林省市场监督管理厅'], ALL],
    [['provincial', '吉林省质量技术监督局'], ['provincial', '吉林省市场监督管理厅'], ALL],
    [['provincial', '吉林省市场监督管理厅'], ['provincial', '吉林省人民政府'], REVOKE],
    [['provincial', '吉林省市场监督管理厅'], ['national', '国家市场监督管理总局'], REVOKE],
    [['provincial', '吉林省市场监督管理厅'], ['national', '国务院'], REVOKE],
    [['provincial', '吉林省市场监督管理厅'], ['provincial', '广东省市场监督管理局'], NONE],
    [['provincial', '吉林省市场监督管理厅'], ['provincial', '吉林省公安厅'], NONE],
    [['provincial', '吉林省市场监督管理厅'], ['city', '白城市市场监督管理局'], NONE],
    [['provincial', '吉林省市场监督管理厅'], ['county', '洮南市市场监督管理局'], NONE],
    // Issued by a city bureau (a power a province had passed down, before 2024).
    [['city', '白城市市场监督管理局'], ['city', '白城市市场监督管理局'], ALL],
    [['city', '白城市质量技术监督局'], ['city', '白城市市场监督管理局'], ALL],
    [['city', '白城市市场监督管理局'], ['city', '吉林省白城市市场监督管理局'], ALL],
    [['city', '白城市市场监督管理局'], ['city', '白城市人民政府'], REVOKE],
    [['city', '白城市市场监督管理局'], ['provincial', '吉林省市场监督管理厅'], REVOKE],
    [['city', '白城市市场监督管理局'], ['provincial', '吉林省人民政府'], REVOKE],
    [['city', '白城市市场监督管理局'], ['national', '国家市场监督管理总局'], REVOKE],
    [['city', '白城市市场监督管理局'], ['national', '国务院'], REVOKE],
    [['city', '白城市市场监督管理局'], ['city', '长春市市场监督管理局'], NONE],
    [['city', '白城市市场监督管理局'], ['city', '白城市公安局'], NONE],
    [['city', '白城市市场监督管理局'], ['county', '洮南市市场监督管理局'], NONE],
    [['city', '白城市市场监督管理局'], ['provincial', '广东省市场监督管理局'], NONE],
    // Issued by a county-level bureau.
    [['county', '洮南市市场监督管理局'], ['county', '洮南市市场监督管理局'], ALL],
    [['county', '洮南市质量技术监督局'], ['county', '洮南市市场监督管理局'], ALL],
    [['county', '洮南市市场监督管理局'], ['county', '洮南市人民政府'], REVOKE],
    [['county', '洮南市市场监督管理局'], ['city', '白城市市场监督管理局'], REVOKE],
    [['county', '白城市洮北区市场监督管理局'], ['city', '白城市市场监督管理局'], REVOKE],
    [['county', '洮南市市场监督管理局'], ['city', '白城市人民政府'], REVOKE],
    [['county', '洮南市市场监督管理局'], ['provincial', '吉林省市场监督管理厅'], REVOKE],
    [['county', '洮南市市场监督管理局'], ['national', '国家市场监督管理总局'], REVOKE],
    [['county', '洮南市市场监督管理局'], ['city', '长春市市场监督管理局'], NONE],
    [['county', '洮南市市场监督管理局'], ['county', '大安市市场监督管理局'], NONE],
  ];

  it.each(TABLE)('issued by %j, decided by %j: valid for %j, invalid for the rest', ([issuerLevel, issuerName], [level, name], valid) => {
    // A national license carries no province prefix; the others are Jilin's (吉XK…, FACTS.md).
    const licenseNumber = issuerLevel === 'national' ? 'XK16-204-00397' : '吉XK16-204-00397';
    for (const action of ALL) {
      const d = decide({ action, licenseNumber, decidedOn: '2024-07-01', decidedBy: { level, name }, licenseIssuer: { level: issuerLevel, name: issuerName } });
      const expected = valid.includes(action) ? { status: 'valid', valid: true, missing: [] } : { status: 'invalid', valid: false, missing: [] };
      expect(d.outcome, action).toEqual(expected);
    }
  });

  it('the city bureau that issued the license withdraws, revokes, revokes as a penalty and cancels it; the trace says why', () => {
    const issued = { level: 'city' as const, name: '白城市市场监督管理局' };
    const d = decide({ action: 'revoke_as_penalty', licenseNumber: '吉XK16-204-00397', decidedOn: '2024-07-01', decidedBy: issued, licenseIssuer: issued });
    expect(d.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
    expect(d.trace.map((s) => [s.rule, s.passed])).toEqual([
      ['art14.decider_is_not_local_bureau', true],
      ['art14.decider_is_licensing_authority', true],
      ['art14.decider_is_licensing_body', true],
    ]);
    expect(d.trace.map((s) => s.message['zh-CN'])).toEqual([
      '决定机关 白城市市场监督管理局 为市级',
      '决定机关 白城市市场监督管理局 是白城市的市级机关，许可证由白城市发证（发证机关 白城市市场监督管理局）',
      '决定机关 白城市市场监督管理局 即发证机关',
    ]);
  });

  it('a renamed city bureau: its successor of the same place decides, and the trace names the place', () => {
    const d = decide({ action: 'cancel', licenseNumber: 'XK16-204-00397', decidedOn: '2024-07-01', decidedBy: { level: 'city', name: '白城市市场监督管理局' }, licenseIssuer: { level: 'city', name: '白城市质量技术监督局' } });
    expect(d.outcome.status).toBe('valid');
    expect(d.trace[1]!.message).toEqual({
      'zh-CN': '决定机关 白城市市场监督管理局 是白城市的市级机关，许可证由白城市发证（发证机关 白城市质量技术监督局）',
      en: '白城市市场监督管理局 is the city authority of 白城市, where the license was issued (the issuer is 白城市质量技术监督局)',
    });
    // The body is the license line's (step 3): its successor, not any bureau of the place.
    expect(d.trace[2]!.message['zh-CN']).toBe('决定机关 白城市市场监督管理局 属生产许可主管部门（市场监督管理或质量技术监督部门）');
    const other = decide({ action: 'cancel', licenseNumber: 'XK16-204-00397', decidedOn: '2024-07-01', decidedBy: { level: 'city', name: '长春市市场监督管理局' }, licenseIssuer: { level: 'city', name: '白城市质量技术监督局' } });
    expect(other.outcome.status).toBe('invalid');
    expect(other.trace[1]!.message['zh-CN']).toBe('决定机关 长春市市场监督管理局 不是白城市的机关，而许可证由白城市发证（发证机关 白城市质量技术监督局）');
  });

  // What the names cannot tell is reported missing, not guessed: a local issuer is one of many of
  // its level, so its name is needed; a county's city must be read from its name (or be one of
  // Baicheng's five) before the city's bureau is its superior.
  it('a local decider: without the issuer, without its name, or with a county not known to be in the city, insufficient information', () => {
    const base = { action: 'revoke' as const, licenseNumber: 'XK16-204-00397', decidedOn: '2024-07-01', decidedBy: { level: 'city' as const, name: '白城市市场监督管理局' } };
    const noIssuer = decide(base);
    expect(noIssuer.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
    // The first step does not exclude it (the license may be the city's own), the second cannot tell.
    expect(noIssuer.trace.map((s) => s.passed)).toEqual([true, false, true]);
    const nameless = decide({ ...base, action: 'cancel', licenseIssuer: { level: 'city' } });
    expect(nameless.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer.name'] });
    expect(nameless.trace[1]!.message['zh-CN']).toBe('无法从名称判断决定机关（市级）与发证机关（市级）是否属于同一市、县，不能确认其为发证机关');
    const someCounty = decide({ ...base, licenseIssuer: { level: 'county', name: '某县市场监督管理局' } });
    expect(someCounty.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer.name'] });
    expect(someCounty.trace[1]!.message['zh-CN']).toBe('无法从名称判断决定机关（市级）与发证机关（县级）是否属于同一市、县，不能确认其为发证机关的上级机关');
    // A decider whose name names no place cannot be placed either.
    expect(decide({ ...base, decidedBy: { level: 'city', name: '市市场监督管理局' }, licenseIssuer: { level: 'county', name: '洮南市市场监督管理局' } }).outcome).toEqual({
      status: 'insufficient_information',
      valid: false,
      missing: ['decidedBy.name'],
    });
    // With a province prefix the license is taken as provincially issued (FACTS.md): the city
    // bureau is not its licensing authority, unless the issuer is given.
    expect(decide({ ...base, licenseNumber: '吉XK16-204-00397' }).outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
  });

  it('a county bureau deciding on a license its city issued, and a city bureau on another province\'s county: invalid', () => {
    const base = { action: 'revoke' as const, licenseNumber: 'XK16-204-00397', decidedOn: '2024-07-01' };
    const below = decide({ ...base, decidedBy: { level: 'county', name: '洮南市市场监督管理局' }, licenseIssuer: { level: 'city', name: '白城市市场监督管理局' } });
    expect(below.outcome.status).toBe('invalid');
    expect(below.trace[1]!.message['zh-CN']).toBe('决定机关（县级）不是发证机关（市级）');
    const elsewhere = decide({ ...base, decidedBy: { level: 'city', name: '广东省广州市市场监督管理局' }, licenseIssuer: { level: 'county', name: '洮南市市场监督管理局' } });
    expect(elsewhere.outcome.status).toBe('invalid');
    expect(elsewhere.trace[1]!.message['zh-CN']).toBe('决定机关 广东省广州市市场监督管理局 不是白城市的机关（发证机关 洮南市市场监督管理局），不是发证机关的上级机关');
  });
});

describe('Article 14: messages reflect the level they report (a distinction, not wording)', () => {
  it('Article 14: the message names the level — city and county, national and provincial, differ', () => {
    const at = (level: 'city' | 'county' | 'national' | 'provincial') =>
      licenseActionAuthority({ ...cityRevocation(), decidedBy: { level, name: '某局' }, licenseIssuer: { level, name: '某局' } }, { asOf: '2024-07-01' }).trace[0]!.message;
    expect(at('city')['zh-CN']).not.toBe(at('county')['zh-CN']);
    expect(at('national')['zh-CN']).not.toBe(at('provincial')['zh-CN']);
    expect(at('city').en).not.toBe(at('county').en);
    expect(at('national').en).not.toBe(at('provincial').en);
  });
});

// The message of a step must say which way the check went. The test asserts a key term that
// carries the fact, taken from the regulation's own text, or a structural property of the
// sentence, never its wording (docs/testing.md, "Mutants in messages").
describe('Article 14: the level of the deciding authority is named, and a failed check says "not"', () => {
  const asOf = '2024-07-02';

  it('a city bureau is 市级, a county bureau 县级 (the levels of Article 19)', () => {
    const city = licenseActionAuthority(cityRevocation(), { asOf });
    expect(zhOf(city, 'art14.decider_is_not_local_bureau')).toContain('市级');
    expect(zhOf(city, 'art14.decider_is_not_local_bureau')).not.toContain('县级');
    const county = licenseActionAuthority(
      { ...cityRevocation(), decidedBy: { level: 'county', name: '洮北区市场监督管理局' } },
      { asOf },
    );
    expect(zhOf(county, 'art14.decider_is_not_local_bureau')).toContain('县级');
    expect(zhOf(county, 'art14.decider_is_not_local_bureau')).not.toContain('市级');
  });

  it('a provincial decider is not called national (国家), a national one is', () => {
    const provincial = licenseActionAuthority(
      { ...cityRevocation(), decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } },
      { asOf },
    );
    expect(zhOf(provincial, 'art14.decider_is_not_local_bureau')).not.toContain('国家');
    const national = licenseActionAuthority(
      {
        ...cityRevocation(),
        decidedBy: { level: 'national', name: '国家市场监督管理总局' },
        licenseIssuer: { level: 'national', name: '国家市场监督管理总局' },
      },
      { asOf },
    );
    // The name itself contains 国家; the level clause must add it a second time.
    expect(zhOf(national, 'art14.decider_is_not_local_bureau').split('国家').length - 1).toBe(2);
  });

  it("decided at the issuer's level: passed, no 不是; at another level: failed, with 不是", () => {
    const same = licenseActionAuthority(
      { ...cityRevocation(), decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } },
      { asOf },
    );
    expect(stepOf(same, 'art14.decider_is_licensing_authority').passed).toBe(true);
    expect(zhOf(same, 'art14.decider_is_licensing_authority')).not.toContain('不是');
    const other = licenseActionAuthority(
      { ...cityRevocation(), decidedBy: { level: 'national', name: '国家市场监督管理总局' } },
      { asOf },
    );
    expect(stepOf(other, 'art14.decider_is_licensing_authority').passed).toBe(false);
    expect(zhOf(other, 'art14.decider_is_licensing_authority')).toContain('不是');
  });
});

// The whole trace. Article 14: 县、市局 may not withdraw, revoke, revoke as a penalty or cancel a
// license; the licensing authority decides. The higher law per action: 行政许可法 Art 8 (撤回),
// Art 69 (撤销), Art 70 (注销), 工业产品生产许可证管理条例 (吊销). Expected steps and facts worked out
// by hand.
describe('licenseActionAuthority: the full trace (hand-derived from Article 14)', () => {
  const A14 = { article: 14 };
  const LICENSING = '中华人民共和国行政许可法';

  it('a city bureau: invalid at the first step, no second step', () => {
    const d = licenseActionAuthority(cityRevocation(), { asOf: '2024-07-01' });
    expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(d.basis).toEqual([A14]);
    expect(d.higherLaw).toEqual([{ law: '中华人民共和国工业产品生产许可证管理条例' }]);
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art14.decider_is_not_local_bureau', basis: A14, passed: false, facts: { action: 'revoke_as_penalty', decidedBy: 'city', readAs: 'city', decider: '白城市市场监督管理局' } },
    ]);
  });

  it('a county bureau is local too', () => {
    const d = licenseActionAuthority({ ...cityRevocation(), decidedBy: { level: 'county', name: '洮南市市场监督管理局' } }, { asOf: '2024-07-01' });
    expect(d.outcome.status).toBe('invalid');
  });

  it('the provincial issuer deciding: valid, both steps passed, the action’s law cited', () => {
    const cases = [
      ['withdraw', { law: LICENSING, article: 8 }],
      ['revoke', { law: LICENSING, article: 69 }],
      ['revoke_as_penalty', { law: '中华人民共和国工业产品生产许可证管理条例' }],
      ['cancel', { law: LICENSING, article: 70 }],
    ] as const;
    for (const [action, law] of cases) {
      const d = licenseActionAuthority(
        { ...cityRevocation(), action, decidedBy: { level: 'provincial', name: '吉林省市场监督管理厅' } },
        { asOf: '2024-07-01' },
      );
      expect(d.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
      expect(d.higherLaw).toEqual([law]);
      expect(traceSteps(d)).toStrictEqual([
        { rule: 'art14.decider_is_not_local_bureau', basis: A14, passed: true, facts: { action, decidedBy: 'provincial', readAs: 'provincial', decider: '吉林省市场监督管理厅' } },
        { rule: 'art14.decider_is_licensing_authority', basis: A14, passed: true, facts: { decidedBy: 'provincial', licenseIssuer: 'provincial', issuerName: '吉林省市场监督管理厅', licenseProvince: '吉林' } },
        { rule: 'art14.decider_is_licensing_body', basis: A14, passed: true, facts: { decider: '吉林省市场监督管理厅', issuerName: '吉林省市场监督管理厅', licensingLine: true, governmentRevokes: false } },
      ]);
    }
  });

  it('a non-local decider that is not the issuer: invalid; issuer unknown: insufficient information', () => {
    const national = licenseActionAuthority({ ...cityRevocation(), decidedBy: { level: 'national', name: '国家市场监督管理总局' } }, { asOf: '2024-07-01' });
    expect(national.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(traceSteps(national)[1]).toEqual({ rule: 'art14.decider_is_licensing_authority', basis: A14, passed: false, facts: { decidedBy: 'national', licenseIssuer: 'provincial', issuerName: '吉林省市场监督管理厅', licenseProvince: '吉林' } });
    const unknown = { ...cityRevocation(), licenseNumber: 'XK16-204-00397', decidedBy: { level: 'provincial' as const, name: '吉林省市场监督管理厅' } };
    delete (unknown as { licenseIssuer?: unknown }).licenseIssuer;
    const d = licenseActionAuthority(unknown, { asOf: '2024-07-01' });
    expect(d.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
    expect(traceSteps(d)[1]).toEqual({ rule: 'art14.decider_is_licensing_authority', basis: A14, passed: false, facts: { decidedBy: 'provincial', licenseIssuer: null, issuerName: null, licenseProvince: null } });
  });

  // Article 14's 许可审批机关 is whoever approved the license (FACTS.md): a license the input says
  // 洮南市市场监督管理局 issued is decided by it, and only revoked (行政许可法 Art 69) by 白城市's bureau,
  // the city it is in (GB/T 2260: 220881 under 220800).
  it('a county-issued license: the county bureau passes all three steps; the city bureau only revokes', () => {
    const county = { level: 'county' as const, name: '洮南市市场监督管理局' };
    const own = licenseActionAuthority({ ...cityRevocation(), action: 'withdraw', decidedBy: county, licenseIssuer: county }, { asOf: '2024-07-01' });
    expect(own.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
    expect(own.higherLaw).toEqual([{ law: LICENSING, article: 8 }]);
    expect(traceSteps(own)).toStrictEqual([
      { rule: 'art14.decider_is_not_local_bureau', basis: A14, passed: true, facts: { action: 'withdraw', decidedBy: 'county', readAs: 'county', decider: '洮南市市场监督管理局' } },
      { rule: 'art14.decider_is_licensing_authority', basis: A14, passed: true, facts: { decidedBy: 'county', licenseIssuer: 'county', issuerName: '洮南市市场监督管理局', licenseProvince: '吉林' } },
      { rule: 'art14.decider_is_licensing_body', basis: A14, passed: true, facts: { decider: '洮南市市场监督管理局', issuerName: '洮南市市场监督管理局', licensingLine: true, governmentRevokes: false } },
    ]);
    const city = { level: 'city' as const, name: '白城市市场监督管理局' };
    const revoke = licenseActionAuthority({ ...cityRevocation(), action: 'revoke', decidedBy: city, licenseIssuer: county }, { asOf: '2024-07-01' });
    expect(revoke.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
    expect(traceSteps(revoke)[1]).toEqual({ rule: 'art14.decider_is_licensing_authority', basis: A14, passed: true, facts: { decidedBy: 'city', licenseIssuer: 'county', issuerName: '洮南市市场监督管理局', licenseProvince: '吉林' } });
    expect(revoke.trace[1]!.message.en).toBe('Revoked at city level, a superior of the issuer (county level): Administrative Licensing Law Art 69');
    const cancel = licenseActionAuthority({ ...cityRevocation(), action: 'cancel', decidedBy: city, licenseIssuer: county }, { asOf: '2024-07-01' });
    expect(cancel.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(traceSteps(cancel).map((s) => s.passed)).toEqual([true, false, true]);
  });
});


// docs/interpretation.md, "Article 14 — a license a city or county bureau issued": two local
// authorities are of one place when their last places agree, and the cities they are in when both
// names show one, and their provinces when both are known; when a name shows no place, the names
// themselves are compared. The places below are real (GB/T 2260): 鼓楼区 is a district of both
// 南京市 and 徐州市 (江苏省); 额敏县 is a county of 塔城地区, a prefecture under 伊犁哈萨克自治州.
describe('Article 14: local authorities are placed by the places their names show', () => {
  const base = { licenseNumber: 'XK16-204-00397', decidedOn: '2024-07-01' };
  const county = (name: string) => ({ level: 'county' as const, name });

  it('a district of the same name in another city of the province is another authority; a name without its city is the same district', () => {
    // 南京市鼓楼区 and 徐州市鼓楼区: same last place, different cities shown by both names → another authority.
    const otherCity = decide({ ...base, action: 'cancel', decidedBy: county('江苏省南京市鼓楼区市场监督管理局'), licenseIssuer: county('江苏省徐州市鼓楼区市场监督管理局') });
    expect(otherCity.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    // One name shows the city, the other only the district: the district alone decides, same place.
    for (const [decider, issuer] of [
      ['鼓楼区市场监督管理局', '江苏省南京市鼓楼区市场监督管理局'],
      ['江苏省南京市鼓楼区市场监督管理局', '鼓楼区市场监督管理局'],
    ] as const) {
      expect(decide({ ...base, action: 'cancel', decidedBy: county(decider), licenseIssuer: county(issuer) }).outcome, decider).toEqual({ status: 'valid', valid: true, missing: [] });
    }
  });

  it('a prefecture under an autonomous prefecture revokes a license its county issued (行政许可法 Art 69: the superior)', () => {
    // The decider's last place, 塔城地区, is the county's city; the autonomous prefecture named
    // before it is not the county's city, and does not make the prefecture another place.
    const d = decide({
      ...base,
      action: 'revoke',
      decidedBy: { level: 'city', name: '新疆维吾尔自治区伊犁哈萨克自治州塔城地区市场监督管理局' },
      licenseIssuer: county('塔城地区额敏县市场监督管理局'),
    });
    expect(d.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
  });

  it('provinces that differ settle it even when the issuer\'s city cannot be read: a Guangdong city bureau is not the superior of a Jilin county bureau', () => {
    const d = decide({ ...base, action: 'revoke', decidedBy: { level: 'city', name: '广东省广州市市场监督管理局' }, licenseIssuer: county('吉林省某县市场监督管理局') });
    expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
  });

  it('a county of another province named like one of Baicheng\'s five is not placed in 白城市', () => {
    // FACTS.md: Baicheng's five county-level units are Jilin's; 洮南市 named under 广东省 shows no
    // city, so the city bureau's superiority cannot be confirmed from the names.
    const d = decide({ ...base, action: 'revoke', decidedBy: { level: 'city', name: '广东省广州市市场监督管理局' }, licenseIssuer: county('广东省洮南市市场监督管理局') });
    expect(d.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer.name'] });
  });

  it('a local issuer named, whose name shows no place: the same name decides (the names are compared, nothing is missing)', () => {
    const name = 'Baicheng Administration for Market Regulation';
    const d = decide({ ...base, action: 'cancel', decidedBy: { level: 'city', name }, licenseIssuer: { level: 'city', name } });
    expect(d.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
  });
});
