import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { formatProblem } from '../../../src/lib/data/problems.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/checker');
const BASE = join(FIXTURES, '_base');
const work = mkdtempSync(join(tmpdir(), 'ansinh-checker-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = join(dir, f);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** Copies `_base` and lays the case's files over it; `x.delete` deletes `x`. */
function materialise(name: string): string {
  const dir = join(work, name, 'data');
  cpSync(BASE, dir, { recursive: true });
  const caseDir = join(FIXTURES, name);
  for (const f of files(caseDir)) {
    const rel = relative(caseDir, f);
    if (rel === 'expected.txt') continue;
    if (rel.endsWith('.delete')) rmSync(join(dir, rel.slice(0, -'.delete'.length)));
    else cpSync(f, join(dir, rel));
  }
  return dir;
}

/** Problem lines with the temporary prefix cut, as the CLI prints them for `data/`. */
function check(dir: string): string[] {
  const prefix = `${dir.replaceAll('\\', '/')}/`;
  return loadData(dir).problems.items.map((p) => formatProblem(p).replace(prefix, 'data/'));
}

const cases = readdirSync(FIXTURES).filter((f) => f !== '_base' && statSync(join(FIXTURES, f)).isDirectory());

describe('checker fixtures', () => {
  it('the base fixture passes', () => {
    expect(check(BASE)).toEqual([]);
  });

  for (const name of cases) {
    it(name, () => {
      const expectedFile = join(FIXTURES, name, 'expected.txt');
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean) : [];
      expect(check(materialise(name))).toEqual(expected);
    });
  }
});
