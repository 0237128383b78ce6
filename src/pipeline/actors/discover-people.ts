// People the gazetteer does not know, found as proper-noun runs ("Marie Harf", "Nabil Shaath")
// with evidence that they are people (person-evidence.ts), and later bare surnames that point
// back at them ("Allen" after "General John Allen"). A run without evidence waits: if a later
// mention gives evidence ("… Marie Harf said"), every mention so far counts; if none does, the
// run was a place, a settlement, an operation or a fragment, and nothing is added.
// Not people either: headline words, lone name lines (bylines, captions), and journalists —
// "Breitbart Jerusalem's Aaron Klein and Ali Waked", "Contact Editor\nElad Benari".
import { toSlug } from '../slug.ts';
import type { ActorMention, ActorRecord, Sentence } from '../types.ts';
import { addMention, type ArticleState, type SentenceScan } from './article-state.ts';
import { JOURNALIST_BEFORE } from './context-words.ts';
import { getNameRuns, type NameRun } from './name-runs.ts';
import { getVouchedByOthers, type FoundName } from './shared-evidence.ts';
import { isCapitalized } from './tokens.ts';
import { hasPersonEvidence, hasTitleBefore, isOwnedName, isTitleWord } from './person-evidence.ts';
import { getPosByOffset } from './pos-tags.ts';

const MIN_WORDS = 2;
const MAX_WORDS = 4;

/** A mention waiting for evidence that its name is a person's. */
interface PendingMention {
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  readonly via: ActorMention['via'];
}

interface Candidate {
  readonly record: ActorRecord;
  readonly surname: string;
  readonly mentions: PendingMention[];
}

export interface Discovery {
  readonly records: Map<string, ActorRecord>;
  /** Surname → id of the last discovered person with it. */
  readonly surnames: Map<string, string>;
  /** Names seen without evidence yet, by id. */
  readonly candidates: Map<string, Candidate>;
  /** End offset of the last journalist's name, to catch "X and Y" bylines. */
  journalistEnd: number;
}

