import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/lib/charts/palette.ts';
import { themeCss } from '../../widgets/shared/theme.ts';

/** The default of each `--name: var(--ansinh-…, #hex)` in a CSS block. */
function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--(\w+): var\(--ansinh-[\w-]+, (#[0-9a-f]{6})\)/g)].map((m) => [m[1]!, m[2]!]));
}

describe('widget colours', () => {
  const css = themeCss.cssText;
  const light = tokens(css.slice(0, css.indexOf('@media')));
  const dark = { ...light, ...tokens(css.slice(css.indexOf('@media'))) };
  it('are read from the stylesheet', () => {
    expect(Object.keys(light)).toEqual(['bg', 'fg', 'muted', 'link', 'actual', 'plan', 'target']);
    expect(dark.bg).toBe('#111111');
  });
  for (const [mode, t] of [['light', light], ['dark', dark]] as const) {
    it(`pass WCAG AA in ${mode} mode: text 4.5:1, marks 3:1`, () => {
      for (const text of ['fg', 'muted', 'link'] as const) expect(contrast(t[text]!, t.bg!), `${text} on bg`).toBeGreaterThanOrEqual(4.5);
      for (const mark of ['actual', 'plan', 'target'] as const) expect(contrast(t[mark]!, t.bg!), `${mark} on bg`).toBeGreaterThanOrEqual(3);
    });
  }
});
