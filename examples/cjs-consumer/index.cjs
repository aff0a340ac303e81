// A CommonJS consumer: require() the package, run a few checks and print what they give.
// Run: node examples/cjs-consumer/index.cjs   (after npm run build). Exits non-zero on a failed check.
'use strict';

const assert = require('node:assert/strict');
const lib = require('baicheng-license-supervision');

const {
  formatCitation,
  normalizeCreditCode,
  unifiedSocialCreditCodeSchema,
  bilingualIssues,
  assessInspectionRecord,
  inspectionConsequences,
  RuleInputError,
  NotInForceError,
  SupervisionError,
} = lib;

function show(label, value) {
  console.log(`${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

// Inside this repository the package resolves to itself through package.json "exports".
show('resolved', require('node:path').relative(process.cwd(), require.resolve('baicheng-license-supervision')));

// Citations in both languages.
show('citation zh-CN', formatCitation({ article: 9, paragraph: 1 }));
show('citation en', formatCitation({ article: 9, paragraph: 1 }, 'en'));
assert.equal(formatCitation({ article: 15, paragraph: 2, item: 3 }), '第十五条第二款第（三）项');

// A credit code as typed in a form: normalise, then check.
const code = normalizeCreditCode(' 91350203m0001qay9b ');
const issues = bilingualIssues(unifiedSocialCreditCodeSchema, code);
show('credit code', code);
show('issue zh-CN', issues[0].message['zh-CN']);
show('issue en', issues[0].message.en);
assert.equal(issues[0].code, 'USCC_CHECK_CHARACTER');

// An inspection record (Article 9) as of an explicit date.
const record = {
  enterpriseId: '91220802A44117609W',
  kind: 'periodic',
  date: '2024-05-10',
  inspectors: [
    { id: 'BC-001', name: '胡军', credentialNumber: '吉执法22080037', credentialValidUntil: '2028-12-31' },
    { id: 'BC-002', name: '胡丽', credentialNumber: '吉执法22080074', credentialValidUntil: '2028-12-31' },
  ],
  checklist: {
    license_mark: { status: 'compliant' },
    conditions_changed: { status: 'compliant' },
    raw_material_acceptance: { status: 'compliant' },
    outgoing_inspection: { status: 'non_compliant', note: '出厂检验记录缺失' },
    labelling: { status: 'compliant' },
    industrial_policy: { status: 'not_applicable' },
  },
  findings: [],
  signatures: {
    inspectorIds: ['BC-001', 'BC-002'],
    enterpriseResponsiblePerson: { name: '吴磊', signedOn: '2024-05-10' },
  },
  filedOn: '2024-05-13',
};
const assessment = assessInspectionRecord(record, { asOf: '2024-06-01' });
show('record valid', assessment.outcome.valid);
assert.equal(assessment.outcome.valid, true);
const consequences = inspectionConsequences(record, { asOf: '2024-06-01' });
show('consequences', consequences.outcome.consequences);
show('basis', consequences.basis.map((ref) => formatCitation(ref)).join('、'));
assert.deepEqual(consequences.outcome.consequences, ['rectification_order']);

// The library's errors: instanceof works in CommonJS, with a stable code and bilingual messages.
try {
  assessInspectionRecord({ ...record, enterpriseId: '91350203M0001QAY9B' }, { asOf: '2024-06-01' });
  assert.fail('expected a RuleInputError');
} catch (error) {
  assert.ok(error instanceof RuleInputError, 'instanceof RuleInputError');
  assert.ok(error instanceof SupervisionError, 'instanceof SupervisionError');
  assert.ok(!(error instanceof NotInForceError), 'not a NotInForceError');
  show('RuleInputError', `${error.code} ${error.issues[0].path.join('.')} ${error.issues[0].message.en}`);
}
try {
  assessInspectionRecord(record, { asOf: '2019-06-01' });
  assert.fail('expected a NotInForceError');
} catch (error) {
  assert.ok(error instanceof NotInForceError, 'instanceof NotInForceError');
  show('NotInForceError', `${error.code} ${error.messages['zh-CN']}`);
}

// An error thrown by the ESM build is recognised by the CommonJS classes too.
import('baicheng-license-supervision')
  .then((esm) => {
    assert.notEqual(esm.RuleInputError, RuleInputError, 'two copies of the library are loaded');
    try {
      esm.formatCitation({ article: 25 });
      assert.fail('expected a RuleInputError');
    } catch (error) {
      assert.ok(error instanceof RuleInputError, 'ESM error instanceof CommonJS RuleInputError');
      show('ESM error seen from CommonJS', `${error.code} ${error.messages.en}`);
    }
    console.log('cjs consumer: all checks passed');
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
