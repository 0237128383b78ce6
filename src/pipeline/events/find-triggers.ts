// Finds the words of a sentence that name a happening, by lemma (triggers.json), and reads
// from the linguistic layer whether the sentence says it happened: "vetoed" is a veto, "would
// have vetoed", "threatened to veto", "did not veto" are not (status null); "will vote" is a
// planned vote. Words inside quotation marks are skipped: a quote is what someone said ("we're
// exercising it"), not a happening the reporter describes.
import { getMoodAt, getStatusOf } from '../language/mood-at.ts';
import type { SentenceLanguage, Span, Token, VerbGroup } from '../types.ts';
import { isGerundNoun } from './gerund-noun.ts';
import { hasNamedSubject } from './named-subject.ts';
import { TRIGGER_LEXICON, type LexiconEntry, type Trigger } from './triggers.ts';

export interface TriggerMatch extends Span {
  readonly trigger: Trigger;
  readonly text: string;
  /** First and last token of the phrase. */
  readonly token: number;
  readonly lastToken: number;
  /** happened, planned (will, plans to, is expected to), or null: negated, hypothetical, threatened… */
  readonly status: 'happened' | 'planned' | null;
  /** Tense of the verb group the trigger heads; null for a noun. */
  readonly tense: 'past' | 'present' | 'future' | null;
  /** "had vetoed": told as before another past time (a saying, the day being told). */
  readonly pluperfect: boolean;
  /** "a plan announced by Biden": a participle after its noun, with its agent, describes that
   *  noun; the clause's own verb ("the council endorsed a plan announced by…") says what happened. */
  readonly reducedRelative?: true;
  /** The `objects` word that let the trigger count, when it follows the trigger ("suspended its
   *  aid"): what a title may name when no fuller object phrase can be read. */
  readonly objectWord?: string;
}

interface Compiled {
  readonly entry: LexiconEntry;
  readonly words: readonly string[];
  readonly objects: ReadonlySet<string> | null;
  readonly subjects: ReadonlySet<string> | null;
}

// Entries indexed by their first word, so a token costs one lookup or two.
const BY_FIRST_WORD = new Map<string, Compiled[]>();
// A dated noun is read by events/dated-noun.ts, only where a date names it.
for (const entry of TRIGGER_LEXICON.filter((e) => !e.datedNoun)) {
  const objects = entry.objects ? new Set(entry.objects) : null;
  const subjects = entry.subjects ? new Set(entry.subjects) : null;
  for (const phrase of entry.phrases) {
    const words = phrase.split(' ');
    const list = BY_FIRST_WORD.get(words[0]!) ?? [];
    list.push({ entry, words, objects, subjects });
    BY_FIRST_WORD.set(words[0]!, list);
  }
}

// A cheap test before a sentence is tagged: does any word start like a trigger's first word
// ("vot…", "veto…") or is it an irregular form ("met", "told")? Tagging is the costly step.
const IRREGULAR = [
  'met',
  'told',
  'said',
  'spoke',
  'held',
  'left',
  'sought',
  'flew',
  'took',
  'began',
  'struck',
  'withdrew',
  'withdrawn',
  'brought',
  'cut',
  'put',
  'set',
  'led',
  'gave',
  'given',
  'made',
  'won',
  'lost',
  'fought',
  'wrote',
  'written',
  'ran',
  'went',
  'came',
  'sat',
  'chose',
  'drew',
  'laid',
  'froze',
  'frozen',
  'spoken',
  'flown',
  'begun',
];
const STEMS = [
  ...new Set(
    TRIGGER_LEXICON.flatMap((e) => e.phrases.map((p) => p.split(' ')[0]!)).map((w) =>
      w.length > 3 ? w.replace(/[ey]$/, '') : w,
    ),
  ),
];
const MAY_TRIGGER = new RegExp(`\\b(?:${[...IRREGULAR, ...STEMS.map((s) => `${s}\\w*`)].join('|')})\\b`, 'i');

