// npx tsx bench/app.ts [--runs 5] [--sizes 1000,10000,50000] [--skip-seeds] [--timeout <s>]
// The built app (dist/, so run `npx vite build` first) in headless Chromium: first-view bytes and
// times with the seeds' dataset, then the same plus an actor filter, a selection and a zoom to one
// week and back with synthetic datasets. Each run uses a fresh browser context (empty cache).
// Prints median/min/max per metric, the issue's targets as PASS/MISS, and writes
// bench/results/app-<time>.json. Not part of `npm test`: it takes minutes and its times are noisy.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { chromium } from '@playwright/test';
import { findBrowser } from '../e2e/find-browser.mjs';
import type { RunMetrics, Summary, MetricKey } from './app-report.ts';
import { checkTargets, printScenario, printTargets, summarize } from './app-report.ts';
import type { Scenario } from './app-scenarios.ts';
import { getSeedScenario, getSyntheticScenario } from './app-scenarios.ts';
import { toFailure, withTimeout } from './bounded.ts';
import { measureFirstView } from './measure-first-view.ts';
import { measureInteractions } from './measure-interactions.ts';
import { addProbes } from './page-probes.ts';
import { startStaticServer } from './static-server.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000,50000' },
    'skip-seeds': { type: 'boolean', default: false },
    /** Seconds per step; by default 30 s, 60 s from 10k events, 120 s from 50k. */
    timeout: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
  },
});
const runs = Number(values.runs);
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout) * 1000;
if (!Number.isInteger(runs) || runs < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error('--runs and --sizes take positive whole numbers, e.g. --runs 2 --sizes 1000,10000');
if (!existsSync(path.join(values.dist, 'index.html')))
  throw new Error(`No built site in ${values.dist}/: run \`npx vite build\` first.`);

const found = findBrowser();
if (found.kind === 'none') throw new Error(found.reason);
const launch = () =>
  chromium.launch({ executablePath: found.executablePath, args: found.args, timeout: 60_000 });

/** What each run prints as it ends, so a long benchmark shows progress. */
const RUN_LINE: MetricKey[] = [
  'firstViewMs',
  'filterMs',
  'selectMs',
  'zoomLongestFrameMs',
  'heapAfterLoadMB',
];

let browser: Browser = await launch();
const chromiumVersion = browser.version();
const server = await startStaticServer(values.dist);
const report: { name: string; events: number; runs: (RunMetrics & { pageErrors: string[] })[] }[] = [];
const summaries: Record<string, Partial<Record<MetricKey, Summary>>> = {};
const startedAt = new Date();
try {
  const scenarios: (() => Promise<Scenario>)[] = [
    ...(values['skip-seeds'] ? [] : [() => getSeedScenario(values.dist, timeoutMs)]),
    ...sizes.map((size) => async () => getSyntheticScenario(size, timeoutMs)),
  ];
  for (const makeScenario of scenarios) {
    const scenario = await makeScenario();
    server.setDataset(scenario.json);
    console.log(`\n${scenario.name}: ${scenario.events} events, filter by "${scenario.actorName}"`);
    const results = [];
    for (let run = 1; run <= runs; run++) {
      const result = await measureRun(scenario);
      results.push(result);
      console.log(
        `  run ${run}/${runs}: ${RUN_LINE.map((key) => `${key} ${String(result[key])}`).join(', ')}`,
      );
      for (const message of result.pageErrors) console.log(`    page error: ${message}`);
    }
    report.push({ name: scenario.name, events: scenario.events, runs: results });
    summaries[scenario.name] = summarize(results);
  }
} finally {
  await server.close();
  await browser.close().catch(() => undefined);
}

for (const { name, runs: results } of report) printScenario(name, results.length, summaries[name] ?? {});
const targets = checkTargets(summaries);
printTargets(targets);
const machine = {
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memoryGB: Math.round(os.totalmem() / 1e9),
  node: process.version,
  chromium: `${chromiumVersion} (${found.executablePath ?? 'Playwright download'})`,
  commit: getCommit(),
};
const file = `bench/results/app-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
await mkdir('bench/results', { recursive: true });
const json = { startedAt, machine, runs, sizes, scenarios: report, summaries, targets };
await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
console.log(`\n${machine.cpus}, Chromium ${machine.chromium}, Node ${machine.node}\nWrote ${file}`);

/** One fresh context: first view, then (if it completed) the interactions. */
async function measureRun(scenario: Scenario): Promise<RunMetrics & { pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message.split('\n')[0] ?? ''));
  try {
    await addProbes(page);
    const firstView = await measureFirstView(page, server.origin, scenario.stepTimeoutMs);
    const done = typeof firstView.firstViewMs === 'number';
    const interactions = done
      ? await measureInteractions(page, scenario.actorName, scenario.stepTimeoutMs)
      : {};
    return { ...firstView, ...interactions, pageErrors: pageErrors.slice(0, 5) };
  } catch (error) {
    return { firstViewMs: toFailure(error, 'first view'), pageErrors: pageErrors.slice(0, 5) };
  } finally {
    // A renderer stuck in a long task can make closing hang: then start a new browser.
    await withTimeout(context.close(), 30_000, 'closing the context').catch(async () => {
      await browser.close().catch(() => undefined);
      browser = await launch();
    });
  }
}

function getCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      timeout: 5000,
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', 'src'], {
      encoding: 'utf8',
      timeout: 5000,
    }).trim();
    return dirty ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return 'unknown';
  }
}
