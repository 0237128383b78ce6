// People the gazetteer does not know, found as proper-noun runs ("Marie Harf", "Nabil Shaath"),
// and later bare surnames that point back at them ("Allen" after "General John Allen").
// Not people: headline words, lone name lines (bylines, captions), and journalists —
// "Breitbart Jerusalem's Aaron Klein and Ali Waked", "Contact Editor\nElad Benari".
import { toSlug } from '../slug.ts';
import type { ActorRecord, Sentence } from '../types.ts';
import { addMention, type ArticleState, type SentenceScan } from './article-state.ts';
import { JOURNALIST_BEFORE } from './context-words.ts';
import { getNameRuns, type NameRun } from './name-runs.ts';
import { getPosByOffset } from './pos-tags.ts';

const MIN_WORDS = 2;
const MAX_WORDS = 4;

export interface Discovery {
  readonly records: Map<string, ActorRecord>;
  /** Surname → id of the last discovered person with it. */
  readonly surnames: Map<string, string>;
  /** End offset of the last journalist's name, to catch "X and Y" bylines. */
  journalistEnd: number;
}

/** Title case throughout and no closing full stop: a headline, whose capitals prove nothing. */
function isHeadlineLike(text: string): boolean {
  // The end first: most sentences end like one, and that test is cheap.
  if (/[.!?"”]\s*$/.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

function isOutletPossessive(scan: SentenceScan, run: NameRun): boolean {
  const owner = scan.matches.find((m) => m.endToken === run.first - 2 || m.endToken === run.first);
  return !!owner && owner.entries.some((e) => e.type === 'outlet');
}

function isJournalist(state: ArticleState, scan: SentenceScan, run: NameRun, discovery: Discovery): boolean {
  const start = scan.tokens[run.first]!.start;
  const before = state.text.slice(Math.max(0, start - 40), start);
  if (JOURNALIST_BEFORE.test(before) || isOutletPossessive(scan, run)) return true;
  return (
    discovery.journalistEnd >= 0 && /^\s*(?:and|,)\s*$/.test(state.text.slice(discovery.journalistEnd, start))
  );
}

function isLoneLine(sentence: Sentence, name: string): boolean {
  return sentence.text.trim().replace(/[,.;:]$/, '') === name;
}

export function discoverPeople(
  state: ArticleState,
  scan: SentenceScan,
  sentence: Sentence,
  discovery: Discovery,
): void {
  if (isHeadlineLike(sentence.text)) return;
  const covered = new Uint8Array(scan.tokens.length);
  for (const m of scan.matches) covered.fill(1, m.startToken, m.endToken);
  let pos: Map<number, string> | null = null;
  for (const run of getNameRuns(scan, covered, state.compiled.demonyms)) {
    const start = scan.tokens[run.first]!.start;
    const end = scan.tokens[run.last]!.end;
    const name = state.text.slice(start, end);
    if (run.words.length === 1) {
      const id = discovery.surnames.get(name);
      if (id) addMention(state, scan, start, end, id, 'surname');
      continue;
    }
    if (run.words.length < MIN_WORDS || run.words.length > MAX_WORDS || isLoneLine(sentence, name)) continue;
    if (isJournalist(state, scan, run, discovery)) {
      discovery.journalistEnd = end;
      continue;
    }
    pos ??= getPosByOffset(sentence.text);
    const isProperNoun = (i: number) =>
      (pos!.get(scan.tokens[i]!.start - sentence.start) ?? 'PROPN') === 'PROPN';
    if (!run.words.every(isProperNoun)) continue;
    const id = toSlug(name);
    if (!state.compiled.gazetteer.actorsById.has(id) && !discovery.records.has(id)) {
      discovery.records.set(id, { id, name, kind: 'person', aliases: [], offices: [], origin: 'text' });
    }
    discovery.surnames.set(scan.tokens[run.words.at(-1)!]!.text, id);
    addMention(state, scan, start, end, id, 'name');
  }
}
