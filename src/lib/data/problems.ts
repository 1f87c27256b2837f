/** One defect found in a data folder, located as precisely as the input allows. */
export interface Problem {
  /** Path relative to the data folder's parent, e.g. `data/areas/areas.csv`. */
  file: string;
  /** 1-based line in the file, when the problem is tied to one line. */
  line?: number;
  /** Column name (CSV) or JSON path, when known. */
  column?: string;
  message: string;
}

/** Collects problems; the loader keeps going after a problem so one run reports them all. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(file: string, message: string, line?: number, column?: string): void {
    const p: Problem = { file, message };
    if (line !== undefined) p.line = line;
    if (column !== undefined) p.column = column;
    this.items.push(p);
  }

  get size(): number {
    return this.items.length;
  }
}

/** `path:line column: message`, the format editors and CI logs link to. */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  return p.column ? `${where} ${p.column}: ${p.message}` : `${where}: ${p.message}`;
}
