// Names inside an apposition describe the agent before them, they do not act with it:
// "Nasser al-Kidwa, the Palestinian observer at the United Nations, said…" is al-Kidwa's
// statement, not the UN's; "Goldstone, a former judge on South Africa's Constitutional Court,
// released the report" is Goldstone's report. An apposition here opens with an article right
// after the comma that follows a name and runs to the next comma; its first words are common
// ones (", the United States, " is the next item of a list, not a description). A participle
// with its agent, set off by commas (", drafted by Malta,"), describes the same way.
import type { ActorMention } from '../types.ts';

const OPENING = /^,\s+(?:the|a|an)\s+/i;
const COMMON_WORD = /\b[a-z]/;
const PARTICIPLE_PHRASE = /,\s+(?:[a-z]+ed|written|drawn|put forward)\s+(?:up\s+)?by\s[^,]+,/g;

/** Ids among `agentIds` named only inside an apposition to another agent before the trigger. */
export function getAppositiveIds(
  sentence: string,
  sentenceStart: number,
  agentIds: readonly string[],
  mentions: readonly ActorMention[],
  triggerStart: number,
): string[] {
  const rel = (offset: number) => offset - sentenceStart;
  const described = new Set<ActorMention>();
  for (const head of mentions) {
    if (!agentIds.includes(head.actorId) || rel(head.end) > triggerStart) continue;
    const opening = OPENING.exec(sentence.slice(rel(head.end)));
    if (!opening) continue;
    const start = rel(head.end) + opening[0].length;
    const comma = sentence.indexOf(',', start);
    const end = Math.min(comma < 0 ? sentence.length : comma, triggerStart);
    const inside = mentions.filter((m) => rel(m.start) >= start && rel(m.end) <= end);
    const first = inside[0];
    if (!first || !COMMON_WORD.test(sentence.slice(start, rel(first.start)))) continue;
    for (const m of inside) if (m.actorId !== head.actorId) described.add(m);
  }
  // "Resolution 2712, drafted by Malta, passed": who a participle set off by commas names
  // describes the thing before it; the main verb is not theirs.
  for (const phrase of sentence.slice(0, triggerStart).matchAll(PARTICIPLE_PHRASE)) {
    const start = phrase.index;
    const end = start + phrase[0].length;
    for (const m of mentions) if (rel(m.start) >= start && rel(m.end) <= end) described.add(m);
  }
  return agentIds.filter((id) => {
    const own = mentions.filter((m) => m.actorId === id && rel(m.start) < triggerStart);
    return own.length > 0 && own.every((m) => described.has(m));
  });
}
