// The curated gazetteer's shape. The data modules beside this file are edited by hand;
// parseGazetteer validates them once (ids, dates, cross-references) and derives the
// ActorRecords the pipeline hands on, so a typo in a date or a role id fails loudly at load.
import { z } from 'zod';
import type { Office } from '../../domain/dataset-schema.ts';
import { SLUG_PATTERN } from '../../domain/ids.ts';
import { isIsoDay } from '../../domain/partial-date.ts';
import type { ActorRecord } from '../types.ts';

const slug = z.string().regex(SLUG_PATTERN, 'must be a lower-case slug like "john-kerry"');
const isoDay = z.string().refine(isIsoDay, 'must be a calendar day written YYYY-MM-DD');
const text = z.string().min(1);

/** A term in office. `end` is the last full day: the hand-over day belongs to the successor. */
const officeTermSchema = z.object({
  role: slug,
  start: isoDay,
  end: isoDay.nullable(),
  acting: z.boolean().optional(),
  /** The day is our best estimate (the month is right); see `note`. */
  approximate: z.boolean().optional(),
  note: z.string().optional(),
});

const personSchema = z.object({
  id: slug,
  name: text,
  /** Other spellings and names: "Binyamin Netanyahu", "Abu Mazen", "Bibi". */
  aliases: z.array(text).default([]),
  /**
   * Short forms that link a later "Kerry" to this person. Default: the last word of the name
   * and of each multi-word alias. [] when the surname is also a common word ("May", "Power").
   */
  surnames: z.array(text).optional(),
  offices: z.array(officeTermSchema).default([]),
});

const bodySchema = z.object({
  id: slug,
  name: text,
  kind: z.enum(['state', 'organization']),
  aliases: z.array(text).default([]),
  /** Adjectives that qualify a title but are not mentions themselves: "Russian", "Israeli". */
  demonyms: z.array(text).default([]),
  /** Aliases valid only once the body was named in the article: "the Council" after "UNSC". */
  contextAliases: z.array(text).default([]),
});

const vacancySchema = z.object({ start: isoDay, end: isoDay.nullable(), note: text });

const roleSchema = z.object({
  id: slug,
  title: text,
  /** The state or organisation whose office it is; qualifiers must name one of these. */
  of: z.array(slug).min(1),
  /** Phrases that name this office by themselves: "Secretary of State", "UN chief". */
  phrases: z.array(text).default([]),
  /** Titles shared between countries, resolved through a qualifier: "Russian Foreign Minister". */
  generic: z.array(text).default([]),
  /** Generic titles that mean this office when unqualified ("the premier" is Israel's here). */
  defaultFor: z.array(text).default([]),
  /** "continuous": someone (or an acting holder) always held it since 2000; tests check gaps. */
  coverage: z.enum(['continuous', 'occasional']).default('continuous'),
  vacancies: z.array(vacancySchema).default([]),
});

const placeSchema = z.object({
  name: text,
  aliases: z.array(text).default([]),
  /** The state this city can stand for ("Washington wanted…"); see actors/metonyms.ts. */
  metonymFor: slug.optional(),
  /** "subject": an actor unless used locatively; "strict": a place unless clearly the government. */
  metonymMode: z.enum(['subject', 'strict']).optional(),
});

const outletSchema = z.object({ name: text, aliases: z.array(text).default([]) });

export const gazetteerDataSchema = z.object({
  people: z.array(personSchema),
  bodies: z.array(bodySchema),
  roles: z.array(roleSchema),
  places: z.array(placeSchema),
  outlets: z.array(outletSchema),
});

export type GazetteerData = z.input<typeof gazetteerDataSchema>;
export type PersonData = z.input<typeof personSchema>;
export type BodyData = z.input<typeof bodySchema>;
export type RoleData = z.input<typeof roleSchema>;
export type Role = z.output<typeof roleSchema>;
export type Place = z.output<typeof placeSchema>;
export type Outlet = z.output<typeof outletSchema>;
/** An office as stored on an actor, with the curation flags kept for tests and --verbose. */
export interface GazetteerOffice extends Office {
  readonly acting?: boolean;
  readonly approximate?: boolean;
  readonly note?: string;
}

export interface GazetteerActor extends ActorRecord {
  readonly offices: readonly GazetteerOffice[];
  /** Short forms that link a later surname-only mention (people only). */
  readonly surnames: readonly string[];
  readonly demonyms: readonly string[];
  readonly contextAliases: readonly string[];
}

/** The validated gazetteer. Look actors up with `getActorById` (gazetteer/index.ts). */
export interface Gazetteer {
  readonly actors: readonly GazetteerActor[];
  readonly actorsById: ReadonlyMap<string, GazetteerActor>;
  readonly roles: readonly Role[];
  readonly rolesById: ReadonlyMap<string, Role>;
  readonly places: readonly Place[];
  readonly outlets: readonly Outlet[];
}

export type Body = z.output<typeof bodySchema>;
