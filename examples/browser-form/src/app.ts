/**
 * Browser form for a 《获证企业巡查、回访记录》 (Article 9¶2): an inspector types the record, every
 * `input` event re-checks it, and the page shows
 * - structural and domain issues (zod, in Chinese via `safeParseIn`) next to the field they concern;
 * - the rule problems of `assessInspectionRecord` (Articles 6 and 9) next to the section they
 *   concern, with their description and citation in Chinese;
 * - once the record meets Articles 6 and 9, the `inspectionConsequences` decision: outcome,
 *   citations and trace.
 *
 * Every rule call gets the explicit "asOf" field (which follows the later of the inspection and
 * filing dates until the user changes it); the clock is read only to prefill the inspection date
 * for convenience.
 */
import {
  CHECKLIST_ITEMS,
  NotInForceError,
  RuleInputError,
  assessInspectionRecord,
  checklistItemKeySchema,
  chineseNumeral,
  formatCitation,
  inspectionConsequences,
  inspectionKindSchema,
  inspectionRecordProblems,
  inspectionRecordSchema,
  normalizeCreditCode,
  plainDateSchema,
  safeParseIn,
  supervisionForms,
  type ArticleRef,
  type AssessInspectionRecordOutcome,
  type Decision,
  type InspectionConsequence,
  type InspectionConsequencesOutcome,
  type InspectionRecordProblem,
  type LawRef,
  type TraceStep,
} from 'baicheng-license-supervision';

// ---------------------------------------------------------------------------------------------
// Small DOM helpers. Text always goes in through textContent: messages can quote user input.

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** Chinese text with its English rendering below, in a smaller grey line. */
function bi(zh: string, en: string): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(zh, ' ', h('span', { class: 'en' }, en));
  return f;
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

function value(id: string): string {
  return byId<HTMLInputElement | HTMLSelectElement>(id).value;
}

// ---------------------------------------------------------------------------------------------
// Repeated rows: inspectors and findings.

const INSPECTOR_FIELDS = [
  { field: 'id', zh: '编号', en: 'Id', type: 'text', placeholder: 'BC-001' },
  { field: 'name', zh: '姓名', en: 'Name', type: 'text', placeholder: '' },
  { field: 'credentialNumber', zh: '执法证号', en: 'Credential no.', type: 'text', placeholder: '吉执法22080037' },
  {
    field: 'credentialValidFrom',
    zh: '证件生效日（选填）',
    en: 'Valid from (optional)',
    type: 'date',
    placeholder: '',
  },
  { field: 'credentialValidUntil', zh: '证件有效期至', en: 'Valid until', type: 'date', placeholder: '' },
  {
    field: 'conflicts',
    zh: '申报回避的企业（选填）',
    en: 'Declared conflicts (optional)',
    type: 'text',
    placeholder: '统一社会信用代码，逗号分隔',
  },
] as const;

const FINDING_FLAGS = [
  { field: 'requiresRectification', zh: '需要整改', en: 'Needs rectification (Art 10)' },
  { field: 'penaltyViolation', zh: '涉嫌违法需处罚', en: 'Calls for a penalty (Art 11)' },
  { field: 'prominentQualityProblem', zh: '质量问题突出', en: 'Prominent quality problem (Art 12)' },
  {
    field: 'seriousQualityProblemSuspected',
    zh: '涉嫌严重质量问题',
    en: 'Serious quality problem suspected (Art 15¶2(1))',
  },
  { field: 'conditionsNotMaintained', zh: '不能持续保持生产条件', en: 'Conditions not maintained (Art 15¶2(2))' },
] as const;

const STATUS_LABELS = {
  compliant: { zh: '符合', en: 'Compliant' },
  non_compliant: { zh: '不符合', en: 'Non-compliant' },
  not_applicable: { zh: '不适用', en: 'Not applicable' },
} as const;

