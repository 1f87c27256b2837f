import Papa from 'papaparse';
import type { ProblemList } from './problems.ts';

/** A CSV data row with the 1-based line where it starts in its file. */
export class CsvRow {
  constructor(
    readonly line: number,
    /** The fields in header order. */
    readonly fields: readonly string[],
    private readonly header: readonly string[],
  ) {}

  /** The fields by column name (built on demand: hot loops read `fields`). */
  get values(): Record<string, string> {
    const values: Record<string, string> = {};
    for (let i = 0; i < this.header.length; i++) values[this.header[i]!] = this.fields[i] ?? '';
    return values;
  }
}

/**
 * A parsed table: the records as papaparse returns them (one array of fields each, in
 * header order) and the line each starts on. No object per row: a million-row file is
 * checked column by column from these arrays.
 */
export class CsvTable {
  constructor(
    readonly header: string[],
    readonly records: string[][],
    readonly lines: number[],
  ) {}

  /** The rows as objects, for the small registries. */
  get rows(): CsvRow[] {
    return this.records.map((fields, i) => new CsvRow(this.lines[i]!, fields, this.header));
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes as strict UTF-8. On failure, reports the first line holding an invalid
 * byte sequence (decoding line by line finds it without a hand-written UTF-8 parser).
 */
export function decodeUtf8(bytes: Uint8Array, file: string, problems: ProblemList): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          problems.add(file, 'invalid UTF-8 byte sequence (save the file as UTF-8)', line);
          return undefined;
        }
        start = i + 1;
        line++;
      }
    }
    problems.add(file, 'invalid UTF-8 byte sequence (save the file as UTF-8)');
    return undefined;
  }
}

/** One field too many in a numeric column is usually an unquoted decimal such as 72,23. */
function commaHint(fields: string[], header: string[], numericColumns: readonly string[]): string {
  if (fields.length !== header.length + 1) return '';
  for (const col of numericColumns) {
    const i = header.indexOf(col);
    const [a, b] = [fields[i], fields[i + 1]];
    if (i !== -1 && a !== undefined && b !== undefined && /^-?\d+$/.test(a) && /^\d+$/.test(b)) {
      return ` (${col} "${a},${b}" looks like a Vietnamese decimal comma: write ${a}.${b})`;
    }
  }
  return '';
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Parses CSV text that has a header row. Accepts a UTF-8 BOM and CRLF line endings.
 * Structural problems (empty file, unterminated quote, wrong field count, header mismatch)
 * are reported with their line; rows with the wrong field count are dropped so later checks
 * never see shifted columns.
 */
export function parseCsv(
  text: string,
  file: string,
  problems: ProblemList,
  expectedHeader?: readonly string[],
  /** Numeric columns, where an unquoted decimal comma splits one value into two fields. */
  numericColumns: readonly string[] = [],
): CsvTable | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    problems.add(file, `file is empty: expected a header row${expectedHeader ? ` (${expectedHeader.join(',')})` : ''}`);
    return undefined;
  }

  const records: string[][] = [];
  const lines: number[] = [];
  let header: string[] | undefined;
  let fatal = false;

  /** Takes one record and the line it starts on; false stops the parse. */
  const take = (fields: string[], errors: readonly Papa.ParseError[], line: number): boolean => {
    for (const err of errors) {
      if (err.code === 'MissingQuotes' || err.code === 'InvalidQuotes') {
        problems.add(file, 'unterminated quoted field: a `"` opens a value that never closes', line);
        fatal = true;
        return false;
      }
    }
    if (fields.length === 1 && fields[0] === '') return true; // blank line
    if (!header) {
      header = fields.map((h) => h.trim());
      return true;
    }
    if (fields.length !== header.length) {
      problems.add(file, `expected ${header.length} fields (${header.join(',')}), found ${fields.length}${commaHint(fields, header, numericColumns)}`, line);
      return true;
    }
    records.push(fields);
    lines.push(line);
    return true;
  };

  // The delimiter is always a comma (data/README.md): papaparse would otherwise guess it,
  // and a file whose notes hold semicolons could be read as semicolon-separated.
  // Fast path: one parse of the whole text. Each record is then one line, unless a quoted
  // field holds a line break; only such files (and broken quotes) take the slower pass
  // below, which follows the parser's cursor to give every record its starting line.
  const whole = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: ',' });
  const multiline = whole.errors.length > 0 || (body.includes('"') && whole.data.some((r) => r.some((f) => f.includes('\n') || f.includes('\r'))));
  if (!multiline) {
    for (let i = 0; i < whole.data.length; i++) take(whole.data[i]!, [], i + 1);
  } else {
    let lineAtCursor = 1;
    let lastCursor = 0;
    Papa.parse<string[]>(body, {
      header: false,
      skipEmptyLines: false,
      delimiter: ',',
      step(result, parser) {
        const line = lineAtCursor;
        const cursor = result.meta.cursor;
        lineAtCursor += countNewlines(body, lastCursor, cursor + 1);
        lastCursor = cursor + 1;
        if (!take(result.data, result.errors, line)) parser.abort();
      },
    });
  }

  if (fatal || !header) return undefined;
  if (expectedHeader) {
    const missing = expectedHeader.filter((c) => !header!.includes(c));
    const extra = header.filter((c) => !expectedHeader.includes(c));
    if (missing.length || extra.length) {
      const parts = [];
      if (missing.length) parts.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
      if (extra.length) parts.push(`unexpected column${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`);
      problems.add(file, `header: ${parts.join('; ')} (expected ${expectedHeader.join(',')})`, 1);
      return undefined;
    }
  }
  return new CsvTable(header, records, lines);
}
