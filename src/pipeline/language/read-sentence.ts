// Reads one sentence into its linguistic layer: tokens, noun chunks, verb groups and the
// modality of each group and of nouns that name happenings ("an expected veto").
// Modality comes, strongest first, from: an if/unless clause; a question; the word that
// governs an infinitive ("threatened to veto", "failed to adopt", "allowing it to pass");
// the auxiliaries ("would have passed", "will meet").
import type { Modality, SentenceLanguage, Token, VerbGroup } from '../types.ts';
import { findNounChunks } from './chunks.ts';
import {
  CONDITIONAL_OPENERS,
  ASSERTION_NOUNS,
  CONTESTING_VERBS,
  DENYING_VERBS,
  FACTIVE_GOVERNORS,
  GERUND_GOVERNORS,
  GOVERNOR_MODALITY,
  NEGATING_GOVERNORS,
  REPORTING_VERBS,
  TRAVEL_GOVERNORS,
} from './modality-words.ts';
import { isDeniedByObject, isDeniedBySubject } from './denial.ts';
import { getListedVerbMood } from './complement-mood.ts';
import { isHabitual } from './habitual.ts';
import { getNounModality } from './noun-modality.ts';
import { setSettingMood } from './setting-mood.ts';
import { isRefusedAt } from './refusal.ts';
import { tokenize } from './tokenize.ts';
import { findVerbGroups, getAuxModality } from './verb-groups.ts';

// How far back an infinitive looks for its governor: "urged the two sides on Monday to halt".
const GOVERNOR_REACH = 8;
const CLAUSE_BREAK = new Set(['PUNCT', 'SCONJ', 'CCONJ']);

/** `tokens` when the caller tokenised the sentence already (several sentences at once). */
export function readSentence(text: string, tokens: readonly Token[] = tokenize(text)): SentenceLanguage {
  const chunks = findNounChunks(tokens);
  const isQuestion = endsInQuestionMark(text) && !/["”’]\s*$/.test(text.replace(/[.!]\s*$/, ''));
  const conditional = getConditionalTokens(tokens);
  const groups: VerbGroup[] = [];
  for (const raw of findVerbGroups(tokens)) {
    const governor = tokens[raw.first]!.lemma === 'to' ? findGovernor(tokens, raw.first) : -1;
    const ruling = governor >= 0 ? groups.find((g) => g.first <= governor && governor <= g.last) : undefined;
    const governorLemma = governor >= 0 ? tokens[governor]!.lemma : '';
    const isReported = groups.some((g) => REPORTING_VERBS.has(g.lemma) && g.modality === 'asserted');
    let modality: Modality = getAuxModality(tokens, raw, isReported);
    let negated = raw.negated || isDeniedBySubject(tokens, raw.first) || isDeniedByObject(tokens, raw.last);
    let tense = raw.tense;
    // An infinitive with nothing to hang on ("…, to put forward proposals") asserts nothing.
    if (governor < 0 && tokens[raw.first]!.lemma === 'to') modality = 'hypothetical';
    if (governor >= 0) {
      if (ruling) tense = ruling.tense;
      // "did not threaten to veto", "was not allowed to pass": the denial carries down.
      negated ||= NEGATING_GOVERNORS.has(governorLemma) || (ruling?.negated ?? false);
      const given = FACTIVE_GOVERNORS.has(governorLemma) ? undefined : GOVERNOR_MODALITY.get(governorLemma);
      modality = given ?? ruling?.modality ?? modality;
      // "stayed in the talks to release the prisoners": an infinitive after the governing verb's
      // own object or phrase says what it was for, not what happened.
      if (isPurpose(tokens, governor, raw.first)) modality = 'hypothetical';
    }
    // "rejected all talk of withdrawing", "accused of vetoing": a gerund after a preposition of
    // topic names what is talked about, not something reported as done.
    if (isTopicGerund(tokens, raw)) modality = 'hypothetical';
    if (isQuestion && modality === 'asserted') modality = 'question';
    const opener = conditional.inside.get(raw.head);
    if (opener !== undefined) modality = tokens[opener]!.lemma === 'whether' ? 'question' : 'conditional';
    // "had the United States not vetoed it", "if Washington had not vetoed the draft": a denied
    // past condition says what did happen.
    if (opener !== undefined && negated && (raw.perfect || tokens[opener]!.lemma === 'have')) {
      modality = 'asserted';
      negated = false;
    }
    // "If the council votes, Washington will veto": the consequence is as unreal as its condition.
    else if (conditional.any && (modality === 'planned' || modality === 'hypothetical'))
      modality = 'conditional';
    // "denied that he had met Abbas", "denied meeting Abbas": what a denial reports is not asserted.
    if (isAfterDenial(tokens, groups, raw.first)) negated = true;
    // "is considering vetoing", "discussed withdrawing", "would keep working": a gerund takes its
    // governing verb's mood.
    const gerundMood = getGerundGovernorMood(tokens, groups, raw);
    if (gerundMood && modality === 'asserted') modality = gerundMood;
    // "refrained from vetoing", "abstained rather than veto": the course not taken.
    if (isRefusedAt(tokens, raw.first)) negated = true;
    // "must commit itself to nonviolence, recognise Israel and accept…": listed verbs share it.
    if (modality === 'asserted') modality = getListedVerbMood(tokens, groups, raw) ?? modality;
    // "has vetoed more than 40 resolutions": a history summed up, not one happening.
    if (modality === 'asserted' && isHabitual(tokens, raw)) modality = 'habitual';
    // Written out rather than spread (the same keys in the same order): this runs for every verb.
    const group: VerbGroup = {
      first: raw.first,
      last: raw.last,
      head: raw.head,
      lemma: raw.lemma,
      tense,
      perfect: raw.perfect,
      voice: raw.voice,
      negated,
      modality,
    };
    groups.push(governor >= 0 ? { ...group, governor } : group);
  }
  const nouns = getNounModality(tokens, groups);
  setSettingMood(tokens, groups, nouns.modality);
  for (const [noun, opener] of conditional.inside) {
    if (tokens[noun]!.pos === 'NOUN')
      nouns.modality.set(noun, tokens[opener]!.lemma === 'whether' ? 'question' : 'conditional');
  }
  return {
    tokens,
    chunks,
    verbGroups: groups,
    nounModality: nouns.modality,
    negatedNouns: nouns.negated,
    isQuestion,
  };
}

/**
 * Whether the run of non-word characters ending the text (what /(?<!\W)\W*$/ matches: \W as
 * that expression reads it, ASCII letters, digits and "_" being word characters) holds a "?".
 * Scanned back from the end: the expression tried every position of the sentence.
 */
function endsInQuestionMark(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) return false;
    if (code === 63 /* ? */) return true;
  }
  return false;
}

