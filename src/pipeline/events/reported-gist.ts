// What a statement said, in the sentence's own words, short enough for a title: the reported
// clause's subject, its whole verb group (negation and modality kept: "would not attend") and
// the first thing after the verb ("Shtayyeh said the visit set a dangerous precedent" → "visit
// set dangerous precedent"). "Hamas makes statement" says nothing a reader can use; the gist
// says what was said and, quoting, claims no more than the sentence.
//
// Only plain clauses are read: a subject right after the verb of saying (past "that", a date or
// whom it was told to), then a finite verb. Anything else (a quotation in the first person, a
// question, a clause the words cannot be cut from cleanly) gives no gist, and the title stays
// the type's own.
import type { NounChunk, SentenceLanguage, Span, Token, VerbGroup } from '../types.ts';
import { isAux } from '../language/word-forms.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { toText } from './object-phrase.ts';
import { ADDRESSING_VERBS } from './speech-verbs.ts';

/**
 * Verbs of saying that report a clause ("said the talks had failed"). Thanking, praising or
 * calling someone something name whom they are about, not a clause: those titles quote their
 * own verb (make-title.ts).
 */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'reiterate',
  'insist',
  'allege',
  'assure',
  'add',
  'reveal',
  'write',
  'tweet',
  'post',
  'declare',
  'state',
  'warn',
]);

/** Content words a title can hold after "X says". */
const MAX_WORDS = 12;
/** Subjects that say nothing out of their sentence ("X says this was…", "X says there is…"). */
const EMPTY_SUBJECTS = new Set(['this', 'that', 'there', 'what', 'which', 'who', 'it']);
/**
 * Words of the speaker's own voice: a headline never speaks in the first or second person ("X
 * says we will…", "X says our approach…").
 */
const OWN_VOICE = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours', 'you', 'your', 'myself', 'ourselves']);
/** Prepositions that carry the clause's point after its verb: "should be based on 1967 lines". */
const COMPLEMENT_PREPOSITIONS = new Set([
  'on',
  'for',
  'to',
  'against',
  'with',
  'from',
  'into',
  'in',
  'at',
  'of',
  'by',
  'about',
  'over',
  'as',
]);

/** Prepositions of time, place or cause a gist may end before: the clause is whole without them. */
const ADJUNCT_PREPOSITIONS = new Set([
  'in',
  'at',
  'during',
  'after',
  'since',
  'amid',
  'across',
  'near',
  'because',
]);

/**
 * The reported clause of a verb of saying, cut to subject, verb group and complement, or null.
 * `excluded` are the sentence's date spans: a date is when, not what.
 */
export function getReportedGist(
  language: SentenceLanguage,
  trigger: TriggerMatch,
  excluded: readonly Span[],
): string | null {
  if (trigger.trigger.noun || language.isQuestion) return null;
  const { tokens } = language;
  if (!CLAUSE_VERBS.has(tokens[trigger.token]!.lemma)) return null;
  const clause = findClauseStart(language, trigger, excluded);
  return clause === null ? null : readClause(language, clause.start, clause.forward, excluded);
}

/**
 * Where the reported clause opens: after the verb, past whom it was told to, a date and
 * "that" ("told reporters on Monday that the talks…"); or, for a closing attribution
 * ("The talks have failed, Abbas said."), at the sentence's start.
 */
function findClauseStart(language: SentenceLanguage, trigger: TriggerMatch, excluded: readonly Span[]) {
  const { tokens, chunks } = language;
  const lemma = tokens[trigger.token]!.lemma;
  let k = trigger.lastToken + 1;
  // "told the council", "said to reporters": whom it was said to is no part of what was said.
  if (ADDRESSING_VERBS.has(lemma) || tokens[k]?.lemma === 'to') {
    const at = tokens[k]?.lemma === 'to' ? k + 1 : k;
    const addressee = chunks.find((c) => c.first === at || (c.first === at + 1 && tokens[at]?.pos === 'DET'));
    if (addressee && tokens[addressee.last + 1]?.pos !== 'VERB' && tokens[addressee.last + 1]?.pos !== 'AUX')
      k = addressee.last + 1;
  }
  // A date and its preposition ("on Monday"), adverbs, a comma.
  while (
    k < tokens.length &&
    (isDate(tokens[k]!, excluded) || isDateLead(tokens, k, excluded) || isFiller(tokens[k]!))
  )
    k++;
  if (tokens[k]?.lemma === 'that') k++;
  if (k < tokens.length && isSubjectStart(tokens[k]!)) return { start: k, forward: true };
  // The closing attribution: the clause runs from the opening to a comma before the speaker.
  if (isClosingAttribution(tokens, trigger, chunks)) {
    let first = 0;
    while (first < tokens.length && tokens[first]!.pos === 'PUNCT') first++;
    return first < trigger.token ? { start: first, forward: false } : null;
  }
  return null;
}

