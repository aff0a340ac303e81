// Article 21: "实施监督检查不得影响企业的正常生产经营活动，不得收取任何费用，不得索取或收受企业财物、谋取不当利益。"
import { describe, expect, it } from 'vitest';
import { NotInForceError, RuleInputError, inspectionConduct } from '../../src/index.js';
import { thrown } from './fixtures.js';
import { traceSteps } from '../support/trace.js';

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
    // Supervisory testing without any breach: the answer rests on every provision checked, Article
    // 17 and 产品质量法 Art 15 included (as assessInspectionRecord cites all it checked when valid).
    const free = inspectionConduct({ ...clean, supervisoryTesting: true }, { asOf });
    expect(free.basis).toEqual([{ article: 17 }, { article: 21 }]);
    expect(free.higherLaw).toEqual([{ law: '中华人民共和国产品质量法', article: 15 }]);
    // A breach other than a fee during supervisory testing cites Article 21 alone: the provision breached.
    expect(inspectionConduct({ ...clean, supervisoryTesting: true, normalProductionDisrupted: true }, { asOf }).basis).toEqual([{ article: 21 }]);
  });

  // Issue 3: the trace holds every condition checked, so the Article 17 check that puts Article 17
  // in the basis is a step of its own, right after Article 21's fee step, showing supervisoryTesting.
  it('supervisory testing adds an Article 17 step after the fee step; without it there is none', () => {
    const fee = inspectionConduct({ ...clean, feeCharged: 50, supervisoryTesting: true }, { asOf });
    expect(fee.trace.map((s) => [s.rule, s.basis, s.passed])).toEqual([
      ['art21.no_production_disrupted', { article: 21 }, true],
      ['art21.no_fee_charged', { article: 21 }, false],
      ['art17.no_testing_fee', { article: 17 }, false],
      ['art21.no_property_solicited_or_accepted', { article: 21 }, true],
      ['art21.no_improper_benefit_sought', { article: 21 }, true],
    ]);
    expect(fee.trace[2]!.facts).toEqual({ supervisoryTesting: true, feeCharged: 50 });
    expect(fee.trace[2]!.message['zh-CN']).toBe('违反第十七条：监督检验向企业收取费用（50 元）');
    const free = inspectionConduct({ ...clean, supervisoryTesting: true }, { asOf });
    expect(free.trace[2]).toMatchObject({ rule: 'art17.no_testing_fee', passed: true });
    const unknownFee = inspectionConduct({ ...clean, feeCharged: undefined, supervisoryTesting: true }, { asOf });
    expect(unknownFee.trace[2]).toMatchObject({ rule: 'art17.no_testing_fee', passed: false, facts: { feeCharged: null } });
    expect(unknownFee.trace[1]!.message['zh-CN']).toBe('未记录是否收取费用');
    expect(unknownFee.trace[2]!.message['zh-CN']).toBe('监督检验：未记录是否向企业收取费用');
    expect(free.trace[2]!.message.en).toBe('No fee was charged for supervisory testing');
    for (const supervisoryTesting of [false, undefined]) {
      expect(inspectionConduct({ ...clean, feeCharged: 50, supervisoryTesting }, { asOf }).trace.map((s) => s.rule)).not.toContain('art17.no_testing_fee');
    }
  });

  // A fee is written out in full in messages: 1e-7 yuan is 0.0000001 yuan (hand conversion), not "1e-7".
  it('tiny and huge fees are written without exponents', () => {
    expect(inspectionConduct({ ...clean, feeCharged: 1e-7 }, { asOf }).trace[1]!.message['zh-CN']).toBe('违反第二十一条：收取费用（0.0000001 元）');
    expect(inspectionConduct({ ...clean, feeCharged: 1.5e21 }, { asOf }).trace[1]!.message.en).toBe(
      'Breach of Article 21: the inspectors charged a fee (1500000000000000000000 yuan)',
    );
    expect(inspectionConduct({ ...clean, feeCharged: 2.5e-8 }, { asOf }).trace[1]!.message['zh-CN']).toBe('违反第二十一条：收取费用（0.000000025 元）');
    expect(inspectionConduct(clean, { asOf }).trace[1]!.message.en).toBe('The inspectors did not charge a fee (0 yuan)');
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
    expect(d.trace[0]?.message.en).toBe("Not recorded whether the inspectors disrupted the enterprise's normal production and business");
    expect(inspectionConduct({}, { asOf }).outcome.missing).toHaveLength(4);
  });

  it('errors', () => {
    expect(thrown(() => inspectionConduct({ ...clean, feeCharged: -0.01 }, { asOf }))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => inspectionConduct({ ...clean, date: '2024-05-12' }, { asOf }))).toBeInstanceOf(RuleInputError);
    expect(thrown(() => inspectionConduct({ ...clean, date: '2020-05-12' }, { asOf }))).toBeInstanceOf(NotInForceError);
    expect(thrown(() => inspectionConduct({ ...clean, bribe: true } as never, { asOf }))).toBeInstanceOf(RuleInputError);
  });
});

