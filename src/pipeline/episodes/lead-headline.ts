// An episode named by its lead article's headline: the journalist's own one-line summary of the
// story ("Security Council backs Trump's Gaza plan and international force"), when one article
// reports a good share of the episode's events as its news and its headline reads as a news
// headline. Its first clause is kept ("UN Security Council endorses Iran nuclear deal" without
// "as Israel vows to keep fighting it"), shortened only by where it happened to fit the strip;
// never an opinion's or an analysis's headline (a thesis, not a summary) or a lead sentence.
// What is said after a colon ("Quartet sets terms for Hamas: recognise Israel, …") spells out
// the clause before it. Too long a headline loses first what costs no words (quote marks, the
// "UN" before a UN organ), then its trailing phrases of where, how and by whom, last first, and
// last of all why it happened.
import type { MergedEvent } from '../events/merge-events.ts';
import { tokenize } from '../language/tokenize.ts';
import { stripRubric } from './headline-words.ts';
import { getAnchorDay, isNewsDay, toDayNumber, type ArticleContext } from './story-items.ts';

// A page's own rubric or a second headline: "… – live updates", "…; US cuts off funding".
const HARD_BREAK = /(?<!\s)\s*;\s*|(?<!\s)\s+[–—-]\s+|(?<!\s)\s*\|\s*/;
// A second clause: "… as Israel vows to keep fighting it", "…, but Washington abstains", or
// the details of the first after a colon ("…: recognise Israel, renounce violence").
const SECOND_CLAUSE = /(?<!\s)\s+(?:as|while|amid|despite)\s+|,\s+(?:and|but)\s+|(?<!\s):\s+/gi;
// A thesis or a question, not a summary ("The World Court has spoken. Now…", "Why …?"); a lead
// sentence standing in for a missing headline ends in "…". A news brief is news: its rubric
// ("IN BRIEF: …") is dropped, and a rubric alone ("IN BRIEF | United Nations") is too short.
const NOT_NEWS = /[?!…]|\.\s|^(?:opinion|analysis|comment|editorial|explainer)\b|\b(?:why|how)\b/i;
// Where a headline can end early: before where it happened ("… at UN summit"), how ("… with
// call for pauses"), by whom ("… brokered by Egypt") or what a ban stops ("bar the agency from
// operating"). A phrase of what it was about or why ("… on Jenin", "… after deadly raid") is the
// story, and stays.
const TRAILING_PHRASE = /(?<!\s)\s+(?:at|in|with|by|from(?=\s+\p{Ll}+ing\b))\s+\S/giu;
// Or before a participle's phrase that describes a noun ("… sanctions on Israeli settlers accused
// of West Bank violence"), when the headline has its own verb before it: "Hamas leader killed in
// Beirut" has none, and "killed" is what happened.
const PARTICIPLE_PHRASE =
  /(?<=\p{Ll})\s+(?:\p{Ll}+ed|held|seen|known|shown|given|taken)\s+(?:of|in|by|for|over|at|during|on|as)\s+\S/giu;
