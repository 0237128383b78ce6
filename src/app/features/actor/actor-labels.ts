// Words for an actor's facts: its kind, its offices with their dates, how many events it has.
import type { ActorKind, Office } from '../../../domain/dataset-schema.ts';
import { formatIsoDay } from '../../../domain/format-date.ts';

const KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  state: 'State',
  organization: 'Organisation',
};

/** "organization" → "Organisation" (the app is written in British English). */
export function getActorKindLabel(kind: ActorKind): string {
  return KIND_LABELS[kind] ?? kind;
}

/** Offices earliest first; the dataset keeps them in gazetteer order, which need not be by date. */
export function sortOfficesByStart(offices: readonly Office[]): Office[] {
  // ISO days compare correctly as strings; ties keep their order (Array.prototype.sort is stable).
  return [...offices].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** "1 February 2013 – 20 January 2017", or "since 20 January 2017" while the office is held. */
export function formatOfficeTerm(office: Pick<Office, 'start' | 'end'>): string {
  const start = formatIsoDay(office.start);
  return office.end === null ? `since ${start}` : `${start} – ${formatIsoDay(office.end)}`;
}

/** "US Secretary of State, 1 February 2013 – 20 January 2017". */
export function formatOffice(office: Office): string {
  return `${office.title}, ${formatOfficeTerm(office)}`;
}

/** 0 → "No events", 1 → "1 event", 12 → "12 events". */
export function formatEventCount(count: number): string {
  if (count === 0) return 'No events';
  return count === 1 ? '1 event' : `${count} events`;
}
