// docs/draw-algorithm.md, "A worked example": the input and the record it publishes. The record
// was reproduced byte for byte by an implementation written from that document alone (not from
// this library's code); here the library must give the same bytes and accept it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawInspections, verifyDraw, type DrawInput } from '../../src/index.js';

const doc = readFileSync(new URL('../../docs/draw-algorithm.md', import.meta.url), 'utf8');
const section = doc.slice(doc.indexOf('## A worked example'), doc.indexOf('\n## ', doc.indexOf('## A worked example') + 5));
const blocks = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);

describe('the worked example of docs/draw-algorithm.md', () => {
  it('has an input and a record', () => {
    expect(blocks).toHaveLength(2);
  });

  it('the library gives the published record, byte for byte', () => {
    const input = JSON.parse(blocks[0]!) as DrawInput;
    expect(JSON.stringify(drawInspections(input).record, null, 2)).toBe(blocks[1]);
  });

  it('verifyDraw accepts it, and refuses it with the seed changed', () => {
    const input = JSON.parse(blocks[0]!) as DrawInput;
    const record = JSON.parse(blocks[1]!);
    expect(verifyDraw(record, input).valid).toBe(true);
    expect(verifyDraw({ ...record, seed: '4-0-7-7-1-9-3-3-8-3' }, input).valid).toBe(false);
  });

  it('shows what the text says: the conflict kept apart, one per county selected, the other a reserve', () => {
    const record = JSON.parse(blocks[1]!);
    const team = record.result.assignments.find((a: { enterpriseId: string }) => a.enterpriseId === '91310110666007217T');
    expect(team.inspectorIds).not.toContain('TB-001');
    expect(record.strata.map((s: { selected: number; reserves: number }) => [s.selected, s.reserves])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});
