/**
 * The benchmark's results files (bench/results.ts) and the README's generated Performance
 * section (bench/readme.ts): one file per run, the newest found by when it started, and a
 * README that says what the newest file says.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuiltSeconds } from '../../bench/build-scale.ts';
import { currentSection, END, expectedSection, readmeSection, START, withSection } from '../../bench/readme.ts';
import { newestResultsFile, readResults, resultsFileName, runStamp } from '../../bench/results.ts';

const root = mkdtempSync(join(tmpdir(), 'ansinh-bench-results-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('results files', () => {
  it('are named by the UTC minute the run started, so runs of one day keep their own files', () => {
    const morning = new Date('2026-11-29T08:05:30Z');
    const evening = new Date('2026-11-29T19:21:07Z');
    expect(runStamp(morning)).toBe('2026-11-29T0805');
    expect(resultsFileName(morning)).toBe('2026-11-29T0805.json');
    expect(resultsFileName(evening, ['2026-11-29T0805.json'])).toBe('2026-11-29T1921.json');
    // Two runs started within the same minute: the second adds its seconds.
    expect(resultsFileName(evening, ['2026-11-29T1921.json'])).toBe('2026-11-29T192107.json');
  });

  it('the newest is the run that started last, older date-only names included', () => {
    const dir = join(root, 'newest');
    const write = (name: string, startedAt: string) => writeFileSync(join(dir, name), JSON.stringify({ startedAt }));
    rmSync(dir, { recursive: true, force: true });
    expect(newestResultsFile(dir)).toBeUndefined();
    mkdirSync(dir);
    write('2026-11-26.json', '2026-11-26T17:13:40.396Z');
    write('2026-11-29T0805.json', '2026-11-29T08:05:30.000Z');
    write('2026-11-29T1921.json', '2026-11-29T19:21:07.000Z');
    write('results-partial-2026-11-30T0000.json', '2026-11-30T00:00:00.000Z');
    write('notes.json', '2027-01-01T00:00:00.000Z');
    expect(basename(newestResultsFile(dir)!)).toBe('2026-11-29T1921.json');
  });
});

describe("the README's Performance section", () => {
  it('is what the newest results file generates (npm run bench:report)', () => {
    expect(currentSection(), 'README.md has no generated section: npm run bench:report').toBeDefined();
    expect(currentSection(), 'the README differs from the newest bench/results/ file: npm run bench:report').toBe(expectedSection());
  });

  it('is replaced between its markers and nowhere else', () => {
    const readme = `# t\n\nbefore\n${START}\nold table\n${END}\nafter\n`;
    expect(withSection(readme, `${START}\nnew\n${END}`)).toBe(`# t\n\nbefore\n${START}\nnew\n${END}\nafter\n`);
    expect(() => withSection('# no markers\n', 'x')).toThrow(/markers/);
  });

  it('gives every figure with its peer and ratio, and the load average, from any results file', () => {
    const file = newestResultsFile()!;
    const section = readmeSection(readResults(file), file);
    expect(section.startsWith(START) && section.endsWith(END)).toBe(true);
    expect(section).toContain(`bench/results/${basename(file)}`);
    expect(section).toMatch(/\| what \| measured \| peer, same run \| ratio \| budget \|/);
    expect(section).toContain('Load average');
    // An older results file (before the ten-times size) still renders.
    const old = JSON.parse(readFileSync(join(import.meta.dirname, '../../bench/results/2026-11-26.json'), 'utf8'));
    expect(readmeSection(old, '2026-11-26.json')).toContain('older bench');
  });
});

describe("Astro's build time", () => {
  it('is read in seconds, minutes or milliseconds', () => {
    expect(astroBuiltSeconds('[build] 771 page(s) built in 23.59s')).toBe(23.59);
    expect(astroBuiltSeconds('[build] 5361 page(s) built in 7m 36s')).toBe(456);
    expect(astroBuiltSeconds('[build] 3 page(s) built in 120ms')).toBe(0.12);
    expect(astroBuiltSeconds('nothing')).toBeNull();
  });
});
