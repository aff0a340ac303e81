// Mutation-testing follow-up: licenseActionAuthority's full trace. Article 14: 县、市局 may not
// withdraw, revoke, revoke as a penalty or cancel a license; the licensing authority decides. The
// higher law per action: 行政许可法 Art 8 (撤回), Art 69 (撤销), Art 70 (注销), 工业产品生产许可证管理条例
// (吊销). Expected steps and facts worked out by hand.
import { describe, expect, it } from 'vitest';
import { licenseActionAuthority, type Decision, type TraceStep } from '../../src/index.js';
import { cityRevocation } from '../rules/fixtures.js';

const steps = (d: Decision<unknown>) => d.trace.map(({ message: _m, ...s }: TraceStep) => s);
const A14 = { article: 14 };
const LICENSING = '中华人民共和国行政许可法';

describe('licenseActionAuthority: the full trace (hand-derived from Article 14)', () => {
  it('a city bureau: invalid at the first step, no second step', () => {
    const d = licenseActionAuthority(cityRevocation(), { asOf: '2024-07-01' });
    expect(d.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(d.basis).toEqual([A14]);
    expect(d.higherLaw).toEqual([{ law: '中华人民共和国工业产品生产许可证管理条例' }]);
    expect(steps(d)).toStrictEqual([
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
      expect(steps(d)).toStrictEqual([
        { rule: 'art14.decider_is_not_local_bureau', basis: A14, passed: true, facts: { action, decidedBy: 'provincial', readAs: 'provincial', decider: '吉林省市场监督管理厅' } },
        { rule: 'art14.decider_is_licensing_authority', basis: A14, passed: true, facts: { decidedBy: 'provincial', licenseIssuer: 'provincial', issuerName: '吉林省市场监督管理厅', licenseProvince: '吉林' } },
        { rule: 'art14.decider_is_licensing_body', basis: A14, passed: true, facts: { decider: '吉林省市场监督管理厅', issuerName: '吉林省市场监督管理厅', licensingLine: true, governmentRevokes: false } },
      ]);
    }
  });

  it('a non-local decider that is not the issuer: invalid; issuer unknown: insufficient information', () => {
    const national = licenseActionAuthority({ ...cityRevocation(), decidedBy: { level: 'national', name: '国家市场监督管理总局' } }, { asOf: '2024-07-01' });
    expect(national.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(steps(national)[1]).toEqual({ rule: 'art14.decider_is_licensing_authority', basis: A14, passed: false, facts: { decidedBy: 'national', licenseIssuer: 'provincial', issuerName: '吉林省市场监督管理厅', licenseProvince: '吉林' } });
    const unknown = { ...cityRevocation(), licenseNumber: 'XK16-204-00397', decidedBy: { level: 'provincial' as const, name: '吉林省市场监督管理厅' } };
    delete (unknown as { licenseIssuer?: unknown }).licenseIssuer;
    const d = licenseActionAuthority(unknown, { asOf: '2024-07-01' });
    expect(d.outcome).toEqual({ status: 'insufficient_information', valid: false, missing: ['licenseIssuer'] });
    expect(steps(d)[1]).toEqual({ rule: 'art14.decider_is_licensing_authority', basis: A14, passed: false, facts: { decidedBy: 'provincial', licenseIssuer: null, issuerName: null, licenseProvince: null } });
  });

  // Article 14's 许可审批机关 is whoever approved the license (FACTS.md): a license the input says
  // 洮南市市场监督管理局 issued is decided by it, and only revoked (行政许可法 Art 69) by 白城市's bureau,
  // the city it is in (GB/T 2260: 220881 under 220800).
  it('a county-issued license: the county bureau passes all three steps; the city bureau only revokes', () => {
    const county = { level: 'county' as const, name: '洮南市市场监督管理局' };
    const own = licenseActionAuthority({ ...cityRevocation(), action: 'withdraw', decidedBy: county, licenseIssuer: county }, { asOf: '2024-07-01' });
    expect(own.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
    expect(own.higherLaw).toEqual([{ law: LICENSING, article: 8 }]);
    expect(steps(own)).toStrictEqual([
      { rule: 'art14.decider_is_not_local_bureau', basis: A14, passed: true, facts: { action: 'withdraw', decidedBy: 'county', readAs: 'county', decider: '洮南市市场监督管理局' } },
      { rule: 'art14.decider_is_licensing_authority', basis: A14, passed: true, facts: { decidedBy: 'county', licenseIssuer: 'county', issuerName: '洮南市市场监督管理局', licenseProvince: '吉林' } },
      { rule: 'art14.decider_is_licensing_body', basis: A14, passed: true, facts: { decider: '洮南市市场监督管理局', issuerName: '洮南市市场监督管理局', licensingLine: true, governmentRevokes: false } },
    ]);
    const city = { level: 'city' as const, name: '白城市市场监督管理局' };
    const revoke = licenseActionAuthority({ ...cityRevocation(), action: 'revoke', decidedBy: city, licenseIssuer: county }, { asOf: '2024-07-01' });
    expect(revoke.outcome).toEqual({ status: 'valid', valid: true, missing: [] });
    expect(steps(revoke)[1]).toEqual({ rule: 'art14.decider_is_licensing_authority', basis: A14, passed: true, facts: { decidedBy: 'city', licenseIssuer: 'county', issuerName: '洮南市市场监督管理局', licenseProvince: '吉林' } });
    expect(revoke.trace[1]!.message.en).toBe('Revoked at city level, a superior of the issuer (county level): Administrative Licensing Law Art 69');
    const cancel = licenseActionAuthority({ ...cityRevocation(), action: 'cancel', decidedBy: city, licenseIssuer: county }, { asOf: '2024-07-01' });
    expect(cancel.outcome).toEqual({ status: 'invalid', valid: false, missing: [] });
    expect(steps(cancel).map((s) => s.passed)).toEqual([true, false, true]);
  });
});

