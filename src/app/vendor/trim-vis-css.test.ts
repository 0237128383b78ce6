import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trimVisCss } from './trim-vis-css.ts';

const require = createRequire(import.meta.url);
const installedCss = () =>
  readFileSync(require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css'), 'utf8');

describe('trimVisCss', () => {
  it('drops rules whose every selector names a Graph2d or Configurator class', () => {
    const css =
      '.vis-legend{a:1}.vis-item .vis-bar,.vis-fill{b:2}.vis-item,.vis-legend{c:3}' +
      '@media print{.vis-legend{d:4}}.vis-point{e:5}';
    expect(trimVisCss(css)).toBe('.vis-item,.vis-legend{c:3}@media print{.vis-legend{d:4}}.vis-point{e:5}');
  });

  // That the built app never writes a removed class is checked on the build, in
  // e2e/first-view-size.spec.ts (tree-shaking, not the trim, drops the Configurator's code).
  it('removes more than 1 KiB (gzip) of the installed stylesheet', () => {
    const css = installedCss();
    const saved = gzipSync(css).length - gzipSync(trimVisCss(css)).length;
    expect(saved).toBeGreaterThan(1024);
  });

  it('keeps every class the timeline draws', () => {
    const kept = trimVisCss(installedCss());
    for (const name of [
      '.vis-item',
      '.vis-point',
      '.vis-dot',
      '.vis-range',
      '.vis-background',
      '.vis-tooltip',
    ])
      expect(kept).toContain(name);
  });
});