/** False only when no word of the sentence can be a trigger. */
export function mayHoldTrigger(sentence: string): boolean {
  return MAY_TRIGGER.test(sentence);
}

// How far an `objects` word may be from the trigger: "adopted by 14 votes to none a resolution".
const OBJECT_REACH = 6;
const NOUNS = new Set(['NOUN', 'PROPN']);
const VERBS = new Set(['VERB', 'AUX']);

const OPENING_QUOTES = new Set(['“', '"', '‘']);
const CLOSING_QUOTES = new Set(['”', '"', '’']);
// Codes of the marks above: any other character changes nothing, and is skipped at once.
const IS_QUOTE_MARK = new Uint8Array(0x10000);
for (const mark of [...OPENING_QUOTES, ...CLOSING_QUOTES]) IS_QUOTE_MARK[mark.charCodeAt(0)] = 1;

/** Spans of quoted speech in a sentence (offsets relative to the sentence text). */
export function findQuotedSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    if (IS_QUOTE_MARK[sentence.charCodeAt(i)] === 0) continue;
    const ch = sentence[i]!;
    // A straight quote or ’ toggles; ’ inside a word is an apostrophe ("we’re"), not a quote.
    const isApostrophe = ch === '’' || ch === '‘' ? /\w/.test(sentence[i - 1] ?? '') : false;
    if (isApostrophe) continue;
    if (open < 0 && OPENING_QUOTES.has(ch)) open = i;
    else if (open >= 0 && CLOSING_QUOTES.has(ch) && i > open) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  // An unclosed quote runs to the end: multi-sentence quotes close in a later sentence.
  if (open >= 0) spans.push({ start: open, end: sentence.length });
  return spans;
}

/**
 * Trigger matches outside quotes, in sentence order; offsets relative to the sentence.
 * `actors` are the actor mentions of the sentence (sentence offsets), for `actorObject` entries.
 */
