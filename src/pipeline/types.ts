// Intermediate shapes passed between pipeline stages. Every offset is a character index
// (UTF-16 code unit, as JavaScript strings count) into the article's ORIGINAL file text:
// cleaning only chooses which spans to keep and never rewrites text, so a sentence found in
// stage 2 can be quoted and highlighted in the original file without any re-mapping.
import type { ActorKind, Office } from '../domain/dataset-schema.ts';
import type { Precision } from '../domain/partial-date.ts';

/** A half-open range [start, end) of the original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One article as the CLI read it, before any stage ran. */
export interface ArticleInput {
  /** File name in the input folder, e.g. "000_552ed23ec2f9db7a.txt". */
  readonly file: string;
  /** The whole decoded file. */
  readonly text: string;
  /** Publication date, YYYY-MM-DD: every relative date resolves against it. */
  readonly published: string;
  readonly outlet: string | null;
  readonly url: string | null;
  /** Title from the manifest, when given. */
  readonly title: string | null;
}

// ── Stage 1: clean ────────────────────────────────────────────────────────────
export interface Paragraph extends Span {
  readonly index: number;
}

export interface RemovedSpan extends Span {
  /** Which general rule removed it: "comment-prompt", "dateline", "byline", "photo-credit", … */
  readonly reason: string;
}

export interface CleanResult {
  /** Kept paragraphs in order; datelines and metadata prefixes are cut off their start. */
  readonly paragraphs: readonly Paragraph[];
  /** What was removed and why (for --verbose and tests). */
  readonly removed: readonly RemovedSpan[];
  /** The headline, when the first non-empty line is one (no sentence-final punctuation). */
  readonly headline: (Span & { readonly text: string }) | null;
  /** The page's section label above the headline ("Analysis", "In brief"), sentence-cased. */
  readonly section?: string | null;
}

// ── Stage 2: sentences ────────────────────────────────────────────────────────
export interface Sentence extends Span {
  readonly index: number;
  readonly paragraphIndex: number;
  /** Exactly text.slice(start, end). */
  readonly text: string;
}

// ── Stage 3: dates ────────────────────────────────────────────────────────────
export interface DateMention extends Span {
  readonly sentenceIndex: number;
  /** The expression as written: "on Sunday", "last month", "late November". */
  readonly text: string;
  /** Resolved date cut to its precision: "2017-01-15", "2014-11", "2016". */
  readonly date: string;
  readonly precision: Precision;
  /** Last day of a span, day precision: a week ("last week" → Monday..Sunday) or a range the
   * text names ("Monday to Wednesday"). */
  readonly endDate?: string;
  /** The span holds one unknown day of the happening, not all of it: "last week". */
  readonly oneDayOf?: true;
  /** Tense of the clause the expression sits in; "future" for "will meet", "slated for". */
  readonly tense: 'past' | 'present' | 'future';
  /** How it was resolved, for --verbose and scoring. */
  readonly kind: 'absolute' | 'weekday' | 'relative' | 'deadline';
  /**
   * What a relative expression was counted from: the publication day ("on Monday", "last week"),
   * the last date the text named ("two days later", "On Nov. 29" in a paragraph about 2012), or
   * the live-blog day (an entry's "14:32 GMT"). Absent for dates written in full.
   */
  readonly anchoredTo?: 'publication' | 'previous-date' | 'blog-day';
  /** A date that frames the story without dating a happening in it ("since 2005", "until
   * 1967", "in the 1990s", a year whose clause states no happening): events should not take it as their date. */
  readonly background?: boolean;
}

// ── Stage 4: actors ───────────────────────────────────────────────────────────
/** An actor as the pipeline knows it: from the gazetteer or discovered in text. */
export interface ActorRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly offices: readonly Office[];
  readonly origin: 'gazetteer' | 'text';
}

export interface ActorMention extends Span {
  readonly sentenceIndex: number;
  /** As written: "Secretary of State John Kerry", "the premier", "Blinken". */
  readonly text: string;
  readonly actorId: string;
  /** name: full name or alias; role: an office resolved by date; surname: a later short mention. */
  readonly via: 'name' | 'alias' | 'role' | 'surname';
}

export interface PlaceMention extends Span {
  readonly sentenceIndex: number;
  readonly text: string;
  /** Canonical place name, e.g. "Ramallah". */
  readonly place: string;
}

