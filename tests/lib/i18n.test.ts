import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../src/lib/data/period.ts';
import { UI, formatDate, periodLabel, periodObject, periodPhrase } from '../../src/lib/i18n/index.ts';
import { isEntry, type Entry, type Table, type Values } from '../../src/lib/i18n/types.ts';
import { TEXT as WIDGET_TEXT } from '../../widgets/shared/i18n.ts';

/** Every entry of a table, with its path (`site.home`, `flag.derived`). */
function entries(table: Table, path = ''): [string, Entry][] {
  return Object.entries(table).flatMap(([key, node]): [string, Entry][] => {
    const at = path ? `${path}.${key}` : key;
    return isEntry(node) ? [[at, node]] : entries(node, at);
  });
}

/** Entries meant to read the same in both languages: names and file formats. */
const SAME_IN_BOTH = new Set(['site.siteName', 'download.format.json', 'download.format.datapackage']);
/** Vietnamese entries that are not Vietnamese on purpose: the link to the English pages. */
const NOT_VIETNAMESE = new Set(['site.switchTo', ...SAME_IN_BOTH]);

// Letters only Vietnamese uses (among the languages the site writes): any Vietnamese phrase has some.
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
// English function words: in a Vietnamese entry they are an untranslated phrase.
// Word edges by hand: \b would end a word before an accented letter ("toán"), and a code
// such as pct_of_plan is not English prose.
const ENGLISH_WORD = /(?<![\p{L}\d_])(the|of|and|with|from|for|is|are|this|that|to|by|in|on|at|not|yet|per|has|have)(?![\p{L}\d_])/u;

/** Calls a template with a placeholder for every value it reads; returns the text and the names read. */
function fill(fn: (values: Values) => string): { text: string; read: string[] } {
  const read = new Set<string>();
  const values = new Proxy<Values>({}, {
    get: (_, key) => {
      if (typeof key !== 'string') return undefined;
      read.add(key);
      return `⟦${key}⟧`;
    },
  });
  return { text: fn(values), read: [...read].sort() };
}

const words = (text: string) => text.replace(/⟦\w+⟧/g, '');

/** What is wrong with one entry, as messages (empty when nothing is). */
function problems(path: string, entry: Entry): string[] {
  const { vi, en } = entry;
  let texts: { vi: string; en: string };
  const out: string[] = [];
  if (typeof vi === 'string' && typeof en === 'string') texts = { vi, en };
  else if (typeof vi === 'function' && typeof en === 'function') {
    const a = fill(vi);
    const b = fill(en);
    if (a.read.join() !== b.read.join()) out.push(`placeholders differ: vi {${a.read.join(', ')}}, en {${b.read.join(', ')}}`);
    for (const [lang, r] of [['vi', a], ['en', b]] as const) {
      for (const key of r.read) if (!r.text.includes(`⟦${key}⟧`)) out.push(`${lang} reads {${key}} but does not show it`);
      if (/undefined|NaN|\[object/.test(r.text)) out.push(`${lang} text is broken: ${r.text}`);
    }
    texts = { vi: a.text, en: b.text };
  } else return [`${path}: vi and en must both be text or both be templates`];
  if (texts.vi.trim() === '') out.push('vi is empty');
  if (texts.en.trim() === '') out.push('en is empty');
  if (!SAME_IN_BOTH.has(path) && texts.vi === texts.en) out.push(`vi is the same as en: "${texts.vi}"`);
  if (!NOT_VIETNAMESE.has(path)) {
    const vi = words(texts.vi);
    if (/[a-z]/i.test(vi) && !VIETNAMESE_LETTER.test(vi)) out.push(`vi does not look Vietnamese: "${texts.vi}"`);
    const english = ENGLISH_WORD.exec(vi);
    if (english) out.push(`vi has the English word "${english[0]}": "${texts.vi}"`);
  }
  return out.map((m) => `${path}: ${m}`);
}

describe('interface text', () => {
  const tables = { site: UI, widgets: WIDGET_TEXT } satisfies Record<string, Table>;

  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: every entry has both languages, the same placeholders, and Vietnamese in Vietnamese`, () => {
      const all = entries(table);
      expect(all.length).toBeGreaterThan(10);
      expect(all.flatMap(([path, entry]) => problems(path, entry))).toEqual([]);
    });
  }

  it('finds what the parity check is for', () => {
    expect(problems('x', { vi: 'Data table', en: 'Data table' })).toEqual(['x: vi is the same as en: "Data table"', 'x: vi does not look Vietnamese: "Data table"']);
    expect(problems('x', { vi: 'Bảng of số liệu', en: 'Data table' })).toEqual(['x: vi has the English word "of": "Bảng of số liệu"']);
    expect(problems('x', { vi: ({ n }) => `${n} kết quả`, en: ({ n, q }) => `${n} results for ${q}` })).toEqual(['x: placeholders differ: vi {n}, en {n, q}']);
    expect(problems('x', { vi: ({ n }) => `${String(n).length} kết quả`, en: ({ n }) => `${n} results` })).toEqual(['x: vi reads {n} but does not show it']);
    expect(problems('x', { vi: '', en: 'Data' })).toEqual(['x: vi is empty']);
  });

  it('writes dates and periods the Vietnamese and the English way', () => {
    const period = (id: string): Period => {
      const p = parsePeriod(id);
      if (typeof p === 'string') throw new Error(p);
      return p;
    };
    expect(formatDate('2025-07-01', 'vi')).toBe('1/7/2025');
    expect(formatDate('2025-07-01', 'en')).toBe('1 July 2025');
    expect(() => formatDate('2025-7-1', 'en')).toThrow('expected an ISO date');
    expect(periodLabel(period('2025-01/2025-10'))).toEqual({ vi: '10 tháng 2025', en: 'Jan–Oct 2025' });
    expect(periodLabel(period('2025-03/2025-09'))).toEqual({ vi: 'Tháng 3–9/2025', en: 'Mar–Sep 2025' });
    expect(periodLabel(period('2024-06'))).toEqual({ vi: 'Tháng 6/2024', en: 'June 2024' });
    expect(periodPhrase(period('2022-12-31'))).toEqual({ vi: 'cuối năm 2022', en: 'at the end of 2022' });
    expect(periodPhrase(period('2023-06-30'))).toEqual({ vi: 'ngày 30/6/2023', en: 'on 30 June 2023' });
    expect(periodObject(period('2022'))).toEqual({ vi: 'năm 2022', en: '2022' });
    expect(periodObject(period('2022-01-01'))).toEqual({ vi: 'đầu năm 2022', en: 'the start of 2022' });
  });
});

describe('pages and components hold no interface words', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.(astro|ts)$/.test(d.name) ? [join(dir, d.name)] : []));
  const sources = ['src/components', 'src/layouts', 'src/pages'].flatMap(files);

  it('never picks a phrase by language inline (words go in src/lib/i18n/)', () => {
    expect(sources.length).toBeGreaterThan(30);
    const found = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/[=!]==?\s*['"](vi|en)['"]|['"](vi|en)['"]\s*[=!]==?|\bvi\s*\?/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('has no Vietnamese text of its own', () => {
    const found = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (VIETNAMESE_LETTER.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
