import { sha256 } from '../data/load.ts';

/** Hex sha256 of some bytes (the digest releases.lock.json uses too). */
export const sha256Hex = (bytes: Uint8Array): string => sha256(bytes);

/**
 * A SHA256SUMS file as GNU coreutils writes it, so `sha256sum -c SHA256SUMS` checks a
 * downloaded folder: one `<hex digest><two spaces><file name>` line per file, LF endings.
 */
export function sha256sums(files: readonly ({ name: string; bytes: Uint8Array } | { name: string; sha256: string })[]): string {
  return files.map((f) => {
    if (/[\\\n]/.test(f.name)) throw new Error(`file name "${f.name}" needs escaping in SHA256SUMS`);
    return `${'sha256' in f ? f.sha256 : sha256Hex(f.bytes)}  ${f.name}\n`;
  }).join('');
}
