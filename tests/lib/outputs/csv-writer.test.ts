/**
 * The CSV writer (src/lib/outputs/csv.ts, toCsv) writes the bytes papaparse's `unparse`
 * wrote before it (quotes: false, escapeFormulae: false), cell by cell: the published
 * files did not change when it replaced unparse.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/outputs/csv.ts';
import { rng } from '../../../bench/synthetic.ts';
import { data } from './setup.ts';
import { observationRows, PUBLISHED_COLUMNS } from '../../../src/lib/outputs/csv.ts';
import { releasedVersions } from '../../../src/lib/data/model.ts';

const unparse = (columns: readonly string[], rows: readonly Record<string, string>[], newline: string) =>
  Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline, quotes: false, escapeFormulae: false });
const before = (columns: readonly string[], rows: readonly Record<string, string>[], flavour: 'canonical' | 'excel' = 'canonical') => {
  const newline = flavour === 'excel' ? '\r\n' : '\n';
  return `${flavour === 'excel' ? '\uFEFF' : ''}${unparse(columns, rows, newline)}${newline}`;
};

const TRICKY = ['', ' ', 'a', ' a', 'a ', ' a ', 'a,b', 'say "hi"', '"', '""', 'line\nbreak', 'cr\rlf', 'crlf\r\n', '\uFEFFbom', 'tab\tin', '=1+2', '-3', '@x', 'Hà Nội, "Thủ đô"', '203.027', '72,23', ',', 'x ,y', '\u00a0nbsp'];

describe('toCsv', () => {
  it('writes what papaparse wrote for every kind of cell, in both flavours', () => {
    const random = rng(5);
    const columns = ['a', 'b c', 'd,e', 'f"g'];
    const rows = Array.from({ length: 400 }, () => Object.fromEntries(columns.map((c) => [c, TRICKY[Math.floor(random() * TRICKY.length)]!])));
    for (const flavour of ['canonical', 'excel'] as const) {
      expect(toCsv(columns, rows, flavour)).toBe(before(columns, rows, flavour));
      expect(toCsv(columns, [], flavour)).toBe(before(columns, [], flavour));
    }
  });

  it('writes what papaparse wrote for every released version of the real data', () => {
    for (const indicator of data.indicators) {
      for (const version of releasedVersions(indicator)) {
        const rows = observationRows(data, indicator, version);
        expect(toCsv(PUBLISHED_COLUMNS, rows), `${indicator.id} ${version.id}`).toBe(before(PUBLISHED_COLUMNS, rows));
      }
    }
  });
});