function fieldBox(label: Node, input: HTMLElement, extraClass = ''): HTMLDivElement {
  return h(
    'div',
    { class: `field ${extraClass}`.trim() },
    h('label', {}, label),
    input,
    h('div', { class: 'error', role: 'alert', 'data-error-slot': input.dataset['field'] ?? '' }),
  );
}

/** A removable row: its container and its header (title and a remove button). */
function removableRow(kind: string): { row: HTMLDivElement; head: HTMLDivElement } {
  const row = h('div', { class: `row ${kind}-row` });
  const head = h('div', { class: 'row-head' }, h('span', { class: 'row-title' }));
  const remove = h('button', { type: 'button', class: 'link remove' }, '删除 ', h('span', { class: 'en' }, 'Remove'));
  remove.addEventListener('click', () => {
    row.remove();
    renumber();
    evaluate();
  });
  head.append(remove);
  return { row, head };
}

function inspectorRow(): HTMLDivElement {
  const { row, head } = removableRow('inspector');
  const grid = h('div', { class: 'grid' });
  for (const f of INSPECTOR_FIELDS) {
    // Dates are typed as YYYY-MM-DD (the library's plain-date form) in every browser and locale.
    const input =
      f.type === 'date'
        ? h('input', {
            type: 'text',
            inputmode: 'numeric',
            maxlength: '10',
            placeholder: 'YYYY-MM-DD',
            class: 'date',
            'data-field': f.field,
          })
        : h('input', { type: 'text', 'data-field': f.field, spellcheck: 'false' });
    if (f.placeholder) input.placeholder = f.placeholder;
    grid.append(fieldBox(bi(f.zh, f.en), input, f.field === 'conflicts' ? 'wide' : ''));
  }
  const signed = h('input', { type: 'checkbox', 'data-field': 'signed' });
  const signedBox = h(
    'div',
    { class: 'field wide check' },
    h('label', {}, signed, ' 已在记录上签字 ', h('span', { class: 'en' }, 'Signed the record (Art 9¶2)')),
    h('div', { class: 'error', role: 'alert', 'data-error-slot': 'signed' }),
  );
  grid.append(signedBox);
  row.append(head, grid);
  return row;
}

function findingRow(): HTMLDivElement {
  const { row, head } = removableRow('finding');
  const description = h('input', { type: 'text', 'data-field': 'description', placeholder: '例如：出厂检验记录缺失' });
  const category = h('select', { 'data-field': 'category' }, h('option', { value: '' }, '（未归类） (none)'));
  for (const key of checklistItemKeySchema.options) {
    category.append(
      h('option', { value: key }, `${formatCitation({ article: 6, item: CHECKLIST_ITEMS[key].item })} (${key})`),
    );
  }
  category.append(
    h('option', { value: 'product_quality' }, '产品质量 (product_quality)'),
    h('option', { value: 'other' }, '其他 (other)'),
  );
  const flags = h('div', { class: 'flags' });
  for (const f of FINDING_FLAGS) {
    flags.append(
      h(
        'label',
        {},
        h('input', { type: 'checkbox', 'data-field': f.field }),
        ` ${f.zh} `,
        h('span', { class: 'en' }, f.en),
      ),
    );
  }
  const grid = h(
    'div',
    { class: 'grid' },
    fieldBox(bi('问题描述', 'Description'), description, 'wide'),
    fieldBox(bi('所属项目（选填）', 'Category (optional)'), category),
  );
  row.append(head, grid, flags);
  return row;
}

function inspectorRows(): HTMLElement[] {
  return Array.from(byId('inspector-rows').querySelectorAll<HTMLElement>('.inspector-row'));
}

function findingRows(): HTMLElement[] {
  return Array.from(byId('finding-rows').querySelectorAll<HTMLElement>('.finding-row'));
}

