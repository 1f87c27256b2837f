import { describe, expect, it } from 'vitest';
import { latestCsvUrl, loadSnippets } from '../../../src/lib/outputs/snippets.ts';
import { dataFilePath } from '../../../src/lib/routes.ts';
import { files } from './setup.ts';

const SITE = 'https://opendata.example.vn';
const URL_ = 'https://opendata.example.vn/data/jobs_created/latest/jobs_created.csv';

describe('load snippets', () => {
  it('point at the absolute URL of the latest CSV, on the configured site', () => {
    expect(latestCsvUrl(`${SITE}/`, 'jobs_created')).toBe(URL_);
    expect(files.has(dataFilePath('jobs_created', 'latest', 'csv'))).toBe(true);
    for (const lang of ['vi', 'en'] as const) {
      const snippets = loadSnippets(SITE, 'jobs_created', lang);
      expect(snippets.map((s) => s.id)).toEqual(['python', 'r', 'sheets']);
      for (const s of snippets) expect(s.code, s.id).toContain(`"${URL_}"`);
      expect(snippets.map((s) => s.code).join('\n')).not.toContain('ansinh.example.org');
    }
  });

  it('read area codes and periods as text in pandas and readr', () => {
    const [python, r, sheets] = loadSnippets(SITE, 'jobs_created', 'en');
    expect(python!.code).toContain('import pandas as pd');
    expect(python!.code).toContain(`pd.read_csv(url, dtype={"area": str, "period": str}`);
    expect(r!.code).toContain('library(readr)');
    expect(r!.code).toMatch(/read_csv\(url, col_types = cols\(/);
    expect(r!.code).toContain('area = col_character(), period = col_character()');
    expect(r!.code).toContain('value = col_double()');
    expect(sheets!.code).toBe(`=IMPORTDATA("${URL_}")\n`);
    expect(sheets!.note).toMatch(/017/);
    expect(loadSnippets(SITE, 'jobs_created', 'vi')[2]!.note).toMatch(/017/);
  });
});