export interface ActorsResult {
  readonly mentions: readonly ActorMention[];
  /** States named only as a text's owner ("a Brazilian draft"): linked to the article, never
   *  read as who did anything, so they are kept apart from `mentions`. */
  readonly owners?: readonly ActorMention[];
  readonly places: readonly PlaceMention[];
  /** People found in the text who are not in the gazetteer (kind "person", origin "text"). */
  readonly discovered: readonly ActorRecord[];
}

// ── Linguistic layer (src/pipeline/language/) ─────────────────────────────────
// Read once per sentence, on demand, and shared by the stages that need more than words:
// tagging every sentence of every article would cost more than the rest of the pipeline, and
// most sentences (no date, no trigger) never need it. Offsets here are RELATIVE TO THE
// SENTENCE TEXT (add `sentence.start` for the original text), as the stages that read
// sentences work in sentence offsets.

/** One word or punctuation mark. */
export interface Token extends Span {
  /** Position in the sentence's token list. */
  readonly index: number;
  /** Exactly sentence.text.slice(start, end). */
  readonly text: string;
  /** Dictionary form, lower case: "vetoed" → "veto", "met" → "meet", "n't" → "not". */
  readonly lemma: string;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, AUX, ADJ, ADP, PART, PUNCT, … */
  readonly pos: string;
}

/** A run of tokens [first, last] (token indices, inclusive). */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

/** A base noun phrase: "the draft resolution", "an expected U.S. veto", "Kerry". */
export interface NounChunk extends TokenRange {
  /** Token index of the head noun (the last noun of the run). */
  readonly head: number;
}

/**
 * How the text commits to a happening:
 *   asserted     – reported as fact ("vetoed", "said it vetoed");
 *   planned      – scheduled or intended ("will vote", "plans to visit", "is set to meet");
 *   expected     – forecast by others ("is expected to veto", "an expected veto");
 *   hypothetical – unreal or merely possible ("would have passed", "could veto", "might");
 *   conditional  – inside an if/unless clause ("if the council votes");
 *   threatened   – the content of a threat or warning ("threatened to veto");
 *   attempted    – tried, not said to succeed ("sought to block");
 *   question     – asked, not told ("Will the US veto?");
 *   habitual     – a count or history of happenings, none dated ("has vetoed 40 resolutions").
 */
export type Modality =
  | 'asserted'
  | 'planned'
  | 'expected'
  | 'hypothetical'
  | 'conditional'
  | 'threatened'
  | 'attempted'
  | 'question'
  | 'habitual';

/** Auxiliaries, negation and a main verb read as one unit: "would not have been adopted". */
export interface VerbGroup extends TokenRange {
  /** Token index of the main verb (the last verb of the group). */
  readonly head: number;
  /** Lemma of the main verb: "adopt". */
  readonly lemma: string;
  readonly tense: 'past' | 'present' | 'future';
  /** "has met", "had been adopted". */
  readonly perfect: boolean;
  /** Passive when a form of "be"/"get" carries a past participle: "was adopted". */
  readonly voice: 'active' | 'passive';
  /** "not", "never", "n't" in the group, or a governing "failed to", "refused to". */
  readonly negated: boolean;
  readonly modality: Modality;
  /** Token index of the verb that governs this one through "to" ("threatened to veto"), if any. */
  readonly governor?: number;
}

export interface SentenceLanguage {
  readonly tokens: readonly Token[];
  readonly chunks: readonly NounChunk[];
  readonly verbGroups: readonly VerbGroup[];
  /** Token index → modality a modifier gives the noun ("an expected veto", "a planned vote"). */
  readonly nounModality: ReadonlyMap<number, Modality>;
  /** Token indices of nouns denied: "no vote was held", "did not hold talks". */
  readonly negatedNouns: ReadonlySet<number>;
  /** Ends in a question mark outside quotes. */
  readonly isQuestion: boolean;
}

/** The layer for one article: each sentence is read the first time a stage asks for it. */
export interface LanguageLayer {
  readonly read: (sentence: Sentence) => SentenceLanguage;
  /** Tokenises these sentences together ahead of `read` (one model call instead of many). */
  readonly prepare: (sentences: readonly Sentence[]) => void;
}
