// Validates the hand-edited data and derives what the pipeline needs: ActorRecords with titled
// offices, surname lists and lookup maps. Cross-references (office roles, role owners, metonyms)
// are checked here because zod sees one record at a time.
import type { Body, Gazetteer, GazetteerActor, GazetteerData, GazetteerOffice } from './gazetteer-schema.ts';
import { gazetteerDataSchema } from './gazetteer-schema.ts';

type Parsed = ReturnType<typeof gazetteerDataSchema.parse>;
type Person = Parsed['people'][number];

/** "Saeb Erekat" + ["Saeb Erakat"] → ["Erekat", "Erakat"]: the last word of each full form. */
function getDefaultSurnames(person: Person): string[] {
  const forms = [person.name, ...person.aliases].filter((form) => form.includes(' '));
  const lastWords = forms.map((form) => form.slice(form.lastIndexOf(' ') + 1));
  return [...new Set(lastWords)].filter((word) => /^\p{Lu}/u.test(word));
}

function toPersonActor(person: Person, roleTitles: ReadonlyMap<string, string>): GazetteerActor {
  const offices: GazetteerOffice[] = person.offices.map((term) => {
    const title = roleTitles.get(term.role) ?? term.role;
    return { ...term, title: term.acting ? `Acting ${title}` : title };
  });
  return {
    id: person.id,
    name: person.name,
    kind: 'person',
    aliases: person.aliases,
    offices,
    origin: 'gazetteer',
    surnames: person.surnames ?? getDefaultSurnames(person),
    demonyms: [],
    contextAliases: [],
  };
}

function toBodyActor(body: Body): GazetteerActor {
  return { ...body, offices: [], origin: 'gazetteer', surnames: [] };
}

function checkReferences(data: Parsed): string[] {
  const problems: string[] = [];
  const actorIds = new Set<string>();
  for (const { id } of [...data.people, ...data.bodies]) {
    if (actorIds.has(id)) problems.push(`duplicate actor id "${id}"`);
    actorIds.add(id);
  }
  const roleIds = new Set(data.roles.map((role) => role.id));
  for (const role of data.roles) {
    for (const owner of role.of)
      if (!actorIds.has(owner)) problems.push(`role ${role.id}: unknown "${owner}"`);
    for (const phrase of role.defaultFor) {
      if (!role.generic.includes(phrase))
        problems.push(`role ${role.id}: default "${phrase}" is not generic`);
    }
  }
  for (const person of data.people) {
    for (const term of person.offices) {
      if (!roleIds.has(term.role)) problems.push(`${person.id}: unknown role "${term.role}"`);
      if (term.end !== null && term.end < term.start)
        problems.push(`${person.id}: ${term.role} ends before start`);
    }
  }
  const placeForms = new Set<string>();
  for (const place of data.places) {
    if (place.metonymFor && !actorIds.has(place.metonymFor)) problems.push(`${place.name}: unknown metonym`);
    for (const form of [place.name, ...place.aliases]) {
      if (placeForms.has(form)) problems.push(`place "${form}" is listed twice`);
      placeForms.add(form);
    }
  }
  return problems;
}

/** Parses the curated data, or throws listing every problem found. */
export function buildGazetteer(input: GazetteerData): Gazetteer {
  const data = gazetteerDataSchema.parse(input);
  const problems = checkReferences(data);
  if (problems.length > 0) throw new Error(`Invalid gazetteer:\n${problems.join('\n')}`);
  const roleTitles = new Map(data.roles.map((role) => [role.id, role.title]));
  const actors = [...data.people.map((p) => toPersonActor(p, roleTitles)), ...data.bodies.map(toBodyActor)];
  return {
    actors,
    actorsById: new Map(actors.map((actor) => [actor.id, actor])),
    roles: data.roles,
    rolesById: new Map(data.roles.map((role) => [role.id, role])),
    places: data.places,
    outlets: data.outlets,
  };
}
