// The noun phrase an episode is named by, read with the tagger (wink's parts of speech and the
// language layer's noun chunks) from a few of its sentences: "Beit Hanoun", "humanitarian pauses",
// "observer state". Only sentences holding a candidate word are read, at most SENTENCES_READ.
import { findNounChunks } from '../language/chunks.ts';
import { tokenizeMany } from '../language/tokenize.ts';
import type { Token } from '../types.ts';
import { toTerm } from './story-features.ts';
import { NOT_NAMING_WORDS, SHELL_NOUNS } from './story-lexicon.ts';

const SENTENCES_READ = 12;

/**
 * Words that say the kind of happening or whose it was, never the story ("vote", "Israeli"); a
 * "team" is what a phrase such as "fact-finding team" names, so it may end one here.
 */
export const NAMING_STOP: ReadonlySet<string> = new Set([
  ...[...NOT_NAMING_WORDS].filter((w) => w !== 'team'),
  ...SHELL_NOUNS,
  // What every story of this corpus is about in the end ("Peace will not come through statements
  // and resolutions", "an end to the violence"): it tells none apart.
  'peace',
  'violence',
  'fighting',
  'hostilities',
  'conflict',
]);

export const isName = (surface: string) => surface !== surface.toLowerCase();

/**
 * The noun phrase the best noun candidate is written in most often: its modifiers that are
 * eligible words themselves, through to the head of its chunk unless that head only says the
 * kind ("ceasefire resolution" → "ceasefire"). A candidate the tagger reads as a noun in at
 * most half its uses is skipped.
 */
