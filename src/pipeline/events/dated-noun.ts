// "the Hamas attack of October 7", "the October 7 attack", "since the Hamas assault on southern
// Israel on October 7": a date that names a happening noun dates that happening, whatever the
// clause's verb says ("Erdan demanded that states condemn the attack of October 7" is no demand
// of October 7). Such a noun is read only where a date names it (`datedNoun` in triggers.json):
// "condemned the attack" alone dates nothing. Whose happening it was is said by the noun's own
// modifier ("the Hamas attack", "Hamas's attack") or a "by" phrase; what it hit, by "on".
import type { ActorMention, DateMention, Sentence, SentenceLanguage, Token } from '../types.ts';
import type { EventType } from '../../domain/event-types.ts';
import { toText } from './object-phrase.ts';
import { TRIGGER_LEXICON } from './triggers.ts';

export interface DatedNoun {
  readonly date: DateMention;
  readonly type: EventType;
  /** The noun as written ("attack"). */
  readonly text: string;
  /** The noun and its "on" phrase as written, for the title: "assault on southern Israel". */
  readonly object: string;
  readonly agentIds: readonly string[];
  readonly targetIds: readonly string[];
}

const DATED_NOUNS = new Map<string, EventType>(
  TRIGGER_LEXICON.filter((e) => e.datedNoun).flatMap((e) => e.phrases.map((p) => [p, e.type] as const)),
);

const MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN']);
// "since the assault on southern Israel on October 7": what leads to the noun's phrase and may
// carry its date past its "on" phrase. Only "since": after "after" or "before" the date may as
// well be the clause's ("met after the attack on Monday").
const SINCE = new Set(['since']);

/** The sentence's dates that name a happening noun, with that happening's parties. */
export function getDatedNouns(
  read: SentenceLanguage,
  sentence: Sentence,
  dates: readonly DateMention[],
  mentions: readonly ActorMention[],
): DatedNoun[] {
  const { tokens } = read;
  const found: DatedNoun[] = [];
  for (const date of dates) {
    if (date.sentenceIndex !== sentence.index || date.kind === 'deadline') continue;
    const start = date.start - sentence.start;
    const end = date.end - sentence.start;
    const first = tokens.findIndex((t) => t.start >= start);
    const last = tokens.findLastIndex((t) => t.end <= end);
    if (first < 0 || last < first) continue;
    const noun = findNamedNoun(tokens, first, last);
    if (noun === null) continue;
    const token = tokens[noun]!;
    const type = DATED_NOUNS.get(token.lemma) ?? DATED_NOUNS.get(token.text.toLowerCase());
    if (!type) continue;
    const at = (m: ActorMention) => ({ start: m.start - sentence.start, end: m.end - sentence.start });
    const phraseStart = getPhraseStart(tokens, noun);
    // "the Hamas attack", "the October 7 Hamas attack", "Hamas's attack": a name among the noun's
    // modifiers; "the attack by Hamas": a "by" phrase right after it.
    const agents = mentions.filter((m) => {
      const span = at(m);
      return (
        (span.start >= tokens[phraseStart]!.start &&
          span.end <= token.start &&
          !isInside(span, start, end)) ||
        span.start === tokenAfter(tokens, noun, 'by')?.start
      );
    });
    const on = tokenAfter(tokens, noun, 'on') ?? tokenAfter(tokens, noun, 'against');
    const targets = mentions.filter((m) => on !== undefined && isInPhraseAt(tokens, on.index, at(m)));
    const onEnd = on ? getPhraseEnd(tokens, on.index) : noun;
    found.push({
      date,
      type,
      text: token.text,
      object: toText(tokens.slice(noun, onEnd + 1)),
      agentIds: [...new Set(agents.map((m) => m.actorId))],
      targetIds: [...new Set(targets.map((m) => m.actorId))].filter(
        (id) => !agents.some((a) => a.actorId === id),
      ),
    });
  }
  return found;
}

/**
 * The noun the date at tokens `first..last` names, or null: "attack of [October 7]", "the
 * [October 7] attack" (a name or an adjective may stand between: "the October 7 Hamas attack"),
 * "since the assault on southern Israel on [October 7]".
 */
function findNamedNoun(tokens: readonly Token[], first: number, last: number): number | null {
  // The date's own preposition, when the expression includes it ("on October 7").
  const p = tokens[first]!.pos === 'ADP' ? first : first - 1;
  const preposition = tokens[p];
  if (preposition?.lemma === 'of' && tokens[p - 1]?.pos === 'NOUN') return p - 1;
  const before = tokens[first - 1];
  if (p === first - 1 && (before?.pos === 'DET' || /^['’]s$/.test(before?.text ?? ''))) {
    let k = last + 1;
    while (k <= last + 3 && MODIFIERS.has(tokens[k]?.pos ?? '')) {
      if (tokens[k]!.pos === 'NOUN' && !MODIFIERS.has(tokens[k + 1]?.pos ?? '')) return k;
      k++;
    }
    return null;
  }
  if (preposition?.lemma !== 'on') return null;
  // Back over the noun's "on" phrase to the noun, then to what governs its phrase.
  let k = p - 1;
  while (k >= 0 && (MODIFIERS.has(tokens[k]!.pos) || tokens[k]!.pos === 'DET')) k--;
  if (tokens[k]?.lemma !== 'on' && tokens[k]?.lemma !== 'against') return null;
  const noun = k - 1;
  if (tokens[noun]?.pos !== 'NOUN') return null;
  const start = getPhraseStart(tokens, noun);
  return SINCE.has(tokens[start - 1]?.text.toLowerCase() ?? '') ? noun : null;
}

/** The first token of the noun's phrase: its determiner or possessive, past its modifiers. */
function getPhraseStart(tokens: readonly Token[], noun: number): number {
  let k = noun - 1;
  while (
    k >= 0 &&
    (MODIFIERS.has(tokens[k]!.pos) || tokens[k]!.pos === 'NUM' || /^['’]s$/.test(tokens[k]!.text))
  )
    k--;
  return tokens[k]?.pos === 'DET' ? k : k + 1;
}

/** The token after `word` right after the noun: "attack by [Hamas]", "assault on [southern Israel]". */
function tokenAfter(tokens: readonly Token[], noun: number, word: string): Token | undefined {
  const next = tokens[noun + 1];
  return next?.lemma === word ? tokens[noun + 2] : undefined;
}

/** The last token of the noun phrase starting at token `from`, before any date. */
function getPhraseEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (MODIFIERS.has(tokens[k + 1]?.pos ?? '') && tokens[k + 1]!.lemma !== 'on') k++;
  return k;
}

/** The mention lies in the noun phrase starting at token `from`: "on southern Israel". */
function isInPhraseAt(tokens: readonly Token[], from: number, span: { start: number; end: number }): boolean {
  let k = from;
  while (k < tokens.length && (MODIFIERS.has(tokens[k]!.pos) || tokens[k]!.pos === 'DET')) {
    if (tokens[k]!.start <= span.start && span.start < tokens[k]!.end) return true;
    k++;
  }
  return false;
}

const isInside = (span: { start: number; end: number }, start: number, end: number) =>
  span.start >= start && span.end <= end;