/**
 * "…, Abbas said." / "…, said Abbas." / "…, the ministry said on Monday.": the verb ends it. A
 * relative clause ("…a warning from Trump, who wrote on Twitter that…") reports what follows
 * it, and the words before it are the narrator's.
 */
function isClosingAttribution(tokens: readonly Token[], trigger: TriggerMatch, chunks: readonly NounChunk[]) {
  if (tokens.slice(trigger.lastToken + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  const before = chunks.find((c) => c.last === trigger.token - 1);
  if (before && OPENERS.has(tokens[before.first]!.lemma.toLowerCase())) return false;
  const comma = before ? before.first - 1 : trigger.token - 1;
  const isComma = (t: Token | undefined) => t !== undefined && /^[,”"’']+$/.test(t.text);
  if (!isComma(tokens[comma]) && !(tokens[comma]?.pos === 'PUNCT' && isComma(tokens[comma - 1]))) {
    // "…, said Abbas": the speaker after the verb.
    return isComma(tokens[trigger.token - 1]) && chunks.some((c) => c.first === trigger.lastToken + 1);
  }
  return true;
}

function readClause(
  language: SentenceLanguage,
  start: number,
  /** Read after the verb of saying, where "it" stands for the speaker ("Hamas said it…"). */
  forward: boolean,
  excluded: readonly Span[],
): string | null {
  const { tokens, chunks, verbGroups } = language;
  const first = tokens[start]!.lemma.toLowerCase();
  if (EMPTY_SUBJECTS.has(first) && !(forward && first === 'it')) return null;
  // The chunker may run a date into the name after it ("on Tuesday Israel must…").
  const chunk = chunks.find((c) => c.first <= start && start <= c.last);
  if (!chunk) return null;
  const subject = { ...chunk, first: start };
  const words = phrase(tokens, subject);
  // A possessor and what it owns are one chunk already ("Israel's conditions").
  let end = subject.last;
  // "the borders of a Palestinian state", "his opposition to a Palestinian state": one phrase
  // of a preposition belongs to the subject when the verb follows it.
  const attached = chunks.find((c) => c.first === end + 2);
  if (
    tokens[end + 1]?.pos === 'ADP' &&
    COMPLEMENT_PREPOSITIONS.has(tokens[end + 1]!.lemma) &&
    attached &&
    startsVerbGroup(language, attached.last + 1)
  ) {
    words.push(tokens[end + 1]!, ...phrase(tokens, attached));
    end = attached.last;
  }
  const group = verbGroups.find((g) => g.first === end + 1);
  if (!group || tokens[group.first]!.lemma === 'to' || !isFinite(tokens, group)) return null;
  words.push(...tokens.slice(group.first, group.last + 1));
  const complement = readComplement(
    language,
    group.last + 1,
    excluded,
    LIGHT_VERBS.has(tokens[group.head]!.lemma) || tokens[group.head]!.lemma === 'be',
  );
  words.push(...complement.words);
  // A clause cut short says something else or nothing ("Washington was", "Quartet regarded
  // vote"): the gist ends where the clause does, or before a time, a place or a reason.
  if (complement.words.length === 0 && isAuxiliary(tokens[group.head]!)) return null;
  if (!isClauseEnd(tokens, complement.next, excluded, complement.words.length > 0)) return null;
  if (words.length > MAX_WORDS || words.length < 2) return null;
  if (words.some((w) => OWN_VOICE.has(w.text.toLowerCase()))) return null;
  return toText(words);
}

/**
 * What follows the verb, and where it stops: an adjective, a noun phrase and one preposition's
 * phrase after it, a preposition and its noun phrase, or "to" and a verb.
 */
function readComplement(
  language: SentenceLanguage,
  at: number,
  excluded: readonly Span[],
  /**
   * After "take", "make", "have" or "give" the article stays: "take the place of" is no "take
   * place". So it does after "be" ("is a right" is no "is right") and after a preposition
   * ("agreed to a pause" is no "agreed to pause").
   */
  keepArticle = false,
): Phrase {
  const { tokens } = language;
  const next = tokens[at];
  const none = { words: [], next: at };
  if (!next || isDate(next, excluded)) return none;
  // 'said he was "determined to…"': a quotation that goes on the clause is read through.
  if (isOpeningQuote(next)) return readComplement(language, at + 1, excluded, keepArticle);
  const object = readNounPhrase(language, at, excluded, keepArticle);
  if (object) {
    // "putting pressure on Israel": the preposition's phrase completes the object.
    const preposition = tokens[object.next];
    const after = readNounPhrase(language, object.next + 1, excluded, true);
    if (preposition && after && COMPLEMENT_PREPOSITIONS.has(preposition.lemma) && preposition.pos === 'ADP')
      return { words: [...object.words, preposition, ...after.words], next: after.next };
    return object;
  }
  // "was ready to scale up deliveries": an adjective, and the infinitive it governs.
  if (next.pos === 'ADJ') {
    const infinitive = readInfinitive(language, at + 1, excluded);
    return { words: [next, ...infinitive.words], next: infinitive.next };
  }
  if (COMPLEMENT_PREPOSITIONS.has(next.lemma) && next.pos === 'ADP') {
    const after = readNounPhrase(language, at + 1, excluded, true);
    return after ? { words: [next, ...after.words], next: after.next } : none;
  }
  return readInfinitive(language, at, excluded);
}

/** Words read and the token after them. */
interface Phrase {
  readonly words: readonly Token[];
  readonly next: number;
}

/** "to end the war": an infinitive and its object, if one starts at `at`. */
function readInfinitive(language: SentenceLanguage, at: number, excluded: readonly Span[]): Phrase {
  const { tokens, verbGroups } = language;
  const infinitive = verbGroups.find((g) => g.first === at && tokens[at]!.lemma === 'to');
  if (!infinitive) return { words: [], next: at };
  const words = tokens.slice(infinitive.first, infinitive.last + 1);
  const object = readNounPhrase(language, infinitive.last + 1, excluded);
  return object
    ? { words: [...words, ...object.words], next: object.next }
    : { words, next: infinitive.last + 1 };
}

/**
 * The noun phrase at `k`, without its article, and a list it heads ("both Biden and Trump"): a
 * list is said whole. Null when none starts there.
 */
function readNounPhrase(
  language: SentenceLanguage,
  k: number,
  excluded: readonly Span[],
  keepArticle = false,
): Phrase | null {
  const { tokens, chunks } = language;
  const chunk = chunkAt(tokens, chunks, k, excluded);
  if (!chunk) return null;
  const words = keepArticle ? tokens.slice(chunk.first, chunk.last + 1) : phrase(tokens, chunk);
  const joiner = tokens[chunk.last + 1];
  const joined = chunkAt(tokens, chunks, chunk.last + 2, excluded);
  // "…and Trump" ends a list; "…and Israel agreed" opens a clause of its own.
  if (joiner?.pos === 'CCONJ' && joined && !startsVerbGroup(language, joined.last + 1))
    return { words: [...words, joiner, ...phrase(tokens, joined)], next: joined.last + 1 };
  return { words, next: chunk.last + 1 };
}

/** A noun phrase at `k` that says what: a date may qualify its noun ("the 1967 lines"), not be it. */
function chunkAt(
  tokens: readonly Token[],
  chunks: readonly NounChunk[],
  k: number,
  excluded: readonly Span[],
) {
  return chunks.find(
    (c) =>
      c.first === k &&
      tokens[c.head]!.pos !== 'NUM' &&
      !OPENERS.has(tokens[c.head]!.lemma.toLowerCase()) &&
      !isDate(tokens[c.head]!, excluded),
  );
}

/**
 * Whether the reported clause may end before token `k`: at the sentence's end, a punctuation
 * mark, "and"/"but" or a clause of time or reason ("because", "after"). A clause with its
 * complement may also end before a date or a phrase of time or place ("in Gaza"); one without
 * may not, since what follows may be what it needs ("would come after his return"). A condition
 * ("would leave if…") or a quotation is part of what was said.
 */
function isClauseEnd(
  tokens: readonly Token[],
  k: number,
  excluded: readonly Span[],
  complete: boolean,
): boolean {
  const token = tokens[k];
  if (!token) return true;
  if (token.pos === 'PUNCT') return !/^[“"‘'([]$/.test(token.text);
  if (token.pos === 'CCONJ') return true;
  if (token.pos === 'SCONJ') return !OPEN_CLAUSES.has(token.lemma);
  if (!complete) return false;
  return isDate(token, excluded) || (token.pos === 'ADP' && ADJUNCT_PREPOSITIONS.has(token.lemma));
}

/**
 * Pronouns that open a clause of their own ("what the region needed"): no object, and no
 * speaker ("Trump, who wrote…").
 */
const OPENERS = new Set(['what', 'which', 'who', 'whom', 'that', 'whatever']);

/** Clauses that carry what was said on: "said the vote that…", "would leave if…". */
const OPEN_CLAUSES = new Set(['that', 'if', 'unless', 'whether', 'until', 'before', 'without']);

/** "was", "had", "did" as the whole verb: "Washington was" says nothing without what followed. */
function isAuxiliary(token: Token): boolean {
  return isAux(token) || ['be', 'have', 'do'].includes(token.lemma);
}

/** A noun phrase's words without its article: "the visit" → "visit". */
function phrase(tokens: readonly Token[], chunk: NounChunk): Token[] {
  const words = tokens.slice(chunk.first, chunk.last + 1);
  // "no decision", "any response", "his visit": only an article goes; a quantifier or a
  // negation is what was said.
  return ARTICLES.has(words[0]!.lemma.toLowerCase()) ? words.slice(1) : words;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Verbs that make idioms with a bare noun ("take place", "make way"). */
const LIGHT_VERBS = new Set(['take', 'make', 'have', 'give']);

function startsVerbGroup(language: SentenceLanguage, k: number): boolean {
  return language.verbGroups.some((g) => g.first === k);
}

/** A verb group that makes a clause: a tensed verb or an auxiliary, not a bare participle. */
function isFinite(tokens: readonly Token[], group: VerbGroup): boolean {
  const first = tokens[group.first]!;
  if (first.pos === 'AUX') return true;
  return !/ing$/i.test(first.text);
}

function isSubjectStart(token: Token): boolean {
  return ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(token.pos);
}

function isDate(token: Token, excluded: readonly Span[]): boolean {
  return excluded.some((s) => s.start <= token.start && token.end <= s.end);
}

/** "on" in "on Monday": a preposition leading a date. */
function isDateLead(tokens: readonly Token[], k: number, excluded: readonly Span[]): boolean {
  return tokens[k]!.pos === 'ADP' && tokens[k + 1] !== undefined && isDate(tokens[k + 1]!, excluded);
}

/** What may stand between a verb of saying and what it reports: "said, “…", "added: …". */
function isFiller(token: Token): boolean {
  return token.pos === 'ADV' || token.text === ',' || token.text === ':' || isOpeningQuote(token);
}

function isOpeningQuote(token: Token): boolean {
  return token.text === '“' || token.text === '"' || token.text === '‘';
}

/**
 * What one speaker said is no gist of a statement others joined ("Israel said it would
 * cooperate" and its ambassador's words are not "Israel and Lancry say it would cooperate").
 */
export function withoutGist<T extends { readonly agentIds: readonly string[]; readonly gist?: string }>(
  kept: T,
  agentIds: readonly string[],
): T {
  if (kept.gist === undefined || agentIds.length === kept.agentIds.length) return kept;
  const { gist: _dropped, ...rest } = kept;
  return rest as T;
}
