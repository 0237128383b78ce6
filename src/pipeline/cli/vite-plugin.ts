// Builds the dataset from the seed folder inside Vite: `vite build` emits it as
// data/dataset.json beside the site, and the dev server serves it from memory and rebuilds
// it whenever a file in the folder changes. The app fetches data/dataset.json at run time,
// so a dataset built by `npm run ingest` from another corpus can replace it in a built site.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblems, ingestFolder } from './ingest.ts';
import { DATASET_FILE, serializeDataset } from './write-dataset.ts';

export function datasetPlugin(inputDir: string): Plugin {
  const input = path.resolve(inputDir);
  type Built = { json: string } | { error: string };
  let latest: Promise<Built> | null = null;
  const build = async (): Promise<Built> => {
    const result = await ingestFolder(input);
    return result.ok
      ? { json: serializeDataset(result.dataset) }
      : { error: formatProblems(input, result.problems) };
  };
  return {
    name: 'diplomacy-timeline-dataset',
    async generateBundle() {
      const result = await build();
      if ('error' in result) this.error(result.error);
      this.emitFile({ type: 'asset', fileName: `data/${DATASET_FILE}`, source: result.json });
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
        if (!req.url || !req.url.split('?')[0]!.endsWith(`/data/${DATASET_FILE}`)) return next();
        const result = await (latest ?? build());
        res.setHeader('Content-Type', 'error' in result ? 'text/plain; charset=utf-8' : 'application/json');
        res.statusCode = 'error' in result ? 500 : 200;
        res.end('error' in result ? result.error : result.json);
      });
    },
  };
}
