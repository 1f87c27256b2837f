import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, placeholderNotice, SITE_PLACEHOLDER, siteSetting } from '../../../src/lib/outputs/url.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('the site address (ANSINH_SITE)', () => {
  it('is the placeholder when unset or empty, and says so', () => {
    expect(siteSetting(undefined)).toEqual({ site: SITE_PLACEHOLDER, placeholder: true });
    expect(siteSetting('  ')).toEqual({ site: SITE_PLACEHOLDER, placeholder: true });
    expect(placeholderNotice()).toContain('ANSINH_SITE');
    expect(placeholderNotice()).toContain(SITE_PLACEHOLDER);
    expect(placeholderNotice()).not.toContain('\n');
  });

  it('is the origin given, without a trailing slash', () => {
    expect(siteSetting('https://opendata.example.vn')).toEqual({ site: 'https://opendata.example.vn', placeholder: false });
    expect(siteSetting('https://opendata.example.vn/')).toEqual({ site: 'https://opendata.example.vn', placeholder: false });
    expect(siteSetting(' http://127.0.0.1:4321/ ').site).toBe('http://127.0.0.1:4321');
    expect(siteSetting('https://OpenData.Example.VN').site).toBe('https://opendata.example.vn');
  });

  it.each(['opendata.example.vn', 'ftp://example.vn', 'https://example.vn/ansinh', 'https://example.vn/?x=1', 'https://example.vn/#top', 'https://u:p@example.vn', 'https://example.vn?'])(
    'refuses %s, naming the setting and the value', (value) => {
      expect(() => siteSetting(value)).toThrow(/ANSINH_SITE.*got "/);
    },
  );

  it('builds absolute URLs from root-relative paths', () => {
    expect(absoluteUrl('https://a.vn', '/data/x.csv')).toBe('https://a.vn/data/x.csv');
    expect(absoluteUrl('https://a.vn/', '/data/x.csv')).toBe('https://a.vn/data/x.csv');
    expect(absoluteUrl(new URL('https://a.vn/'), 'chi-tieu/')).toBe('https://a.vn/chi-tieu/');
    expect(() => absoluteUrl('a.vn', '/x')).toThrow(/ANSINH_SITE/);
  });

  it('is the only origin the code knows: no source file spells the placeholder but url.ts', () => {
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|astro|mjs|js)$/.test(name) && readFileSync(path, 'utf8').includes('ansinh.example.org')) hits.push(relative(ROOT, path));
      }
    };
    for (const dir of ['src', 'scripts']) walk(join(ROOT, dir));
    const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
    if (config.includes('ansinh.example.org')) hits.push('astro.config.mjs');
    // Comments in these files use it as an example; the only value is SITE_PLACEHOLDER.
    const code = hits.filter((p) => readFileSync(join(ROOT, p), 'utf8').split('\n')
      .some((line) => line.includes('ansinh.example.org') && !/^\s*(\*|\/\/|\/\*\*)/.test(line)));
    expect(code).toEqual(['src/lib/outputs/url.ts']);
    expect(config).toMatch(/siteSetting\(process\.env\.ANSINH_SITE\)/);
  });
});
