// Examples that are not self-contained: they use a variable (usually `input`) that the example
// itself never declares. Each entry names the code run before the example, in the same block,
// so the example can still be executed and its `//=>` pairs checked. Keys are `file#symbol`.
//
// `examples` reuses the code of other @example blocks (so the fixture is the documentation's
// own value); `code` is TypeScript written here when no other example declares the names.

export interface Fixture {
  /** Why the example needs it: the names it leaves undeclared. */
  readonly why: string;
  /** `file#symbol` of examples whose code is run first. */
  readonly examples?: readonly string[];
  /** TypeScript run first (after `examples`). */
  readonly code?: string;
}

const DRAW_INPUT = 'src/draw/schemas.ts#DrawInput';

export const FIXTURES: Readonly<Record<string, Fixture>> = {
  'src/draw/engine.ts#DrawResult': { why: '`input` is not declared', examples: [DRAW_INPUT] },
  'src/draw/prng.ts#DRAW_ALGORITHM': { why: '`input` is not declared', examples: [DRAW_INPUT] },
  'src/draw/record.ts#drawRecordSchema': { why: '`input` is not declared', examples: [DRAW_INPUT] },
  'src/draw/record.ts#DrawRecord': { why: '`input` is not declared', examples: [DRAW_INPUT] },
  'src/draw/verify-draw.ts#verifyDraw': { why: '`input` is not declared', examples: [DRAW_INPUT] },
  'src/quota/plan-annual-audit.ts#AnnualAuditPlan': {
    why: '`input` is not declared',
    examples: ['src/quota/plan-annual-audit.ts#PlanAnnualAuditInput'],
  },
  'src/quota/plan-annual-audit.ts#planAnnualAudit': {
    why: '`enterprises`, `inspectors` and `spotChecks` are not declared',
    // Three licensed enterprises (credit codes used elsewhere in the docs), none checked yet:
    // required ceil(10% × 3) = 1, shortfall 1, and all three are eligible for the draw.
    code: `
const enterprises = [{ id: '91310110666007217T' }, { id: '91310115591693856A' }, { id: '91350100M000100Y43' }];
const inspectors = [
  { id: 'TB-001', credentialValidUntil: '2025-12-31' },
  { id: 'TB-002', credentialValidUntil: '2025-12-31' },
];
const spotChecks: { enterpriseId: string; date: string }[] = [];`,
  },
};
