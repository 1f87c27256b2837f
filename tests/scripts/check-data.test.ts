import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';

const BASE = join(import.meta.dirname, '../fixtures/checker/_base');
const work = mkdtempSync(join(tmpdir(), 'ansinh-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run check:data', () => {
  it('exits 0 with a one-line summary on a clean folder, after the draft diff', () => {
    const r = runScript('scripts/check-data.ts', [BASE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^data OK: 1 indicators, 2 versions \(1 released, 1 draft\), 10 observations/);
    expect(r.stdout).toContain('~ 01 2022 actual = 203027 [founding-article, founding-article]  →  01 2022 actual = 203027 [reported, kinhtedothi-jobs-2022]  (flag, source)');
  });

  it('exits 1 naming file and line, with a count and no stack trace', () => {
    const dir = join(work, 'bad');
    cpSync(BASE, dir, { recursive: true });
    const obs = join(dir, 'indicators/jobs_created/2026-11-26/observations.csv');
    writeFileSync(obs, readFileSync(obs, 'utf8').replace('01,2022,plan,160000', '01,2022,plan,160.000'));
    const r = runScript('scripts/check-data.ts', [dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}/indicators/jobs_created/2026-11-26/observations.csv:4 value: expected a number, got "160.000" (Vietnamese thousands separator? write 160000)`);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`1 problem in ${dir}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the folder does not exist', () => {
    const r = runScript('scripts/check-data.ts', [join(work, 'nope')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data folder not found');
  });
});
