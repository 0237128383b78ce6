// The curated gazetteer: the JSON files in data/ (data/README.md says how to edit them),
// validated once at module load, and the lookups other stages need.
import type { ActorRecord } from '../types.ts';
import type { Gazetteer, GazetteerActor, GazetteerOffice } from './gazetteer-schema.ts';
import { buildGazetteerFromFiles } from './build-gazetteer.ts';
import organisations from './data/organisations.json' with { type: 'json' };
import organisationsRegional from './data/organisations-regional.json' with { type: 'json' };
import organisationsUn from './data/organisations-un.json' with { type: 'json' };
import outlets from './data/outlets.json' with { type: 'json' };
import peopleIsrael from './data/people-israel.json' with { type: 'json' };
import peopleRegion from './data/people-region.json' with { type: 'json' };
import peopleUn from './data/people-un.json' with { type: 'json' };
import peopleUs from './data/people-us.json' with { type: 'json' };
import peopleWorld from './data/people-world.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import placesGeonames from './data/places-geonames.json' with { type: 'json' };
import roles from './data/roles.json' with { type: 'json' };
import rolesUn from './data/roles-un.json' with { type: 'json' };
import rolesWorld from './data/roles-world.json' with { type: 'json' };
import sharedForms from './data/shared-forms.json' with { type: 'json' };
import states from './data/states.json' with { type: 'json' };

export type { Gazetteer, GazetteerActor, GazetteerOffice } from './gazetteer-schema.ts';

/** The data files by name; a new file needs a line here (its name says its section). */
export const GAZETTEER_FILES: Readonly<Record<string, unknown>> = {
  'people-us.json': peopleUs,
  'people-israel.json': peopleIsrael,
  'people-world.json': peopleWorld,
  'people-region.json': peopleRegion,
  'people-un.json': peopleUn,
  'states.json': states,
  'organisations.json': organisations,
  'organisations-un.json': organisationsUn,
  'organisations-regional.json': organisationsRegional,
  'roles.json': roles,
  'roles-world.json': rolesWorld,
  'roles-un.json': rolesUn,
  'places.json': places,
  'places-geonames.json': placesGeonames,
  'outlets.json': outlets,
  'shared-forms.json': sharedForms,
};

export const GAZETTEER: Gazetteer = buildGazetteerFromFiles(GAZETTEER_FILES);

/** getActorById(GAZETTEER, 'john-kerry') → Kerry's record; undefined for unknown ids. */
export function getActorById(gazetteer: Gazetteer, id: string): GazetteerActor | undefined {
  return gazetteer.actorsById.get(id);
}

/** The dataset's view of an actor: only ActorRecord fields, offices as { role, title, start, end }. */
export function toActorRecord(actor: GazetteerActor): ActorRecord {
  const { id, name, kind, aliases, origin } = actor;
  const offices = actor.offices.map(({ role, title, start, end }) => ({ role, title, start, end }));
  return { id, name, kind, aliases, offices, origin };
}

const curatedRecords = new Map(GAZETTEER.actors.map((actor) => [actor.id, toActorRecord(actor)]));

/** A curated actor as the dataset stores it, by id: getCuratedActor('john-kerry'). */
export function getCuratedActor(id: string): ActorRecord | undefined {
  return curatedRecords.get(id);
}

/** How event titles name a curated person, when not by the last word of the name ("Ban"). */
export function getTitleName(id: string): string | undefined {
  return GAZETTEER.actorsById.get(id)?.shortName;
}

/** Whether a term covers an ISO day (ISO days compare correctly as strings). */
export function isInOffice(office: GazetteerOffice, day: string): boolean {
  return office.start <= day && (office.end === null || day <= office.end);
}

/** Who held `roleId` on `day`: getRoleHolders(GAZETTEER, 'us-secretary-of-state', '2014-12-14') → [Kerry]. */
export function getRoleHolders(gazetteer: Gazetteer, roleId: string, day: string): GazetteerActor[] {
  return gazetteer.actors.filter((actor) =>
    actor.offices.some((office) => office.role === roleId && isInOffice(office, day)),
  );
}
