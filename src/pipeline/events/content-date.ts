// "The EU gave the Authority 500 million euros last year, diplomats said": a date inside what a
// closing attribution reports dates what is reported, not the saying. When the report holds no
// happening of its own, the date dates nothing: the saying is not of last year, and who gave
// what is no diplomacy a trigger names.
import { getTrailingAttribution } from './clause-roles.ts';
import type { TriggerMatch } from './find-triggers.ts';

/**
 * Whether the date at sentence offset `at` lies in the content of `speech`'s closing attribution
 * ("…, diplomats said."), a content that names no other happening.
 */
export function isReportedContentDate(
  text: string,
  speech: TriggerMatch,
  triggers: readonly TriggerMatch[],
  at: number,
): boolean {
  if (speech.trigger.type !== 'statement' || speech.trigger.noun) return false;
  const comma = getTrailingAttribution(text, speech);
  if (comma === null || at >= comma) return false;
  return !triggers.some((t) => t !== speech && t.start < comma);
}
