// The size of the teams is bounded (src/limits.ts): `teamSize` at most LIMITS.drawMaxTeamSize,
// and enterprises selected × teamSize at most LIMITS.drawMaxTeamSlots, so that a number in the
// input cannot make the draw, or verifyDraw's re-run, build millions of team places. Each refusal
// is checked to come before any team is formed: team assignment is watched through a spy, not
// timed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as assign from '../../src/draw/assign.js';
import { checkTeamPlaces, completeDraw, type PreparedDraw } from '../../src/draw/engine.js';
import {
  LIMITS,
  RuleInputError,
  drawInspections,
  drawRecordSchema,
  verifyDraw,
  type DrawInput,
  type DrawParameters,
  type LocalizedIssue,
} from '../../src/index.js';
import { plainEnterprises, plainInspectors } from './helpers.js';

vi.mock('../../src/draw/assign.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/draw/assign.js')>();
  return { ...original, assignTeams: vi.fn(original.assignTeams) };
});
const assignTeams = vi.mocked(assign.assignTeams);

beforeEach(() => {
  assignTeams.mockClear();
});

function thrown(fn: () => unknown): readonly LocalizedIssue[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleInputError) return error.issues;
    throw error;
  }
  throw new Error('expected a RuleInputError');
}

const base: DrawInput = {
  seed: '4-2-6-1-3-5',
  asOf: '2024-03-01',
  count: 200,
  enterprises: plainEnterprises(200),
  inspectors: plainInspectors(12),
};

describe('teamSize is at most LIMITS.drawMaxTeamSize', () => {
  // Article 9¶1 sets a minimum of 2 and no maximum; the limit is reasoned in src/limits.ts.
  it('the example of the issue: 200 enterprises with teams of 20 000 is refused before any team is formed', () => {
    const issues = thrown(() => drawInspections({ ...base, teamSize: 20_000 }));
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ['teamSize'], code: 'LIMIT_EXCEEDED' }]);
    expect(issues[0]?.message).toEqual({
      'zh-CN': `数值超出上限：最多 ${LIMITS.drawMaxTeamSize}（LIMITS.drawMaxTeamSize），收到 20000`,
      en: `Too large: at most ${LIMITS.drawMaxTeamSize} (LIMITS.drawMaxTeamSize), got 20000`,
    });
    expect(assignTeams).not.toHaveBeenCalled();
  });

  it('one above the limit is refused, the limit itself draws teams of that size', () => {
    expect(thrown(() => drawInspections({ ...base, teamSize: LIMITS.drawMaxTeamSize + 1 })).map((i) => i.code)).toEqual(['LIMIT_EXCEEDED']);
    expect(assignTeams).not.toHaveBeenCalled();
    const { assignments } = drawInspections({ ...base, count: 3, teamSize: LIMITS.drawMaxTeamSize });
    expect(assignments.map((a) => a.inspectorIds.length)).toEqual([10, 10, 10]);
    // The spy sees the draws that do form teams (so its silence above means something).
    expect(assignTeams).toHaveBeenCalledTimes(1);
  });

  it('Infinity and a huge safe integer are refused the same way; a team below 2 is still TEAM_SIZE_BELOW_MINIMUM, a string invalid_type', () => {
    expect(thrown(() => drawInspections({ ...base, teamSize: Infinity })).map((i) => i.code)).toEqual(['LIMIT_EXCEEDED']);
    expect(thrown(() => drawInspections({ ...base, teamSize: Number.MAX_SAFE_INTEGER })).map((i) => i.code)).toEqual(['LIMIT_EXCEEDED']);
    expect(thrown(() => drawInspections({ ...base, teamSize: 1 })).map((i) => i.code)).toEqual(['TEAM_SIZE_BELOW_MINIMUM']);
    // Not a number: the type is reported, not a limit.
    expect(thrown(() => drawInspections({ ...base, teamSize: '20000' as never })).map((i) => i.code)).toEqual(['invalid_type']);
    expect(assignTeams).not.toHaveBeenCalled();
  });

  it('a record with teamSize 20 000 is not valid, and verifyDraw re-runs nothing', () => {
    const { record } = drawInspections({ ...base, count: 2 });
    assignTeams.mockClear();
    const forged = { ...record, parameters: { ...record.parameters, teamSize: 20_000 } };
    const v = verifyDraw(forged, base);
    expect(v.valid).toBe(false);
    expect(v.differences.map((d) => [d.field, d.actual])).toEqual([['parameters.teamSize', 'LIMIT_EXCEEDED']]);
    expect(assignTeams).not.toHaveBeenCalled();
  });

  it('a record team of more than LIMITS.drawMaxTeamSize inspectors fails the record schema', () => {
    const { record } = drawInspections({ ...base, count: 1 });
    const team = Array.from({ length: LIMITS.drawMaxTeamSize + 1 }, (_, i) => `I${i}`);
    const assignments = [{ enterpriseId: record.result.selected[0] as string, inspectorIds: team }];
    const r = drawRecordSchema.safeParse({ ...record, result: { ...record.result, assignments } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([['result', 'assignments', 0, 'inspectorIds']]);
  });
});