const isWordCode = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * An infinitive of purpose: governed by a verb that takes no infinitive of its own (no "plan",
 * "allow" or "fail"), with the verb's object or a phrase between them. Travel is done for its
 * purpose ("flew to Cairo to meet Sisi" tells the meeting), so it keeps its mood.
 */
function isPurpose(tokens: readonly Token[], governor: number, to: number): boolean {
  const lemma = tokens[governor]!.lemma;
  if (
    tokens[governor]!.pos !== 'VERB' ||
    GOVERNOR_MODALITY.has(lemma) ||
    FACTIVE_GOVERNORS.has(lemma) ||
    NEGATING_GOVERNORS.has(lemma) ||
    TRAVEL_GOVERNORS.has(lemma)
  )
    return false;
  for (let k = governor + 1; k < to; k++) if (PURPOSE_GAP.has(tokens[k]!.pos)) return true;
  return false;
}

const PURPOSE_GAP = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** A group in the complement of an asserted denial before it, with no clause break between but
 *  "that" and its subject. */
function isAfterDenial(tokens: readonly Token[], groups: readonly VerbGroup[], first: number): boolean {
  const denial = groups.findLast((g) => g.last < first);
  if (!denial || denial.negated) return false;
  // "rejected claims that it had bombed the hospital": rejecting an assertion denies it.
  const contested =
    CONTESTING_VERBS.has(denial.lemma) &&
    tokens.slice(denial.last + 1, first).some((t) => ASSERTION_NOUNS.has(t.lemma));
  if (!DENYING_VERBS.has(denial.lemma) && !contested) return false;
  for (let k = denial.last + 1; k < first; k++) {
    const t = tokens[k]!;
    if (t.lemma === 'that') continue;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'VERB') return false;
  }
  return true;
}

