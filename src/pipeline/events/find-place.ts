// Where an event happened: a place introduced by "in/at" inside the clause ("arrived in
// Rome"), or one naming the gathering itself ("the Paris Mideast summit").
import type { PlaceMention, Sentence, Span } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const LOCATIVE = /\b(?:in|at)\s+(?:the\s+)?$/i;
// "the conflict in Gaza" names a subject, not the scene of the event.
const TOPICAL =
  /\b(?:conflict|war|violence|fighting|situation|crisis|occupation|tensions?)\s+(?:in|at)\s+(?:the\s+)?$/i;
// Up to two words between the place and a gathering noun: "Paris peace conference".
const NAMES_GATHERING = /^(?:\s+[\w-]+){0,2}\s+$/;

export function findEventPlace(
  sentence: Sentence,
  span: Span,
  trigger: TriggerMatch,
  places: readonly PlaceMention[],
): string | null {
  const inSentence = places.filter((p) => p.sentenceIndex === sentence.index);
  const rel = (p: PlaceMention) => p.start - sentence.start;
  const locative = inSentence.find((p) => {
    const offset = rel(p);
    const before = sentence.text.slice(Math.max(0, offset - 30), offset);
    return offset >= span.start && offset < span.end && LOCATIVE.test(before) && !TOPICAL.test(before);
  });
  if (locative) return locative.place;
  const naming = inSentence.find(
    (p) =>
      p.end - sentence.start <= trigger.start &&
      NAMES_GATHERING.test(sentence.text.slice(p.end - sentence.start, trigger.start)),
  );
  return naming?.place ?? null;
}
