// "Kerry agreed on Monday to meet Abbas", "Britain pledged on Tuesday to recognise Palestine": a
// date between a verb and the infinitive it governs is the verb's (the day of the agreeing or
// pledging), not the day of what was agreed; the planned happening is left undated, as after a
// saying ("said on Monday it would veto", 05-events.ts). Only after an active verb in the past:
// "is expected on Tuesday to meet" names the meeting's day.
import { getMoodAt } from '../language/mood-at.ts';
import type { SentenceLanguage } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

/** Whether the date at sentence offset `at` stands between the trigger's governing verb and it. */
export function isGovernorsDate(read: SentenceLanguage, trigger: TriggerMatch, at: number): boolean {
  // "agreed on Oct. 2 to defer action": agreeing to put off is itself the decision, that day.
  if (trigger.status !== 'planned' || trigger.trigger.noun || trigger.trigger.type === 'decision')
    return false;
  const group = getMoodAt(read, trigger.token).group;
  if (group?.governor === undefined) return false;
  const governor = read.tokens[group.governor]!;
  const to = read.tokens[group.first]!;
  // "is expected on Tuesday to meet", "was set on Monday to vote": a plan's own day.
  const ruling = read.verbGroups.find((g) => g.first <= group.governor! && group.governor! <= g.last);
  if (governor.pos !== 'VERB' || ruling?.voice === 'passive' || ruling?.tense !== 'past') return false;
  return governor.end <= at && at < to.start;
}