// The whole trace (Article 21: 不得妨碍正常生产，不得收取费用，不得索取、收受财物，不得谋取不正当利益; a
// fee also breaches Article 17 and 产品质量法 Art 15). Expected steps and facts worked out by hand;
// absent facts are null.
describe('inspectionConduct: the full trace (hand-derived from Article 21)', () => {
  const A21 = { article: 21 };
  const PQL = '中华人民共和国产品质量法';

  it('nothing stated: insufficient information, four failed steps with null facts', () => {
    const d = inspectionConduct({}, { asOf: '2024-06-01' });
    expect(d.outcome).toEqual({
      status: 'insufficient_information',
      breach: false,
      breaches: [],
      missing: ['normalProductionDisrupted', 'feeCharged', 'propertySolicitedOrAccepted', 'improperBenefitSought'],
    });
    expect(d.basis).toEqual([A21]);
    expect(d.higherLaw).toEqual([]);
    expect(traceSteps(d)).toStrictEqual([
      { rule: 'art21.no_production_disrupted', basis: A21, passed: false, facts: { normalProductionDisrupted: null } },
      { rule: 'art21.no_fee_charged', basis: A21, passed: false, facts: { feeCharged: null } },
      { rule: 'art21.no_property_solicited_or_accepted', basis: A21, passed: false, facts: { propertySolicitedOrAccepted: null } },
      { rule: 'art21.no_improper_benefit_sought', basis: A21, passed: false, facts: { improperBenefitSought: null } },
    ]);
  });

  it('all stated and clean: no breach, four passed steps', () => {
    const d = inspectionConduct(
      { normalProductionDisrupted: false, feeCharged: 0, propertySolicitedOrAccepted: false, improperBenefitSought: false },
      { asOf: '2024-06-01' },
    );
    expect(d.outcome).toEqual({ status: 'no_breach', breach: false, breaches: [], missing: [] });
    expect(traceSteps(d).map((s) => [s.passed, s.facts])).toEqual([
      [true, { normalProductionDisrupted: false }],
      [true, { feeCharged: 0 }],
      [true, { propertySolicitedOrAccepted: false }],
      [true, { improperBenefitSought: false }],
    ]);
  });

  it('every breach, with some facts unknown: breach, nothing missing; a testing fee cites Art 17 and PQL Art 15', () => {
    const d = inspectionConduct(
      {
        date: '2024-05-10',
        normalProductionDisrupted: true,
        feeCharged: 0.01,
        supervisoryTesting: true,
        propertySolicitedOrAccepted: true,
        improperBenefitSought: true,
      },
      { asOf: '2024-06-01' },
    );
    expect(d.outcome).toEqual({
      status: 'breach',
      breach: true,
      breaches: ['production_disrupted', 'fee_charged', 'property_solicited_or_accepted', 'improper_benefit_sought'],
      missing: [],
    });
    expect(d.basis).toEqual([{ article: 17 }, A21]);
    expect(d.higherLaw).toEqual([{ law: PQL, article: 15 }]);
    // Five steps: Article 21's four, with Article 17's testing-fee step after the fee step
    // (supervisory testing, and a fee was charged: failed too).
    expect(traceSteps(d).map((s) => [s.rule, s.passed])).toEqual([
      ['art21.no_production_disrupted', false],
      ['art21.no_fee_charged', false],
      ['art17.no_testing_fee', false],
      ['art21.no_property_solicited_or_accepted', false],
      ['art21.no_improper_benefit_sought', false],
    ]);
    // The same fee outside supervisory testing: Article 21 alone.
    const plain = inspectionConduct({ feeCharged: 0.01, supervisoryTesting: false }, { asOf: '2024-06-01' });
    expect(plain.basis).toEqual([A21]);
    expect(plain.higherLaw).toEqual([]);
    const one = inspectionConduct({ improperBenefitSought: true }, { asOf: '2024-06-01' });
    expect(one.outcome).toEqual({ status: 'breach', breach: true, breaches: ['improper_benefit_sought'], missing: [] });
    expect(one.basis).toEqual([A21]);
    expect(one.higherLaw).toEqual([]);
  });
});

describe('Article 21: messages reflect the facts they report (values, not wording)', () => {
  it('Article 21: a fee charged is reported with its amount', () => {
    const d = inspectionConduct({ feeCharged: 150 }, { asOf: '2024-06-01' });
    expect(d.trace[1]?.message['zh-CN']).toContain('150');
    expect(d.trace[1]?.message.en).toContain('150');
  });
});
