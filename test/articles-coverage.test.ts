// docs/articles.md must account for all 24 articles, and may only name symbols that the package
// root exports and test files that exist — so the table cannot drift from the code.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const table = readFileSync(`${root}docs/articles.md`, 'utf8');

interface Row {
  readonly article: number;
  readonly encodedBy: string;
  readonly pinnedBy: string;
}

const rows: Row[] = table
  .split('\n')
  .filter((line) => /^\|\s*\d+\s*\|/.test(line))
  .map((line) => {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    return { article: Number(cells[0]), encodedBy: cells[2] ?? '', pinnedBy: cells[3] ?? '' };
  });

const backticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
const NOT_COMPUTABLE = /^not computable:\s*\S/;

describe('docs/articles.md', () => {
  it('has exactly one row for each of the 24 articles, in order', () => {
    expect(rows.map((r) => r.article)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(lib.ARTICLES).toHaveLength(24);
  });

  describe.each(Array.from({ length: 24 }, (_, i) => i + 1))('Article %i', (article) => {
    const row = rows.find((r) => r.article === article);

    it('is either encoded (symbols and tests) or not computable (with a reason)', () => {
      expect(row, `no row for Article ${article}`).toBeDefined();
      const r = row as Row;
      if (NOT_COMPUTABLE.test(r.encodedBy)) {
        expect(r.pinnedBy).toBe('—');
        return;
      }
      expect(backticked(r.encodedBy).length, `Article ${article} names no symbol`).toBeGreaterThan(0);
      expect(backticked(r.pinnedBy).length, `Article ${article} names no test file`).toBeGreaterThan(0);
    });

    it('names only symbols exported from the package root (in reasons too)', () => {
      const r = row as Row;
      const missing = backticked(r.encodedBy).filter((name) => !(name in lib));
      expect(missing, `Article ${article}: not exported`).toEqual([]);
    });

    it('names only test files that exist', () => {
      const r = row as Row;
      const missing = backticked(r.pinnedBy).filter((file) => !existsSync(`${root}${file}`));
      expect(missing, `Article ${article}: no such test file`).toEqual([]);
    });
  });

  it('states that the duties and principles (Articles 1–4, 20, 22, 23) are not computable', () => {
    for (const article of [1, 2, 3, 4, 20, 22, 23]) {
      expect(rows.find((r) => r.article === article)?.encodedBy).toMatch(NOT_COMPUTABLE);
    }
  });

  it('lists every decision function of the rules somewhere', () => {
    const listed = new Set(rows.flatMap((r) => backticked(r.encodedBy)));
    for (const fn of [
      'specialInspectionTriggers',
      'samplingEligibility',
      'assessInspectionRecord',
      'inspectionConsequences',
      'rectificationStatus',
      'sampleDispatchDeadline',
      'assessSamplingRecord',
      'testingFailureHandling',
      'licenseActionAuthority',
      'inspectionConduct',
      'selfInspectionReportCheck',
      'dossierCompleteness',
      'supervisionForms',
      'publicationDeadline',
      'assessPublicationRecord',
    ]) {
      expect(listed.has(fn), fn).toBe(true);
    }
  });
});
