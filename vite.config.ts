import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { trimVisCssPlugin } from './src/app/vendor/trim-vis-css.ts';
import { trimVisTimelinePlugin } from './src/app/vendor/trim-vis-timeline.ts';
import { visUtilAlias } from './src/app/vendor/vis-util-alias.ts';
import { datasetPlugin } from './src/pipeline/cli/vite-plugin.ts';

// The folder the dataset is built from; DATASET_INPUT points the build at another corpus.
const DATASET_INPUT = process.env.DATASET_INPUT ?? 'seeds';

// public/_headers (Netlify / Cloudflare Pages format) is the one source of the response headers:
// `vite preview` sends them, and the build copies the file for hosts that read it.
const HEADERS = readHeadersFile('public/_headers');
// `vite preview` sends the "/*" section with every file; narrower sections ("/data/*": revalidate)
// are for hosts, as preview already marks every file no-cache.
const SECURITY_HEADERS = HEADERS['/*'] ?? {};

export default defineConfig({
  // Absolute asset and data URLs, so a host that answers any path with index.html (a deep link to
  // /foo/bar/) serves a working page. A site deployed in a sub-folder is built for it:
  // BASE_PATH=/timeline/ npm run build.
  base: getBasePath(process.env.BASE_PATH),
  plugins: [
    react(),
    datasetPlugin(DATASET_INPUT),
    cspMetaPlugin(SECURITY_HEADERS['Content-Security-Policy']),
    trimVisTimelinePlugin(),
    trimVisCssPlugin(),
  ],
  // vis-util trimmed to what vis-timeline uses (see src/app/vendor/), like vis-timeline above.
  resolve: { alias: [visUtilAlias] },
  build: {
    target: 'es2023',
    // Source maps only when asked for (SOURCEMAP=1 npm run build): they would otherwise be
    // deployed and served with the site, several megabytes of it.
    sourcemap: process.env.SOURCEMAP === '1',
  },
  preview: { port: 4173, headers: SECURITY_HEADERS },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'src/pipeline/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/app/**/*.test.{ts,tsx}'],
          setupFiles: ['src/app/test-setup.ts'],
        },
      },
    ],
  },
});

/** A _headers file → { path pattern: { Name: value } }: a path line opens a section, indented
 *  "Name: value" lines fill it, comments are skipped. */
function readHeadersFile(file: string): Record<string, Record<string, string>> {
  const sections: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\/\S*\s*$/.test(line)) sections[line.trim()] = current = {};
    const match = /^\s+([\w-]+):\s*(.+?)\s*$/.exec(line);
    if (match && current) current[match[1]!] = match[2]!;
  }
  return sections;
}

// Puts the CSP into the built index.html too, so the site is protected on hosts that set no headers.
// Build only: the dev server's hot reload injects inline styles and scripts that the policy forbids.
// A <meta> policy cannot carry frame-ancestors (browsers ignore it there and log an error), so it is left
// out; framing is refused by the frame-ancestors and X-Frame-Options headers where a host sends them.
function cspMetaPlugin(policy: string | undefined): Plugin {
  if (!policy) throw new Error('public/_headers has no Content-Security-Policy');
  const content = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'diplomacy-timeline-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' },
    ],
  };
}

/** "/" by default; a sub-folder must be written as an absolute path with a trailing slash. */
function getBasePath(value: string | undefined): string {
  if (value === undefined || value === '') return '/';
  if (!/^\/(?:[\w.~-]+\/)*$/.test(value))
    throw new Error(`BASE_PATH must be an absolute folder path such as /timeline/, not "${value}"`);
  return value;
}
