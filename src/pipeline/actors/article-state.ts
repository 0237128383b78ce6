// What one findActors call accumulates while it walks the sentences in order. Order matters:
// "the Council" and a bare surname only count once their full form was seen earlier.
import type { ActorMention, PlaceMention } from '../types.ts';
import type { CompiledGazetteer, Entry } from './compile-matcher.ts';
import type { TrieMatch } from './phrase-trie.ts';
import type { Token } from './tokens.ts';

export interface ArticleState {
  readonly text: string;
  readonly published: string;
  readonly compiled: CompiledGazetteer;
  /** Actor ids mentioned so far, in the order first seen. */
  readonly seen: Set<string>;
  readonly mentions: ActorMention[];
  readonly owners: ActorMention[];
  readonly places: PlaceMention[];
}

export interface SentenceScan {
  readonly sentenceIndex: number;
  readonly tokens: readonly Token[];
  readonly matches: readonly TrieMatch<Entry>[];
}

export function addMention(
  state: ArticleState,
  scan: Pick<SentenceScan, 'sentenceIndex'>,
  start: number,
  end: number,
  actorId: string,
  via: ActorMention['via'],
): void {
  state.mentions.push({
    start,
    end,
    sentenceIndex: scan.sentenceIndex,
    text: state.text.slice(start, end),
    actorId,
    via,
  });
  state.seen.add(actorId);
}

export function addPlace(
  state: ArticleState,
  scan: SentenceScan,
  start: number,
  end: number,
  place: string,
): void {
  state.places.push({
    start,
    end,
    sentenceIndex: scan.sentenceIndex,
    text: state.text.slice(start, end),
    place,
  });
}

/** The key of the token at `index`, or '' outside the sentence. */
export function keyAt(scan: SentenceScan, index: number): string {
  return scan.tokens[index]?.key ?? '';
}
