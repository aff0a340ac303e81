// Shared, valid example inputs. Each test copies and changes what it needs.
import type {
  InspectionRecordInput,
  LicenseActionDecisionInput,
  QualityDossierInput,
  RectificationOrderInput,
  SamplingRecordInput,
  SelfInspectionReportInput,
  TestingReportInput,
} from '../../src/index.js';

/** A valid unified social credit code (FACTS.md). */
export const ENTERPRISE = '91350100M000100Y43';
/** Another valid one. */
export const OTHER_ENTERPRISE = '91310110666007217T';

const compliant = { status: 'compliant' } as const;

/** A record that meets Articles 6 and 9 in full, as of 2024-06-01. */
export function goodRecord(): InspectionRecordInput {
  return {
    id: 'R-2024-031',
    enterpriseId: ENTERPRISE,
    kind: 'periodic',
    date: '2024-05-10',
    inspectors: [
      { id: 'BC-017', name: '张三', credentialNumber: '吉0800123', credentialValidUntil: '2026-12-31' },
      { id: 'BC-021', name: '王五', credentialNumber: '吉0800456', credentialValidFrom: '2022-01-01', credentialValidUntil: '2027-12-31', conflicts: [OTHER_ENTERPRISE] },
    ],
    checklist: {
      license_mark: compliant,
      conditions_changed: compliant,
      raw_material_acceptance: compliant,
      outgoing_inspection: compliant,
      labelling: compliant,
      industrial_policy: { status: 'not_applicable', note: '无相关产业政策' },
    },
    findings: [],
    signatures: {
      inspectorIds: ['BC-017', 'BC-021'],
      enterpriseResponsiblePerson: { name: '李四', signedOn: '2024-05-10' },
    },
    filedOn: '2024-05-13',
  };
}

/** A rectification order: 2024-05-10, deadline 2024-06-10. */
export function order(): RectificationOrderInput {
  return {
    enterpriseId: ENTERPRISE,
    orderedOn: '2024-05-10',
    deadline: '2024-06-10',
    items: [{ description: '补充出厂检验记录', checklistItem: 'outgoing_inspection' }],
  };
}

/** A sampling that meets Articles 16, 17 and 21. */
export function goodSampling(): SamplingRecordInput {
  return {
    id: 'S-2024-007',
    enterpriseId: ENTERPRISE,
    product: '塑料编织袋',
    licenseNumber: '吉XK16-204-00397',
    location: 'finished_goods_warehouse',
    fromPassedOutgoingInspection: true,
    samplingFormCompleted: true,
    sampledOn: '2024-03-01',
    sealedOn: '2024-03-01',
    sentOn: '2024-03-05',
    laboratory: { name: '吉林省产品质量监督检验院', qualified: true },
    feeCharged: 0,
  };
}

/** A failed testing report. */
export function failedReport(): TestingReportInput {
  return {
    enterpriseId: ENTERPRISE,
    product: '塑料编织袋',
    samplingRecordId: 'S-2024-007',
    laboratory: '吉林省产品质量监督检验院',
    reportedOn: '2024-03-20',
    result: 'fail',
    failedItems: ['拉伸强度'],
  };
}

/** A city bureau revoking a provincially issued license. */
export function cityRevocation(): LicenseActionDecisionInput {
  return {
    action: 'revoke_as_penalty',
    licenseNumber: '吉XK16-204-00397',
    decidedOn: '2024-07-01',
    decidedBy: { level: 'city', name: '白城市市场监督管理局' },
    licenseIssuer: { level: 'provincial', name: '吉林省市场监督管理厅' },
  };
}

/** A self-inspection report received in time, declaring no change. */
export function quietReport(): SelfInspectionReportInput {
  return {
    enterpriseId: ENTERPRISE,
    year: 2024,
    receivedOn: '2025-03-20',
    changes: { productionConditions: false, inspectionMeans: false, technologyOrProcess: false },
  };
}

/** A dossier with all four parts. */
export function fullDossier(): QualityDossierInput {
  return {
    enterpriseId: ENTERPRISE,
    basicInformation: { name: '白城市某包装制品有限公司', productionScale: '年产500万条', products: ['塑料编织袋'] },
    certificateText: { licenseNumber: '吉XK16-204-00397', documentRef: 'scan/2022-03-01.pdf' },
    supervisorySamplingResults: [{ recordId: 'S-2024-007', date: '2024-03-01', result: 'fail' }],
    routineInspectionRecords: [{ recordId: 'R-2024-031', date: '2024-05-10', kind: 'periodic' }],
  };
}

/** Runs `fn`, expecting it to throw; returns what it threw. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
