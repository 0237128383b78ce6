// What an episode is about, for its name: the thread its sentences name ("Resolution 2334",
// "Operation Cast Lead", "the Goldstone report") and its most distinctive noun phrase
// ("humanitarian pauses", "Beit Hanoun", "the barrier"). A word must be used twice, by the
// episode's events or the headlines reporting it as news (a headline counts as two), so a place or
// word mentioned once in passing never names it; the names of those who acted or met and where
// they did never name it (a story is what they acted on, not who voted or where the court sits).
// The phrase is read with the tagger (subject-phrase.ts).
import { getEventFamily } from '../../domain/event-types.ts';
import type { MergedEvent } from '../events/merge-events.ts';
import { WORDS } from '../actors/word-lists.ts';
import { GAZETTEER, getCuratedActor } from '../gazetteer/index.ts';
import { getHeadlineKeys, isTitleCase, recase, stripRubric } from './headline-words.ts';
import { toTerm } from './story-features.ts';
import { getIdfOf, type FeatureTable, type Vocabulary } from './feature-table.ts';
import type { EventStory } from './story-items.ts';
import { continueName } from './name-extent.ts';
import { getPhrase, isName, NAMING_STOP } from './subject-phrase.ts';

export interface EpisodeSubject {
  readonly thread: string | null;
  readonly phrase: string | null;
  /** The thread is named by the kind's own noun ("Goldstone report" of an inquiry): it says the kind. */
  readonly ownThread?: boolean;
}

interface Candidate {
  readonly key: string;
  readonly events: number;
  /** Events and news headlines using it. */
  readonly uses: number;
  readonly score: number;
}

/** How many top words are checked with the tagger. */
const WORDS_CHECKED = 10;
/** A headline is the article's own summary: a word in it counts as two events using it. */
const HEADLINE_USES = 2;
/** A thread used by fewer than this share of the events (and not in a headline) is background. */
const THREAD_SHARE = 0.2;

export interface SubjectOptions {
  /** Headlines of the articles reporting the episode as news. */
  readonly headlines?: readonly string[];
  /** The episode's distinct source sentences (getSentences), when the caller has them. */
  readonly sentences?: readonly string[];
  /** Terms the kind already says ("ceasefire" in "Ceasefire diplomacy"), never repeated. */
  readonly kindWords?: ReadonlySet<string>;
  /** Event types of the kind: where those happened is the venue, not the story ("The Hague"). */
  readonly kindTypes?: ReadonlySet<string>;
  /** Talks or a meeting: the people named are who took part, never what it was about. */
  readonly gathering?: boolean;
}

export function getSubject(
  cluster: readonly MergedEvent[],
  stories: readonly EventStory[],
  vocabulary: Vocabulary,
  {
    headlines: given = [],
    sentences = getSentences(cluster),
    kindWords = new Set(),
    kindTypes = new Set(),
    gathering = false,
  }: SubjectOptions = {},
): EpisodeSubject {
  const headlines = given.map(stripRubric);
  const { events, surfaces } = countFeatures(stories, vocabulary.table);
  const inHeadline = getHeadlineKeys(headlines, surfaces);
  const incidental = getIncidentalWords(cluster, kindTypes);
  // The people named in the sentences are mostly who spoke or acted ("which Mr. Witkoff called
  // unacceptable"); a person is what a story is about only when a headline says so ("US blocks UN
  // demand that Israel spare Arafat"), and never what talks were about.
  for (const word of getPersonNameWords())
    if (gathering || !inHeadline.has(`w:${word}`)) incidental.add(word);
  // A title or an honorific written as one ("Judge Goldstone", "the Judge said") says who someone
  // is, never what the story was about; the same word in lower case may be ("observer state").
  for (const word of [...WORDS.personTitles, ...WORDS.honorifics]) {
    const term = toTerm(word) ?? word;
    if (/^\p{Lu}/u.test(surfaces.get(`w:${term}`) ?? '')) incidental.add(term);
  }
  const rank = (key: string, n: number): Candidate => {
    const surface = surfaces.get(key) ?? '';
    const uses = n + HEADLINE_USES * (inHeadline.get(key) ?? 0);
    const score =
      uses *
      getIdfOf(vocabulary, key) *
      (isName(surface) ? 1.5 : 1) *
      (isIncidental(key, incidental) ? 0 : 1);
    return { key, events: n, uses, score };
  };
  const ranked = [...new Set([...events.keys(), ...inHeadline.keys()])]
    .map((key) => rank(key, events.get(key) ?? 0))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  // A named operation is never incidental. Another thread must be the headline's or a fifth of
  // the events' ("Resolution 1402" recalled twice in an episode of twelve events is background),
  // and, unless it is a numbered resolution, used twice.
  const threads = ranked.filter(
    (r) =>
      r.key.startsWith('t:') &&
      (/^t:operation-/.test(r.key) ||
        (r.score > 0 &&
          (r.uses >= 2 || /^t:resolution-/.test(r.key)) &&
          (inHeadline.has(r.key) || r.events >= THREAD_SHARE * cluster.length))),
  );
  // A thread of the kind's own noun is the happening itself ("the Goldstone report" of an
  // inquiry); another is its setting ("the Gaza war" the report was about), whatever its weight.
  const own = threads.find((r) => isKindThread(r.key, kindWords));
  const thread = own ?? threads[0];
  const words = ranked.filter(
    (r) =>
      r.key.startsWith('w:') &&
      r.uses >= 2 &&
      r.score > 0 &&
      (r.events >= 1 || (inHeadline.get(r.key) ?? 0) >= 2) &&
      !NAMING_STOP.has(r.key.slice(2)) &&
      !kindWords.has(r.key.slice(2)),
  );
  const threadText = thread ? continueName(surfaces.get(thread.key)!, sentences) : null;
  const eligible = new Set(words.map((w) => w.key.slice(2)));
  const phrase = getPhrase(
    words
      .filter((w) => !threadText?.toLowerCase().includes(surfaces.get(w.key)!.toLowerCase()))
      .slice(0, WORDS_CHECKED)
      .map((w) => w.key.slice(2)),
    sentences,
    // Title case is undone for reading: "Observer State" is the common "observer state".
    headlines.map((h) => (isTitleCase(h) ? h.toLowerCase() : h)),
    eligible,
  );
  return {
    thread: threadText,
    phrase: phrase && continueName(recase(phrase, surfaces), sentences),
    ownThread: !!own,
  };
}

