// Chooses the trigger that types a clause: the highest-ranked one that is not
//   - reported content: a noun after a speech verb ("said talks would resume"), unless an
//     indefinite preposition phrase makes it the setting ("told him in a phone call");
//   - hypothetical: after could / might / may / if ("could call for mechanisms");
//   - a participle describing a noun ("endorsed a plan announced by Biden"): the clause's own
//     verb says what happened;
//   - inside a causative participle phrase after the clause's verb ("abstained, allowing the
//     resolution to pass"): what the verb's happening led others to do.
import type { TriggerMatch } from './find-triggers.ts';

const SETTING = /\b(?:in|during|at|via|on|by)\s+an?\s+(?:\w+\s+)?$/i;
// Only a channel of talk is the setting of a speech ("told him in a phone call"); "said during
// a visit to Seoul" is a statement made on a trip.
const MEDIUMS = new Set(['phone-call', 'meeting', 'conference']);
// "may" in lower case only: "In May Biden vetoed" names the month.
const HYPOTHETICAL = /\b(?:[Cc]ould|[Mm]ight|may|[Ii]f)\s+(?:\w+\s+){0,2}$/;

export function pickTrigger(sentence: string, triggers: readonly TriggerMatch[]): TriggerMatch {
  const speech = triggers.find((t) => t.trigger.type === 'statement');
  const before = (t: TriggerMatch) => sentence.slice(Math.max(0, t.start - 30), t.start);
  const eligible = triggers.filter((t) => {
    if (HYPOTHETICAL.test(before(t)) || t.reducedRelative) return false;
    if (isInAdjunct(sentence, triggers, t)) return false;
    if (!speech || t.start <= speech.start || !t.trigger.noun) return true;
    return MEDIUMS.has(t.trigger.type) && SETTING.test(before(t));
  });
  const pool = eligible.length > 0 ? eligible : triggers;
  return pool.reduce((a, b) => (b.trigger.rank > a.trigger.rank ? b : a));
}

// ", allowing the resolution to pass", ", prompting Israel to recall its envoy": a causative
// participle, whose own object does what follows ("killing the draft with its veto" is still
// the subject's own veto).
const ADJUNCT =
  /,\s+(?:\w+ly\s+)?(?:allowing|letting|enabling|permitting|prompting|forcing|leading|causing|pushing|pressing)\b/;

/** Whether `t` sits in a causative participle phrase after another verb trigger of the clause. */
function isInAdjunct(sentence: string, triggers: readonly TriggerMatch[], t: TriggerMatch): boolean {
  return triggers.some(
    (u) => !u.trigger.noun && u.end <= t.start && ADJUNCT.test(sentence.slice(u.end, t.start)),
  );
}
