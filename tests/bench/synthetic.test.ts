/**
 * The benchmark's SYNTHETIC data generator (bench/synthetic.ts): deterministic per seed,
 * valid for the real loader, labelled synthetic, never written into data/.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLargeObservations, generateSyntheticData, SYNTHETIC_PUBLISHER } from '../../bench/synthetic.ts';
import { loadData } from '../../src/lib/data/load.ts';

const root = mkdtempSync(join(tmpdir(), 'ansinh-synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const small = { areas: 6, indicators: 5, years: 4, versions: 2 };

/** Every file of a folder with its bytes, by relative path. */
function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => { const full = join(e.parentPath, e.name); return [relative(dir, full), readFileSync(full).toString('base64')] as const; })
    .sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('synthetic data generator', () => {
  const a = join(root, 'a');
  const summary = generateSyntheticData(a, { seed: 42, ...small });

  it('writes the same bytes for the same seed, and different values for another seed', () => {
    const b = join(root, 'b');
    generateSyntheticData(b, { seed: 42, ...small });
    expect(snapshot(b)).toEqual(snapshot(a));

    const c = join(root, 'c');
    generateSyntheticData(c, { seed: 43, ...small });
    const obs = 'indicators/synthetic_001/2025-01-15/observations.csv';
    expect(readFileSync(join(c, obs), 'utf8')).not.toBe(readFileSync(join(a, obs), 'utf8'));
  });

  it('makes a folder the loader accepts with zero problems, every version released', () => {
    const { data, problems } = loadData(a);
    expect(problems.items).toEqual([]);
    expect(data.areas).toHaveLength(small.areas);
    expect(data.indicators).toHaveLength(small.indicators);
    for (const ind of data.indicators) {
      expect(ind.versions.map((v) => v.released)).toEqual([true, true]);
      expect(ind.versions.every((v) => v.observations.length >= small.areas * small.years)).toBe(true);
    }
    const rows = data.indicators.reduce((n, i) => n + i.versions.reduce((m, v) => m + v.observations.length, 0), 0);
    expect(rows).toBe(summary.observationRows);
  });

  it('labels what it writes as synthetic', () => {
    const { data } = loadData(a);
    expect([...data.sources.values()].every((s) => s.publisher === SYNTHETIC_PUBLISHER && s.url.includes('.invalid/'))).toBe(true);
    expect(data.indicators.every((i) => i.title.en.startsWith('Synthetic'))).toBe(true);
    expect(readFileSync(join(a, 'SYNTHETIC.md'), 'utf8')).toMatch(/SYNTHETIC/);
  });

  it('refuses to write into data/', () => {
    expect(() => generateSyntheticData(join(import.meta.dirname, '../../data/indicators/x'), { seed: 1, ...small })).toThrow(/data\/ never holds synthetic values/);
  });

  it('makes the checker-throughput file with exactly the rows asked for, valid too', () => {
    const dir = join(root, 'large');
    const { rows } = generateLargeObservations(dir, 3000, 7);
    expect(rows).toBe(3000);
    const { data, problems } = loadData(dir);
    expect(problems.items).toEqual([]);
    expect(data.indicators[0]!.versions[0]!.observations).toHaveLength(3000);
  });
});