/** Title case throughout and no closing full stop: a headline, whose capitals prove nothing. */
export function isHeadlineLike(text: string): boolean {
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

export function newDiscovery(): Discovery {
  return { records: new Map(), surnames: new Map(), candidates: new Map(), journalistEnd: -1 };
}

function accept(state: ArticleState, discovery: Discovery, candidate: Candidate): void {
  const { record } = candidate;
  discovery.candidates.delete(record.id);
  discovery.records.set(record.id, record);
  discovery.surnames.set(candidate.surname, record.id);
  for (const m of candidate.mentions) addMention(state, m, m.start, m.end, record.id, m.via);
}

/** A lone word that is the surname of a name still waiting for evidence. */
function findCandidateBySurname(discovery: Discovery, word: string): Candidate | undefined {
  let found: Candidate | undefined;
  for (const candidate of discovery.candidates.values()) if (candidate.surname === word) found = candidate;
  return found;
}

/**
 * Before the gazetteer's matches are resolved: a known surname that is also the surname of a
 * name waiting for evidence, and has evidence here ("Hossam Mansour … Mansour said"), accepts
 * that name, so the surname resolves to the stranger rather than to the curated bearer.
 */
export function acceptBySurname(state: ArticleState, scan: SentenceScan, discovery: Discovery): void {
  if (discovery.candidates.size === 0) return;
  for (const m of scan.matches) {
    if (m.endToken - m.startToken !== 1 || !m.entries.some((e) => e.type === 'surname')) continue;
    const candidate = findCandidateBySurname(discovery, scan.tokens[m.startToken]!.text);
    const run = { first: m.startToken, last: m.startToken, words: [m.startToken] };
    if (candidate && hasPersonEvidence(scan, run)) accept(state, discovery, candidate);
  }
}

/** "Corporal Gilad Shalit" → "Gilad Shalit": a leading title is evidence, not part of the name. */
function trimTitles(scan: SentenceScan, run: NameRun): NameRun {
  let words = run.words;
  while (words.length > 1 && isTitleWord(scan.tokens[words[0]!]!.key)) words = words.slice(1);
  return words === run.words ? run : { first: words[0]!, last: run.last, words };
}

/** Whether a gazetteer match names a known person (by name, alias or surname). */
function isPersonMatchIn(state: ArticleState, m: SentenceScan['matches'][number]): boolean {
  return m.entries.some(
    (e) =>
      e.type === 'surname' ||
      (e.type === 'actor' && state.compiled.gazetteer.actorsById.get(e.actorId)?.kind === 'person'),
  );
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
  uncoverFirstNamePlaces(scan, covered);
  let pos: Map<number, string> | null = null;
  const isPersonMatch = (m: SentenceScan['matches'][number]) => isPersonMatchIn(state, m);
  const found: FoundName<Candidate>[] = [];
  for (const run of getNameRuns(scan, covered, state.compiled.demonyms).map((r) => trimTitles(scan, r))) {
    const start = scan.tokens[run.first]!.start;
    const end = scan.tokens[run.last]!.end;
    const name = state.text.slice(start, end);
    if (run.words.length === 1) {
      const id = discovery.surnames.get(name);
      if (id) addMention(state, scan, start, end, id, 'surname');
      else {
        const candidate = findCandidateBySurname(discovery, name);
        const mention = { sentenceIndex: scan.sentenceIndex, start, end, via: 'surname' as const };
        candidate?.mentions.push(mention);
        if (candidate && hasPersonEvidence(scan, run)) accept(state, discovery, candidate);
      }
      continue;
    }
    if (run.words.length < MIN_WORDS || run.words.length > MAX_WORDS || isLoneLine(sentence, name)) continue;
    if (isJournalist(state, scan, run, discovery)) {
      discovery.journalistEnd = end;
      continue;
    }
    // A title vouches for the name even where the tagger hesitates ("Sir Emyr Jones Parry").
    const titled = hasTitleBefore(scan, run);
    if (!titled) {
      pos ??= getPosByOffset(sentence.text);
      const tags = pos;
      const isProperNoun = (i: number) =>
        (tags.get(scan.tokens[i]!.start - sentence.start) ?? 'PROPN') === 'PROPN';
      if (!run.words.every(isProperNoun)) continue;
    }
    const id = toSlug(name);
    const surname = scan.tokens[run.words.at(-1)!]!.text;
    if (discovery.records.has(id) || state.compiled.gazetteer.actorsById.has(id)) {
      discovery.surnames.set(surname, id);
      addMention(state, scan, start, end, id, 'name');
      continue;
    }
    const record: ActorRecord = { id, name, kind: 'person', aliases: [], offices: [], origin: 'text' };
    const candidate = discovery.candidates.get(id) ?? { record, surname, mentions: [] };
    discovery.candidates.set(id, candidate);
    candidate.mentions.push({ sentenceIndex: scan.sentenceIndex, start, end, via: 'name' });
    const evident = titled || hasPersonEvidence(scan, run, isPersonMatch);
    if (evident) accept(state, discovery, candidate);
    found.push({ item: candidate, start, end, evident, owned: isOwnedName(scan, run, isPersonMatch) });
  }
  for (const candidate of getVouchedByOthers(found, state.text)) accept(state, discovery, candidate);
}

/**
 * "The minister, Itamar Ben-Gvir,": many towns and settlements share a first name, so a one-word
 * place after a title and right before a capitalised word no entry claims starts a name. Only
 * after a title: "Haifa University said" stays a place and a word.
 */
function uncoverFirstNamePlaces(scan: SentenceScan, covered: Uint8Array): void {
  for (const m of scan.matches) {
    if (m.endToken - m.startToken !== 1 || !m.entries.every((e) => e.type === 'place')) continue;
    const place = scan.tokens[m.startToken]!;
    const next = scan.tokens[m.endToken];
    if (!next || covered[m.endToken] || next.start !== place.end + 1 || !isCapitalized(next.text)) continue;
    const run = { first: m.startToken, last: m.endToken, words: [m.startToken, m.endToken] };
    if (hasTitleBefore(scan, run)) covered[m.startToken] = 0;
  }
}
