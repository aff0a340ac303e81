// Every schema the package exports converts with zod's own `z.toJSONSchema`, with zod's default
// options (an unrepresentable type throws) and for both sides of a parse (`io: 'input'` and
// `'output'`), so that OpenAPI generators (fastify-type-provider-zod, @fastify/swagger, hono's
// OpenAPI tools) can describe every route built from them.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const schemas = Object.entries(lib as Record<string, unknown>)
  .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
  .sort(([a], [b]) => a.localeCompare(b));

describe('z.toJSONSchema on every exported zod schema', () => {
  it('finds the exported schemas (every export named …Schema is one, and there are many)', () => {
    const named = Object.keys(lib).filter((n) => n.endsWith('Schema'));
    expect(schemas.map(([n]) => n)).toEqual([...named].sort((a, b) => a.localeCompare(b)));
    expect(schemas.length).toBeGreaterThan(70);
  });

  describe.each(['input', 'output'] as const)('io: %s', (io) => {
    it.each(schemas.map(([name]) => name))('%s', (name) => {
      const schema = (lib as unknown as Record<string, z.ZodType>)[name]!;
      for (const target of ['draft-2020-12', 'draft-7'] as const) {
        const json = z.toJSONSchema(schema, { io, target }) as Record<string, unknown>;
        // Something was described: a type, a choice or a reference, never the empty schema.
        const described = Object.keys(json).filter((k) => k !== '$schema');
        expect(described.length, `${name} (${target})`).toBeGreaterThan(0);
      }
    });
  });
});

describe('the rest-day calendar in JSON Schema (the options of the two rules that take one)', () => {
  it.each([
    ['sampleDispatchDeadlineOptionsSchema', lib.sampleDispatchDeadlineOptionsSchema],
    ['assessSamplingRecordOptionsSchema', lib.assessSamplingRecordOptionsSchema],
  ] as const)('%s: calendar is an optional object that must have isRestDay', (_name, schema) => {
    for (const io of ['input', 'output'] as const) {
      const json = z.toJSONSchema(schema, { io }) as {
        properties: Record<string, { type?: string; required?: string[]; description?: string }>;
        required?: string[];
      };
      const calendar = json.properties['calendar'];
      expect(calendar?.type).toBe('object');
      expect(calendar?.required).toEqual(['isRestDay']);
      expect(calendar?.description).toMatch(/isRestDay\(date\)/);
      // Optional: the rules count calendar days when no calendar is given.
      expect(json.required ?? []).not.toContain('calendar');
    }
  });

  it('the conversion changes nothing in parsing: the calendar object itself is kept (its `this` works)', () => {
    const holidays = new Set(['2024-10-01']);
    const calendar = {
      holidays,
      isRestDay(date: string): boolean {
        return this.holidays.has(date);
      },
    };
    const parsed = lib.sampleDispatchDeadlineOptionsSchema.safeParse({ calendar });
    expect(parsed.success && parsed.data.calendar).toBe(calendar);
    const bad = lib.sampleDispatchDeadlineOptionsSchema.safeParse({ calendar: { isRestDay: true } });
    expect(bad.success ? [] : bad.error.issues.map(lib.issueCode)).toEqual(['CALENDAR_INVALID']);
  });
});
