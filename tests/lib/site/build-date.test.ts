import { describe, expect, it } from 'vitest';
import { buildDateFrom } from '../../../src/lib/site/build-date.ts';

describe('the build date', () => {
  it('is the UTC day of SOURCE_DATE_EPOCH when set', () => {
    expect(buildDateFrom('1795996800', new Date('2000-01-01T00:00:00Z'))).toBe('2026-11-30');
    expect(buildDateFrom('1795996799', new Date('2000-01-01T00:00:00Z'))).toBe('2026-11-29');
  });

  it('is the UTC day of the build otherwise', () => {
    expect(buildDateFrom(undefined, new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-29');
    expect(buildDateFrom('', new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-29');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDateFrom('2026-11-29', new Date())).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
