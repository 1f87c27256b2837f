import { describe, expect, it } from 'vitest';
import { parseCsv, decodeUtf8 } from '../../../src/lib/data/csv.ts';
import { evaluateFormula } from '../../../src/lib/data/formula.ts';
import { parseCanonicalNumber } from '../../../src/lib/data/number.ts';
import { comparePeriods, isPartialYear, parsePeriod, type Period } from '../../../src/lib/data/period.ts';
import { ProblemList } from '../../../src/lib/data/problems.ts';

const period = (t: string) => parsePeriod(t) as Period;

describe('parsePeriod', () => {
  it('reads the four period forms with their covered days', () => {
    expect(period('2022')).toMatchObject({ kind: 'year', year: 2022, start: '2022-01-01', end: '2022-12-31' });
    expect(period('2025-01/2025-10')).toMatchObject({ kind: 'months', fromMonth: 1, toMonth: 10, end: '2025-10-31' });
    expect(period('2024-02/2024-02')).toMatchObject({ end: '2024-02-29' });
    expect(period('2022-12-31')).toMatchObject({ kind: 'date', start: '2022-12-31', end: '2022-12-31' });
    expect(period('2024-06')).toMatchObject({ kind: 'month', start: '2024-06-01', end: '2024-06-30' });
  });
  it('rejects what the sources write before canonicalisation', () => {
    for (const bad of ['Jan-Oct', 'FY2022', '2022-13', '2023-02-29', '2025-10/2025-01', '2024-11/2025-02', '']) {
      expect(typeof parsePeriod(bad)).toBe('string');
    }
  });
  it('orders year-to-date figures before the full year they belong to', () => {
    const sorted = ['2022', '2022-01/2022-09', '2021', '2022-12-31'].map(period).sort(comparePeriods).map((p) => p.id);
    expect(sorted).toEqual(['2021', '2022-01/2022-09', '2022-12-31', '2022']);
    expect(isPartialYear(period('2022-01/2022-09'))).toBe(true);
    expect(isPartialYear(period('2022-01/2022-12'))).toBe(false);
  });
});

describe('parseCanonicalNumber', () => {
  const count = { integer: true, maxDecimals: 0 };
  const rate = { integer: false, maxDecimals: 3 };
  it('accepts canonical numbers', () => {
    expect(parseCanonicalNumber('203027', count)).toBe(203027);
    expect(parseCanonicalNumber('72.23', rate)).toBe(72.23);
    expect(parseCanonicalNumber('0.095', rate)).toBe(0.095);
    expect(parseCanonicalNumber('-0.79')).toBe(-0.79);
  });
  it('names the Vietnamese formats and gives the canonical spelling', () => {
    expect(parseCanonicalNumber('203.027', count)).toMatch(/Vietnamese thousands separator\? write 203027/);
    expect(parseCanonicalNumber('1.234.567', count)).toMatch(/write 1234567/);
    expect(parseCanonicalNumber('72,23', rate)).toMatch(/decimal comma\? write 72.23/);
    expect(parseCanonicalNumber('1.234,5', rate)).toMatch(/write 1234.5/);
    expect(parseCanonicalNumber('203,027', count)).toMatch(/write 203\.027|write 203027/);
  });
  it('refuses words, blanks and fractions of a count', () => {
    expect(parseCanonicalNumber('n/a', count)).toMatch(/got "n\/a"/);
    expect(parseCanonicalNumber('', count)).toMatch(/empty/);
    expect(parseCanonicalNumber('12.5', count)).toMatch(/whole number/);
  });
  it('keeps a legitimate three-decimal rate', () => {
    expect(parseCanonicalNumber('1.125', { integer: false, maxDecimals: 3 })).toBe(1.125);
    expect(parseCanonicalNumber('1.125', { integer: false, maxDecimals: 2 })).toMatch(/thousands separator/);
  });
});

describe('evaluateFormula', () => {
  it('does arithmetic with precedence and parentheses', () => {
    expect(evaluateFormula('190179 / 1.251')).toBeCloseTo(152021.58, 2);
    expect(evaluateFormula('179648 + 11237')).toBe(190885);
    expect(evaluateFormula('(2 + 3) * 4 - -1')).toBe(21);
  });
  it('refuses anything that is not arithmetic', () => {
    expect(evaluateFormula('process.exit(1)')).toMatch(/cannot read formula|unexpected/);
    expect(evaluateFormula('1 +')).toMatch(/ends too early/);
    expect(evaluateFormula('1 / 0')).toMatch(/finite/);
    expect(evaluateFormula('')).toMatch(/empty/);
  });
});

describe('parseCsv', () => {
  it('gives each row the line it starts on, across quoted newlines, BOM and CRLF', () => {
    const problems = new ProblemList();
    const text = '\ufeffa,b\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n';
    const table = parseCsv(text, 'x.csv', problems, ['a', 'b'])!;
    expect(problems.items).toEqual([]);
    expect(table.rows.map((r) => [r.line, r.values.a])).toEqual([[2, '1'], [5, '3']]);
    expect(table.rows[0]!.values.b).toBe('two\r\nlines');
  });
  it('reports a short row with its line and keeps the rest', () => {
    const problems = new ProblemList();
    const table = parseCsv('a,b\n1,2\n3\n4,5\n', 'x.csv', problems, ['a', 'b'])!;
    expect(problems.items).toEqual([{ file: 'x.csv', line: 3, message: 'expected 2 fields (a,b), found 1' }]);
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
  });
  it('locates invalid UTF-8 on its line', () => {
    const problems = new ProblemList();
    const bytes = new Uint8Array([...new TextEncoder().encode('a,b\n1,2\n'), 0x33, 0xff, 0x0a]);
    expect(decodeUtf8(bytes, 'x.csv', problems)).toBeUndefined();
    expect(problems.items[0]).toMatchObject({ line: 3 });
  });
});
