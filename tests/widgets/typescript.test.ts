/**
 * How the widgets are typed: under their own widgets/tsconfig.json (`npm test` runs
 * `tsc -p widgets/tsconfig.json`), with the DOM and without Node's types, since the bundle
 * runs on host pages; and without type assertions: what comes from outside (JSON,
 * attributes) is narrowed by type guards and readers that check it, never cast.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const WIDGETS = join(ROOT, 'widgets');

/** Every TypeScript file of the widget source (not the released bundles). */
const sources = (): string[] =>
  readdirSync(WIDGETS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.startsWith('releases'))
    .map((f) => join(WIDGETS, f));

/** `file:line: text` of every `x as T` (but `as const`) and `<T>x` in a source text. */
function typeAssertions(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const isCast = (ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(file) === 'const')) || ts.isTypeAssertionExpression(node);
    if (isCast) found.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${node.getText(file)}`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('widgets/tsconfig.json', () => {
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(WIDGETS, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, WIDGETS);

  it('covers the widget source, with DOM types and no Node types', () => {
    expect(config.errors).toEqual([]);
    expect(config.options.types).toEqual([]);
    expect(config.options.lib?.map((l) => l.toLowerCase())).toContain('lib.dom.d.ts');
    expect(config.fileNames.map((f) => relative(ROOT, f)).sort()).toEqual(sources().map((f) => relative(ROOT, f)).sort());
  });

  it('rejects Node globals and accepts the DOM', () => {
    const probe = join(WIDGETS, '__probe__.ts');
    const host = ts.createCompilerHost(config.options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, ...rest) =>
      name === probe
        ? ts.createSourceFile(name, 'export const title: string = document.title;\nexport const mode = process.env.NODE_ENV;\n', language)
        : read(name, language, ...rest);
    const program = ts.createProgram({ rootNames: [probe], options: config.options, host });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.start !== undefined ? d.file?.getLineAndCharacterOfPosition(d.start).line : '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^1: Cannot find name 'process'/);
  });
});

describe('type assertions in widgets/', () => {
  it('are found by the check (`as T` and `<T>x`, not `as const`)', () => {
    expect(typeAssertions('x.ts', 'const a = b as Foo;\nconst c = [1] as const;\nconst d = <Bar>e;\n')).toEqual(['x.ts:1: b as Foo', 'x.ts:3: <Bar>e']);
  });

  it('there are none: type guards and checked readers narrow instead', () => {
    const found = sources().flatMap((f) => typeAssertions(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
