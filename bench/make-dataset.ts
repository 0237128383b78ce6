// Synthetic datasets for the scale benchmark, shaped like real coverage: events over 25
// years in bursts (crises), 300 actors with a long tail (a few appear in most events),
// two to four actors per event, some multi-day ranges and month-precision events, episodes
// over the bursts, one article per five events with a realistic text of 3–6 KB holding their
// source sentences. Valid against the shared schema, index and texts together. Deterministic for
// a given size.
import { EVENT_TYPES } from '../src/domain/event-types.ts';
import type { FullDataset } from '../src/domain/full-dataset-schema.ts';
import { assignTextFiles } from '../src/domain/dataset-layout.ts';
import { fullDatasetSchema } from '../src/domain/full-dataset-schema.ts';
import { makeArticleText, makeSourceSentence } from './make-article-text.ts';
import { makeRandom } from './make-corpus.ts';

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);
const SPAN_DAYS = 25 * 365;
const ACTORS = 300;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface SyntheticSource {
  articleId: string;
  text: string;
  start: number;
  end: number;
  dateText: string;
}

export function makeDataset(eventCount: number): FullDataset {
  const random = makeRandom(eventCount * 7 + 1);
  const actors = Array.from({ length: ACTORS }, (_, i) => ({
    id: `actor-${String(i).padStart(3, '0')}`,
    name: `Actor ${i}`,
    aliases: [],
    kind: i % 5 === 0 ? 'state' : i % 7 === 0 ? 'organization' : 'person',
    offices: [],
    origin: 'gazetteer',
  }));
  // Zipf-like: actor k is picked with weight 1/(k+1).
  const weights = actors.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickActor = () => {
    let r = random() * total;
    for (let k = 0; k < weights.length; k++) if ((r -= weights[k]!) <= 0) return actors[k]!.id;
    return actors[0]!.id;
  };
  // Bursts: 60 crises of a few weeks hold 70% of the events; the rest is spread evenly.
  const bursts = Array.from({ length: 60 }, () => ({
    at: Math.floor(random() * SPAN_DAYS),
    length: 7 + Math.floor(random() * 40),
  }));
  const articleCount = Math.max(1, Math.ceil(eventCount / 5));
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    id: `article-${i}`,
    file: `article-${i}.txt`,
    title: `Synthetic article ${i}`,
    published: iso(START + Math.floor(random() * SPAN_DAYS) * DAY),
    outlet: null,
    url: null,
    actorIds: [] as string[],
    warnings: [],
  }));
  const events = Array.from({ length: eventCount }, (_, i) => {
    const burst = random() < 0.7 ? bursts[Math.floor(random() * bursts.length)]! : null;
    const day = burst ? burst.at + Math.floor(random() * burst.length) : Math.floor(random() * SPAN_DAYS);
    const date = iso(START + Math.min(day, SPAN_DAYS) * DAY);
    const shape = random();
    const ids = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, pickActor))];
    return {
      id: `event-${String(i).padStart(6, '0')}`,
      date: shape < 0.1 ? date.slice(0, 7) : date,
      precision: shape < 0.1 ? 'month' : 'day',
      ...(shape >= 0.1 && shape < 0.2
        ? { endDate: iso(Date.parse(date) + (1 + Math.floor(random() * 6)) * DAY) }
        : {}),
      type: EVENT_TYPES[Math.floor(random() * EVENT_TYPES.length)]!.id,
      title: `Event ${i}: ${ids[0]} meets ${ids[1] ?? 'delegation'}`,
      actorIds: ids,
      agentIds: ids.slice(0, 1),
      targetIds: ids.slice(1),
      place: null,
      episodeId: null as string | null,
      /** Set below, once the article texts are written. */
      sources: [] as SyntheticSource[],
    };
  });
  const episodes = bursts
    .map((b, i) => {
      const start = iso(START + b.at * DAY);
      const end = iso(START + Math.min(b.at + b.length, SPAN_DAYS) * DAY);
      const members = events.filter((e) => e.precision === 'day' && e.date >= start && e.date <= end);
      return {
        id: `episode-${i}`,
        title: `Crisis ${i}`,
        start,
        end,
        eventIds: members.map((e) => e.id),
        actorIds: [],
      };
    })
    .filter((e) => e.eventIds.length > 0);
  for (const episode of episodes)
    for (const id of episode.eventIds) events[Number(id.slice(6))]!.episodeId ??= episode.id;

  // Texts from a stream of their own, so events, dates and actors stay those of earlier benchmarks.
  const textRandom = makeRandom(eventCount * 13 + 5);
  const nameOf = (id: string | undefined) =>
    id === undefined ? null : (actors[Number(id.slice(6))]?.name ?? id);
  const quotes = articles.map(() => [] as { event: (typeof events)[number]; sentence: string }[]);
  events.forEach((event, i) => {
    const sentence = makeSourceSentence(
      nameOf(event.agentIds[0]) ?? 'A delegation',
      nameOf(event.targetIds[0]),
      textRandom,
      'on Monday',
    );
    quotes[i % articleCount]!.push({ event, sentence });
  });
  const articleTexts = articles.map((article, a) => {
    const own = quotes[a]!;
    const made = makeArticleText(
      article.title,
      own.map((q) => q.sentence),
      textRandom,
    );
    own.forEach(({ event, sentence }, k) => {
      event.sources = [{ articleId: article.id, text: sentence, ...made.spans[k]!, dateText: 'on Monday' }];
    });
    return { id: article.id, text: made.text, paragraphs: made.paragraphs };
  });
  // Text files as the pipeline assigns them (articles in the index's order, consecutive ones share).
  const textFiles = assignTextFiles(articleTexts);
  return fullDatasetSchema.parse({
    schemaVersion: 2,
    generator: 'bench/make-dataset.ts (synthetic)',
    articles: articles.map((article) => ({ ...article, textFile: textFiles.get(article.id)! })),
    actors,
    events,
    episodes,
    articleTexts,
  });
}
