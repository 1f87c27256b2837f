/**
 * `tsx scripts/build-widgets.ts`: bundles widgets/index.ts (every `ansinh-*` element and
 * Lit) into one minified ES module, `.cache/widgets/ansinh.js`, prints its size, min and
 * min+gzip, and checks the widget releases (src/lib/site/widget-releases.ts): it fails when
 * a released bundle changed, or when the source no longer builds the released current
 * version (a change needs a new WIDGET_VERSION), and says so when the current version is
 * an unreleased draft. The site build serves the bytes at the versioned widget paths
 * (routes.widgetScriptPath / widgetAliasPath).
 *
 * The widgets use Lit's templating only (lit-html: `html`, `svg`, `render`); their base
 * element is a plain HTMLElement (widgets/shared/element.ts), so LitElement, ReactiveElement
 * and Lit's CSS tag are not in the bundle. lit-html registers one global of its own,
 * `litHtmlVersions` (read only by a dev-mode warning); the widgets promise host pages no
 * globals but the element names, so the bundle drops that statement. What the widgets do
 * not use goes too: the property, boolean, event and element parts, directives and their
 * connection hooks (tests/widgets/bundle.test.ts checks the widgets use none of them). The
 * patches match Lit's published files exactly; if Lit changes, the build fails and names
 * the patch that no longer applies.
 *
 * Then, for size (budget: 20 KB min+gzip, PRODUCT §6): template whitespace is collapsed,
 * a list of internal property names is shortened (see {@link INTERNAL_PROPS}), and esbuild's
 * output is minified once more by Oxc's minifier (rolldown/utils, the one Vite uses): its
 * names, given by how often each is used, gzip about 1 KB smaller.
 */
import { build, transformSync, type Plugin } from 'esbuild';
import { minifySync } from 'rolldown/utils';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { WIDGET_VERSION } from '../src/lib/routes.ts';
import { widgetReleases } from '../src/lib/site/widget-releases.ts';
import { runCli, UsageError } from './cli.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WIDGETS_ENTRY = join(ROOT, 'widgets/index.ts');
export const WIDGETS_OUT = join(ROOT, '.cache/widgets/ansinh.js');
/** The size budget of the whole bundle, min+gzip at level 9 (PRODUCT §6: 20 KB; stretch 15 KB). */
export const WIDGET_BUDGET_GZIP_BYTES = 20 * 1024;

interface Patch {
  /** What the patch does, for the error when it no longer applies. */
  name: string;
  find: RegExp;
  replace: string;
}

/** A pattern matching `text` exactly (every occurrence). */
const exact = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');

