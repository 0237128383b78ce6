// What a happening was done to, as the sentence words it: the noun phrase after the trigger
// verb ("vetoed a UN Security Council resolution on Gaza" → "UN Security Council resolution on
// Gaza"), or the subject of a passive ("The resolution was adopted" → "resolution"). Titles
// quote it, so they claim no more than the sentence. Determiners and possessives are dropped,
// one "on/over/against/for" phrase is kept, dates and pronouns are never objects.
import type { NounChunk, SentenceLanguage, Span, Token } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const LEADING = new Set(['DET', 'PRON', 'PART']);
const ATTACHED = new Set(['on', 'over', 'against', 'for', 'about']);
const MAX_WORDS = 7;
/** Verbs whose subject is the text they tell of: "the draft passed" (the title then reads "UNSC
 *  passes draft"; "failed" is left out, since "UNSC fails draft" would say another thing). */
const SUBJECT_TEXT_VERBS: ReadonlySet<string> = new Set(['pass']);

export function getObjectPhrase(
  language: SentenceLanguage,
  trigger: TriggerMatch,
  excluded: readonly Span[],
  /** Actor mentions: an actor as object is the event's target, named by the title already. */
  actors: readonly Span[] = [],
): string | null {
  const { tokens, chunks, verbGroups } = language;
  if (trigger.trigger.noun) return null;
  const group = verbGroups.find((g) => g.first <= trigger.token && trigger.token <= g.last);
  // "drafted by the United States" is a passive too, without its auxiliary.
  const first = group?.first ?? trigger.token;
  const isPassive = group?.voice === 'passive' || tokens[trigger.lastToken + 1]?.lemma === 'by';
  const subject = () => [...chunks].reverse().find((c) => c.last < first && first - c.last <= 2);
  const found = isPassive
    ? subject()
    : (chunks.find(
        (c) => c.first > trigger.lastToken && isAdverbsOnly(tokens, trigger.lastToken + 1, c.first),
      ) ??
      // "the resolution passed", "allowing an anti-settlement resolution to pass": a verb whose
      // subject is the text says what was done by it.
      (SUBJECT_TEXT_VERBS.has(tokens[trigger.token]!.lemma) ? subject() : undefined));
  // "agreed to suspend enrichment", "decided on Monday to withhold the funds": what was decided.
  if (!found && DECIDING.has(tokens[trigger.token]!.lemma))
    return getInfinitive(tokens, chunks, trigger, excluded);
  const chunk = found && joinHyphenated(tokens, chunks, found);
  if (!chunk || !isUsable(tokens, chunk.first, chunk.last, excluded)) return null;
  const head = tokens[chunk.head]!;
  if (actors.some((a) => a.start <= head.start && head.end <= a.end)) return null;
  const words = trimLeading(tokens.slice(chunk.first, chunk.last + 1));
  const preposition = tokens[chunk.last + 1];
  const next = chunks.find((c) => c.first === chunk.last + 2);
  if (
    preposition &&
    ATTACHED.has(preposition.lemma) &&
    next &&
    isUsable(tokens, next.first, next.last, excluded)
  ) {
    words.push(preposition, ...trimLeading(tokens.slice(next.first, next.last + 1)));
  } else if (preposition?.lemma === 'of' && next && tokens[next.head]!.pos === 'PROPN') {
    // "recognised the State of Palestine", "rejected the plan of the Arab League": whose or
    // which thing, as a name says it; the bare head ("State", "plan") would say nothing.
    if (isUsable(tokens, next.first, next.last, excluded))
      words.push(preposition, ...trimLeading(tokens.slice(next.first, next.last + 1)));
  } else if (preposition?.lemma === 'of' && /ing$/i.test(tokens[chunk.last + 2]?.text ?? '')) {
    // The -ing word heads a phrase of its own ("freezing settlements") or is a verb.
    // "rejected all talk of withdrawing from east Jerusalem", "the idea of freezing settlements":
    // what the talk or the idea was of says what was rejected.
    const gerund = chunks.find((c) => c.first === chunk.last + 2);
    if (gerund && isUsable(tokens, gerund.first, gerund.last, excluded))
      words.push(preposition, ...tokens.slice(gerund.first, gerund.last + 1));
    else if (tokens[chunk.last + 2]!.pos === 'VERB')
      words.push(preposition, ...getGerundPhrase(tokens, chunks, chunk.last + 2, excluded));
  }
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  return toText(words);
}

