// Finds actors that are boilerplate or places in disguise. An actor is reported when
//   - it is a person whose name or an alias equals a must-not-be-a-person string (case and
//     spacing ignored), whose id is that string's slug ("Elad Benari" → "elad-benari"), or whose
//     name contains a must-not string of two or more words as whole words
//     ("Contact Editor Elad Benari" contains "Elad Benari");
//   - it is an actor of any kind whose name equals a gazetteer place name or alias ("Gaza").
import type { Actor } from '../../domain/dataset-schema.ts';
import { toSlug } from '../slug.ts';

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Each offending actor as "id (name): reason". */
export function findBoilerplateActors(
  actors: readonly Actor[],
  neverPeople: readonly string[],
  placeNames: readonly string[],
): string[] {
  const banned = new Set(neverPeople.map(normalise));
  const bannedSlugs = new Set(neverPeople.map((s) => toSlug(s)));
  const multiWord = [...banned].filter((s) => s.includes(' '));
  const places = new Set(placeNames.map(normalise));
  const found: string[] = [];
  for (const actor of actors) {
    const names = [actor.name, ...actor.aliases].map(normalise);
    const label = `${actor.id} (${actor.name})`;
    if (actor.kind === 'person') {
      const hit =
        names.find((n) => banned.has(n)) ??
        (bannedSlugs.has(actor.id) ? actor.id : undefined) ??
        multiWord.find((s) => ` ${normalise(actor.name)} `.includes(` ${s} `));
      if (hit !== undefined) {
        found.push(`${label}: person from must-not-be-a-person "${hit}"`);
        continue;
      }
    }
    if (places.has(normalise(actor.name))) found.push(`${label}: ${actor.kind} named like a place`);
  }
  return found;
}
