// Cross-reference checks zod cannot make one record at a time: ids unique, roles and owners known,
// terms and vacancies in order, each name or alias naming one actor unless data/shared-forms.json
// says two actors share it on purpose. Every problem names the file the record came from.
import type { ParsedGazetteerData } from './gazetteer-schema.ts';

/** Record id (actor, role or place name) → the data file it came from, for messages. */
export type Sources = ReadonlyMap<string, string>;

const where = (sources: Sources, id: string) => (sources.has(id) ? `${sources.get(id)}: ` : '');

/** Every surface form an actor answers to, as the stage will match it. */
export function getActorForms(data: ParsedGazetteerData): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  const add = (form: string, id: string) => forms.set(form, (forms.get(form) ?? new Set()).add(id));
  for (const person of data.people) [person.name, ...person.aliases].forEach((f) => add(f, person.id));
  for (const body of [...data.states, ...data.organisations]) {
    [body.name, ...body.aliases, ...body.contextAliases].forEach((f) => add(f, body.id));
  }
  return forms;
}

function checkActors(data: ParsedGazetteerData, sources: Sources, problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const { id } of [...data.people, ...data.states, ...data.organisations]) {
    if (ids.has(id)) problems.push(`${where(sources, id)}actor id "${id}" is used twice`);
    ids.add(id);
  }
  const shared = new Map(data.sharedForms.map((s) => [s.form, new Set(s.actors)]));
  for (const entry of data.sharedForms) {
    for (const id of entry.actors)
      if (!ids.has(id)) problems.push(`shared-forms.json: "${entry.form}" names unknown actor "${id}"`);
  }
  for (const [form, owners] of getActorForms(data)) {
    if (owners.size < 2) continue;
    const allowed = shared.get(form);
    if (!allowed || [...owners].some((id) => !allowed.has(id))) {
      const list = [...owners].map((id) => `${where(sources, id)}${id}`).join(', ');
      problems.push(`"${form}" names several actors (${list}); list it in shared-forms.json if meant`);
    }
  }
  return ids;
}

function checkRoles(data: ParsedGazetteerData, sources: Sources, actorIds: Set<string>, problems: string[]) {
  const roleIds = new Set<string>();
  for (const role of data.roles) {
    const at = where(sources, role.id);
    if (roleIds.has(role.id)) problems.push(`${at}role id "${role.id}" is used twice`);
    roleIds.add(role.id);
    for (const owner of role.of)
      if (!actorIds.has(owner)) problems.push(`${at}role ${role.id}: unknown "${owner}"`);
    for (const phrase of role.defaultFor) {
      if (!role.generic.includes(phrase))
        problems.push(`${at}role ${role.id}: default "${phrase}" is not generic`);
    }
    for (const vacancy of role.vacancies) {
      if (vacancy.end !== null && vacancy.end < vacancy.start)
        problems.push(`${at}role ${role.id}: vacancy ends before it starts`);
    }
  }
  for (const person of data.people) {
    const at = where(sources, person.id);
    for (const term of person.offices) {
      if (!roleIds.has(term.role)) problems.push(`${at}${person.id}: unknown role "${term.role}"`);
      if (term.end !== null && term.end < term.start)
        problems.push(`${at}${person.id}: ${term.role} ends (${term.end}) before it starts (${term.start})`);
    }
  }
}

function checkPlaces(data: ParsedGazetteerData, sources: Sources, actorIds: Set<string>, problems: string[]) {
  const placeForms = new Set<string>();
  for (const place of data.places) {
    const at = where(sources, place.name);
    if (place.metonymFor && !actorIds.has(place.metonymFor))
      problems.push(`${at}${place.name}: stands for unknown actor "${place.metonymFor}"`);
    for (const form of [place.name, ...place.aliases]) {
      if (placeForms.has(form)) problems.push(`${at}place "${form}" is listed twice`);
      placeForms.add(form);
    }
  }
}

/** Every cross-reference problem, each one line naming its file when known; [] when sound. */
export function checkGazetteer(data: ParsedGazetteerData, sources: Sources = new Map()): string[] {
  const problems: string[] = [];
  const actorIds = checkActors(data, sources, problems);
  checkRoles(data, sources, actorIds, problems);
  checkPlaces(data, sources, actorIds, problems);
  return problems;
}
