// Times each per-article stage on one text, each stage fed what the stage before produced, and
// the whole processArticle. CPU time of this process, not wall-clock time: on a shared machine
// the time spent waiting for a core is not the stage's. The least of a few runs is kept: it is
// the run least disturbed (by garbage collection, by caches), which is what a growth curve must
// compare.
import { cleanArticle } from '../01-clean.ts';
import { splitSentences } from '../02-sentences.ts';
import { findDates } from '../03-dates.ts';
import { findActors } from '../04-actors.ts';
import { extractArticleEvents } from '../05-events.ts';
import { processArticle } from '../process-article.ts';

export const STAGES = ['clean', 'sentences', 'dates', 'actors', 'events', 'article'] as const;
export type StageName = (typeof STAGES)[number];

const PUBLISHED = '2014-05-20';

/** Milliseconds of CPU (user and system) that `run` takes. */
function timeOnce(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Milliseconds of CPU each stage takes on `text`, the least of `runs` runs. */
export function timeStages(text: string, runs = 3): Record<StageName, number> {
  const best = Object.fromEntries(STAGES.map((stage) => [stage, Infinity])) as Record<StageName, number>;
  const keep = (stage: StageName, ms: number) => {
    best[stage] = Math.min(best[stage], ms);
  };
  for (let i = 0; i < runs; i++) {
    let clean!: ReturnType<typeof cleanArticle>;
    keep(
      'clean',
      timeOnce(() => (clean = cleanArticle(text))),
    );
    let sentences!: ReturnType<typeof splitSentences>;
    keep(
      'sentences',
      timeOnce(() => (sentences = splitSentences(text, clean.paragraphs))),
    );
    let dates!: ReturnType<typeof findDates>;
    keep(
      'dates',
      timeOnce(() => (dates = findDates(text, sentences, PUBLISHED))),
    );
    let actors!: ReturnType<typeof findActors>;
    keep(
      'actors',
      timeOnce(() => (actors = findActors(text, sentences, PUBLISHED))),
    );
    keep(
      'events',
      timeOnce(() => extractArticleEvents({ text, sentences, dates, actors })),
    );
    const input = { file: 'hostile.txt', text, published: PUBLISHED, outlet: null, url: null, title: null };
    keep(
      'article',
      timeOnce(() => processArticle(input)),
    );
  }
  return best;
}
