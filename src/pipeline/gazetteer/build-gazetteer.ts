// Validates the hand-edited data and derives what the pipeline needs: ActorRecords with titled
// offices, surname lists and lookup maps. `buildGazetteerFromFiles` takes the data files by name
// (data/*.json) so that every problem names the file to fix.
import type { z } from 'zod';
import { checkGazetteer, type Sources } from './check-gazetteer.ts';
import type {
  Gazetteer,
  GazetteerActor,
  GazetteerData,
  GazetteerOffice,
  ParsedGazetteerData,
} from './gazetteer-schema.ts';
import { gazetteerDataSchema } from './gazetteer-schema.ts';

type Person = ParsedGazetteerData['people'][number];
type State = ParsedGazetteerData['states'][number];
type Organisation = ParsedGazetteerData['organisations'][number];
type Section = keyof ParsedGazetteerData;

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
  const { id, name, aliases } = person;
  const surnames = person.surnames ?? getDefaultSurnames(person);
  return {
    id,
    name,
    kind: 'person',
    aliases,
    offices,
    origin: 'gazetteer',
    surnames,
    ...(person.laterSurnames ? { laterSurnames: person.laterSurnames } : {}),
    ...(person.shortName ? { shortName: person.shortName } : {}),
    demonyms: [],
    contextAliases: [],
  };
}

/** "the Senegalese government" is Senegal: each demonym gives an alias. */
function toStateActor(state: State): GazetteerActor {
  const { id, name, demonyms, contextAliases, unMember } = state;
  const aliases = [...state.aliases, ...demonyms.map((demonym) => `${demonym} government`)];
  return {
    id,
    name,
    kind: 'state',
    aliases,
    offices: [],
    origin: 'gazetteer',
    surnames: [],
    demonyms,
    contextAliases,
    unMember,
  };
}

function toOrganisationActor(body: Organisation): GazetteerActor {
  return { ...body, kind: 'organization', offices: [], origin: 'gazetteer', surnames: [], demonyms: [] };
}

/** Parses the curated data, or throws listing every problem found. */
export function buildGazetteer(input: GazetteerData, sources: Sources = new Map()): Gazetteer {
  const data = gazetteerDataSchema.parse(input);
  const withDerived = {
    ...data,
    states: data.states.map((s) => ({ ...s, aliases: [...toStateActor(s).aliases] })),
  };
  const problems = checkGazetteer(withDerived, sources);
  if (problems.length > 0) throw new Error(`Invalid gazetteer:\n${problems.join('\n')}`);
  const roleTitles = new Map(data.roles.map((role) => [role.id, role.title]));
  const actors = [
    ...data.people.map((p) => toPersonActor(p, roleTitles)),
    ...data.states.map(toStateActor),
    ...data.organisations.map(toOrganisationActor),
  ];
  return {
    actors,
    actorsById: new Map(actors.map((actor) => [actor.id, actor])),
    roles: data.roles,
    rolesById: new Map(data.roles.map((role) => [role.id, role])),
    places: data.places,
    outlets: data.outlets,
  };
}

/** "people-us.json" → people, "shared-forms.json" → sharedForms, "roles-world.json" → roles. */
export function getSection(fileName: string): Section | null {
  // eslint-disable-next-line regexp/no-super-linear-move -- a curated data file's name, never article text
  const stem = fileName.replace(/\.json$/, '').replace(/-[a-z-]+$/, '');
  const camel = fileName === 'shared-forms.json' ? 'sharedForms' : stem;
  return camel in gazetteerDataSchema.shape ? (camel as Section) : null;
}

const describeIssue = (file: string, records: unknown[], issue: z.core.$ZodIssue) => {
  const [index, ...path] = issue.path;
  const record = typeof index === 'number' ? records[index] : undefined;
  const label = record && typeof record === 'object' && 'id' in record ? ` (${String(record.id)})` : '';
  return `${file}: item ${String(index)}${label}${path.length ? ` ${path.join('.')}` : ''}: ${issue.message}`;
};

/** Validates each data file on its own (problems name the file), then builds the gazetteer. */
export function buildGazetteerFromFiles(files: Readonly<Record<string, unknown>>): Gazetteer {
  const problems: string[] = [];
  const merged: Record<string, unknown[]> = {};
  const sources = new Map<string, string>();
  for (const [file, content] of Object.entries(files)) {
    const section = getSection(file);
    if (!section) {
      problems.push(`${file}: unknown gazetteer file (name it people-*.json, states.json, roles-*.json, …)`);
      continue;
    }
    const schema = gazetteerDataSchema.shape[section].unwrap();
    const result = schema.safeParse(content);
    const records = Array.isArray(content) ? (content as unknown[]) : [];
    if (!result.success) problems.push(...result.error.issues.map((i) => describeIssue(file, records, i)));
    for (const record of records as { id?: string; name?: string }[]) {
      const key = record?.id ?? record?.name;
      if (typeof key === 'string') sources.set(key, file);
    }
    merged[section] = [...(merged[section] ?? []), ...records];
  }
  if (problems.length > 0) throw new Error(`Invalid gazetteer:\n${problems.join('\n')}`);
  return buildGazetteer(merged as GazetteerData, sources);
}