const PATCHES: { file: RegExp; patches: Patch[] }[] = [
  {
    file: /[\\/]lit-html[\\/]lit-html\.js$/,
    patches: [
      { name: 'lit-html: litHtmlVersions', find: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, replace: 'void 0' },
      // The widgets bind text, children and attribute values only (checkBindings below): the
      // property (.x), boolean (?x), event (@x) and element-position parts go.
      { name: 'lit-html: property, boolean and event parts', find: /"\."===e\[1\]\?I:"\?"===e\[1\]\?L:"@"===e\[1\]\?z:H/g, replace: 'H' },
      { name: 'lit-html: element parts', find: /:6===r\.type&&\(i=new Z\(h,this,t\)\)/g, replace: ':0' },
      // A host's polyfill-support script is for its own Lit: ours neither reads it nor needs it.
      { name: 'lit-html: polyfill support hook', find: /B\?\.\(S,k\),/g, replace: '' },
      // …and its read of the host's global, which the minifier keeps (a getter could run).
      { name: 'lit-html: polyfill support global', find: exact(',B=t.litHtmlPolyfillSupport;'), replace: ';' },
      // The widgets have `html` and `svg` templates only, no `mathml` (checkBindings below).
      { name: 'lit-html: MathML templates', find: exact('2===i?"<svg>":3===i?"<math>":""'), replace: '2===i?"<svg>":""' },
      { name: 'lit-html: MathML templates, closing tag', find: exact('2===i?"</svg>":3===i?"</math>":""'), replace: '2===i?"</svg>":""' },
      // No widget template has an HTML comment (checkBindings below), so none binds inside one.
      { name: 'lit-html: bindings in comments', find: exact('else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}'), replace: '' },
      // The widgets use no directives (tests/widgets/bundle.test.ts checks): a value is
      // committed as it is, and the connection hooks only async directives listen to go.
      {
        name: 'lit-html: directive resolution',
        find: exact('function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}'),
        replace: 'function M(t,i){return i}',
      },
      { name: 'lit-html: setConnected', find: exact('setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}'), replace: '' },
      // The widgets render with `render(value, shadowRoot)` and no options (shared/element.ts):
      // no `renderBefore`, no `creationScope`.
      {
        name: 'lit-html: render options',
        find: exact('const D=(t,i,s)=>{const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{})}'),
        replace: 'const D=(t,i)=>{let h=i._$litPart$;if(void 0===h){i._$litPart$=h=new k(i.insertBefore(c(),null),null,void 0,{})}',
      },
      { name: 'lit-html: creationScope', find: exact('(t?.creationScope??l).importNode(i,!0)'), replace: 'l.importNode(i,!0)' },
      // Compiled templates (`{ h, parts }`, from Lit's template compiler) never reach them: only `html` and `svg` results.
      { name: 'lit-html: compiled templates', find: exact('"number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)'), replace: 'this._$AC(t)' },
      // With directive resolution gone (above), its calls pass the value through: they go too.
      { name: 'lit-html: directive resolution, child parts', find: exact('t=M(this,t,i),'), replace: '' },
      { name: 'lit-html: directive resolution, attribute parts', find: exact('r=M(this,e[s+n],i,n)'), replace: 'r=e[s+n]' },
      { name: 'lit-html: disconnection hook on clear', find: exact('for(this._$AP?.(!1,!0,s);'), replace: 'for(;' },
      // What parts offer directives only: connection state, the parent, start and end nodes, the tag name.
      { name: 'lit-html: isConnected of parts', find: /get _\$AU\(\)\{return this\._\$AM\??\._\$AU(\?\?this\._\$Cv)?\}|,this\._\$Cv=e\?\.isConnected\?\?!0|this\._\$AN=void 0,/g, replace: '' },
      {
        name: 'lit-html: parentNode, startNode, endNode and tagName of parts',
        find: /get parentNode\(\)\{(return this\._\$AM\.parentNode|let t=this\._\$AA\.parentNode;const i=this\._\$AM;return void 0!==i&&11===t\?\.nodeType&&\(t=i\.parentNode\),t)\}|get startNode\(\)\{return this\._\$AA\}get endNode\(\)\{return this\._\$AB\}|get tagName\(\)\{return this\.element\.tagName\}/g,
        replace: '',
      },
    ],
  },
];

/** The patches applied by the last build (checked in buildWidgets: every patch must apply). */
const applied = new Set<string>();

/** Drops Lit's global registrations (see the file comment). */
const noLitGlobals: Plugin = {
  name: 'ansinh-no-lit-globals',
  setup(b) {
    b.onStart(() => applied.clear());
    b.onLoad({ filter: /[\\/]lit-html\.js$/ }, (args) => {
      const spec = PATCHES.find((p) => p.file.test(args.path));
      if (!spec) return undefined;
      let code = readFileSync(args.path, 'utf8');
      for (const patch of spec.patches) {
        const next = code.replace(patch.find, patch.replace);
        if (next === code) return { errors: [{ text: `patch "${patch.name}" no longer applies to ${args.path} (Lit changed: update scripts/build-widgets.ts)` }] };
        code = next;
        applied.add(patch.name);
      }
      return { contents: code, loader: 'js' };
    });
  },
};

/**
 * Collapses the layout whitespace of the widgets' own `html`, `svg` and `css` templates
 * (esbuild minifies code, not template text). Found with the TypeScript parser, so only
 * template literal text changes: a line break and its indentation become one space, or
 * nothing between two tags; CSS loses its comments and the spaces around `{};:,`.
 */
export function minifyTemplates(source: string, fileName = 'widget.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg', 'css'].includes(node.tag.text)) {
      const isCss = node.tag.text === 'css';
      const t = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((sp) => sp.literal)];
      for (const piece of pieces) {
        // Literal text lies between the opening `, `}` and the closing `, `${`.
        const start = piece.getStart(file) + 1;
        const end = piece.end - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
        const raw = source.slice(start, end);
        const text = isCss
          ? raw.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}')
          : raw.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
        if (text !== raw) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * The bindings Lit's property (`.x=`), boolean (`?x=`), event (`@x=`), element-position
 * (`<p ${x}>`) and comment (`<!-- ${x} -->`) parts would serve, in the widgets' `html` and
 * `svg` templates, and `mathml` templates: the bundle patches those out of Lit (PATCHES), so
 * any is an error. Returns one message each.
 */
