/**
 * What every part of the loader shares while it reads one data folder: where the folder
 * is, the problems found so far, the dataset being built and the digests a release would
 * lock. The readers never throw on bad input: a defect becomes a located problem.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { z } from 'zod';
import { decodeUtf8, parseCsv, type CsvRow, type CsvTable } from './csv.ts';
import type { Dataset } from './model.ts';
import { ProblemList } from './problems.ts';

/** The registries whose rows released versions depend on, keyed as in the lock. */
export const REGISTRIES = ['sources', 'areas', 'communes', 'successors'] as const;
export type Registry = (typeof REGISTRIES)[number];

/**
 * releases.lock.json. `files`: released files by path. `rows`: registry rows by key. Rows
 * rather than whole registries, so a release can add sources and areas while the ones
 * published versions cite can never change under them.
 */
export interface ReleaseLock {
  schemaVersion: 1;
  files: Record<string, string>;
  /** Per released CSV, a short digest per line: locates the line a change touched. Written by `npm run release`; not filled by loadData. */
  lines: Record<string, string>;
  rows: Record<Registry, Record<string, string>>;
  /**
   * Deliberate corrections of released registry rows, oldest first per row: the row as it
   * now reads (`to`), when and why. `rows` keeps the digest released versions were built
   * on; a row may differ from it only by its latest correction.
   */
  corrections: Partial<Record<Registry, Record<string, RowCorrection[]>>>;
}

export interface RowCorrection {
  /** sha256 of the corrected row. */
  to: string;
  /** ISO date of the correction. */
  date: string;
  /** Why, in our words (shown to maintainers and in the registry's history). */
  note: string;
}

export const emptyRows = (): ReleaseLock['rows'] => ({ sources: {}, areas: {}, communes: {}, successors: {} });

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const posix = (p: string) => p.split(sep).join('/');
const utf8 = new TextEncoder();

export class LoadContext {
  readonly problems = new ProblemList();
  readonly data: Dataset = { areas: [], communes: [], successors: [], reform: undefined, sources: new Map(), indicators: [] };
  /** Digests of everything a release locks, as found now: what `npm run release` writes. */
  readonly digests: ReleaseLock = { schemaVersion: 1, files: {}, lines: {}, rows: emptyRows(), corrections: {} };
  /** Where each registry row was read, to locate a changed released row. */
  readonly rowAt = new Map<string, { file: string; line: number }>();

  constructor(readonly dir: string) {}

  /** A path inside the data folder as messages show it (`data/areas/areas.csv`). */
  display(rel: string): string {
    return posix(join(this.dir, rel));
  }

  /** Reports a problem in a file of the data folder. */
  problem(rel: string, message: string, line?: number, column?: string): void {
    this.problems.add(this.display(rel), message, line, column);
  }

  exists(rel: string): boolean {
    return existsSync(join(this.dir, rel));
  }

  readBytes(rel: string): Uint8Array {
    return readFileSync(join(this.dir, rel));
  }

  readText(rel: string, required = true): string | undefined {
    if (!this.exists(rel)) {
      if (required) this.problem(rel, 'file not found');
      return undefined;
    }
    return decodeUtf8(this.readBytes(rel), this.display(rel), this.problems);
  }

  readCsv(rel: string, header: readonly string[], numericColumns: readonly string[] = []): CsvTable | undefined {
    const text = this.readText(rel);
    return text === undefined ? undefined : parseCsv(text, this.display(rel), this.problems, header, numericColumns);
  }

  readJson(rel: string): unknown {
    const text = this.readText(rel);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      this.problem(rel, `invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  /**
   * Validates parsed JSON with a schema that is also its type; reports every issue with
   * its JSON path (`breaks[1].title: …`) and returns undefined when any is found.
   */
  parseJson<S extends z.ZodType>(rel: string, schema: S, value: unknown): z.infer<S> | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
      this.problem(rel, issue.message, undefined, path || undefined);
    }
    return undefined;
  }

  /** Records a registry row's digest (what a release locks) and where it was read. */
  recordRow(registry: Registry, key: string, rel: string, row: CsvRow, header: readonly string[]): void {
    this.digests.rows[registry][key] = sha256(utf8.encode(JSON.stringify(header.map((h) => row.values[h]))));
    this.rowAt.set(`${registry}|${key}`, { file: this.display(rel), line: row.line });
  }
}
