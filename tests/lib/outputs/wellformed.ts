/**
 * A strict XML 1.0 well-formedness check for the feeds and the sitemap: linkedom's parser
 * is lenient and would accept a stray `&` or a tag left open. Covers what the outputs
 * use: declaration, elements, attributes, text, entity and character references,
 * comments, CDATA. Returns the problems found (empty when well-formed).
 */
const isNameStart = (c: string) => /[A-Za-z_:]/.test(c) || c.charCodeAt(0) > 0x7f;
const isNameChar = (c: string) => isNameStart(c) || /[0-9.\-]/.test(c);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function checkReferences(text: string, where: string, problems: string[]): void {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const end = text.indexOf(';', i);
    const ref = end === -1 ? '' : text.slice(i + 1, end);
    const ok = ['lt', 'gt', 'amp', 'quot', 'apos'].includes(ref) || /^#[0-9]+$/.test(ref) || /^#x[0-9a-fA-F]+$/.test(ref);
    if (!ok) problems.push(`${where}: bad reference "${text.slice(i, i + 12)}"`);
  }
  if (text.includes('<')) problems.push(`${where}: "<" in text or attribute value`);
}

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end === -1) return ['unterminated XML declaration'];
    i = end + 2;
  }
  const readName = (): string => {
    const start = i;
    if (i < xml.length && isNameStart(xml[i]!)) while (i < xml.length && isNameChar(xml[i]!)) i++;
    return xml.slice(start, i);
  };
  while (i < xml.length && problems.length < 20) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element at ${i}`);
    checkReferences(text, `text at ${i}`, problems);
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) { problems.push(`unterminated comment at ${i}`); break; }
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end === -1 || stack.length === 0) { problems.push(`bad CDATA at ${i}`); break; }
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end === -1) { problems.push(`unterminated processing instruction at ${i}`); break; }
      i = end + 2;
    } else if (xml.startsWith('</', i)) {
      i += 2;
      const name = readName();
      while (isSpace(xml[i])) i++;
      if (xml[i] !== '>') { problems.push(`bad end tag </${name} at ${i}`); break; }
      i++;
      const open = stack.pop();
      if (open !== name) problems.push(`end tag </${name}> closes <${open ?? 'nothing'}>`);
    } else {
      i++;
      const name = readName();
      if (!name) { problems.push(`bad tag at ${lt}`); break; }
      if (stack.length === 0 && ++roots > 1) problems.push(`second root element <${name}>`);
      const seen = new Set<string>();
      for (;;) {
        const hadSpace = isSpace(xml[i]);
        while (isSpace(xml[i])) i++;
        if (xml.startsWith('/>', i)) { i += 2; break; }
        if (xml[i] === '>') { i++; stack.push(name); break; }
        if (!hadSpace) { problems.push(`<${name}>: expected a space before an attribute at ${i}`); return problems; }
        const attr = readName();
        if (!attr || xml[i] !== '=') { problems.push(`<${name}>: bad attribute at ${i}`); return problems; }
        if (seen.has(attr)) problems.push(`<${name}>: duplicate attribute ${attr}`);
        seen.add(attr);
        i++;
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") { problems.push(`<${name} ${attr}>: unquoted value`); return problems; }
        const end = xml.indexOf(quote, i + 1);
        if (end === -1) { problems.push(`<${name} ${attr}>: unterminated value`); return problems; }
        checkReferences(xml.slice(i + 1, end), `<${name} ${attr}>`, problems);
        i = end + 1;
      }
    }
  }
  if (stack.length) problems.push(`unclosed elements: ${stack.join(' > ')}`);
  if (roots === 0) problems.push('no root element');
  return problems;
}