export function checkBindings(source: string, fileName = 'widget.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const problems: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'mathml') problems.push(`${fileName}: a mathml template`);
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text) && ts.isTemplateExpression(node.template)) {
      let before = node.template.head.text;
      for (const span of node.template.templateSpans) {
        const tag = before.slice(before.lastIndexOf('<'));
        const inTag = before.lastIndexOf('<') > before.lastIndexOf('>');
        const quoted = (tag.match(/"/g)?.length ?? 0) % 2 === 1;
        if (inTag && !quoted && !/=$/.test(tag)) problems.push(`${fileName}: a binding in an element's tag, not an attribute value: \`${tag.trim()}\${…}\``);
        else if (inTag && /\s[.?@][^\s=]+=["']?$/.test(tag)) problems.push(`${fileName}: a property, boolean or event binding: \`${tag.trim()}\${…}\``);
        else if (before.lastIndexOf('<!--') > before.lastIndexOf('-->')) problems.push(`${fileName}: a binding in an HTML comment: \`${before.slice(before.lastIndexOf('<!--')).trim()}\${…}\``);
        before += `\${}${span.literal.text}`;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return problems;
}

const compactTemplates: Plugin = {
  name: 'ansinh-compact-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]widgets[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const problems = checkBindings(source, args.path);
      return problems.length ? { errors: problems.map((text) => ({ text })) } : { contents: minifyTemplates(source, args.path), loader: 'ts' };
    });
  },
};

/**
 * `import css from './x.css?raw'`: the stylesheet as minified text (Vite, which the site and
 * the tests use, reads `?raw` the same way, unminified). The widget takes the site's chart
 * stylesheet so: one file colours both. In a shadow root the site's scope, `.ansinh-chart `
 * before every selector, is not needed: it is dropped.
 */
const rawCss: Plugin = {
  name: 'ansinh-raw-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-css' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-css' }, (args) => ({
      contents: transformSync(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true }).code.trim().replaceAll('.ansinh-chart ', ''),
      loader: 'text',
    }));
  },
};

/**
 * Property names that only code in the bundle reads and writes, always as `.name` or in an
 * object literal: esbuild shortens them (about 275 B gzipped). Never a DOM or Lit property,
 * a JSON field of the published files, an attribute or an event detail field. The build
 * fails if one of them appears as a string literal in any bundled file, since a lookup by
 * string (`table['partial']`) would miss the shortened name.
 */
export const INTERNAL_PROPS = [
  'actualSegments', 'actualMarks', 'missingYears', 'indicatorId', 'partial', 'points', 'fromMonth', 'toMonth', 'relative', 'absolute',
  'renderData', 'renderSkeleton', 'renderComplete', 'renderProblem', 'defaultIndicator', 'loadedFor', 'settled',
  'measured', 'resizer', 'widgetLang', 'titled', 'queued', 'themeClass', 'fixedHeight', 'outcome', 'emit', 'styles', 'loaded', 'entry', 'shown', 'comparison', 'rows', 'approximate',
  // The chart's prepared data, layout and node tree.
  'inYear', 'statedPct', 'years', 'marks', 'words', 'orientation', 'plot', 'fontSize', 'tag', 'attrs', 'titleId', 'descId', 'approx', 'label', 'point',
  // The headline's figures and the summary's sentences (src/lib/prepare/headline.ts, summary.ts, i18n/summary.ts) and their parameters.
  'yearPlan', 'change', 'bound', 'headline', 'progress', 'nameVi', 'nameEn', 'requestUpdate',
  'noFigure', 'percentagePoints', 'previousLevel', 'yearToDateOfPlan', 'unchanged', 'toZero', 'amount', 'place',
] as const;

/**
 * Lit's "stable" property names (`_$AH`, `_$litType$`, …): kept unmangled in Lit's own build
 * so that the templates and parts of several Lit copies on one page understand each other.
 * The bundle's Lit renders only the bundle's own templates, into the elements' own shadow
 * roots, and its global registrations are gone (above): these shorten like the names above.
 */