describe('enterprises selected × teamSize is at most LIMITS.drawMaxTeamSlots', () => {
  // Hand calculation: 4 000 000 places are 400 000 teams of 10, or 2 000 000 teams of 2.
  it('the limit is inclusive: 400 000 × 10 and 2 000 000 × 2 pass, 400 001 × 10 does not', () => {
    expect(() => checkTeamPlaces([400_000], 10)).not.toThrow();
    expect(() => checkTeamPlaces([1_000_000, 1_000_000], 2)).not.toThrow();
    const issues = thrown(() => checkTeamPlaces([200_000, 200_001], 10));
    expect(issues).toEqual([
      {
        path: ['teamSize'],
        code: 'LIMIT_EXCEEDED',
        message: {
          'zh-CN': '检查组席位超出上限：抽中 400001 家企业、每组 10 人，共 4000010 个，最多 4000000 个（LIMITS.drawMaxTeamSlots）',
          en: 'Too many team places: 400001 enterprises selected × 10 inspectors is 4000010, at most 4000000 (LIMITS.drawMaxTeamSlots)',
        },
      },
    ]);
  });

  it('completeDraw refuses before forming a team', () => {
    const ids = Array.from({ length: 400_001 }, (_, i) => `E${i}`);
    const prepared: PreparedDraw = {
      seed: '1',
      asOf: '2024-03-01',
      fingerprints: { enterprises: { count: ids.length, sha256: '0'.repeat(64) }, inspectors: { count: 0, sha256: '0'.repeat(64) } },
      excluded: [],
      strata: [{ key: 'all', ids }],
      inspectors: [],
    };
    const parameters: DrawParameters = { count: 400_001, teamSize: 10 };
    expect(thrown(() => completeDraw(prepared, parameters)).map((i) => i.code)).toEqual(['LIMIT_EXCEEDED']);
    expect(assignTeams).not.toHaveBeenCalled();
  });

  describe('end to end, 400 001 enterprises all selected in teams of 10', () => {
    // Building the teams would take 4 000 010 places; the refusal comes first.
    const enterprises = plainEnterprises(400_001);
    const lists = { enterprises, inspectors: plainInspectors(12) };
    const input: DrawInput = { ...lists, seed: '4-2-6-1-3-5', asOf: '2024-03-01', count: 400_001, teamSize: 10 };

    it('drawInspections throws LIMIT_EXCEEDED at teamSize without forming a team', { timeout: 120_000 }, () => {
      const issues = thrown(() => drawInspections(input));
      expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ['teamSize'], code: 'LIMIT_EXCEEDED' }]);
      expect(issues[0]?.message.en).toContain('LIMITS.drawMaxTeamSlots');
      expect(assignTeams).not.toHaveBeenCalled();
    });

    it('verifyDraw answers a record of such a draw with the difference `draw`, without forming a team', { timeout: 120_000 }, () => {
      // A record claiming the draw (its result empty, its digest anything): the re-run is refused.
      const { record } = drawInspections({ ...base, count: 1 });
      assignTeams.mockClear();
      const forged = {
        ...record,
        parameters: { count: 400_001, teamSize: 10 },
        strata: [],
        excluded: [],
        result: { selected: [], assignments: [], unstaffed: [], reserves: [] },
      };
      const v = verifyDraw(forged, lists);
      expect(v.valid).toBe(false);
      expect(v.differences).toContainEqual({ field: 'draw', expected: 'the draw re-runs', actual: ['LIMIT_EXCEEDED'] });
      expect(assignTeams).not.toHaveBeenCalled();
    });
  });
});
