// npm run ingest -- --input <dir> --out <dir> [--verbose] [--workers N] [--wait seconds]
// Builds <out>/dataset.json and <out>/articles/*.json (the article texts, a few per file) from an input
// folder of articles and manifest.json. One ingest writes to a folder at a time; a second one waits
// for it (--wait, 30 s by default), then gives up with a sentence saying so.
// Exit codes: 0 built, 1 bad input or a failed write (one sentence per problem), 2 bad usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeReadError, describeWriteError } from './cli/describe-error.ts';
import { formatProblems, ingestFolder } from './cli/ingest.ts';
import { getOverlapProblem } from './cli/check-folders.ts';
import { writeDataset } from './cli/write-dataset.ts';

const USAGE =
  'Usage: npm run ingest -- --input <folder with manifest.json> --out <folder> [--verbose] [--workers N] [--wait seconds]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        workers: { type: 'string' },
        wait: { type: 'string', default: '30' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.input || !values.out) {
    console.error(USAGE);
    return 2;
  }
  // Unset: one thread per core for a large input, else one (cli/thread-count.ts).
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) {
    console.error(`--workers must be a whole number of 1 or more\n${USAGE}`);
    return 2;
  }
  const waitSeconds = Number(values.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) {
    console.error(`--wait must be a number of seconds, 0 or more\n${USAGE}`);
    return 2;
  }
  const input = path.resolve(values.input);
  const out = path.resolve(values.out);
  const overlap = await getOverlapProblem(input, out);
  if (overlap) {
    console.error(overlap);
    return 2;
  }
  const started = performance.now();
  const result = await ingestFolder(input, workers).catch((error: unknown) => {
    console.error(describeReadError(error, input));
    return null;
  });
  if (!result) return 1;
  if (!result.ok) {
    console.error(formatProblems(input, result.problems));
    console.error('Nothing was written; any earlier dataset.json and articles/ are unchanged.');
    return 1;
  }
  let target: string;
  try {
    target = await writeDataset(out, result.dataset, { waitMs: waitSeconds * 1000 });
  } catch (error) {
    console.error(describeWriteError(error, out));
    return 1;
  }
  const { counts, warnings, threads } = result;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (values.verbose) {
    for (const [stage, count] of Object.entries(counts)) console.log(`  ${stage.padEnd(18)} ${count}`);
    console.log(`  ${'threads'.padEnd(18)} ${threads.length} (articles each: ${threads.join(', ')})`);
    for (const warning of warnings) console.log(`  warning: ${warning}`);
  }
  console.log(
    `${counts.articles} articles, ${counts.events} events, ${counts.actors} actors, ${counts.episodes} episodes, ` +
      `${warnings.length} warnings → ${path.relative(process.cwd(), target) || target} + ` +
      `${counts.articles} article texts in articles/ (${seconds} s)`,
  );
  return 0;
}

process.exitCode = await main();
