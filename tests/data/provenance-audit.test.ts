/**
 * Audits data/ against the research material it was compiled from (../shared/sources):
 * every non-derived value must appear, for the same source URL, as a figure of that
 * material, or be listed in found-by-the-project.csv (figures the project found itself).
 * Skipped where ../shared is absent (a user's clone); CI has it beside the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';

const SHARED = join(import.meta.dirname, '../../../shared/sources');
const available = existsSync(join(SHARED, 'city-figures.csv'));

/** Every number written in a text, in the Vietnamese or English way, canonicalised. */
function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    const t = m[0].replace(/[.,]$/, '');
    out.add(Number(t.replaceAll('.', '').replace(',', '.'))); // Vietnamese: 203.027 / 72,23
    out.add(Number(t.replaceAll(',', ''))); // English: 203,027 / 72.23
    out.add(Number(t.replace(',', '.')));
  }
  return out;
}

/**
 * A value as the material writes it: the same number, or the same amount in another scale
 * (574.423.500.000 đồng or 19.224 triệu đồng for billions of VND; "1,98 triệu" for 1980000 people).
 */
const inPool = (pool: Set<number>, x: number) =>
  [1e-9, 1e-6, 1e-3, 1, 1e3, 1e6, 1e9].some((scale) => [...pool].some((n) => Math.abs(n - x * scale) <= 1e-6 * Math.max(1, Math.abs(n))));

describe.skipIf(!available)('provenance audit against ../shared/sources', () => {
  it('finds every reported value in the material, under the same source URL', () => {
    const byUrl = new Map<string, Set<number>>();
    const textByUrl = new Map<string, string>();
    const addText = (url: string, text: string) => {
      const set = byUrl.get(url) ?? new Set<number>();
      for (const n of numbersIn(text)) set.add(n);
      byUrl.set(url, set);
      textByUrl.set(url, `${textByUrl.get(url) ?? ''}\n${text}`);
    };
    // The CSVs: a row's figure, its quote, and its dating.
    for (const f of ['city-figures.csv', 'district-figures.csv', 'district-figures-extra.csv', 'district-figures-4.csv', 'merit-social-figures.csv']) {
      const rows = Papa.parse<Record<string, string>>(readFileSync(join(SHARED, f), 'utf8'), { header: true, skipEmptyLines: true }).data;
      for (const r of rows) {
        // Some source_url cells add words after the URL ("… (translation of …)").
        const url = (r.source_url ?? '').split(/\s/)[0]!;
        addText(url, `${r.value} ${r.year} ${r.period} ${r.quote}`);
      }
    }
    // The findings' tables: lists of named districts sit on the line that cites the URL.
    for (const f of ['FINDINGS.md', 'DISTRICT-FINDINGS.md', 'DISTRICT-FINDINGS-EXTRA.md', 'DISTRICT-FINDINGS-4.md', 'MERIT-SOCIAL-FINDINGS.md']) {
      for (const line of readFileSync(join(SHARED, f), 'utf8').split('\n')) {
        for (const m of line.matchAll(/https?:\/\/[^\s)\]]+/g)) addText(m[0], line);
      }
    }
    const plain = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    const founding = numbersIn(readFileSync(join(SHARED, 'founding-article.txt'), 'utf8'));

    const { data } = loadData(join(import.meta.dirname, '../../data'));
    const unmatched: { key: string; text: string }[] = [];
    let checked = 0;
    for (const ind of data.indicators) {
      for (const v of ind.versions) {
        for (const o of v.observations) {
          if (o.flag === 'derived') continue; // checked against its formula by the checker
          const url = data.sources.get(o.source)!.url;
          const pool = o.flag === 'founding-article' ? founding : byUrl.get(url);
          const values = o.upper === undefined ? [o.value] : [o.value, o.upper];
          checked++;
          // A district's 0 rests on the source naming that district among those with none.
          const area = data.areas.find((a) => a.code === o.area)!;
          const named = o.value === 0 && area.level === 'district' && plain(textByUrl.get(url) ?? '').includes(plain(area.nameEn));
          if (named) continue;
          if (!pool || !values.every((x) => inPool(pool, x))) {
            unmatched.push({ key: `${ind.id}|${o.area}|${o.period.id}|${o.measure}|${o.value}|${url}`, text: `${ind.id}/${v.id}:${o.line} ${o.value} (${url})` });
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
    // Rows found by the project's own search are listed, one by one, in found-by-the-project.csv.
    const listed = new Set(Papa.parse<Record<string, string>>(readFileSync(join(import.meta.dirname, 'found-by-the-project.csv'), 'utf8').replace(/^(#.*\n)+/, ''), { header: true, skipEmptyLines: true })
      .data.map((r) => `${r.indicator}|${r.area}|${r.period}|${r.measure}|${r.value}|${r.url}`));
    const unlisted = unmatched.filter((u) => !listed.has(u.key)).map((u) => u.text);
    expect(unlisted).toEqual([]);
    const stale = [...listed].filter((key) => !unmatched.some((u) => u.key === key));
    expect(stale, 'listed in found-by-the-project.csv but no longer unmatched in data/').toEqual([]);
  });
});
