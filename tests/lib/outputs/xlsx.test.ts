/**
 * The XLSX of each version, read back with an independent reader (read-excel-file):
 * codes and periods come back as strings, values as numbers, days as dates, and every
 * cell equals the CSV's.
 */
import { createHash } from 'node:crypto';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { releasedVersions } from '../../../src/lib/data/model.ts';
import { observationRows, PUBLISHED_COLUMNS } from '../../../src/lib/outputs/csv.ts';
import { citationText } from '../../../src/lib/outputs/citation.ts';
import { versionXlsx, XLSX_HEADERS, XLSX_SHEETS } from '../../../src/lib/outputs/xlsx.ts';
import { unzip } from '../../../src/lib/outputs/zip.ts';
import { dataFilePath } from '../../../src/lib/routes.ts';
import { SITE, data, files, text } from './setup.ts';

const ind = (id: string) => data.indicators.find((i) => i.id === id)!;
const version = (id: string, v: string) => ind(id).versions.find((x) => x.id === v)!;
const xlsxOf = (id: string, v: string) => files.get(dataFilePath(id, v, 'xlsx'))!.bytes;

describe('the XLSX of a version', () => {
  it('keeps the code 017 and the period 2024-06 as text, and values as numbers', async () => {
    const [sheet] = await readXlsxFile(Buffer.from(xlsxOf('poor_households', '2026-11-26')));
    const area = PUBLISHED_COLUMNS.indexOf('area');
    const period = PUBLISHED_COLUMNS.indexOf('period');
    const value = PUBLISHED_COLUMNS.indexOf('value');
    const row = sheet!.data.find((r) => r[area] === '017' && r[period] === '2024-06');
    expect(row, 'a row for 017 in 2024-06').toBeDefined();
    expect(typeof row![area]).toBe('string');
    expect(typeof row![period]).toBe('string');
    expect(typeof row![value]).toBe('number');
    expect(row![PUBLISHED_COLUMNS.indexOf('period_end')]).toEqual(new Date('2024-06-30T00:00:00Z'));
  });

  it('writes the codes as text cells in the sheet itself (t="s", not a number)', () => {
    const sheet = new TextDecoder().decode(unzip(xlsxOf('poor_households', '2026-11-26'))['xl/worksheets/sheet1.xml']);
    const cells = [...sheet.matchAll(/<c r="B(\d+)"([^>]*)>/g)].filter(([, row]) => Number(row) > 2);
    expect(cells.length).toBeGreaterThan(0);
    for (const [, row, attrs] of cells) expect(attrs, `B${row}`).toMatch(/t="s"/);
  });

  it('has a Vietnamese and an English header row, then every CSV row with the same cells', async () => {
    for (const indicator of data.indicators) {
      for (const v of releasedVersions(indicator)) {
        const sheets = await readXlsxFile(Buffer.from(xlsxOf(indicator.id, v.id)));
        expect(sheets.map((s) => s.sheet)).toEqual([XLSX_SHEETS.data, XLSX_SHEETS.about]);
        const [head_vi, head_en, ...rows] = sheets[0]!.data;
        expect(head_vi).toEqual(PUBLISHED_COLUMNS.map((c) => XLSX_HEADERS[c].vi));
        expect(head_en).toEqual(PUBLISHED_COLUMNS.map((c) => XLSX_HEADERS[c].en));
        const csv = observationRows(data, indicator, v);
        expect(rows).toHaveLength(csv.length);
        csv.forEach((r, i) => PUBLISHED_COLUMNS.forEach((c, j) => {
          const cell = rows[i]![j] ?? null;
          const where = `${indicator.id} ${v.id} row ${i + 3} ${c}`;
          if (r[c] === '') expect(cell, where).toBeNull();
          else if (c === 'value' || c === 'upper') expect(cell, where).toBe(Number(r[c]));
          else if (c === 'period_start' || c === 'period_end') expect(cell, where).toEqual(new Date(`${r[c]}T00:00:00Z`));
          else expect(cell, where).toBe(r[c]);
        }));
      }
    }
  });

  it('has a second sheet with the metadata, the citation and the sources', async () => {
    const v = version('jobs_created', '2026-11-26');
    const [, about] = await readXlsxFile(Buffer.from(xlsxOf('jobs_created', v.id)));
    const cells = about!.data.flat().filter((c): c is string => typeof c === 'string');
    expect(cells).toEqual(expect.arrayContaining([
      v.meta.title.vi, v.meta.title.en, v.meta.definition.vi, v.meta.definition.en, v.id,
      citationText({ indicator: ind('jobs_created'), version: v, site: SITE }, 'vi'),
      citationText({ indicator: ind('jobs_created'), version: v, site: SITE }, 'en'),
      `${SITE}/data/jobs_created/2026-11-26/jobs_created.csv`,
    ]));
    for (const id of new Set(v.observations.map((o) => o.source))) expect(cells, id).toEqual(expect.arrayContaining([id, data.sources.get(id)!.url]));
    for (const c of PUBLISHED_COLUMNS) expect(cells).toContain(c);
  });

  it('has the same bytes every time it is written (no timestamp; zip entries dated the release day)', async () => {
    const v = version('jobs_created', '2023-01-14');
    const a = await versionXlsx(data, ind('jobs_created'), v, SITE);
    const b = await versionXlsx(data, ind('jobs_created'), v, SITE);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(xlsxOf('jobs_created', v.id)))).toBe(true);
    expect(Object.keys(unzip(a))).toEqual([...Object.keys(unzip(a))].sort());
    expect(text(unzip(a)['xl/workbook.xml']!)).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('is not in a version\'s SHA256SUMS (files under a version never change) but in the catalog digests', () => {
    const sums = text(files.get(dataFilePath('jobs_created', '2026-11-26', 'sha256sums'))!.bytes);
    expect(sums).not.toContain('.xlsx');
    const f = files.get(dataFilePath('jobs_created', '2026-11-26', 'xlsx'))!;
    expect(f.sha256).toBe(createHash('sha256').update(f.bytes).digest('hex'));
    expect(f.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});