/** Gives every row control an id, a data-path (the record path it fills) and its error slot. */
function renumber(): void {
  const number = (rows: HTMLElement[], list: 'inspectors' | 'findings', title: (i: number) => string): void => {
    rows.forEach((row, i) => {
      const t = row.querySelector('.row-title');
      if (t) t.textContent = title(i);
      for (const input of Array.from(row.querySelectorAll<HTMLElement>('[data-field]'))) {
        const field = input.dataset['field'] ?? '';
        input.id = `${list}-${i}-${field}`;
        input.dataset['path'] = field === 'signed' ? 'signatures.inspectorIds' : `${list}.${i}.${field}`;
        const label = input.closest('.field')?.querySelector('label');
        if (label && !label.contains(input)) label.htmlFor = input.id;
      }
      for (const slot of Array.from(row.querySelectorAll<HTMLElement>('[data-error-slot]'))) {
        slot.dataset['errorFor'] = `${list}.${i}.${slot.dataset['errorSlot'] ?? ''}`;
      }
    });
  };
  number(inspectorRows(), 'inspectors', (i) => `检查人员 ${i + 1}`);
  number(findingRows(), 'findings', (i) => `问题 ${i + 1}`);
}

// ---------------------------------------------------------------------------------------------
// The Article 6 checklist, from the library's CHECKLIST_ITEMS.

