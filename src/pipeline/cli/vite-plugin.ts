// Builds the dataset from the seed folder inside Vite: `vite build` emits its files (data/dataset.json
// and data/articles/*.json, src/domain/dataset-layout.ts) beside the site, and the dev server
// serves the same files from memory and rebuilds them whenever a file in the folder changes. The app
// fetches them at run time, so the output of `npm run ingest` from another corpus can replace them in
// a built site.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { toDataFiles } from '../../domain/dataset-layout.ts';
import { formatProblems, ingestFolder } from './ingest.ts';

/** A request for one of the dataset's files (dataset-layout.ts), by a URL relative to the page. */
const DATA_FILE_URL = /\/data\/(dataset\.json|articles\/[^/]+\.json)$/;

export function datasetPlugin(inputDir: string): Plugin {
  const input = path.resolve(inputDir);
  /** Path under data/ → contents, or why the dataset could not be built. */
  type Built = { files: ReadonlyMap<string, string> } | { error: string };
  let latest: Promise<Built> | null = null;
  const build = async (): Promise<Built> => {
    const result = await ingestFolder(input);
    return result.ok
      ? { files: toDataFiles(result.dataset) }
      : { error: formatProblems(input, result.problems) };
  };
  return {
    name: 'diplomacy-timeline-dataset',
    async generateBundle() {
      const result = await build();
      if ('error' in result) this.error(result.error);
      for (const [file, source] of result.files) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source });
      }
    },
    configureServer(server: ViteDevServer) {
      latest = build();
      server.watcher.add(input);
      server.watcher.on('all', (_event, file) => {
        if (!path.resolve(file).startsWith(input + path.sep)) return;
        latest = build();
        void latest.then((result) => {
          if ('error' in result) server.config.logger.error(result.error);
          else server.config.logger.info(`dataset rebuilt from ${path.relative(process.cwd(), input)}`);
          server.ws.send({ type: 'full-reload' });
        });
      });
      server.middlewares.use(async (req, res, next) => {
        const file = DATA_FILE_URL.exec(req.url?.split('?')[0] ?? '')?.[1];
        if (file === undefined) return next();
        const result = await (latest ?? build());
        // A lookup in the built files, never a path on disk: nothing else can be reached this way.
        const body = 'error' in result ? result.error : result.files.get(file);
        res.statusCode = 'error' in result ? 500 : body === undefined ? 404 : 200;
        res.setHeader(
          'Content-Type',
          res.statusCode === 200 ? 'application/json' : 'text/plain; charset=utf-8',
        );
        res.end(body ?? 'Not found');
      });
    },
  };
}