// Failing those, where it can end before why it happened ("… after US lets resolution pass",
// "… over US objections"): what happened, stated without its cause, is still true and the story's.
const CAUSE_PHRASE = /(?<!\s)\s+(?:after|following|over)\s+\S/gi;
// Marks that cost letters and say nothing a name needs: quote marks around a term of a word or two
// ("calls for 'humanitarian truce'"; a quoted clause, "'We are close'", is someone's words and
// keeps them), and "UN" before an organ that is the UN's by name ("UN General Assembly").
const QUOTE_MARKS = /(?<=^|\s)['‘"“]([^'‘’"“”\s]+(?: [^'‘’"“”\s]+)?)['’"”](?=\s|$|[,.:;])/gu;
const UN_BEFORE_ORGAN = /\b(?:UN|U\.N\.)\s+(?=(?:Security Council|General Assembly|Human Rights Council)\b)/g;
const MIN_WORDS = 4;
// One or two capitalised words before a colon that are a name, not a page's rubric ("LIVE:",
// "Analysis:", "Watch:"): a speaker whose words follow.
const SPEAKER = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?:\s/u;
const RUBRIC =
  /^(?:live|watch|update|exclusive|breaking|factbox|analysis|opinion|comment|editorial|explainer)\b/i;

/** How many of the episode's events each article reports as its news (not as background). */
export function countNewsReports(
  cluster: readonly MergedEvent[],
  articles: ReadonlyMap<string, ArticleContext>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of cluster) {
    const day = getAnchorDay(event);
    for (const id of new Set(event.sources.map((s) => s.articleId))) {
      const article = articles.get(id);
      if (article && isNewsDay(day, toDayNumber(article.published)))
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/** `counts`: countNewsReports of the cluster. */
export function getLeadHeadline(
  cluster: readonly MergedEvent[],
  articles: ReadonlyMap<string, ArticleContext>,
  counts: ReadonlyMap<string, number>,
  maxLength: number,
): string | null {
  // The article reporting most events leads; on a tie, the earlier one (the first report).
  const ranked = [...counts]
    .filter(([, n]) => n >= 2 && n * 4 >= cluster.length)
    .sort(
      (a, b) => b[1] - a[1] || articles.get(a[0])!.published.localeCompare(articles.get(b[0])!.published),
    );
  for (const [id] of ranked) {
    const headline = toHeadline(articles.get(id)!.title, maxLength);
    if (headline) return headline;
  }
  return null;
}

/** The headline's first clause, shortened to `maxLength`, if it reads as a news summary. */
export function toHeadline(title: string, maxLength: number): string | null {
  if (NOT_NEWS.test(title.trim())) return null;
  // "Biden: Israel must do more …" is what Biden said, not what happened: the speaker stays.
  const spoken = SPEAKER.test(title.trim()) && !RUBRIC.test(title.trim());
  let text = (spoken ? title.trim() : stripRubric(title.trim())).split(HARD_BREAK)[0]!.trim();
  // "Kerry: talks stall as …": the first break after a whole clause of its own.
  const clause = [...text.matchAll(SECOND_CLAUSE)].find(
    (m) => countWords(text.slice(0, m.index)) >= MIN_WORDS,
  );
  if (clause) text = text.slice(0, clause.index);
  // "Israel and Hamas agree Gaza truce brokered by Egypt": a bare participle left at the end goes.
  const trim = (t: string) =>
    t
      .replace(/[.,:]$/, '')
      .replace(/(?<!\s)\s+\p{Ll}+ed$/u, '')
      .replace(/[,:;]$/, '');
  text = trim(text);
  if (text.length > maxLength) text = text.replace(QUOTE_MARKS, '$1').replace(UN_BEFORE_ORGAN, '');
  while (text.length > maxLength) {
    const shorter = trim(dropLastPhrase(text));
    if (shorter === text || countWords(shorter) < MIN_WORDS) return null;
    text = shorter;
  }
  return countWords(text) >= MIN_WORDS ? text : null;
}

/** The headline without its last trailing phrase: the least said is lost first. */
function dropLastPhrase(text: string): string {
  // After an infinitive the word is its particle or object ("plan for US to take over Gaza"):
  // cutting there leaves a verb hanging.
  const cuts = (pattern: RegExp) =>
    [...text.matchAll(pattern)].filter((m) => !/\bto \p{L}+$/u.test(text.slice(0, m.index)));
  const described = cuts(PARTICIPLE_PHRASE).filter((m) => hasVerbBefore(text, m.index + 1));
  const last =
    [...cuts(TRAILING_PHRASE), ...described].sort((a, b) => a.index - b.index).at(-1) ??
    cuts(CAUSE_PHRASE).at(-1);
  return last ? text.slice(0, last.index) : text;
}

/**
 * Whether a verb stands before offset `at`: "Biden orders sanctions on settlers accused of…".
 * The tagger reads a headline's verb after a name as a noun ("Biden orders"), so the names that
 * open it are read as one pronoun ("It orders sanctions…").
 */
function hasVerbBefore(text: string, at: number): boolean {
  const names = /^(?:\p{Lu}[\p{L}'’.-]*\s+)+/u.exec(text)?.[0] ?? '';
  const shift = names.length - 'It '.length;
  const probe = names ? `It ${text.slice(names.length)}` : text;
  return tokenize(probe).some((t) => t.end + shift <= at && (t.pos === 'VERB' || t.pos === 'AUX'));
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
