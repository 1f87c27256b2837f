/**
 * The share images' content-addressed cache (src/lib/og/cache.ts): a card is rendered once,
 * then read back; another text or another renderer is another key; a damaged entry is
 * rendered again; switched off, nothing is stored.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedShareImagePng, ogCacheDir, rendererFingerprint, shareImageKey } from '../../../src/lib/og/cache.ts';
import { shareImagePng, type ShareCard } from '../../../src/lib/og/render.ts';

const root = mkdtempSync(join(tmpdir(), 'ansinh-og-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const card: ShareCard = { lang: 'vi', kicker: 'Chỉ tiêu · Lao động', title: 'Lao động được giải quyết việc làm', figure: '203.027', caption: 'người · Năm 2022 · Hà Nội' };
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const pngs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.png'));

describe('cachedShareImagePng', () => {
  it('renders a card once, then reads the same bytes back', () => {
    const dir = join(root, 'once');
    const first = cachedShareImagePng(card, dir);
    expect(first.hit).toBe(false);
    expect(same(first.png, shareImagePng(card))).toBe(true);
    expect(pngs(dir)).toEqual([`${shareImageKey(card)}.png`]);
    const second = cachedShareImagePng({ ...card }, dir);
    expect(second.hit).toBe(true);
    expect(same(second.png, first.png)).toBe(true);
  });

  it('renders a card whose text changed, beside the old one', () => {
    const dir = join(root, 'changed');
    cachedShareImagePng(card, dir);
    for (const change of [{ title: `${card.title} 2` }, { figure: '203.028' }, { lang: 'en' as const }, { kicker: 'x' }, { caption: 'y' }]) {
      const r = cachedShareImagePng({ ...card, ...change }, dir);
      expect(r.hit, JSON.stringify(change)).toBe(false);
    }
    expect(pngs(dir)).toHaveLength(6);
  });

  it('keys on the renderer too: another renderer fingerprint is another key', () => {
    expect(rendererFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(shareImageKey(card)).toBe(shareImageKey(card, rendererFingerprint()));
    expect(shareImageKey(card, 'another renderer')).not.toBe(shareImageKey(card));
  });

  it('renders again over a damaged entry', () => {
    const dir = join(root, 'damaged');
    const good = cachedShareImagePng(card, dir).png;
    const file = join(dir, `${shareImageKey(card)}.png`);
    writeFileSync(file, good.subarray(0, good.byteLength - 10));
    const r = cachedShareImagePng(card, dir);
    expect(r.hit).toBe(false);
    expect(same(readFileSync(file), good)).toBe(true);
    expect(cachedShareImagePng(card, dir).hit).toBe(true);
  });

  it('stores nothing when switched off', () => {
    expect(ogCacheDir({ ANSINH_OG_CACHE: '0' })).toBeNull();
    expect(ogCacheDir({})).toBe(resolve('.cache/og'));
    expect(ogCacheDir({ ANSINH_OG_CACHE: join(root, 'elsewhere') })).toBe(join(root, 'elsewhere'));
    // Rendered each time: nothing was kept between the calls.
    expect(cachedShareImagePng(card, null).hit).toBe(false);
    const r = cachedShareImagePng(card, null);
    expect(r.hit).toBe(false);
    expect(same(r.png, shareImagePng(card))).toBe(true);
  });
});
