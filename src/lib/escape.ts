// XML 1.0 forbids most C0 controls even as character references: they are dropped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text as XML, HTML or SVG character data or a quoted attribute value: the one escaping
 * function of every markup the site writes by hand (feeds, sitemap, SVG, embed snippets).
 * NFC-normalised, so Vietnamese diacritics compare and render the same everywhere.
 */
export function escapeXml(text: string): string {
  return text.normalize('NFC').replace(CONTROL, '').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}
