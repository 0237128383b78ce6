// The diplomacy taxonomy: a flat set of event types, each refining a CAMEO root category so the
// data can be compared with event datasets that use CAMEO codes (event-cameo.ts, kept apart so the
// app does not download the mapping). Types are grouped into a few
// families that the app draws alike (one colour and one shape per family), so a reader sees at a
// glance whether a mark is talk, words, a proposal, a decision, opposition, pressure or force.
// Order is the order the app lists them in.

/** Families, in the order the legend lists them. */
export const EVENT_FAMILIES = [
  { id: 'consult', label: 'Talks and visits' },
  { id: 'statement', label: 'Statements and appeals' },
  { id: 'proposal', label: 'Proposals and requests' },
  { id: 'decision', label: 'Votes, decisions and rulings' },
  { id: 'opposition', label: 'Vetoes and rejections' },
  { id: 'pressure', label: 'Threats, cuts and withdrawals' },
  { id: 'force', label: 'Military action' },
] as const;

export type EventFamily = (typeof EVENT_FAMILIES)[number]['id'];

export const EVENT_TYPES = [
  { id: 'meeting', label: 'Meeting', family: 'consult' },
  { id: 'visit', label: 'Visit', family: 'consult' },
  {
    id: 'phone-call',
    label: 'Phone call',
    family: 'consult',
  },
  {
    id: 'conference',
    label: 'Conference',
    family: 'consult',
  },
  { id: 'statement', label: 'Statement', family: 'statement' },
  { id: 'appeal', label: 'Appeal', family: 'statement' },
  {
    id: 'report',
    label: 'Report released',
    family: 'statement',
  },
  {
    id: 'draft',
    label: 'Draft proposed',
    family: 'proposal',
  },
  {
    id: 'plan',
    label: 'Plan or proposal announced',
    family: 'proposal',
  },
  {
    id: 'application',
    label: 'Application or request',
    family: 'proposal',
  },
  {
    id: 'vote',
    label: 'Vote',
    family: 'decision',
  },
  {
    id: 'resolution-adopted',
    label: 'Resolution adopted',
    family: 'decision',
  },
  {
    id: 'abstention',
    label: 'Abstention',
    family: 'decision',
  },
  {
    id: 'agreement',
    label: 'Agreement signed',
    family: 'decision',
  },
  {
    id: 'recognition',
    label: 'Recognition',
    family: 'decision',
  },
  {
    id: 'decision',
    label: 'Decision',
    family: 'decision',
  },
  {
    id: 'ruling',
    label: 'Ruling or advisory opinion',
    family: 'decision',
  },
  {
    id: 'release',
    label: 'Prisoners or hostages released',
    family: 'decision',
  },
  { id: 'rejection', label: 'Rejection', family: 'opposition' },
  { id: 'veto', label: 'Veto', family: 'opposition' },
  {
    id: 'blocked-statement',
    label: 'Blocked statement',
    family: 'opposition',
  },
  { id: 'threat', label: 'Threat', family: 'pressure' },
  {
    id: 'sanction',
    label: 'Funding cut or sanction',
    family: 'pressure',
  },
  {
    id: 'withdrawal',
    label: 'Withdrawal or suspension',
    family: 'pressure',
  },
  {
    id: 'military-action',
    label: 'Military action',
    family: 'force',
  },
] as const satisfies readonly { id: string; label: string; family: EventFamily }[];

export type EventType = (typeof EVENT_TYPES)[number]['id'];

export const EVENT_TYPE_IDS = EVENT_TYPES.map((t) => t.id) as unknown as readonly [EventType, ...EventType[]];

export function getEventTypeLabel(type: EventType): string {
  return EVENT_TYPES.find((t) => t.id === type)?.label ?? type;
}

export function getEventFamily(type: EventType): EventFamily {
  return EVENT_TYPES.find((t) => t.id === type)?.family ?? 'statement';
}

export function isEventType(value: string): value is EventType {
  return EVENT_TYPES.some((t) => t.id === value);
}

/**
 * Whether the text reports the happening as done or as scheduled ("the Assembly will vote on
 * Friday"). Negated, hypothetical and merely threatened happenings are never events at all.
 */
export const EVENT_STATUSES = ['happened', 'planned'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