export const LIT_STABLE_PROPS = /_\$[A-Z][A-Za-z]|_\$lit(Type|Part)\$/;

/** Fails when a property esbuild is told to shorten is also looked up by a string somewhere in the bundle. */
function checkInternalProps(inputs: string[]): string[] {
  const problems: string[] = [];
  for (const path of inputs.filter((p) => /\.[jt]s$/.test(p))) {
    // As JavaScript: type annotations (`Pick<T, 'name'>`) and comments are not lookups.
    const source = transformSync(readFileSync(join(ROOT, path), 'utf8'), { loader: path.endsWith('.ts') ? 'ts' : 'js' }).code;
    for (const name of INTERNAL_PROPS) {
      if (new RegExp(`['"\`]${name}['"\`]`).test(source)) problems.push(`${path}: "${name}" appears as a string, so it cannot be shortened (remove it from INTERNAL_PROPS)`);
    }
    const lit = new RegExp(`['"\`](${LIT_STABLE_PROPS.source})['"\`]`).exec(source);
    if (lit) problems.push(`${path}: "${lit[1]}" appears as a string, so Lit's stable names cannot be shortened (LIT_STABLE_PROPS)`);
  }
  return problems;
}

export interface WidgetBundle {
  /** The minified ES module. */
  code: Uint8Array;
  /** Its size in bytes. */
  bytes: number;
  /** Its size gzipped (level 9) in bytes. */
  gzipBytes: number;
}

/**
 * Bundles every element with Lit: ES module, minified, es2022, one file. Writes it to
 * `outFile` (default `.cache/widgets/ansinh.js`; `false`: not written) and returns it.
 */
export async function buildWidgets(opts: { outFile?: string | false } = {}): Promise<WidgetBundle> {
  const result = await build({
    entryPoints: [WIDGETS_ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outfile: WIDGETS_OUT,
    // Lit's production build (no "development" condition); its licence notice as one line.
    conditions: [],
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [noLitGlobals, compactTemplates, rawCss],
    mangleProps: new RegExp(`^(${INTERNAL_PROPS.join('|')}|${LIT_STABLE_PROPS.source})$`),
    // src/lib/format.ts: numbers without Intl in the bundle (its first use costs a page ~17 ms).
    define: { ANSINH_WIDGET_BUILD: 'true' },
    metafile: true,
  });
  // An error pushed in an onEnd callback does not fail the build: checked here.
  const missing = PATCHES.flatMap((p) => p.patches.map((x) => x.name)).filter((n) => !applied.has(n));
  if (missing.length) throw new Error(`Lit files not found in the bundle for: ${missing.join(', ')}`);
  const unsafe = checkInternalProps(Object.keys(result.metafile.inputs));
  if (unsafe.length) throw new Error(unsafe.join('\n'));
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for widgets/index.ts');
  const minified = minifySync('ansinh.js', file.text, { module: true });
  if (minified.errors.length) throw new Error(`Oxc could not minify the bundle: ${minified.errors.map((e) => e.message).join('; ')}`);
  // The exact version in the first line: a copy of the file says what it is.
  const code = new TextEncoder().encode(`/*! An Sinh widgets ${WIDGET_VERSION}, MIT. Lit: © Google LLC, BSD-3-Clause */\n${minified.code}`);
  const outFile = opts.outFile ?? WIDGETS_OUT;
  if (outFile !== false) {
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, code);
  }
  return { code, bytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB (${n} B)`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runCli('build-widgets', async () => {
    const { code, bytes, gzipBytes } = await buildWidgets();
    console.log(`${WIDGETS_OUT.slice(ROOT.length + 1)}: ${kb(bytes)} min, ${kb(gzipBytes)} min+gzip (budget ${WIDGET_BUDGET_GZIP_BYTES / 1024} KB, stretch 15 KB)`);
    const releases = widgetReleases(ROOT, WIDGET_VERSION, code);
    if (releases.problems.length) throw new UsageError(`the widget releases are not sound:\n  ${releases.problems.join('\n  ')}`);
    for (const note of releases.notes) console.warn(note);
    const released = releases.versions.filter((v) => v.released).map((v) => v.version);
    if (releases.currentScript?.released) console.log(`widget ${WIDGET_VERSION}: released, the source builds its exact bytes (${releases.currentScript.integrity})`);
    console.log(`released widget versions: ${released.join(', ') || 'none'}`);
    return 0;
  });
}