/** "t:report-goldstone" (the thread's noun, then its name) of an inquiry, whose words include "report". */
const isKindThread = (key: string, kindWords: ReadonlySet<string>) =>
  kindWords.has(toTerm(key.slice(2).split('-')[0]!) ?? '');

/**
 * A word of one who acted or where; and a thread named only by such words ("t:plan-annan", the
 * plan of the Annan who spoke and acted throughout), which says whose it was, not what it was about.
 */
function isIncidental(key: string, incidental: ReadonlySet<string>): boolean {
  if (key.startsWith('w:')) return incidental.has(key.slice(2));
  const name = key.slice(2).split('-').slice(1);
  return key.startsWith('t:') && name.length > 0 && name.every((word) => incidental.has(word));
}

/** Each distinct source sentence of the events, in order of first use. */
export const getSentences = (cluster: readonly MergedEvent[]) => [
  ...new Set(cluster.flatMap((e) => e.sources.map((s) => s.text))),
];

function countFeatures(stories: readonly EventStory[], table: FeatureTable) {
  const events = new Map<string, number>();
  const surfaces = new Map<string, string>();
  // Two events read from the same sentence ("on May 19 … the following day") are one use of its
  // words: events with the same words count once.
  const seen = new Set<string>();
  for (const { features } of stories) {
    const words = features.ids.filter((id) => !table.keys[id]!.startsWith('a:'));
    const sentence = words.join(' ');
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    for (const id of words) events.set(table.keys[id]!, (events.get(table.keys[id]!) ?? 0) + 1);
    for (const [j, id] of features.ids.entries()) {
      const [key, surface] = [table.keys[id]!, features.surfaces[j]!];
      const known = surfaces.get(key);
      // A capitalised form anywhere means a name ("Arafat"), even if a sentence began with it.
      if (!known || (known === known.toLowerCase() && surface !== surface.toLowerCase()))
        surfaces.set(key, surface);
    }
  }
  return { events, surfaces };
}

let personNameWords: Set<string> | null = null;

/** Every word of the curated people's names and aliases ("mahmoud", "abbas"), built once. */
function getPersonNameWords(): ReadonlySet<string> {
  if (personNameWords) return personNameWords;
  personNameWords = new Set();
  for (const actor of GAZETTEER.actors) {
    if (actor.kind !== 'person') continue;
    for (const name of [actor.name, ...actor.aliases])
      for (const [word] of name.matchAll(/\p{L}[\p{L}'’-]*/gu)) personNameWords.add(toTerm(word) ?? '');
  }
  return personNameWords;
}

/**
 * Words of those who acted or met (agents, and everyone at a meeting, call or visit) and of
 * where they met or the kind's own events took place: a story is what was acted on, not who
 * voted or where the court sits. "john-kerry" → "john", "kerry", and its aliases' words.
 */
function getIncidentalWords(cluster: readonly MergedEvent[], kindTypes: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  // The same few actors and places recur through an episode: each is split into words once.
  const actors = new Set<string>();
  const places = new Set<string>();
  for (const event of cluster) {
    const consult = getEventFamily(event.type) === 'consult';
    for (const id of consult ? event.actorIds : event.agentIds) actors.add(id);
    if (event.place && (consult || kindTypes.has(event.type))) places.add(event.place);
  }
  for (const id of actors) {
    for (const part of id.split('-')) words.add(part);
    // And the other names it goes by: "the White House said" is the United States speaking.
    for (const alias of getCuratedActor(id)?.aliases ?? [])
      for (const [word] of alias.matchAll(/\p{L}[\p{L}'’-]*/gu)) words.add(toTerm(word) ?? '');
  }
  for (const place of places)
    for (const [word] of place.matchAll(/\p{L}[\p{L}'’-]*/gu)) words.add(toTerm(word) ?? '');
  return words;
}
