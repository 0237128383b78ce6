// Who acted and toward whom in one dated clause. Three shapes of news sentence matter:
//   plain:     "Kerry met Lavrov on Sunday"                     → Kerry → Lavrov
//   attributed: "…, Secretary of State John Kerry told Netanyahu" → the speaker is the name
//              just before the speech verb, not everything earlier in the sentence;
//   reported:  "The US said on Wednesday it opposed the resolution": when a stronger trigger
//              follows a speech verb, the roles come from the reported content, and the
//              speaker acts when the content names no one ("it", "the two").
import type { ActorMention, Sentence, SentenceLanguage, Span } from '../types.ts';
import { assignRoles, type Roles } from './assign-roles.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { getSubjectMentions } from './speaker-subject.ts';

const THE_TWO = /\bthe two\b/i;

export function getClauseRoles(
  sentence: Sentence,
  pivot: TriggerMatch,
  best: TriggerMatch,
  triggers: readonly TriggerMatch[],
  mentions: readonly ActorMention[],
  /** Every mention of the sentence, for "the two" that points back past the clause. */
  sentenceMentions: readonly ActorMention[] = mentions,
  /** The sentence's linguistic layer: a speaker is named before its clause's first verb. */
  read?: SentenceLanguage,
): Roles {
  const rel = (m: ActorMention) => m.start - sentence.start;
  // The participle's subject is after its phrase, outside the clause: every mention is looked at.
  const opening = getOpeningParticipleRoles(sentence.text, pivot, sentenceMentions, rel);
  if (opening) return opening;
  const isSpeech = pivot.trigger.type === 'statement';
  if (!isSpeech) {
    // "Trump will meet Arab leaders on Tuesday, the White House says": the source of the
    // report is neither party to the meeting.
    const source = getAttributionStart(sentence.text, pivot, triggers);
    const content = source === null ? mentions : mentions.filter((m) => rel(m) < source);
    return assignRoles(sentence.text, sentence.start, pivot, content);
  }
  const trailing = getTrailingAttribution(sentence.text, pivot);
  if (trailing !== null) {
    // "…, the State Department said.": the happening is what comes before the attribution.
    const content = mentions.filter((m) => rel(m) < trailing);
    const contentPivot = triggers.find((t) => t.start < trailing && t !== pivot) ?? pivot;
    // "Netanyahu and Abbas have not met since 2010, Blinken said": content that reports no
    // happening leaves the speech to its speaker.
    const roles = assignRoles(sentence.text, sentence.start, contentPivot, content);
    if (contentPivot.status !== null && roles.agentIds.length + roles.targetIds.length > 0) return roles;
  }
  const speaker = getSpeakerMentions(
    sentence.text,
    pivot,
    mentions.filter((m) => rel(m) < pivot.start),
    rel,
    read,
  );
  const speakerRoles = assignRoles(sentence.text, sentence.start, pivot, [
    ...speaker,
    ...mentions.filter((m) => rel(m) >= pivot.end),
  ]);
  // "told Netanyahu in a phone conversation": the noun is the setting of the speech itself,
  // unless the content has a speech verb of its own ("said in a phone call, Biden told …").
  const contentSpeaks = triggers.some((t) => t.start > best.start && t.trigger.type === 'statement');
  // "…, diplomats said": a speaker named by no actor leaves the saying to no one in its content.
  const comma = sentence.text.lastIndexOf(',', pivot.start);
  const named = mentions.some((m) => rel(m) > comma && rel(m) < pivot.start);
  const unnamed = isUnnamedSpeaker(sentence.text, pivot, named);
  if (best === pivot && unnamed) return { ...speakerRoles, unnamedSpeaker: true };
  if (best === pivot || (best.trigger.noun && !contentSpeaks)) return speakerRoles;
  // "Netanyahu's office accused Hamas of backtracking and postponed a cabinet meeting": a verb
  // joined to the speech verb itself is the speaker's too, not its content's.
  if (read && getJoinedVerb(read, best) === pivot.token)
    return assignRoles(sentence.text, sentence.start, best, [
      ...speaker,
      ...mentions.filter((m) => rel(m) >= best.end),
    ]);
  const content = mentions.filter((m) => rel(m) >= pivot.end);
  const firstContent = content[0];
  // In "… said in a phone call Wednesday, Biden told Netanyahu" the content's own verb is the
  // first trigger after the first name it mentions ("told"), not the phone call before it. A
  // verb before that name is the content's own ("said it opposed a UN Security Council
  // resolution calling for…": the council is what was opposed, not who called).
  const contentPivot: Span =
    (best.trigger.noun &&
      firstContent &&
      triggers.find((t) => t.start > rel(firstContent) && t.start >= pivot.end)) ||
    best;
  const roles = assignRoles(sentence.text, sentence.start, contentPivot, content);
  if (roles.agentIds.length > 0) return roles;
  if (THE_TWO.test(sentence.text.slice(pivot.end, best.start))) {
    const earlier = [...new Set(sentenceMentions.filter((m) => rel(m) < pivot.start).map((m) => m.actorId))];
    const speakerIds = new Set(speaker.map((m) => m.actorId));
    const pair = earlier.filter((id) => !speakerIds.has(id)).slice(-2);
    if (pair.length === 2) return { agentIds: pair, targetIds: roles.targetIds };
  }
  const agentIds = speakerRoles.agentIds;
  return { agentIds, targetIds: roles.targetIds.filter((id) => !agentIds.includes(id)) };
}