export function findTriggers(
  sentence: string,
  language: SentenceLanguage,
  actors: readonly (Span & { readonly kind?: string | undefined })[] = [],
  /** Place mentions (sentence offsets), for `physicalObject` entries. */
  places: readonly Span[] = [],
): TriggerMatch[] {
  const quoted = findQuotedSpans(sentence);
  const inQuote = (i: number) => quoted.some((q) => i >= q.start && i < q.end);
  const { tokens } = language;
  const matches: TriggerMatch[] = [];
  for (const token of tokens) {
    // By lemma, then by the word as written; a new list only when both give entries.
    const lower = token.text.toLowerCase();
    const byLemma = BY_FIRST_WORD.get(token.lemma);
    const byText = token.lemma !== lower ? BY_FIRST_WORD.get(lower) : undefined;
    const candidates = byLemma && byText ? [...byLemma, ...byText] : (byLemma ?? byText);
    if (candidates === undefined || candidates.length === 0 || inQuote(token.start)) continue;
    // A proper noun is a name ("State Department", "Operation Protective Edge"), not a verb.
    // So is a word inside an actor's name ("Secretary of State John Kerry").
    const isName =
      (token.pos === 'PROPN' && token.index > 0) ||
      actors.some((a) => a.start <= token.start && token.end <= a.end);
    for (const { entry, words, objects, subjects } of candidates) {
      const last = token.index + words.length - 1;
      if (!words.every((w, k) => isWord(tokens[token.index + k], w))) continue;
      const isNoun = NOUNS.has(token.pos) || isGerundNoun(tokens, token.index);
      if (entry.as === 'noun' && !isNoun) continue;
      if (entry.as === 'verb' && !VERBS.has(token.pos)) continue;
      // "a vetoed draft", "the signed accord", "a US-drafted text": a participle modifying a noun
      // recalls a happening as background; it does not report one.
      // "the Israeli military struck targets": a name ending in a word the tagger reads as an
      // adjective is a subject, and the verb after it is finite.
      const afterName = actors.some((a) => a.end === tokens[token.index - 1]?.end);
      if (VERBS.has(token.pos) && entry.as !== 'noun' && !afterName && isPrenominal(tokens, token.index))
        continue;
      // "the veto-wielding United States", "vote-buying": a compound modifier names no happening.
      if (isCompoundModifier(tokens, token.index)) continue;
      if (entry.bareNoun && isNoun && !isBareNoun(tokens, token.index)) continue;
      if (entry.notBefore && isFollowedBy(tokens, last, entry.notBefore)) continue;
      if (entry.intransitive && !isNoun && hasDirectObject(tokens, last)) continue;
      // "agreed to meet Abbas": a verb after "to" that names a happening of its own is what was
      // agreed, and is read as planned; the agreeing adds nothing.
      if (entry.infinitive && (isNoun || !isBeforeInfinitive(tokens, last) || governsTrigger(tokens, last)))
        continue;
      // "The draft failed to win nine votes" is still the draft's failed vote.
      if (
        entry.catenative &&
        isBeforeInfinitive(tokens, last) &&
        !hasObjectBefore(tokens, token.index, objects)
      )
        continue;
      // "veto power", "the veto threat": a noun before another modifies it.
      if (isNoun && isJoinedNoun(tokens, last)) continue;
      if (isName && entry.as !== 'noun') continue;
      // "the offensive, which it called Operation Pillar of Defense", "what Netanyahu described as
      // a victory": words said of a thing named before describe it; nobody is reported speaking.
      if (entry.type === 'statement' && isObjectRelative(tokens, token.index)) continue;
      const near = objects ? findNear(tokens, token.index, last, objects) : -1;
      if (
        objects &&
        near < 0 &&
        !isPronounPassive(language, token.index) &&
        !isPassiveOf(language, token.index, objects)
      )
        continue;
      if (subjects && !hasActiveSubject(language, token.index, subjects)) continue;
      if (entry.jointSubject && !hasJointSubject(language, token.index)) continue;
      if (entry.physicalObject && !isPhysicalAct(language, token.index, last, actors, places)) continue;
      if (entry.actorObject && !hasActorObject(tokens, last, actors)) continue;
      if (entry.namedSubject && !hasNamedSubject(tokens, token.index, isNoun, actors)) continue;
      // A noun of several words takes its mood from its head, the last: "no Israeli air strikes".
      const head = isNoun && last > token.index && NOUNS.has(tokens[last]!.pos) ? last : token.index;
      const mood = getMoodAt(language, head);
      const status = getStatusOf(mood);
      matches.push({
        trigger: {
          type: entry.type,
          rank: entry.rank,
          ...(isNoun || entry.as === 'noun' ? { noun: true } : {}),
        },
        text: sentence.slice(token.start, tokens[last]!.end),
        start: token.start,
        end: tokens[last]!.end,
        token: token.index,
        lastToken: last,
        status: status === 'planned' && entry.plannable === false ? null : status,
        tense: mood.group?.tense ?? null,
        pluperfect: isPluperfect(tokens, mood.group),
        ...(!isNoun && isReducedRelative(tokens, mood.group, token.index, last)
          ? { reducedRelative: true }
          : {}),
        ...(near > last
          ? { objectWord: CURRENCY.test(tokens[near]!.text) ? 'money' : tokens[near]!.lemma }
          : {}),
      });
    }
  }
  // Drop a match nested inside a longer one ("held talks" vs "talks"), and repeats of a type.
  const kept = matches.filter(
    (a, i) =>
      !matches.some(
        (b, j) =>
          (b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start) ||
          (j < i && b.start === a.start && b.end === a.end && b.trigger.type === a.trigger.type),
      ),
  );
  return kept.sort((a, b) => a.start - b.start || b.trigger.rank - a.trigger.rank);
}

// Not "that": "officials said that Abbas told them" is a complement, and Abbas spoke.
const OBJECT_RELATIVES = new Set(['which', 'what']);

/** A verb whose object is a relative pronoun before its subject: "which it called", "what Kerry
 *  described as". */
