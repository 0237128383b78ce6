// The first view's weight: the JavaScript and CSS that dist/index.html loads (scripts, module
// preloads, stylesheets), gzip-compressed as a static host would serve them, stay within 200 KiB.
// Runs in `npm test` after the build, so a heavy dependency fails the tests, not only the benchmark.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { trimVisCss } from '../src/app/vendor/trim-vis-css.ts';

const DIST = path.resolve(import.meta.dirname, '../dist');
const BUDGET_KIB = 200;

/** Local .js and .css files named by src/href attributes of index.html (script, link). */
export function getFirstViewAssets(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(refs.filter((ref) => /\.(?:js|css)$/.test(ref) && !/^[a-z]+:/i.test(ref)))];
}

test('the first view loads at most 200 KiB of JS and CSS (gzip)', () => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const assets = getFirstViewAssets(html);
  expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
  expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  const sizes = assets.map((asset) => {
    const file = path.join(DIST, asset.replace(/^\.?\//, ''));
    return { asset, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
  });
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  test.info().annotations.push({ type: 'first view (KiB gzip)', description: total.toFixed(1) });
  console.log(`First view: ${total.toFixed(1)} KiB gzip`, sizes);
  expect(
    total,
    sizes.map((s) => `${s.asset}: ${(s.gzip / 1024).toFixed(1)} KiB`).join(', '),
  ).toBeLessThanOrEqual(BUDGET_KIB);
});

test('the vis-timeline rules left out of the stylesheet are for classes the built app never writes', () => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const js = getFirstViewAssets(html)
    .filter((asset) => asset.endsWith('.js'))
    .map((asset) => readFileSync(path.join(DIST, asset.replace(/^\.?\//, '')), 'utf8'))
    .join('\n');
  const require = createRequire(import.meta.url);
  const css = readFileSync(require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css'), 'utf8');
  const kept = new Set(trimVisCss(css).match(/\.vis-[\w-]+/g));
  const removed = [...new Set(css.match(/\.vis-[\w-]+/g))].filter((name) => !kept.has(name));
  expect(removed.length).toBeGreaterThan(10);
  for (const name of removed) expect(js.includes(name.slice(1)), name).toBe(false);
});
