// "One hundred and twenty-eight countries voted for the resolution", "14 members voted in
// favour": members counted, not named, cast a body's vote. The body is the one the text is
// telling of: the last body that votes named in this paragraph or the one before ("By the time
// the tally appeared on the board above the General Assembly podium…"). So is the vote a text
// lost ("the rival draft failed on Monday").
import { getMoodAt } from '../language/mood-at.ts';
import type { ActorMention, Sentence, SentenceLanguage } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

/** Bodies whose members vote one by one on a text. */
const VOTING_BODIES: ReadonlySet<string> = new Set([
  'un-general-assembly',
  'un-security-council',
  'un-human-rights-council',
  'unesco',
]);

const NUMBER =
  '(?:\\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[\\s-]+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))*)';
// The count and its noun right before the verb: "…, 128 countries voted", "Nine members had voted".
const TALLY_SUBJECT = new RegExp(
  `(?:^|[,;]\\s*|\\b(?:and|but|while)\\s+)(?:only\\s+)?${NUMBER}\\s+(?:other\\s+)?(?:countries|states|nations|members|member states|delegations)\\s+(?:had\\s+|have\\s+)?$`,
  'i',
);

// A text that failed or was defeated ("The Russian draft failed on Monday"): the vote it lost was
// its body's, whoever wrote it.
const TEXT_SUBJECT =
  /^\W*(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}(?:draft|resolution|text|measure|motion|proposal|amendment)s?\b/i;

// "put the draft to a vote", "forced a vote": who brings a text to a vote asks the body to cast
// it; how they voted the sentence does not say.
const PUT_TO =
  /\b(?:put|puts|putting|brought|bring|brings|bringing)\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:a|the)\s+(?:[\w-]+\s+)?$/i;
const CALLED =
  /\b(?:call|calls|called|calling|force|forces|forced|forcing|request|requested|requesting|demand|demanded|demanding)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/i;

/** Whether the trigger is the noun "vote" that its subject put a text to, or called. */
export function isPutToVote(text: string, trigger: TriggerMatch): boolean {
  if (trigger.trigger.type !== 'vote' || !trigger.trigger.noun) return false;
  const before = text.slice(Math.max(0, trigger.start - 80), trigger.start);
  return PUT_TO.test(before) || CALLED.test(before);
}

/**
 * The body a counted subject voted in, for a vote verb whose subject is a count of members (the
 * body named in this paragraph or the one before), or the body a failed text was put to (the
 * last named before), or the body a vote was put to; empty when the subject is none of these or
 * no such body was named.
 */
export function getTallyBody(
  sentence: Sentence,
  trigger: TriggerMatch,
  mentions: readonly ActorMention[],
  paragraphOf: (sentenceIndex: number) => number,
  read: SentenceLanguage,
): string[] {
  const put = isPutToVote(sentence.text, trigger);
  if (trigger.trigger.noun && !put) return [];
  const subject = sentence.text.slice(0, trigger.start);
  const voted = trigger.trigger.type === 'vote';
  const counted = voted && /^vot/i.test(trigger.text) && TALLY_SUBJECT.test(subject);
  const failed =
    (voted && /^(?:fail|defeat)/i.test(trigger.text) && TEXT_SUBJECT.test(subject)) ||
    isRejectedText(sentence, trigger, read);
  if (!counted && !failed && !put) return [];
  const before = sentence.start + trigger.start;
  const body = mentions.findLast(
    (m) =>
      m.start < before &&
      VOTING_BODIES.has(m.actorId) &&
      (failed || put || sentence.paragraphIndex - paragraphOf(m.sentenceIndex) <= 1),
  );
  return body ? [body.actorId] : [];
}

/**
 * "An earlier Russian draft had been rejected on October 16": a text rejected with no one named
 * as rejecting it lost a vote; with its body named, it is that body's failed vote.
 */
export function isRejectedText(sentence: Sentence, trigger: TriggerMatch, read: SentenceLanguage): boolean {
  if (trigger.trigger.type !== 'rejection' || trigger.trigger.noun || !/^reject/i.test(trigger.text))
    return false;
  const group = getMoodAt(read, trigger.token).group;
  if (group?.voice !== 'passive') return false;
  return (
    TEXT_SUBJECT.test(sentence.text.slice(0, trigger.start)) &&
    !/^\s+by\b/i.test(sentence.text.slice(trigger.end))
  );
}

/** A cheap first test: the sentence may count members voting ("… countries voted"). */
export const mayCountVoters = (text: string) =>
  /\b(?:countries|states|nations|members|delegations)\s+(?:had\s+|have\s+)?vot/i.test(text);