function renderChecklist(): void {
  const box = byId('checklist-items');
  for (const key of checklistItemKeySchema.options) {
    const def = CHECKLIST_ITEMS[key];
    const options = h('div', { class: 'choices', role: 'radiogroup' });
    for (const status of ['compliant', 'non_compliant', 'not_applicable'] as const) {
      const id = `checklist-${key}-${status}`;
      options.append(
        h(
          'label',
          { for: id, class: `choice ${status}` },
          h('input', { type: 'radio', id, name: `checklist-${key}`, value: status, 'data-path': `checklist.${key}` }),
          ` ${STATUS_LABELS[status].zh} `,
          h('span', { class: 'en' }, STATUS_LABELS[status].en),
        ),
      );
    }
    const note = h('input', {
      type: 'text',
      id: `checklist-${key}-note`,
      'data-path': `checklist.${key}.note`,
      placeholder: '备注（选填） Note (optional)',
    });
    box.append(
      h(
        'div',
        { class: 'checklist-item', id: `checklist-${key}` },
        h(
          'div',
          { class: 'question' },
          h('span', { class: 'cite' }, `（${chineseNumeral(def.item)}）`),
          ' ',
          bi(def.question['zh-CN'], def.question.en),
        ),
        options,
        note,
        h('div', { class: 'error', role: 'alert', 'data-error-for': `checklist.${key}` }),
        h('div', { class: 'error', role: 'alert', 'data-error-for': `checklist.${key}.note` }),
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the form into a record.

function rowValue(row: HTMLElement, field: string): string {
  const el = row.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${field}"]`);
  return el ? el.value.trim() : '';
}

function rowChecked(row: HTMLElement, field: string): boolean {
  return row.querySelector<HTMLInputElement>(`[data-field="${field}"]`)?.checked === true;
}

function creditCodes(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/u)
    .map((c) => normalizeCreditCode(c))
    .filter((c) => c !== '');
}

/** The record as typed, in the shape of `inspectionRecordSchema`; empty optional fields left out. */
function readRecord(): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const id = value('recordId').trim();
  if (id !== '') record['id'] = id;
  // Credit codes are ids: the schema takes the canonical form only, so normalise first.
  record['enterpriseId'] = normalizeCreditCode(value('enterpriseId'));
  record['kind'] = value('kind');
  record['date'] = value('date');
  const rows = inspectorRows();
  record['inspectors'] = rows.map((row) => {
    const inspector: Record<string, unknown> = {
      id: rowValue(row, 'id'),
      name: rowValue(row, 'name'),
      credentialNumber: rowValue(row, 'credentialNumber'),
      credentialValidUntil: rowValue(row, 'credentialValidUntil'),
    };
    const from = rowValue(row, 'credentialValidFrom');
    if (from !== '') inspector['credentialValidFrom'] = from;
    const conflicts = creditCodes(rowValue(row, 'conflicts'));
    if (conflicts.length > 0) inspector['conflicts'] = conflicts;
    return inspector;
  });
  const checklist: Record<string, unknown> = {};
  for (const key of checklistItemKeySchema.options) {
    const checked = document.querySelector<HTMLInputElement>(`input[name="checklist-${key}"]:checked`);
    if (!checked) continue;
    const note = value(`checklist-${key}-note`).trim();
    checklist[key] = note === '' ? { status: checked.value } : { status: checked.value, note };
  }
  record['checklist'] = checklist;
  record['findings'] = findingRows().map((row) => {
    const finding: Record<string, unknown> = { description: rowValue(row, 'description') };
    const category = rowValue(row, 'category');
    if (category !== '') finding['category'] = category;
    for (const f of FINDING_FLAGS) if (rowChecked(row, f.field)) finding[f.field] = true;
    return finding;
  });
  const signatures: Record<string, unknown> = {
    inspectorIds: rows
      .filter((row) => rowChecked(row, 'signed'))
      .map((row) => rowValue(row, 'id'))
      .filter((i) => i !== ''),
  };
  const name = value('responsibleName').trim();
  const signedOn = value('responsibleSignedOn');
  if (name !== '' || signedOn !== '') signatures['enterpriseResponsiblePerson'] = { name, signedOn };
  record['signatures'] = signatures;
  const filedOn = value('filedOn');
  if (filedOn !== '') record['filedOn'] = filedOn;
  return record;
}

// ---------------------------------------------------------------------------------------------
// Showing messages next to fields.

/** Paths the user has typed into; issues elsewhere stay hidden until "check every field". */
const touched = new Set<string>();
let showAll = false;

function visible(path: string): boolean {
  if (showAll) return true;
  for (const t of touched) {
    if (t === path || t.startsWith(`${path}.`) || path.startsWith(`${t}.`)) return true;
  }
  return false;
}

function errorSlot(path: readonly (string | number)[]): HTMLElement {
  // The most specific slot for the path: inspectors.1.credentialValidUntil → inspectors.1 → inspectors.
  for (let n = path.length; n >= 0; n--) {
    const key = path.slice(0, n).join('.');
    const slot = document.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(key)}"]`);
    if (slot) return slot;
  }
  return byId('record-form');
}

function clearMessages(): void {
  for (const slot of Array.from(document.querySelectorAll<HTMLElement>('[data-error-for]'))) slot.replaceChildren();
  for (const el of Array.from(document.querySelectorAll('.invalid'))) el.classList.remove('invalid');
}

function markInvalid(path: string): void {
  const el = document.querySelector(`[data-path="${CSS.escape(path)}"]`);
  el?.classList.add('invalid');
  el?.closest('.checklist-item')?.classList.add('invalid');
}

/** Adds one message to the slot of `path`; `code` goes to a data attribute for tests and styling. */
function showMessage(
  path: readonly (string | number)[],
  code: string,
  content: Node | string,
  kind: 'issue' | 'problem' = 'issue',
): void {
  errorSlot(path).append(h('p', { class: kind, 'data-code': code }, content));
  markInvalid(path.join('.'));
}

function citation(ref: ArticleRef): HTMLElement {
  return h('span', { class: 'cite', title: formatCitation(ref, 'en') }, formatCitation(ref, 'zh-CN'));
}

function lawCitation(ref: LawRef): string {
  return `《${ref.law}》${ref.article === undefined ? '' : `第${chineseNumeral(ref.article)}条`}`;
}

// ---------------------------------------------------------------------------------------------
// Rule problems: where each is shown.

/** The trace steps of one rule, in order (one per inspector for the per-inspector rules). */
function steps(trace: readonly TraceStep[], rule: string): readonly TraceStep[] {
  return trace.filter((s) => s.rule === rule);
}

function problemText(code: InspectionRecordProblem, detail?: string): DocumentFragment {
  const def = inspectionRecordProblems[code];
  const f = document.createDocumentFragment();
  f.append(h('strong', {}, def.description['zh-CN']), ' ', citation(def.basis));
  if (detail) f.append(h('span', { class: 'detail' }, `：${detail}`));
  f.append(h('span', { class: 'en' }, def.description.en));
  return f;
}

function placeProblems(decision: Decision<AssessInspectionRecordOutcome>): void {
  const { problems } = decision.outcome;
  const trace = decision.trace;
  const rows = inspectorRows();
  const rowIndexesOf = (inspectorId: unknown): number[] =>
    rows.flatMap((row, i) => (rowValue(row, 'id') === inspectorId ? [i] : []));
  for (const code of problems) {
    switch (code) {
      case 'TOO_FEW_INSPECTORS':
      case 'DUPLICATE_INSPECTOR':
      case 'SIGNATORY_NOT_INSPECTOR': {
        const rule =
          code === 'TOO_FEW_INSPECTORS'
            ? 'art9.para1.min_inspectors'
            : code === 'DUPLICATE_INSPECTOR'
            ? 'art9.para1.distinct_inspectors'
            : 'art9.para2.signatories_are_inspectors';
        const failed = steps(trace, rule).find((s) => !s.passed);
        showMessage(
          [code === 'SIGNATORY_NOT_INSPECTOR' ? 'signatures' : 'inspectors'],
          code,
          problemText(code, failed?.message['zh-CN']),
          'problem',
        );
        break;
      }
      case 'CREDENTIAL_EXPIRED':
      case 'CREDENTIAL_NOT_YET_VALID': {
        // One credential step per listed inspector, in list order: step k is row k.
        steps(trace, 'art9.para1.credential_valid').forEach((s, k) => {
          if (s.passed) return;
          const expired =
            s.facts['validUntil'] !== undefined && String(s.facts['validUntil']) < String(s.facts['inspectionDate']);
          if ((code === 'CREDENTIAL_EXPIRED') !== expired) return;
          showMessage(
            ['inspectors', k, expired ? 'credentialValidUntil' : 'credentialValidFrom'],
            code,
            problemText(code, s.message['zh-CN']),
            'problem',
          );
        });
        break;
      }
      case 'CONFLICT_OF_INTEREST':
        steps(trace, 'art9.para1.no_conflict_of_interest').forEach((s, k) => {
          if (!s.passed)
            showMessage(['inspectors', k, 'conflicts'], code, problemText(code, s.message['zh-CN']), 'problem');
        });
        break;
      case 'CHECKLIST_UNANSWERED': {
        const missing = trace.filter((s) => /^art6\.item\d\.answered$/.test(s.rule) && !s.passed);
        showMessage(
          ['checklist'],
          code,
          problemText(code, missing.map((s) => formatCitation(s.basis)).join('、') + ' 未填写'),
          'problem',
        );
        for (const s of missing) {
          const key = s.facts['item'];
          if (typeof key === 'string') markInvalid(`checklist.${key}`);
        }
        break;
      }
      case 'INSPECTOR_SIGNATURE_MISSING':
        for (const s of steps(trace, 'art9.para2.inspector_signed')) {
          if (s.passed) continue;
          for (const i of rowIndexesOf(s.facts['inspectorId'])) {
            showMessage(['inspectors', i, 'signed'], code, problemText(code, s.message['zh-CN']), 'problem');
          }
        }
        break;
      case 'ENTERPRISE_SIGNATURE_MISSING':
        showMessage(
          ['signatures', 'enterpriseResponsiblePerson'],
          code,
          problemText(code, steps(trace, 'art9.para2.enterprise_signed')[0]?.message['zh-CN']),
          'problem',
        );
        break;
      case 'NOT_FILED':
        showMessage(
          ['filedOn'],
          code,
          problemText(code, steps(trace, 'art9.para2.filed')[0]?.message['zh-CN']),
          'problem',
        );
        break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The result panels.

const CONSEQUENCE_LABELS: { readonly [K in InspectionConsequence]: { zh: string; en: string; basis: ArticleRef } } = {
  rectification_order: { zh: '责令限期整改', en: 'Order rectification within a time limit', basis: { article: 10 } },
  penalty_referral: {
    zh: '及时依法上报，给予行政处罚',
    en: 'Report for an administrative penalty',
    basis: { article: 11 },
  },
  interview: { zh: '对企业法定代表人进行行政约谈', en: 'Interview the legal representative', basis: { article: 12 } },
  sampling: {
    zh: '可以组织监督检验',
    en: 'Supervisory testing may be organised',
    basis: { article: 15, paragraph: 2 },
  },
};

const UNMET = { mark: '✗', cls: 'not-held', title: '要求未满足 requirement not met' };
const NOT_TRIGGERED = { mark: '—', cls: 'not-triggered', title: '条件不成立，不产生此项后果 condition does not hold: no such consequence' };

/**
 * The steps of a trace. A requirement that does not hold (every step of the record's assessment,
 * and the Article 6 items in the consequences' trace) is a problem: ✗. A condition of a
 * consequence (Articles 10–12, 15¶2) that does not hold only means the consequence does not
 * follow: a neutral —.
 */
function traceList(trace: readonly TraceStep[], kind: 'requirements' | 'conditions'): HTMLOListElement {
  const list = h('ol', { class: 'trace' });
  for (const s of trace) {
    const notHeld = kind === 'requirements' || s.rule.startsWith('art6.') ? UNMET : NOT_TRIGGERED;
    // Cite the provision in front, unless the message already starts with it.
    const cited = s.message['zh-CN'].startsWith(formatCitation(s.basis, 'zh-CN'));
    list.append(
      h(
        'li',
        { class: s.passed ? 'held' : notHeld.cls, 'data-rule': s.rule },
        h('span', { class: 'mark', title: s.passed ? '条件成立 condition held' : notHeld.title }, s.passed ? '✓' : notHeld.mark),
        ' ',
        cited ? null : citation(s.basis),
        cited ? null : ' ',
        s.message['zh-CN'],
        h('span', { class: 'en' }, s.message.en),
      ),
    );
  }
  return list;
}

function basisList(basis: readonly ArticleRef[], higherLaw: readonly LawRef[]): HTMLElement {
  const box = h('div', { class: 'basis' });
  box.append(h('h3', {}, '依据 ', h('span', { class: 'en' }, 'Basis')));
  const list = h('ul', { class: 'citations' });
  for (const ref of basis)
    list.append(h('li', {}, formatCitation(ref, 'zh-CN'), h('span', { class: 'en' }, formatCitation(ref, 'en'))));
  box.append(list);
  if (higherLaw.length > 0) {
    box.append(h('h3', {}, '上位法 ', h('span', { class: 'en' }, 'Higher law')));
    const laws = h('ul', { class: 'citations' });
    for (const ref of higherLaw) laws.append(h('li', {}, lawCitation(ref)));
    box.append(laws);
  }
  return box;
}

function renderAssessment(decision: Decision<AssessInspectionRecordOutcome> | undefined): void {
  const panel = byId('assessment');
  const body = byId('assessment-body');
  body.replaceChildren();
  panel.hidden = decision === undefined;
  if (!decision) return;
  panel.dataset['valid'] = String(decision.outcome.valid);
  if (decision.outcome.valid) {
    body.append(
      h(
        'p',
        { class: 'verdict ok' },
        '✓ 记录符合第六条、第九条的要求 ',
        h('span', { class: 'en' }, 'The record meets Articles 6 and 9'),
      ),
    );
  } else {
    body.append(
      h(
        'p',
        { class: 'verdict bad' },
        `✗ 记录有 ${decision.outcome.problems.length} 项问题 `,
        h('span', { class: 'en' }, `${decision.outcome.problems.length} problem(s) in the record`),
      ),
    );
    const list = h('ul', { class: 'problems' });
    for (const code of decision.outcome.problems) list.append(h('li', { 'data-code': code }, problemText(code)));
    body.append(list);
  }
  body.append(
    h('details', {}, h('summary', {}, '审查过程 ', h('span', { class: 'en' }, 'Trace')), traceList(decision.trace, 'requirements')),
  );
}

function renderDecision(decision: Decision<InspectionConsequencesOutcome> | undefined, asOf: string): void {
  const panel = byId('decision');
  const body = byId('decision-body');
  body.replaceChildren();
  panel.hidden = decision === undefined;
  if (!decision) return;
  const { status, consequences, missing } = decision.outcome;
  panel.dataset['status'] = status;
  body.append(
    h(
      'p',
      { class: `verdict ${status === 'decided' ? 'ok' : 'warn'}`, id: 'decision-status' },
      status === 'decided'
        ? bi('已作出决定', `Decided as of ${asOf}`)
        : bi('信息不足，尚不能决定', 'Insufficient information'),
    ),
  );
  if (missing.length > 0) body.append(h('p', { class: 'hint' }, `缺少：${missing.join('、')}`));
  body.append(h('h3', {}, '处理措施 ', h('span', { class: 'en' }, 'Consequences')));
  const list = h('ul', { class: 'consequences', id: 'consequences' });
  if (consequences.length === 0) {
    list.append(h('li', { class: 'none' }, '无需采取后续措施 ', h('span', { class: 'en' }, 'No follow-up measure')));
  }
  for (const c of consequences) {
    const label = CONSEQUENCE_LABELS[c];
    list.append(
      h(
        'li',
        { 'data-consequence': c },
        h('strong', {}, label.zh),
        ' ',
        citation(label.basis),
        h('span', { class: 'en' }, label.en),
      ),
    );
  }
  body.append(list, basisList(decision.basis, decision.higherLaw));
  body.append(h('h3', {}, '判断过程 ', h('span', { class: 'en' }, 'Trace')), traceList(decision.trace, 'conditions'));
}

function setStatus(state: 'incomplete' | 'problems' | 'valid', zh: string, en: string): void {
  const box = byId('status');
  box.dataset['state'] = state;
  byId('status-text').replaceChildren(bi(zh, en));
}

// ---------------------------------------------------------------------------------------------
// Evaluation on every input event.

function evaluate(): void {
  clearMessages();
  const record = readRecord();
  const asOf = value('asOf');

  const parsed = safeParseIn(inspectionRecordSchema, record, 'zh-CN');
  const parsedAsOf = safeParseIn(plainDateSchema, asOf, 'zh-CN');
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues),
    ...(parsedAsOf.success ? [] : parsedAsOf.error.issues.map((i) => ({ ...i, path: ['asOf', ...i.path] }))),
  ];
  let hidden = 0;
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (!visible(path.join('.'))) {
      hidden++;
      continue;
    }
    const params = (issue as { params?: { domainCode?: string } }).params;
    showMessage(path, params?.domainCode ?? issue.code, issue.message);
  }
  if (!parsed.success || !parsedAsOf.success) {
    renderAssessment(undefined);
    renderDecision(undefined, asOf);
    setStatus(
      'incomplete',
      `还有 ${issues.length} 处未填写或有误${
        hidden > 0 ? `（其中 ${hidden} 处在尚未填写的字段，点击“全部检查”查看）` : ''
      }`,
      `${issues.length} field(s) missing or wrong${
        hidden > 0 ? ` (${hidden} not yet typed in: press “Check every field”)` : ''
      }`,
    );
    return;
  }

  let assessment: Decision<AssessInspectionRecordOutcome>;
  try {
    // The explicit asOf field, never the clock.
    assessment = assessInspectionRecord(parsed.data, { asOf: parsedAsOf.data });
  } catch (error) {
    renderAssessment(undefined);
    renderDecision(undefined, asOf);
    if (error instanceof RuleInputError) {
      for (const issue of error.issues) {
        showMessage(issue.path, issue.code, issue.message['zh-CN']);
        if (issue.code === 'RECORD_AFTER_AS_OF') showMessage(['asOf'], issue.code, issue.message['zh-CN']);
      }
      setStatus('problems', error.messages['zh-CN'], error.messages.en);
      return;
    }
    if (error instanceof NotInForceError) {
      const where = error.asOf === value('asOf') ? 'asOf' : 'date';
      showMessage([where], error.code, bi(error.messages['zh-CN'], error.messages.en));
      setStatus('problems', error.messages['zh-CN'], error.messages.en);
      return;
    }
    throw error;
  }
  renderAssessment(assessment);
  placeProblems(assessment);
  if (!assessment.outcome.valid) {
    renderDecision(undefined, asOf);
    setStatus(
      'problems',
      '记录尚不符合要求，修正后显示处理决定',
      'The record does not meet Articles 6 and 9 yet: the decision shows once it does',
    );
    return;
  }
  renderDecision(inspectionConsequences(parsed.data, { asOf: parsedAsOf.data }), asOf);
  setStatus('valid', '记录完整有效，已给出处理决定', 'The record is complete and valid: see the decision');
}

// ---------------------------------------------------------------------------------------------
// Start-up.

/** Today's date in the user's time zone, only to prefill the inspection date (a UI convenience). */
function todayForPrefill(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function start(): void {
  const kind = byId<HTMLSelectElement>('kind');
  for (const k of inspectionKindSchema.options) {
    const form = supervisionForms[k];
    kind.append(h('option', { value: k }, `${form.name['zh-CN']}（${form.name.en}）`));
  }
  renderChecklist();
  const inspectors = byId('inspector-rows');
  inspectors.append(inspectorRow(), inspectorRow());
  renumber();

  const date = byId<HTMLInputElement>('date');
  const asOf = byId<HTMLInputElement>('asOf');
  date.value = todayForPrefill();
  asOf.value = date.value;
  // asOf follows the later of the inspection and filing dates until the user sets it: a record
  // filed the day after the inspection is judged as of its filing, not as unfiled.
  const filedOn = byId<HTMLInputElement>('filedOn');
  let asOfFollowsDate = true;

  const form = byId<HTMLFormElement>('record-form');
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target === asOf) asOfFollowsDate = false;
    const follow = asOfFollowsDate && (target === date || target === filedOn);
    // Plain dates (YYYY-MM-DD) order as strings; a malformed filing date is left to its own check.
    if (follow) asOf.value = /^\d{4}-\d{2}-\d{2}$/.test(filedOn.value) && filedOn.value > date.value ? filedOn.value : date.value;
    const path = target.dataset['path'];
    if (path !== undefined) touched.add(path);
    if (follow) touched.add('asOf');
    evaluate();
  });
  // Show the canonical form of the credit code once the user leaves the field.
  const code = byId<HTMLInputElement>('enterpriseId');
  code.addEventListener('change', () => {
    code.value = normalizeCreditCode(code.value);
  });
  byId('add-inspector').addEventListener('click', () => {
    inspectors.append(inspectorRow());
    renumber();
    evaluate();
  });
  byId('add-finding').addEventListener('click', () => {
    byId('finding-rows').append(findingRow());
    renumber();
    evaluate();
  });
  byId('check-all').addEventListener('click', () => {
    showAll = true;
    evaluate();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  evaluate();
  document.body.dataset['ready'] = 'true';
}

start();