function isObjectRelative(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
  let subject = j;
  while (subject >= 0 && tokens[subject]!.pos === 'PROPN') subject--;
  const hasSubject = subject < j || tokens[j]?.pos === 'PRON';
  const relative = subject < j ? subject : j - 1;
  return hasSubject && OBJECT_RELATIVES.has(tokens[relative]?.text.toLowerCase() ?? '');
}

/** One of `words` within a few words after the trigger: "asked Kirby on Tuesday whether …". */
function isFollowedBy(tokens: readonly Token[], last: number, words: readonly string[]): boolean {
  for (let k = last + 1; k <= last + 5 && k < tokens.length; k++) {
    if (words.includes(tokens[k]!.text.toLowerCase())) return true;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

const OBJECT_STARTS = new Set(['DET', 'PROPN', 'NOUN', 'PRON']);
const TIME_WORDS =
  /^(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|this|last|earlier|later)$/i;

/** A noun phrase right after the verb (adverbs aside), not a time or a "that" clause. */
function hasDirectObject(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  const next = tokens[k];
  return next !== undefined && OBJECT_STARTS.has(next.pos) && !TIME_WORDS.test(next.text);
}

// "It was adopted by 14 votes to none": a passive whose subject is "it" takes its object from the
// sentence before, where the text was named; the verb alone already says what was done to it.
function isPronounPassive(language: SentenceLanguage, k: number): boolean {
  const group = getMoodAt(language, k).group;
  return group?.voice === 'passive' && /^it$/i.test(language.tokens[group.first - 1]?.text ?? '');
}

/**
 * A passive whose subject is one of `objects`, past a phrase set off by commas between them: "The
 * resolution, put forward by the council's ten elected members, was adopted".
 */
function isPassiveOf(language: SentenceLanguage, k: number, objects: ReadonlySet<string>): boolean {
  const group = getMoodAt(language, k).group;
  if (group?.voice !== 'passive') return false;
  const { tokens, chunks } = language;
  let end = group.first - 1;
  if (tokens[end]?.text === ',') {
    const opening = tokens.findLastIndex((t, j) => j < end && t.text === ',');
    if (opening < 0) return false;
    end = opening - 1;
  }
  const subject = chunks.find((c) => c.last === end);
  const head = subject && tokens[subject.head]!;
  return !!head && (objects.has(head.lemma) || objects.has(head.text.toLowerCase()));
}

/** One of `objects` shortly before the trigger: its subject ("the draft failed"). */
function hasObjectBefore(
  tokens: readonly Token[],
  first: number,
  objects: ReadonlySet<string> | null,
): boolean {
  if (!objects) return false;
  for (let k = Math.max(0, first - OBJECT_REACH); k < first; k++)
    if (objects.has(tokens[k]!.lemma) || objects.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}

/** Whether an active verb's subject is one of `subjects`: right before its group ("Israeli troops
 *  killed"), before a relative pronoun ("the tanks that entered") or before a phrase that
 *  modifies it ("troops in the north entered"). A subject further off, or a passive's, says
 *  nothing of what the verb names. */
function hasActiveSubject(language: SentenceLanguage, k: number, subjects: ReadonlySet<string>): boolean {
  const { tokens } = language;
  const group = getMoodAt(language, k).group;
  if (!group || group.voice !== 'active') return false;
  const isSubject = (j: number) =>
    j >= 0 && (subjects.has(tokens[j]!.lemma) || subjects.has(tokens[j]!.text.toLowerCase()));
  // "Troops are due to enter", "are expected to enter": the governor's subject.
  let j = group.governor === undefined ? group.first - 1 : group.governor - 1;
  if (group.governor !== undefined)
    while (j >= 0 && (VERBS.has(tokens[j]!.pos) || tokens[j]!.pos === 'ADV')) j--;
  if (RELATIVE_PRONOUNS.has(tokens[j]?.text.toLowerCase() ?? '')) j--;
  if (isSubject(j)) return true;
  for (let n = j - 1; n >= Math.max(0, j - OBJECT_REACH); n--) {
    const pos = tokens[n]!.pos;
    if (VERBS.has(pos) || pos === 'PUNCT' || pos === 'PRON') return false;
    if (isSubject(n)) return tokens[n + 1]!.pos === 'ADP';
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(['that', 'which']);

// Two parties as one subject: "Israel and the Palestinians", "the two sides", "both governments".
const JOINT_NOUNS = new Set(['sides', 'parties', 'governments', 'leaders', 'countries', 'states']);
const isCapitalised = (token: Token | undefined) => !!token && /^\p{Lu}/u.test(token.text);

/** Whether an active verb's subject, right before its group, is two parties or more. */
function hasJointSubject(language: SentenceLanguage, k: number): boolean {
  const group = getMoodAt(language, k).group;
  if (!group || group.voice !== 'active') return false;
  const { tokens } = language;
  const last = tokens[group.first - 1];
  // "the two sides agreed", "both governments agreed".
  if (last && JOINT_NOUNS.has(last.text.toLowerCase()))
    return /^(?:two|both)$/i.test(tokens[group.first - 2]?.text ?? '');
  // "Israel and the Palestinians agreed": names joined by "and" up to the verb, no comma between.
  if (!isCapitalised(last)) return false;
  for (let j = group.first - 2; j >= Math.max(0, group.first - 8); j--) {
    const token = tokens[j]!;
    if (token.pos === 'PUNCT' || VERBS.has(token.pos)) return false;
    if (token.text === 'and') return isCapitalised(tokens[j - 1]);
  }
  return false;
}

/** "failed to block", "failed on Tuesday to block": "to" and a verb next, past a date or adverb. */
function isBeforeInfinitive(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.text.toLowerCase() === 'to') return tokens[k + 1]?.pos === 'VERB';
    if (!['ADV', 'ADP', 'PROPN', 'NUM'].includes(token.pos)) return false;
  }
  return false;
}

/**
 * An active verb whose object (past a determiner or an adjective: "southern Israel") is a state
 * or a place, and whose subject, if named, is no person.
 */
function isPhysicalAct(
  language: SentenceLanguage,
  k: number,
  last: number,
  actors: readonly (Span & { readonly kind?: string | undefined })[],
  places: readonly Span[],
): boolean {
  const { tokens } = language;
  const group = getMoodAt(language, k).group;
  if (!group || group.voice !== 'active') return false;
  let o = last + 1;
  while (tokens[o] && (tokens[o]!.pos === 'DET' || tokens[o]!.pos === 'ADJ')) o++;
  const object = tokens[o];
  if (!object) return false;
  const at = (s: Span) => s.start <= object.start && object.start < s.end;
  const isTarget = actors.some((a) => at(a) && a.kind === 'state') || places.some(at);
  if (!isTarget) return false;
  const before = tokens[group.first - 1];
  const subject = before && actors.find((a) => a.start <= before.start && before.start < a.end);
  return subject?.kind !== 'person';
}

/** The verb after "to" is a trigger word of its own: "agreed to meet", "agreed to vote". */
function governsTrigger(tokens: readonly Token[], last: number): boolean {
  const to = tokens.findIndex((t, k) => k > last && t.text.toLowerCase() === 'to');
  const verb = tokens[to + 1];
  return (
    to > 0 &&
    verb !== undefined &&
    (BY_FIRST_WORD.get(verb.lemma) ?? []).some(
      // Only a verb that names a happening on its own, needing no particular object or subject.
      ({ entry, objects, subjects }) => entry.as !== 'noun' && !entry.infinitive && !objects && !subjects,
    )
  );
}

function isPluperfect(tokens: readonly Token[], group: VerbGroup | undefined): boolean {
  return group !== undefined && group.perfect && /^(?:had|'d|’d)$/i.test(tokens[group.first]!.text);
}

/** A participle alone in its group right after a noun and before "by": "a plan announced by". */
function isReducedRelative(
  tokens: readonly Token[],
  group: VerbGroup | undefined,
  first: number,
  last: number,
): boolean {
  const alone = group === undefined || group.first === first;
  return alone && NOUNS.has(tokens[first - 1]?.pos ?? '') && tokens[last + 1]?.lemma === 'by';
}

/** A participle between a determiner (or a hyphened modifier) and its noun modifies it: "the
 *  proposed text", "a US-drafted text". */
function isPrenominal(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const modifies = before?.pos === 'DET' || before?.pos === 'ADJ' || isJoined(tokens, k - 1, k);
  return modifies && NOUNS.has(tokens[k + 1]?.pos ?? '');
}

/** "veto-wielding": the word is joined by a hyphen to the next word. */
function isCompoundModifier(tokens: readonly Token[], k: number): boolean {
  return isJoined(tokens, k, k + 1) && tokens[k + 1]!.text === '-' && isJoined(tokens, k + 1, k + 2);
}

/** Whether two tokens touch, with no space between them. */
function isJoined(tokens: readonly Token[], a: number, b: number): boolean {
  const left = tokens[a];
  const right = tokens[b];
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** A common noun right after the phrase's last word heads the compound: "veto power" (not a
 *  time: "the vote today", "a call tonight"). */
function isJoinedNoun(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return tokens[last]?.pos === 'NOUN' && next?.pos === 'NOUN' && !TIME_NOUNS.has(next.lemma);
}

const TIME_NOUNS = new Set([
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'day',
]);

/** "a call with Abbas" yes; "a ceasefire call", "calls to recognise Palestine" no. */
function isBareNoun(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const modified = before?.pos === 'NOUN' || before?.pos === 'ADJ';
  const infinitive = after?.lemma === 'to' && tokens[k + 2]?.pos === 'VERB';
  return !modified && !infinitive;
}

function isWord(token: Token | undefined, word: string): boolean {
  return token !== undefined && (token.lemma === word || token.text.toLowerCase() === word);
}

/** Where one of `objects` is among the nearby tokens ("adopted a resolution", "the draft
 *  failed"), or -1. */
function findNear(
  tokens: readonly Token[],
  first: number,
  last: number,
  objects: ReadonlySet<string>,
): number {
  const from = Math.max(0, first - OBJECT_REACH);
  const to = Math.min(tokens.length - 1, last + OBJECT_REACH);
  for (let k = from; k <= to; k++) {
    if (k >= first && k <= last) continue;
    const t = tokens[k]!;
    if (objects.has(t.lemma) || objects.has(t.text.toLowerCase())) return k;
    if (k > last && CURRENCY.test(t.text) && objects.has('money') && isObjectOf(tokens, last, k)) return k;
  }
  return -1;
}

/** Nothing verbal between the trigger and `k`: "withheld $65 million" yes, "ending fighting that
 *  had cost $2 billion" no. */
const isObjectOf = (tokens: readonly Token[], last: number, k: number) =>
  tokens.slice(last + 1, k).every((t) => !VERBS.has(t.pos) && t.pos !== 'PRON');

/** A currency sign ("$65 million", "US$10m", "€5 million") is a sum of money: `objects` "money". */
const CURRENCY = /^(?:[A-Z]{1,2})?[$€£¥]$/;

/**
 * An actor right after the verb (past a determiner) and nothing that makes it a naming after
 * it: "called Abbas on Monday" yes; "called Israel a threat", "called the reports inaccurate" no.
 */
function hasActorObject(tokens: readonly Token[], last: number, actors: readonly Span[]): boolean {
  let k = last + 1;
  if (tokens[k]?.pos === 'DET') k++;
  const next = tokens[k];
  const actor = next && actors.find((a) => a.start <= next.start && next.start < a.end);
  if (!actor) return false;
  const after = tokens.find((t) => t.start >= actor.end);
  // "called Morocco's proposal the only basis": a possessive is the object's, not the object.
  return !after || (!['ADJ', 'DET', 'NOUN'].includes(after.pos) && !/^['’]s?$/.test(after.text));
}
