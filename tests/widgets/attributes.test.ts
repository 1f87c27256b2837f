import { describe, expect, it } from 'vitest';
import { langFrom, readConfig } from '../../widgets/shared/attributes.ts';
import { describe as describeProblem, WidgetError } from '../../widgets/shared/i18n.ts';

const BASE = 'https://ansinh.example.org';

/** The Vietnamese and English messages of the error `f` throws. */
function messages(f: () => unknown): [string, string] {
  try {
    f();
  } catch (e) {
    if (e instanceof WidgetError) return [describeProblem(e.problem, 'vi'), describeProblem(e.problem, 'en')];
    throw e;
  }
  throw new Error('no error thrown');
}

describe('readConfig', () => {
  it('fills the defaults: area 01, no theme (the host decides), the script origin as base', () => {
    expect(readConfig({ indicator: 'jobs_created' }, { base: BASE })).toEqual({ indicator: 'jobs_created', area: '01', base: BASE, hide: [] });
    expect(readConfig({ indicator: 'jobs_created', theme: ' auto ' }, { base: BASE }).theme).toBe('auto');
  });
  it('takes the element default indicator, trims values and treats empty ones as absent', () => {
    const c = readConfig({ indicator: ' ', area: ' 018 ', version: '', base: 'https://mirror.example/ansinh/' }, { indicator: 'jobs_created', base: BASE });
    expect(c).toEqual({ indicator: 'jobs_created', area: '018', base: 'https://mirror.example/ansinh', hide: [] });
  });
  it('reads an article’s options: hide tokens, a highlight, year-to-date, a height', () => {
    const c = readConfig({ indicator: 'x', hide: ' legend   footer ', highlight: '2022', yearToDate: 'hide', height: '360' }, { base: BASE });
    expect([c.hide, c.highlight, c.yearToDate, c.height]).toEqual([['legend', 'footer'], '2022', false, 360]);
    expect(readConfig({ indicator: 'x', yearToDate: 'show', height: '1200' }, { base: BASE })).toMatchObject({ yearToDate: true, height: 1200, hide: [] });
    expect(messages(() => readConfig({ indicator: 'x', hide: 'legend axes' }, { base: BASE }))[1]).toBe('The attribute hide="axes" is not valid; expected: title | legend | summary | table | footer');
    expect(messages(() => readConfig({ indicator: 'x', yearToDate: 'off' }, { base: BASE }))[0]).toBe('Thuộc tính year-to-date="off" không hợp lệ; dạng đúng: show | hide');
    for (const h of ['199', '1201', '0360', '-300', '3e2']) expect(messages(() => readConfig({ indicator: 'x', height: h }, { base: BASE }))[1], h).toContain(`height="${h}"`);
    expect(readConfig({ indicator: 'x', height: '200' }, { base: BASE }).height).toBe(200);
    expect(messages(() => readConfig({ indicator: 'x', highlight: 'Ba Đình' }, { base: BASE }))[1]).toContain('expected: YYYY | 001 … 282');
  });
  it('parses the period and the pins', () => {
    const c = readConfig({ indicator: 'x', period: '2025-01/2025-10', asOf: '2024-02-29' }, { base: BASE });
    expect(c.period?.kind).toBe('months');
    expect(c.period?.end).toBe('2025-10-31');
    expect(c.asOf).toBe('2024-02-29');
  });
  it('names the faulty attribute and the expected form, in both languages', () => {
    expect(messages(() => readConfig({ indicator: 'Jobs Created' }, { base: BASE }))).toEqual([
      'Thuộc tính indicator="Jobs Created" không hợp lệ; dạng đúng: jobs_created',
      'The attribute indicator="Jobs Created" is not valid; expected: jobs_created',
    ]);
    expect(messages(() => readConfig({ indicator: 'x', area: 'Ba Đình' }, { base: BASE }))[1]).toBe('The attribute area="Ba Đình" is not valid; expected: 01 | 001 … 282');
    expect(messages(() => readConfig({ indicator: 'x', version: '2025-02-30' }, { base: BASE }))[1]).toContain('version="2025-02-30"');
    expect(messages(() => readConfig({ indicator: 'x', asOf: '26/11/2026' }, { base: BASE }))[1]).toContain('as-of="26/11/2026"');
    expect(messages(() => readConfig({ indicator: 'x', period: '2025-13' }, { base: BASE }))[1]).toContain('period="2025-13"');
    expect(messages(() => readConfig({ indicator: 'x', theme: 'sepia' }, { base: BASE }))[0]).toContain('auto | light | dark');
    expect(messages(() => readConfig({ indicator: 'x', base: 'javascript:alert(1)' }, { base: BASE }))[1]).toContain('base="javascript:alert(1)"');
    expect(messages(() => readConfig({}, { base: BASE }))[1]).toContain('indicator=""');
  });
  it('refuses version and as-of together', () => {
    expect(messages(() => readConfig({ indicator: 'x', version: '2023-01-14', asOf: '2024-01-01' }, { base: BASE }))).toEqual([
      'Chỉ dùng một trong hai thuộc tính version hoặc as-of.',
      'Use either the version or the as-of attribute, not both.',
    ]);
  });
});

describe('langFrom', () => {
  it('reads Vietnamese and English variants; another declared language reads English; none reads Vietnamese', () => {
    expect(langFrom('vi')).toBe('vi');
    expect(langFrom('vi-VN')).toBe('vi');
    expect(langFrom('en-GB')).toBe('en');
    expect(langFrom('EN')).toBe('en');
    expect(langFrom('fr')).toBe('en');
    expect(langFrom(undefined)).toBe('vi');
    expect(langFrom('')).toBe('vi');
  });
});
