// A state or organisation that only qualifies the next name is not a participant of its own:
// "U.S. Secretary of State John Kerry", "senior PLO official Nabil Shaath",
// "Israel’s Security Cabinet". Dropping it keeps titles to the people who acted.
import type { ActorKind } from '../../domain/dataset-schema.ts';
import type { ActorMention } from '../types.ts';

// At most six words (titles, "special envoy on security General", a bracketed acronym), no comma.
const TITLE_GAP = /^(?:\s*(?:\([A-Z]{2,6}\)|[\w.'’-]+(?![\w.'’-]))){0,6}\s*$/;
const POSSESSIVE_GAP = /^(?:['’]s)?\s*$/;
// "The Security Council on Friday endorsed Kofi Annan's plan": a day or a past verb between two
// names makes them subject and object, not a title and its holder.
const PREDICATE_GAP =
  /\b(?:(?!appointed\b|designated\b|named\b)[a-z]+ed|told|met|said|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

export function dropQualifiers(
  text: string,
  mentions: readonly ActorMention[],
  kindOf: (id: string) => ActorKind | undefined,
): ActorMention[] {
  return mentions.filter((mention, i) => {
    const next = mentions[i + 1];
    if (!next || next.actorId === mention.actorId || kindOf(mention.actorId) === 'person') return true;
    const gap = text.slice(mention.end, next.start);
    if (POSSESSIVE_GAP.test(gap)) return false;
    return !(kindOf(next.actorId) === 'person' && TITLE_GAP.test(gap) && !PREDICATE_GAP.test(gap));
  });
}
