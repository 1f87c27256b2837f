/**
 * Share images are rendered once per content: a content-addressed cache outside dist/
 * (`.cache/og/<sha256>.png`) keeps every PNG the build renders, under the sha256 of what
 * decides its pixels — the card's text and the renderer's fingerprint — so a card that did
 * not change is read back on the next build instead of laid out and rendered again (~50 ms
 * each, most of it measuring text).
 *
 * The renderer's fingerprint is the digest of what it draws for a few probe cards, in both
 * languages, with and without a figure, with a title long enough to shrink and cut: a change
 * to the layout, the template's own words, the fonts, resvg or the PNG encoder changes those
 * bytes, and so every key. OG_RENDERER_REVISION is there for a change the probes would not
 * show: bump it and every card is rendered anew.
 *
 * `ANSINH_OG_CACHE` names another folder; `ANSINH_OG_CACHE=0` switches the cache off.
 * Entries are never deleted by the build: delete the folder to reclaim the space.
 */
import { basename } from 'node:path';
import { cacheDirFrom, cachedBytes, sha256 } from '../content-cache.ts';
import { fontFiles } from './fonts.ts';
import { shareImagePng, type ShareCard } from './render.ts';

/** Bump to render every share image anew (a change the probe cards would not show). */
export const OG_RENDERER_REVISION = 1;

export const DEFAULT_OG_CACHE_DIR = '.cache/og';

/** The cache folder: `ANSINH_OG_CACHE`, else `.cache/og` in the working directory; null when switched off. */
export const ogCacheDir = (env: NodeJS.ProcessEnv = process.env): string | null => cacheDirFrom(env.ANSINH_OG_CACHE, DEFAULT_OG_CACHE_DIR);

/** Cards that take every path of the layout: both languages, figure or none, ≈, titles that shrink and are cut. */
const PROBES: readonly ShareCard[] = [
  { lang: 'vi', kicker: 'Chỉ tiêu · Lao động, việc làm', title: 'Lao động được giải quyết việc làm', figure: '222.000', caption: 'người · Năm 2025 · Hà Nội' },
  { lang: 'en', kicker: 'Indicator · Poverty', title: 'Share of trained workers with degrees or certificates in Ứng Hòa, Đống Đa, Thường Tín and Mỹ Đức, measured every year since the reform of the labour survey', figure: '≈ 54.06%', caption: 'Full year 2024 · Hanoi · derived from reported values, and a caption long enough to be cut short at the end' },
  { lang: 'vi', kicker: 'Quận · Hà Nội · một dòng rất dài để thu nhỏ cỡ chữ của dòng trên cùng cho vừa khung', title: 'Ba Đình', figure: '', caption: '' },
  { lang: 'en', kicker: 'Open data', title: 'Hanoi social welfare', figure: '1,234,567,890,123', caption: '30 districts' },
];

let fingerprint: string | undefined;

/** Digest of the probe cards' PNGs and the revision: changes whenever the renderer draws differently. */
export function rendererFingerprint(): string {
  fingerprint ??= sha256(JSON.stringify({ revision: OG_RENDERER_REVISION, probes: PROBES.map((card) => sha256(shareImagePng(card))) }));
  return fingerprint;
}

/** The cache key of a card: the sha256 of its text and the renderer's fingerprint. */
export function shareImageKey(card: ShareCard, renderer = rendererFingerprint()): string {
  return sha256(JSON.stringify([renderer, card.lang, card.kicker, card.title, card.figure, card.caption]));
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** A whole PNG: its signature, and the IEND chunk at the very end (a cut-off write fails this). */
const isWholePng = (b: Uint8Array) =>
  b.byteLength > SIGNATURE.length + IEND.length && SIGNATURE.every((x, i) => b[i] === x) && IEND.every((x, i) => b[b.byteLength - IEND.length + i] === x);

export interface CachedImage {
  png: Uint8Array<ArrayBuffer>;
  /** True when read from the cache, false when rendered (and stored) now. */
  hit: boolean;
}

/**
 * A PNG by its cache key: read from the cache when it holds that key, else rendered and
 * stored (content-cache.ts). With `dir` null (the cache switched off), rendered every time.
 * The key must change whenever the pixels would: the content and the renderer's fingerprint.
 */
export function cachedPng(key: string, render: () => Uint8Array<ArrayBuffer>, dir: string | null = ogCacheDir()): CachedImage {
  const { bytes, hit } = cachedBytes(key, { dir, ext: 'png', isWhole: isWholePng }, render);
  return { png: bytes, hit };
}

/** The card's PNG, through the cache ({@link cachedPng}). */
export const cachedShareImagePng = (card: ShareCard, dir: string | null = ogCacheDir()): CachedImage =>
  cachedPng(shareImageKey(card), () => shareImagePng(card), dir);

/** Bump to render every chart image anew (a change to how chart-image.ts rasterises that its SVG would not show). */
export const CHART_IMAGE_REVISION = 1;

/**
 * The cache key of a chart image's PNG: its SVG decides its pixels, with the scale and the
 * renderer's fingerprint (fonts, resvg, the PNG encoder: the share images' probes exercise
 * them all).
 */
export const chartImageKey = (svgForPng: string, scale: number, renderer = rendererFingerprint()): string =>
  // The font files' names carry their content's hash: composed characters (fonts.ts) that
  // the share images never draw as text change them.
  sha256(JSON.stringify([renderer, fontFiles().map((f) => basename(f)), 'chart', CHART_IMAGE_REVISION, scale, svgForPng]));