/**
 * "a US-drafted resolution", "a Brazilian-drafted Security Council resolution": the tagger cuts
 * a hyphenated modifier into a name, a dash and a participle, and the chunker ends the phrase at
 * the name. The phrase runs on through the compound to the noun it modifies.
 */
function joinHyphenated(tokens: readonly Token[], chunks: readonly NounChunk[], chunk: NounChunk): NounChunk {
  const dash = tokens[chunk.last + 1];
  const word = tokens[chunk.last + 2];
  if (
    !dash ||
    !word ||
    dash.text !== '-' ||
    !isTouching(tokens[chunk.last]!, dash) ||
    !isTouching(dash, word)
  ) {
    return chunk;
  }
  const rest = chunks.find(
    (c) => c.first === chunk.last + 3 || (c.first <= chunk.last + 2 && chunk.last + 2 <= c.last),
  );
  return rest ? { first: chunk.first, last: rest.last, head: rest.head } : chunk;
}

const isTouching = (a: Token, b: Token) => a.end === b.start;

/** The words as written: no space where the text has none ("US-drafted", "Kerry's"). */
export function toText(words: readonly Token[]): string {
  return words
    .map((t, i) => (i > 0 && words[i - 1]!.end === t.start ? t.text : ` ${t.text}`))
    .join('')
    .trim()
    .replace(/^\p{Lu}(?=\p{Ll}+\b)/u, (letter) =>
      // Only the sentence's capital goes: "Three hostages were freed" → "three hostages".
      words[0]!.index === 0 && words[0]!.pos !== 'PROPN' ? letter.toLowerCase() : letter,
    );
}

/** Not a pronoun, a number or a date: "it", "128-9", "on Friday" say nothing as objects. */
function isUsable(tokens: readonly Token[], first: number, last: number, excluded: readonly Span[]): boolean {
  const head = tokens[last]!;
  if (head.pos === 'PRON' || head.pos === 'NUM') return false;
  const start = tokens[first]!.start;
  return !excluded.some((s) => s.start < head.end && start < s.end);
}

/** Only adverbs between: "vetoed outright the draft" yes, "voted in favour" (a preposition) no. */
function isAdverbsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos !== 'ADV') return false;
  return true;
}

/** A gerund and what follows it: its object, or a phrase of one preposition and a noun. */
function getGerundPhrase(
  tokens: readonly Token[],
  chunks: readonly NounChunk[],
  gerund: number,
  excluded: readonly Span[],
): Token[] {
  const words = [tokens[gerund]!];
  const preposition = tokens[gerund + 1];
  const at = preposition?.pos === 'ADP' ? gerund + 2 : gerund + 1;
  const next = chunks.find((c) => c.first === at);
  if (!next || !isUsable(tokens, next.first, next.last, excluded)) return words;
  if (at === gerund + 2) words.push(preposition!);
  words.push(...trimLeading(tokens.slice(next.first, next.last + 1)));
  return words;
}

const DECIDING: ReadonlySet<string> = new Set(['decide', 'agree', 'resolve']);

/** "to" and its verb, and the verb's object when one follows at once: "to suspend enrichment". */
function getInfinitive(
  tokens: readonly Token[],
  chunks: readonly NounChunk[],
  trigger: TriggerMatch,
  excluded: readonly Span[],
): string | null {
  let k = trigger.lastToken + 1;
  const isExcluded = (t: Token) => excluded.some((s) => s.start <= t.start && t.end <= s.end);
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || isExcluded(tokens[k]!))) k++;
  if (tokens[k]?.text.toLowerCase() !== 'to' || tokens[k + 1]?.pos !== 'VERB') return null;
  const words = [tokens[k]!, tokens[k + 1]!];
  const next = chunks.find((c) => c.first === k + 2);
  if (next && isUsable(tokens, next.first, next.last, excluded))
    words.push(...trimLeading(tokens.slice(next.first, next.last + 1)));
  return words.length <= MAX_WORDS ? toText(words) : null;
}

function trimLeading(words: Token[]): Token[] {
  let k = 0;
  while (k < words.length && LEADING.has(words[k]!.pos)) k++;
  return words.slice(k);
}