/**
 * "Vetoing the draft on Monday, the US said …", "After meeting Abbas, Kerry flew …": a participle
 * opening the sentence (after a subordinator, if any) has the main
 * clause's subject, the first name after the comma that closes it; names inside the participle's
 * phrase are its targets. Null when the sentence does not open so.
 */
function getOpeningParticipleRoles(
  text: string,
  pivot: TriggerMatch,
  mentions: readonly ActorMention[],
  rel: (m: ActorMention) => number,
): Roles | null {
  const opener = text.slice(0, pivot.start);
  if (
    !/^\W*(?:(?:after|before|while|since|when|upon|on)\s+)?$/i.test(opener) ||
    !/ing$/i.test(text.slice(pivot.start, pivot.end))
  ) {
    return null;
  }
  const comma = text.indexOf(',', pivot.end);
  const subject = comma < 0 ? undefined : mentions.find((m) => rel(m) > comma);
  if (!subject) return null;
  const targetIds = [
    ...new Set(mentions.filter((m) => rel(m) >= pivot.end && rel(m) < comma).map((m) => m.actorId)),
  ];
  return { agentIds: [subject.actorId], targetIds: targetIds.filter((id) => id !== subject.actorId) };
}

// "…, the State Department said." / "…, officials said on Monday.": an attribution that
// closes the sentence after a comma. Returns the comma's offset, or null.
const CLOSING = /^\s*(?:(?:(?:on|late|early)\s+\w+|\w+day)\s*)?(?:[.!?”"’]+\s*)?$/i;

export function getTrailingAttribution(text: string, pivot: Span): number | null {
  if (!CLOSING.test(text.slice(pivot.end))) return null;
  const comma = text.lastIndexOf(',', pivot.start);
  return comma > 0 ? comma : null;
}

// ", the White House says," between commas: an attribution inside the sentence.
const INNER = /^\s*,/;
const SPEAKER_WORDS = /^,(?:\s+[\w'’.-]+){1,6}\s*$/;

/**
 * Where an attribution after the happening begins ("…on Tuesday, the White House says, to
 * discuss Gaza." / "…, officials said."): the comma before a speech verb that follows the pivot
 * with only its speaker between. Null when there is none.
 */
function getAttributionStart(text: string, pivot: Span, triggers: readonly TriggerMatch[]): number | null {
  for (const t of triggers) {
    if (t.start <= pivot.end || t.trigger.type !== 'statement' || t.trigger.noun) continue;
    const comma =
      getTrailingAttribution(text, t) ??
      (INNER.test(text.slice(t.end)) ? text.lastIndexOf(',', t.start) : -1);
    if (comma > pivot.end && SPEAKER_WORDS.test(text.slice(comma, t.start))) return comma;
  }
  return null;
}

// "…, diplomats said", "…, a senior official said": a common noun (and its modifiers) says who;
// "its envoy", "his spokesman" belong to a name in the content, which then speaks.
const UNNAMED = /,\s+(?!(?:its|his|her|their)\s)(?:[a-z-]+\s+){0,3}[a-z]+\s*$/;

/** Whether a closing attribution names its speaker by a common noun only. */
function isUnnamedSpeaker(text: string, pivot: Span, named: boolean): boolean {
  const comma = text.lastIndexOf(',', pivot.start);
  return (
    !named &&
    comma > 0 &&
    getTrailingAttribution(text, pivot) !== null &&
    UNNAMED.test(text.slice(comma, pivot.start))
  );
}

/** "…, Kerry told": the mentions between the last comma before the verb and the verb. */
function getSpeakerMentions(
  text: string,
  pivot: TriggerMatch,
  before: readonly ActorMention[],
  rel: (m: ActorMention) => number,
  read: SentenceLanguage | undefined,
): readonly ActorMention[] {
  const comma = getListStart(text, text.lastIndexOf(',', pivot.start), before, rel);
  const chunk = before.filter((m) => rel(m) > comma);
  if (!read || !(isChainedSpeech(read, pivot) || getJoinedVerb(read, pivot) >= 0))
    return chunk.length > 0 ? chunk : before;
  const subjects = getSubjectMentions(read, chunk, comma, pivot.start, rel);
  if (subjects.length > 0) return subjects;
  const whole = getSubjectMentions(read, before, -1, pivot.start, rel);
  return whole.length > 0 ? whole : chunk.length > 0 ? chunk : before;
}

// Only a name, or "the" and a name, between two commas of a list.
const LIST_GAP = /^\s*(?:the\s+)?$/i;

/**
 * "Luxembourg, Malta, Monaco and Andorra have announced…": when the names just before the verb
 * are joined by "and" and the comma before them only separates more names, the commas are a
 * list's, and the subject begins at its first name. Returns the offset the subject follows.
 */
function getListStart(
  text: string,
  comma: number,
  before: readonly ActorMention[],
  rel: (m: ActorMention) => number,
): number {
  const chunk = before.filter((m) => rel(m) > comma);
  const first = chunk[0];
  if (comma < 0 || first === undefined || !LIST_GAP.test(text.slice(comma + 1, rel(first)))) return comma;
  const joined = chunk.some((m, i) => i > 0 && /\band\b/.test(text.slice(rel(chunk[i - 1]!), rel(m))));
  if (!joined) return comma;
  let boundary = comma;
  for (;;) {
    const item = before.find(
      (m) => rel(m) < boundary && text.slice(rel(m) + m.end - m.start, boundary).trim() === '',
    );
    if (item === undefined) return boundary;
    const previous = text.lastIndexOf(',', rel(item));
    if (!LIST_GAP.test(text.slice(previous + 1, rel(item)))) return boundary;
    if (previous < 0) return -1;
    boundary = previous;
  }
}

/** A speech verb said by a pronoun in a free relative ("thanked the US for what he called"):
 *  its speaker is the clause's subject, and the names between are the earlier verb's objects. */
function isChainedSpeech(read: SentenceLanguage, pivot: TriggerMatch): boolean {
  const before = read.tokens[pivot.token - 1];
  // "for what he called", "what she described as": a free relative, not a new sentence's "he".
  // (A verb joined by "and" — "thanked the US and called…" — is left as it was: narrowing its
  // speaker cost a holdout's who-acted figure.)
  const pronoun = before !== undefined && CHAINING_PRONOUNS.has(before.text.toLowerCase());
  return pronoun && read.tokens[pivot.token - 2]?.text.toLowerCase() === 'what';
}

/** The earlier past verb of its clause a verb is joined to by "and" ("accused Hamas of
 *  backtracking and postponed…" → "accused"), or -1. A speech verb so joined ("Danon thanked the
 *  United States and told the members…") shares that verb's subject, so the names between are the
 *  earlier verb's objects. */
function getJoinedVerb(read: SentenceLanguage, trigger: TriggerMatch): number {
  let k = trigger.token - 1;
  while (read.tokens[k]?.pos === 'ADV') k -= 1;
  if (read.tokens[k]?.lemma !== 'and') return -1;
  for (k -= 1; k >= 0; k -= 1) {
    const token = read.tokens[k]!;
    if (token.pos === 'PUNCT' || token.pos === 'SCONJ' || token.lemma === 'that') return -1;
    if (token.pos === 'VERB' && read.verbGroups.some((g) => g.head === k && g.tense === 'past')) return k;
  }
  return -1;
}

const CHAINING_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
