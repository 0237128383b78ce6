// npm run bench:episodes [-- --articles 6000 --events 50000 --years 12 --runs 3]
// Episode grouping at archive scale. The real articles (seeds, development and tuning sets) are
// ingested once; then copies of them are re-dated across `years` years, so that coverage never
// pauses, each copy with the events its article reported, shifted with it (copies are drawn
// in proportion to the square of their events, until both counts are reached). Times groupEpisodes alone (median
// of several runs) and prints the episodes' count and length distribution, the arcs, and how
// many episodes overlap at once (a legible episode lane has bands, not one band).
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { groupEpisodes } from '../src/pipeline/06-episodes.ts';
import type { MergedEvent } from '../src/pipeline/events/merge-events.ts';
import { readStoryCorpora, TUNING_FOLDERS } from '../src/pipeline/quality/episodes/read-story-corpora.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { makeRandom } from './make-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '6000' },
    events: { type: 'string', default: '50000' },
    years: { type: 'string', default: '12' },
    runs: { type: 'string', default: '3' },
  },
});
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const { dataset } = runPipeline(readStoryCorpora(TUNING_FOLDERS).articles);
// Each real article's events (an event several outlets reported goes with the first of them).
const eventsOf = new Map<string, MergedEvent[]>();
for (const event of dataset.events) {
  if (event.precision === 'year') continue;
  const id = event.sources[0]!.articleId;
  eventsOf.set(id, [...(eventsOf.get(id) ?? []), event]);
}
const sources = dataset.articles.filter((a) => eventsOf.has(a.id));
// Weighted by the square of their events, so that 6,000 copies carry about 50,000 events.
const weights = sources.map((a) => eventsOf.get(a.id)!.length ** 2);
const totalWeight = weights.reduce((a, b) => a + b, 0);
const random = makeRandom(42);
const pick = () => {
  let r = random() * totalWeight;
  for (let i = 0; i < sources.length; i++) if ((r -= weights[i]!) < 0) return sources[i]!;
  return sources[sources.length - 1]!;
};

const start = Date.UTC(2012, 0, 1);
const spanDays = Number(values.years) * 365;
const events: MergedEvent[] = [];
const articles: { id: string; published: string; title: string }[] = [];
while (articles.length < Number(values.articles) || events.length < Number(values.events)) {
  const source = pick();
  const k = articles.length;
  const published = start + Math.floor(random() * spanDays) * DAY;
  const shift = published - Date.parse(source.published);
  const move = (d: string) => iso(Date.parse(d.length === 7 ? `${d}-01` : d) + shift);
  const id = `copy-${k}`;
  articles.push({ id, published: iso(published), title: source.title });
  for (const e of eventsOf.get(source.id)!) {
    const date = e.precision === 'month' ? move(e.date).slice(0, 7) : move(e.date);
    events.push({
      ...e,
      id: `${e.id}-${k}`,
      date,
      ...(e.endDate ? { endDate: move(e.endDate) } : {}),
      sources: e.sources.slice(0, 1).map((s) => ({ ...s, articleId: id })),
    });
  }
}

// Wall time and the process's CPU time (the collector's helper threads included): on a shared machine
// the second says better what the code costs.
const seconds: number[] = [];
const cpu: number[] = [];
let result = groupEpisodes(events, articles);
for (let run = 0; run < Number(values.runs); run++) {
  const [t, c] = [performance.now(), process.cpuUsage().user];
  result = groupEpisodes(events, articles);
  seconds.push((performance.now() - t) / 1000);
  cpu.push((process.cpuUsage().user - c) / 1e6);
}
seconds.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const { episodes, arcs } = result;
const lengths = episodes
  .map((e) => (Date.parse(e.end) - Date.parse(e.start)) / DAY + 1)
  .sort((a, b) => a - b);
const sizes = episodes.map((e) => e.eventIds.length).sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
// Most episodes covering one day, by a sweep over starts and ends.
const edges = episodes.flatMap((e) => [
  [Date.parse(e.start), 1],
  [Date.parse(e.end) + DAY, -1],
]);
edges.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
let open = 0;
let mostOpen = 0;
for (const [, step] of edges) mostOpen = Math.max(mostOpen, (open += step!));
const summary = {
  articles: articles.length,
  events: events.length,
  years: Number(values.years),
  'grouping s (median)': Number(seconds[Math.floor(seconds.length / 2)]!.toFixed(2)),
  'grouping CPU s (median)': Number(cpu[Math.floor(cpu.length / 2)]!.toFixed(2)),
  episodes: episodes.length,
  'events in episodes': sizes.reduce((a, b) => a + b, 0),
  'events per episode p50/p90/max': `${quantile(sizes, 0.5)}/${quantile(sizes, 0.9)}/${sizes.at(-1) ?? 0}`,
  'days per episode p50/p90/max': `${quantile(lengths, 0.5)}/${quantile(lengths, 0.9)}/${lengths.at(-1) ?? 0}`,
  'most episodes on one day': mostOpen,
  arcs: arcs.length,
  'episodes in arcs': arcs.reduce((n, a) => n + a.episodeIds.length, 0),
  node: process.version,
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
};
console.table(summary);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/episodes.json', `${JSON.stringify(summary, null, 2)}\n`);
