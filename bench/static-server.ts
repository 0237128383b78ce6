// A tiny static server for the built site, for the app benchmark only. Why not `vite preview`: the
// benchmark swaps the dataset's files (data/dataset.json and data/articles/*.json) per scenario
// without touching dist/, and gzips every response
// (level 9, once per file, as a static host with precompressed files would) so the browser's
// transfer sizes are the ones a visitor downloads. Listens on 127.0.0.1 only, on a free port.
// The site is read into memory once at start: others may rebuild dist/ while a benchmark runs, and
// every run must load the same build (source maps are left out; no page asks for them).
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const DATA_PREFIX = '/data/';

/** A dataset's files: path under data/ ("dataset.json", "articles/<first article id>.json") → JSON text. */
export type DataFiles = ReadonlyMap<string, string>;

interface Body {
  readonly raw: Buffer;
  readonly gzip: Buffer;
  readonly type: string;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /**
   * Serve these files under data/ from now on, and nothing else there (an article of another
   * dataset is a 404); null goes back to the files in dist/.
   */
  setDataset(files: DataFiles | null): void;
  close(): Promise<void>;
}

const toBody = (raw: Buffer, type: string): Body => ({ raw, gzip: gzipSync(raw, { level: 9 }), type });

export async function startStaticServer(root: string): Promise<StaticServer> {
  // URL path ('/assets/index-abc.js') → body; nothing outside root can be in it.
  const files = new Map<string, Body>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.map')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const urlPath = `/${path.relative(root, file).split(path.sep).join('/')}`;
    files.set(urlPath, toBody(await readFile(file), TYPES[path.extname(file)] ?? 'application/octet-stream'));
  }
  let dataset: DataFiles | null = null;
  // Compressed on first request, once: a 50k-event scenario has 10,000 article files, of which a run
  // reads a few.
  let compressed = new Map<string, Body>();
  const loadData = (file: string): Body | null => {
    let body = compressed.get(file);
    const json = dataset?.get(file);
    if (!body && json !== undefined) {
      body = toBody(Buffer.from(json), TYPES['.json'] as string);
      compressed.set(file, body);
    }
    return body ?? null;
  };
  const load = (urlPath: string): Body | null =>
    dataset && urlPath.startsWith(DATA_PREFIX)
      ? loadData(urlPath.slice(DATA_PREFIX.length))
      : (files.get(urlPath === '/' ? '/index.html' : urlPath) ?? null);

  const server = createServer((request, response) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const body = load(urlPath);
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const bytes = gzip ? body.gzip : body.raw;
    response.writeHead(200, {
      'Content-Type': body.type,
      'Content-Length': bytes.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : bytes);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setDataset(next) {
      dataset = next;
      compressed = new Map();
      // The index is read by every run: compress it now, outside the measured page loads.
      loadData('dataset.json');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
