// Where an event happened: the place a visit names as its object ("visited Jerusalem"), a place
// introduced by "in/at" inside the clause ("arrived in Rome"), or one naming the gathering itself
// ("the Paris Mideast summit"). A place after the trigger counts only in the trigger's own
// phrase: a resolution "demanding that Israel stop building settlements in the West Bank" was not
// adopted in the West Bank.
import type { PlaceMention, Sentence, SentenceLanguage, Span } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { isInTriggerPhrase } from './own-clause.ts';

const LOCATIVE = /\b(?:in|at)\s+(?:the\s+)?$/i;
// "fired rockets at Tel Aviv": what force is aimed at is its target, not where it was used.
const FORCE_LOCATIVE = /\bin\s+(?:the\s+)?$/i;
// "the conflict in Gaza" names a subject, not the scene of the event.
const TOPICAL =
  /\b(?:conflict|war|violence|fighting|situation|crisis|occupation|tensions?)\s+(?:in|at)\s+(?:the\s+)?$/i;
// "visited Jerusalem", "toured the West Bank": the place is the verb's object.
const VISITED = /^\s+(?:the\s+)?$/i;
// Up to two words between the place and a gathering noun: "Paris peace conference".
const NAMES_GATHERING = /^(?:\s+[\w-]+){0,2}\s+$/;

export function findEventPlace(
  sentence: Sentence,
  span: Span,
  trigger: TriggerMatch,
  places: readonly PlaceMention[],
  language?: SentenceLanguage,
): string | null {
  const inSentence = places.filter((p) => p.sentenceIndex === sentence.index);
  const rel = (p: PlaceMention) => p.start - sentence.start;
  const visited =
    trigger.trigger.type === 'visit' && !trigger.trigger.noun
      ? inSentence.find((p) => VISITED.test(sentence.text.slice(trigger.end, rel(p))))
      : undefined;
  if (visited) return visited.place;
  const isOwn = (p: PlaceMention) =>
    !language ||
    rel(p) < trigger.start ||
    isInTriggerPhrase(language, trigger, { start: rel(p), end: p.end - sentence.start });
  const locative = inSentence.find((p) => {
    const offset = rel(p);
    const before = sentence.text.slice(Math.max(0, offset - 30), offset);
    return (
      offset >= span.start &&
      offset < span.end &&
      (trigger.trigger.type === 'military-action' ? FORCE_LOCATIVE : LOCATIVE).test(before) &&
      !TOPICAL.test(before) &&
      isOwn(p)
    );
  });
  if (locative) return locative.place;
  const naming = inSentence.find(
    (p) =>
      p.end - sentence.start <= trigger.start &&
      NAMES_GATHERING.test(sentence.text.slice(p.end - sentence.start, trigger.start)),
  );
  return naming?.place ?? null;
}
