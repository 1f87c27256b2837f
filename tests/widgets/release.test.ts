/**
 * What a widget release rests on: Lit pinned exactly (the build patches its published
 * files, scripts/build-widgets.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
/** The value at a key path of parsed JSON, or undefined. */
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null && k in v ? Object.getOwnPropertyDescriptor(v, k)?.value : undefined), value);

describe('Lit', () => {
  it('is pinned to one exact version in package.json, package-lock.json and node_modules', () => {
    const pinned = at(json('package.json'), 'dependencies', 'lit');
    expect(pinned, 'package.json dependencies.lit: an exact version, no range').toMatch(/^\d+\.\d+\.\d+$/);
    const lock = json('package-lock.json');
    expect(at(lock, 'packages', '', 'dependencies', 'lit'), 'package-lock.json: the root entry agrees with package.json (npm install lit@<version> --save-exact)').toBe(pinned);
    expect(at(lock, 'packages', 'node_modules/lit', 'version'), 'package-lock.json: the locked lit').toBe(pinned);
    expect(at(json('node_modules/lit/package.json'), 'version'), 'the installed lit (npm ci)').toBe(pinned);
  });
});
