// The curated gazetteer, validated once at module load, and the lookups other stages need.
import type { ActorRecord } from '../types.ts';
import type { Gazetteer, GazetteerActor, GazetteerOffice } from './gazetteer-schema.ts';
import { buildGazetteer } from './build-gazetteer.ts';
import { BODIES } from './bodies.ts';
import { ISRAEL_PEOPLE } from './people-israel.ts';
import { US_PEOPLE } from './people-us.ts';
import { REGION_PEOPLE } from './people-region.ts';
import { WORLD_PEOPLE } from './people-world.ts';
import { OUTLETS, PLACES } from './places-and-outlets.ts';
import { WORLD_PLACES } from './places-world.ts';
import { ROLES } from './roles.ts';
import { WORLD_ROLES } from './roles-world.ts';
import { WORLD_CAPITALS, WORLD_STATES } from './states-world.ts';

export type { Gazetteer, GazetteerActor, GazetteerOffice } from './gazetteer-schema.ts';

export const GAZETTEER: Gazetteer = buildGazetteer({
  people: [...US_PEOPLE, ...ISRAEL_PEOPLE, ...WORLD_PEOPLE, ...REGION_PEOPLE],
  bodies: [...BODIES, ...WORLD_STATES],
  roles: [...ROLES, ...WORLD_ROLES],
  places: [...PLACES, ...WORLD_CAPITALS, ...WORLD_PLACES],
  outlets: OUTLETS,
});

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
