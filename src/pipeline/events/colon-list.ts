// "Who abstained: Britain, Denmark, Japan and Slovakia.", "Voting against: the United States and
// Israel." A brief or a live blog states a vote as a label and a list: the verb before the colon
// is done by every name after it, and by no one named before.
import type { ActorMention, Sentence } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

// "Who abstained:", "Who voted against:", "Voting against:", "Abstaining:", "Those voting in favour:".
const LABEL =
  /^(?:(?:those\s+)?who\s+\p{Ll}+|(?:those\s+)?\p{L}+ing)(?:\s+(?:for|against|in\s+favou?r|yes|no))?\s*:\s/iu;

/** The names listed after a vote label, when the trigger is the label's verb; else null. */
export function getColonListAgents(
  sentence: Sentence,
  trigger: Pick<TriggerMatch, 'start'>,
  mentions: readonly ActorMention[],
): string[] | null {
  const label = LABEL.exec(sentence.text.trimStart());
  const lead = sentence.text.length - sentence.text.trimStart().length;
  if (!label || trigger.start >= lead + label[0].length) return null;
  const listed = mentions
    .filter((m) => m.start - sentence.start >= lead + label[0].length)
    .map((m) => m.actorId);
  return listed.length > 0 ? [...new Set(listed)] : null;
}
