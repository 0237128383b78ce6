// The curated gazetteer's shape. The JSON files in data/ are edited by hand (data/README.md says
// how); buildGazetteer validates them once (ids, dates, cross-references, shared names) and
// derives the ActorRecords the pipeline hands on, so a typo in a date or a role id fails loudly.
import { z } from 'zod';
import type { Office } from '../../domain/dataset-schema.ts';
import { SLUG_PATTERN } from '../../domain/ids.ts';
import { isIsoDay } from '../../domain/partial-date.ts';
import type { ActorRecord } from '../types.ts';

const slug = z.string().regex(SLUG_PATTERN, 'must be a lower-case slug like "john-kerry"');
const isoDay = z.string().refine(isIsoDay, 'must be a calendar day written YYYY-MM-DD');
const text = z.string().trim().min(1);
const texts = z.array(text).default([]);

/** A term in office. `end` is the last full day: the hand-over day belongs to the successor. */
const officeTermSchema = z.strictObject({
  role: slug,
  start: isoDay,
  end: isoDay.nullable(),
  acting: z.boolean().optional(),
  /** The day is our best estimate (the month is right); see `note`. */
  approximate: z.boolean().optional(),
  note: z.string().optional(),
});

const personSchema = z.strictObject({
  id: slug,
  name: text,
  /** Other spellings and names: "Binyamin Netanyahu", "Abu Mazen", "Bibi". */
  aliases: texts,
  /**
   * Short forms that link a later "Kerry" to this person. Default: the last word of the name
   * and of each multi-word alias. [] when the surname is also a common word ("May", "Power").
   */
  surnames: z.array(text).optional(),
  /**
   * Surnames that are also common words written with a capital ("Straw", "Power", "Ban"): they
   * link only once the article has named the person in full, never a first "Straw" alone.
   */
  laterSurnames: z.array(text).optional(),
  /**
   * How a title names them, where it is not the last word of the name: "Ban" for Ban Ki-moon
   * (family name first), "Mohammed bin Salman" (the last word is his father's name).
   */
  shortName: text.optional(),
  offices: z.array(officeTermSchema).default([]),
});

const stateSchema = z.strictObject({
  id: slug,
  name: text,
  /** One of the 193 members; observers and partly recognised states are false. */
  unMember: z.boolean(),
  /** Adjectives that qualify a title ("Russian Foreign Minister"); "<demonym> government" becomes an alias. */
  demonyms: texts,
  aliases: texts,
  /** Aliases valid only once the state was named in the article ("Palestine" after the PA). */
  contextAliases: texts,
});

const organisationSchema = z.strictObject({
  id: slug,
  name: text,
  aliases: texts,
  /** Aliases valid only once the body was named in the article: "the Council" after "UNSC". */
  contextAliases: texts,
});

const vacancySchema = z.strictObject({ start: isoDay, end: isoDay.nullable(), note: text });

const roleSchema = z.strictObject({
  id: slug,
  title: text,
  /** The state or organisation whose office it is; qualifiers must name one of these. */
  of: z.array(slug).min(1),
  /** Phrases that name this office by themselves: "Secretary of State", "UN chief". */
  phrases: texts,
  /** Titles shared between countries, resolved through a qualifier: "Russian Foreign Minister". */
  generic: texts,
  /** Generic titles that mean this office when unqualified ("the premier" is Israel's here). */
  defaultFor: texts,
  /** "continuous": someone (or an acting holder) always held it since 2000; tests check gaps. */
  coverage: z.enum(['continuous', 'occasional']).default('continuous'),
  vacancies: z.array(vacancySchema).default([]),
});

const placeSchema = z.strictObject({
  name: text,
  aliases: texts,
  /** The state this city can stand for ("Washington wanted…"); see actors/locative.ts. */
  metonymFor: slug.optional(),
  /** "subject": an actor unless used locatively; "strict": a place unless clearly the government. */
  metonymMode: z.enum(['subject', 'strict']).optional(),
});

const outletSchema = z.strictObject({ name: text, aliases: texts });

/** A name two actors deliberately share; the stage resolves it by which one the article named. */
const sharedFormSchema = z.strictObject({ form: text, actors: z.array(slug).min(2), why: text });

export const gazetteerDataSchema = z.strictObject({
  people: z.array(personSchema).default([]),
  states: z.array(stateSchema).default([]),
  organisations: z.array(organisationSchema).default([]),
  roles: z.array(roleSchema).default([]),
  places: z.array(placeSchema).default([]),
  outlets: z.array(outletSchema).default([]),
  sharedForms: z.array(sharedFormSchema).default([]),
});

export type GazetteerData = z.input<typeof gazetteerDataSchema>;
export type ParsedGazetteerData = z.output<typeof gazetteerDataSchema>;
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
  /** Surnames that link only after the full name was read in the article (people only). */
  readonly laterSurnames?: readonly string[];
  /** How a title names them, when not by the name's last word (people only). */
  readonly shortName?: string;
  readonly demonyms: readonly string[];
  readonly contextAliases: readonly string[];
  /** Whether the state is a UN member (states only). */
  readonly unMember?: boolean;
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
