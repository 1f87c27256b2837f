import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/escape.ts';

describe('escapeXml', () => {
  it('escapes the five XML specials, composes to NFC and drops control characters', () => {
    expect(escapeXml(`<a & 'b' "c">`)).toBe('&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;');
    expect(escapeXml('No\u0323\u0302i\u0007')).toBe('Nội');
  });
});