/** The mood a verb like "consider" or "weigh" gives the gerund right after it. */
function getGerundGovernorMood(
  tokens: readonly Token[],
  groups: readonly VerbGroup[],
  group: { first: number; head: number },
): Modality | undefined {
  const previous = groups[groups.length - 1];
  if (group.first !== group.head || !/ing$/i.test(tokens[group.head]!.text)) return undefined;
  if (!previous || previous.last !== group.first - 1) return undefined;
  if (GERUND_GOVERNORS.has(previous.lemma)) return GOVERNOR_MODALITY.get(previous.lemma) ?? 'hypothetical';
  // "would keep working", "will stop building": the gerund goes on in the verb's own mood.
  return previous.modality === 'asserted' ? undefined : previous.modality;
}

const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'on', 'against', 'over', 'toward', 'towards', 'without']);

function isTopicGerund(tokens: readonly Token[], group: { first: number; head: number }): boolean {
  const head = tokens[group.head]!;
  const before = tokens[group.first - 1];
  return (
    group.first === group.head &&
    /ing$/i.test(head.text) &&
    before !== undefined &&
    before.pos === 'ADP' &&
    TOPIC_PREPOSITIONS.has(before.lemma)
  );
}

/** The nearest word before "to" that can govern it: a verb, or a listed adjective or noun. */
function findGovernor(tokens: readonly Token[], to: number): number {
  for (let k = to - 1; k >= Math.max(0, to - GOVERNOR_REACH); k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.has(t.pos) && t.text !== '-') return -1;
    const listed =
      GOVERNOR_MODALITY.has(t.lemma) || NEGATING_GOVERNORS.has(t.lemma) || FACTIVE_GOVERNORS.has(t.lemma);
    if (listed || t.pos === 'VERB' || t.pos === 'AUX') return k;
  }
  return -1;
}

// "Had the draft passed, …", "Were the US to abstain, …", "Should the council vote, …": an
// auxiliary opening a clause before its subject is a condition without "if".
const INVERTING_AUXILIARIES = new Set(['had', 'were', 'should']);
const SUBJECT_STARTS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);

/** False when the word cannot lower-case to one of INVERTING_AUXILIARIES: an ASCII first letter
 *  other than h, w or s (either case). A non-ASCII first character is left to the full test. */
function mayBeInvertingAuxiliary(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 128) return true;
  const lower = first | 32;
  return lower === 104 || lower === 119 || lower === 115;
}

/** "Had Washington abstained, …", "Were the council to vote, …", and after the clause it
 *  conditions: "the resolution would have passed (on Tuesday) had Washington abstained" (a
 *  would/could/might before it, and a subject then a verb after it: "had the support" is no
 *  condition). */
function isInvertedCondition(tokens: readonly Token[], index: number): boolean {
  const t = tokens[index]!;
  // Asked of every token: most are ruled out by their first letter before a lower-cased copy is made.
  if (!mayBeInvertingAuxiliary(t.text)) return false;
  const before = tokens[index - 1];
  const next = tokens[index + 1];
  if (!INVERTING_AUXILIARIES.has(t.text.toLowerCase()) || next === undefined || !SUBJECT_STARTS.has(next.pos))
    return false;
  if (before === undefined || /^[,;:—–(]$/.test(before.text)) return true;
  let k = index + 1;
  while (k < tokens.length && k <= index + 4 && SUBJECT_STARTS.has(tokens[k]!.pos)) k++;
  const verbAfterSubject = tokens[k]?.pos === 'VERB' || tokens[k]?.lemma === 'not';
  return verbAfterSubject && tokens.slice(0, index).some((m) => COUNTERFACTUAL_MODALS.has(m.lemma));
}

const COUNTERFACTUAL_MODALS = new Set(['would', 'could', 'might']);

/** Token index → the index of the "if"/"unless"/"whether" (or inverted auxiliary) whose clause it is in. */
function getConditionalTokens(tokens: readonly Token[]) {
  const inside = new Map<number, number>();
  // Read once per token for both passes below.
  const inverted = tokens.map((t) => isInvertedCondition(tokens, t.index));
  let opener = -1;
  for (const t of tokens) {
    if ((CONDITIONAL_OPENERS.has(t.lemma) && t.pos !== 'NOUN') || inverted[t.index]) opener = t.index;
    else if (opener >= 0 && (/^[,;:—–]$/.test(t.text) || t.lemma === 'then')) opener = -1;
    else if (opener >= 0) inside.set(t.index, opener);
  }
  const any = tokens.some(
    (t) =>
      (t.lemma !== 'whether' && CONDITIONAL_OPENERS.has(t.lemma) && t.pos !== 'NOUN') || inverted[t.index],
  );
  return { inside, any };
}