export function getPhrase(
  terms: readonly string[],
  sentences: readonly string[],
  headlines: readonly string[],
  eligible: ReadonlySet<string>,
): string | null {
  if (terms.length === 0) return null;
  const wanted = new Set(terms);
  const uses = (s: string) => {
    for (const [w] of s.matchAll(/\p{L}[\p{L}'’-]*/gu))
      if (wanted.has(toTerm(w) ?? toTerm(w.toLowerCase()) ?? '')) return true;
    return false;
  };
  const read: string[] = [];
  for (const sentence of sentences) {
    if (read.length === SENTENCES_READ) break;
    if (uses(sentence)) read.push(sentence);
  }
  // Headlines come last: their case (title case undone) says nothing of a word's own.
  const fromSentences = read.length;
  read.push(...headlines.filter(uses));
  // Each sentence's chunks and terms, read once for all the candidate terms.
  const sentencesRead = tokenizeMany(read).map((tokens) => ({
    tokens,
    chunks: findNounChunks(tokens),
    terms: tokens.map((t) => toTerm(t.text)),
  }));
  for (const term of terms) {
    const phrases = new Map<string, { text: string; n: number }>();
    let nouns = 0;
    let seen = 0;
    let heads = 0;
    let located = 0;
    let tail = 0;
    // Written in lower case anywhere ("the genocide allegation"), a word is a common noun even
    // where it is part of a name ("the Genocide Convention").
    let common = false;
    for (const [i, { tokens, chunks, terms: termsOf }] of sentencesRead.entries()) {
      tokens.forEach((token, k) => {
        if (termsOf[k] !== term) return;
        seen++;
        if (!isNounAt(tokens, k)) return;
        nouns++;
        if (LOCATIVE.has(tokens[k - 1]?.text.toLowerCase() ?? '')) located++;
        if (isNameTail(tokens, k)) tail++;
        if (i < fromSentences && token.text === token.text.toLowerCase()) common = true;
        const chunk = chunks.find((c) => c.first <= k && k <= c.last);
        // "European-led" modifies what follows, though the tagger ends a chunk at the hyphen.
        if ((!chunk || chunk.head === k) && tokens[k + 1]?.text !== '-') heads++;
        const text = toPhrase(tokens, k, chunk ?? { first: 0, last: k, head: k }, eligible);
        const known = phrases.get(text.toLowerCase());
        phrases.set(text.toLowerCase(), { text: known?.text ?? text, n: (known?.n ?? 0) + 1 });
      });
    }
    if (2 * nouns <= seen) continue;
    const ranked = [...phrases.values()].sort(
      (a, b) => b.n - a.n || a.text.length - b.text.length || (a.text < b.text ? -1 : 1),
    );
    // "the plan" says only what kind of text it was: "ceasefire plan", where a sentence says so.
    const best = DOCUMENT_NOUNS.has(ranked[0]?.text ?? '')
      ? (ranked.find((p) => p.text.includes(' ')) ?? ranked[0])
      : ranked[0];
    // "Ceasefire diplomacy on deal": no sentence says which, so the word names no story.
    if (best && DOCUMENT_NOUNS.has(best.text.toLowerCase())) continue;
    // A name only ever written after "in" or "at" ("a ground operation in Rafah") is where
    // something happened or might, not what the story was about.
    if (best && isName(best.text) && located === nouns) continue;
    // Nor is one only ever written as the tail of a longer name ("Union" of "State of the Union").
    if (best && isName(best.text) && tail === nouns) continue;
    // A name only ever modifying others ("Turkish" in "Turkish ship", "Turkish officials") names
    // a story only with what it modifies, in one phrase used twice ("Beit Hanoun"); a common
    // noun does alone ("settlement" of "settlement building", "settlement activity").
    // "State Department official" is who spoke, not what about.
    if (best && ROLES.has(best.text.split(' ').at(-1)!.toLowerCase().replace(/s$/, ''))) continue;
    if (best && (heads > 0 || common || !isName(best.text) || (best.n >= 2 && best.text.includes(' '))))
      return best.text;
  }
  return null;
}

function toPhrase(
  tokens: readonly Token[],
  k: number,
  chunk: { first: number; last: number; head: number },
  eligible: ReadonlySet<string>,
): string {
  let first = k;
  while (first - 1 >= chunk.first && isModifier(tokens[first - 1]!, eligible)) first--;
  // A name is kept whole: "State Department", never "Department"; "International Court", never
  // "Court", though the tagger reads "International" as an adjective.
  while (
    first - 1 >= chunk.first &&
    isNamePart(tokens[first]!) &&
    isNamePart(tokens[first - 1]!) &&
    !HONORIFIC.test(tokens[first - 1]!.text)
  )
    first--;
  // "the ceasefire plan": a noun that only says what kind of text it was keeps the word before it.
  if (first === k && k > chunk.first && DOCUMENT_NOUNS.has(tokens[k]!.text.toLowerCase()))
    if (['ADJ', 'NOUN', 'PROPN'].includes(tokens[k - 1]!.pos)) first--;
  let last = k;
  for (let j = k + 1; j <= chunk.head; j++) {
    const term = toTerm(tokens[j]!.text);
    // Inside a name a word says nothing of the kind: "Palestine Liberation Organization" stays whole.
    const inName = isNamePart(tokens[j]!) && isNamePart(tokens[j - 1]!);
    if (term && NAMING_STOP.has(term) && !inName) break;
    if (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN') last = j;
  }
  return tokens
    .slice(first, last + 1)
    .map((t, i, all) => t.text + (i < all.length - 1 && all[i + 1]!.start > t.end ? ' ' : ''))
    .join('')
    .replace(/['’]s?$/, '');
}

/**
 * A noun, or a verb form after an adjective or determiner that no noun follows: the tagger reads
 * "humanitarian pauses to let aid in" as a verb and "Israel is building" as a noun, which
 * neither can be there.
 */
function isNounAt(tokens: readonly Token[], k: number): boolean {
  const pos = tokens[k]!.pos;
  const before = tokens[k - 1]?.pos ?? '';
  // "is building", "keep building it": a form in -ing after a verb continues it.
  if (/ing$/i.test(tokens[k]!.text) && ['AUX', 'VERB', 'PART'].includes(before)) return false;
  if (pos === 'NOUN' || pos === 'PROPN') return true;
  return (
    pos === 'VERB' &&
    ['ADJ', 'DET'].includes(before) &&
    !['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')
  );
}

/** Nouns naming someone by office: a phrase ending in one names a speaker. */
const ROLES: ReadonlySet<string> = new Set(
  (
    'official diplomat envoy spokesman spokeswoman spokesperson minister president secretary ambassador leader ' +
    'chief adviser advisor aide negotiator mediator delegate representative'
  ).split(' '),
);

/** Prepositions of where: a name after one is a place something happened in. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'near']);

/**
 * Nouns that say what kind of text or accord something was, not which one ("the plan", "the
 * agreement"): alone they name no story, so a form of them with a modifier is preferred.
 */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  'plan plans proposal proposals initiative draft text report agreement deal accord framework'.split(' '),
);

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Mister)\.?$/;

/** A capitalised proper noun, or a capitalised adjective or noun inside a name ("International"). */
const isNamePart = (token: Token) =>
  ['PROPN', 'ADJ', 'NOUN'].includes(token.pos) && /^\p{Lu}/u.test(token.text);

const isModifier = (token: Token, eligible: ReadonlySet<string>) => {
  if (!['ADJ', 'NOUN', 'PROPN'].includes(token.pos)) return false;
  const term = toTerm(token.text);
  return !!term && eligible.has(term);
};

/** "State of the Union", "Court of Justice": a capitalised word after "of (the)" and a capital. */
function isNameTail(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k - 1]?.text.toLowerCase() === 'the' ? k - 2 : k - 1;
  return (
    /^\p{Lu}/u.test(tokens[k]!.text) &&
    tokens[at]?.text.toLowerCase() === 'of' &&
    /^\p{Lu}/u.test(tokens[at - 1]?.text ?? '')
  );
}
