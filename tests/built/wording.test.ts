/**
 * The words of the built pages, as a reader meets them: captions, headings, the summary and
 * the headline box of every indicator and district page, both languages. No doubled
 * phrase ("theo quận, huyện, theo quận, huyện"), no unit after a percentage, no "giảm
 * 100%". tests/data/sentences.test.ts checks the same rules on the generated text itself;
 * this checks the components use it. Skipped until a build has produced dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, builtSite } from './dist.ts';
import { loadData } from '../../src/lib/data/load.ts';
import { latestReleased } from '../../src/lib/data/model.ts';
import { districtPath, indicatorPath, LANGS } from '../../src/lib/routes.ts';

const built = builtSite('index.html', import.meta.filename);
const { data } = loadData(join(import.meta.dirname, '../../data'));

const DOUBLED = /(?<![\p{L}])([\p{L}][\p{L} ,]{4,}[\p{L}]), \1(?![\p{L}])/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNITS = [...new Set(data.indicators.flatMap((i) => (i.unit.id === 'percent' ? [] : [i.unit.vi, i.unit.en])))];
const UNIT_AFTER_PERCENT = new RegExp(`\\d%\\s*(?:${UNITS.map(escape).join('|')})(?![\\p{L}])`, 'u');

describe.skipIf(!built)('words on the built pages', () => {
  const paths = LANGS.flatMap((lang) => [
    ...data.indicators.filter((i) => latestReleased(i)).map((i) => indicatorPath(lang, i.id)),
    ...data.areas.filter((a) => a.level === 'district').map((a) => districtPath(lang, a.slug)),
  ]);

  it('has no doubled phrase, no unit after a percentage and no "down 100%" in captions, headings, summaries and headline boxes', () => {
    const problems: string[] = [];
    for (const path of paths) {
      const { document } = parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
      for (const el of document.querySelectorAll('main caption, main h1, main h2, main h3, main .summary, main .headline, main .cards li, main figcaption, main svg title')) {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const doubled = DOUBLED.exec(text);
        if (doubled) problems.push(`${path} <${el.tagName.toLowerCase()}>: doubled “${doubled[1]}” in “${text}”`);
        if (UNIT_AFTER_PERCENT.test(text)) problems.push(`${path} <${el.tagName.toLowerCase()}>: a unit after a percentage in “${text}”`);
        if (/giảm 100(,0)?%|down 100(\.0)?%/.test(text)) problems.push(`${path}: “down 100%” in “${text}”`);
      }
    }
    expect(problems).toEqual([]);
  });
});
