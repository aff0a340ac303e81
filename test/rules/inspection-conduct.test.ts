// Article 21: "实施监督检查不得影响企业的正常生产经营活动，不得收取任何费用，不得索取或收受企业财物、谋取不当利益。"
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, inspectionConduct } from '../../src/index.js';
import { thrown } from './fixtures.js';

const asOf = '2024-05-11';
const clean = { date: '2024-05-10', normalProductionDisrupted: false, feeCharged: 0, propertySolicitedOrAccepted: false, improperBenefitSought: false };

describe('inspectionConduct (Articles 21, 17)', () => {
  it('every fact known and none a breach: no breach', () => {
    const d = inspectionConduct(clean, { asOf });
    expect(d.outcome).toEqual({ status: 'no_breach', breach: false, breaches: [], missing: [] });
    expect(d.basis).toEqual([{ article: 21 }]);
    expect(d.trace.map((s) => [s.rule, s.passed])).toEqual([
      ['art21.no_production_disrupted', true],
      ['art21.no_fee_charged', true],
      ['art21.no_property_solicited_or_accepted', true],
      ['art21.no_improper_benefit_sought', true],
    ]);
  });

  it('a fee of 0.01 yuan is a breach ("不得收取任何费用"), citing Article 21', () => {
    const d = inspectionConduct({ ...clean, feeCharged: 0.01 }, { asOf });
    expect(d.outcome).toEqual({ status: 'breach', breach: true, breaches: ['fee_charged'], missing: [] });
    expect(d.basis).toEqual([{ article: 21 }]);
    expect(d.higherLaw).toEqual([]);
    expect(d.trace[1]?.message['zh-CN']).toBe('违反第二十一条：收取费用（0.01 元）');
  });

  // Article 17: "产品监督检验不得向企业收取费用" — a fee for supervisory testing; 产品质量法 Art 15 bans
  // testing fees for spot checks. Order 17, 21 as in assessSamplingRecord.
  it('a fee during supervisory testing also cites Article 17 and 产品质量法 Art 15', () => {
    const d = inspectionConduct({ ...clean, feeCharged: 50, supervisoryTesting: true }, { asOf });
    expect(d.basis).toEqual([{ article: 17 }, { article: 21 }]);
    expect(d.higherLaw).toEqual([{ law: '中华人民共和国产品质量法', article: 15 }]);
    // Supervisory testing without a fee cites Article 21 alone.
    expect(inspectionConduct({ ...clean, supervisoryTesting: true }, { asOf }).basis).toEqual([{ article: 21 }]);
  });

  it('disruption of normal production is a breach', () => {
    expect(inspectionConduct({ ...clean, normalProductionDisrupted: true }, { asOf }).outcome.breaches).toEqual(['production_disrupted']);
  });

  it('property and improper benefit are breaches; all four in order', () => {
    const d = inspectionConduct(
      { improperBenefitSought: true, propertySolicitedOrAccepted: true, feeCharged: 50, normalProductionDisrupted: true },
      { asOf },
    );
    expect(d.outcome.breaches).toEqual(['production_disrupted', 'fee_charged', 'property_solicited_or_accepted', 'improper_benefit_sought']);
  });

  it('a single breach decides even when other facts are unknown', () => {
    expect(inspectionConduct({ normalProductionDisrupted: true }, { asOf }).outcome).toEqual({
      status: 'breach',
      breach: true,
      breaches: ['production_disrupted'],
      missing: [],
    });
  });

  it('unknown facts without a breach: insufficient information, naming them', () => {
    const d = inspectionConduct({ feeCharged: 0 }, { asOf });
    expect(d.outcome).toEqual({
      status: 'insufficient_information',
      breach: false,
      breaches: [],
      missing: ['normalProductionDisrupted', 'propertySolicitedOrAccepted', 'improperBenefitSought'],
    });
    expect(d.trace[0]?.message.en).toBe("Not recorded whether disrupting the enterprise's normal production and business");
    expect(inspectionConduct({}, { asOf }).outcome.missing).toHaveLength(4);
  });

  it('errors', () => {
    expect(thrown(() => inspectionConduct({ ...clean, feeCharged: -0.01 }, { asOf }))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => inspectionConduct({ ...clean, date: '2024-05-12' }, { asOf }))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => inspectionConduct({ ...clean, date: '2020-05-12' }, { asOf }))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => inspectionConduct({ ...clean, bribe: true } as never, { asOf }))).toBeInstanceOf(RuleInputError);
  });
});
