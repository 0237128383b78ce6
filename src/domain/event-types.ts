// The diplomacy taxonomy: a flat set of event types, each refining a CAMEO root category so the
// data can be compared with event datasets that use CAMEO codes. Types are grouped into a few
// families that the app draws alike (one colour and one shape per family), so a reader sees at a
// glance whether a mark is talk, words, a proposal, a decision, opposition, pressure or force.
// Order is the order the app lists them in.

/** Families, in the order the legend lists them. `cameo` names the root codes the family covers. */
export const EVENT_FAMILIES = [
  { id: 'consult', label: 'Talks and visits', cameo: '04 Consult' },
  { id: 'statement', label: 'Statements and appeals', cameo: '01 Make public statement, 02 Appeal' },
  { id: 'proposal', label: 'Proposals and requests', cameo: '03 Express intent to cooperate' },
  { id: 'decision', label: 'Votes, decisions and rulings', cameo: '05 Engage in diplomatic cooperation' },
  { id: 'opposition', label: 'Vetoes and rejections', cameo: '12 Reject' },
  { id: 'pressure', label: 'Threats, cuts and withdrawals', cameo: '13 Threaten, 16 Reduce relations' },
  { id: 'force', label: 'Military action', cameo: '18 Assault, 19 Fight' },
] as const;

export type EventFamily = (typeof EVENT_FAMILIES)[number]['id'];

export const EVENT_TYPES = [
  { id: 'meeting', label: 'Meeting', family: 'consult', cameo: '04 Consult (036/043/044: meet, talks)' },
  { id: 'visit', label: 'Visit', family: 'consult', cameo: '04 Consult (042/043: make or host a visit)' },
  {
    id: 'phone-call',
    label: 'Phone call',
    family: 'consult',
    cameo: '04 Consult (041: discuss by telephone)',
  },
  {
    id: 'conference',
    label: 'Conference',
    family: 'consult',
    cameo: '04 Consult (multilateral conference, session)',
  },
  { id: 'statement', label: 'Statement', family: 'statement', cameo: '01 Make public statement' },
  { id: 'appeal', label: 'Appeal', family: 'statement', cameo: '02 Appeal (call for ceasefire, action)' },
  {
    id: 'report',
    label: 'Report released',
    family: 'statement',
    cameo: '01 Make public statement (a report or findings published)',
  },
  {
    id: 'draft',
    label: 'Draft proposed',
    family: 'proposal',
    cameo: '03 Express intent to cooperate (draft circulated or proposed)',
  },
  {
    id: 'plan',
    label: 'Plan or proposal announced',
    family: 'proposal',
    cameo: '03 Express intent to cooperate (036: a peace plan, an initiative)',
  },
  {
    id: 'application',
    label: 'Application or request',
    family: 'proposal',
    cameo: '02 Appeal (021/028: request membership, an opinion, aid)',
  },
  {
    id: 'vote',
    label: 'Vote',
    family: 'decision',
    cameo: '05 Engage in diplomatic cooperation (a vote held, not adopted or not said)',
  },
  {
    id: 'resolution-adopted',
    label: 'Resolution adopted',
    family: 'decision',
    cameo: '05 Engage in diplomatic cooperation (a body adopts a text)',
  },
  {
    id: 'abstention',
    label: 'Abstention',
    family: 'decision',
    cameo: '05 Engage in diplomatic cooperation (abstaining lets a text pass)',
  },
  {
    id: 'agreement',
    label: 'Agreement signed',
    family: 'decision',
    cameo: '05 Engage in diplomatic cooperation (057: sign formal agreement)',
  },
  {
    id: 'recognition',
    label: 'Recognition',
    family: 'decision',
    cameo: '05 Engage in diplomatic cooperation (054: grant diplomatic recognition)',
  },
  {
    id: 'decision',
    label: 'Decision',
    family: 'decision',
    cameo: '05 / 19: a government or cabinet decision',
  },
  {
    id: 'ruling',
    label: 'Ruling or advisory opinion',
    family: 'decision',
    cameo: '11 Disapprove (115/116: a court finding); 05 when it upholds',
  },
  { id: 'rejection', label: 'Rejection', family: 'opposition', cameo: '12 Reject (oppose, refuse)' },
  { id: 'veto', label: 'Veto', family: 'opposition', cameo: '12 Reject (125: veto)' },
  {
    id: 'blocked-statement',
    label: 'Blocked statement',
    family: 'opposition',
    cameo: '12 Reject (block a joint statement)',
  },
  { id: 'threat', label: 'Threat', family: 'pressure', cameo: '13 Threaten (sanctions, aid cuts, a veto)' },
  {
    id: 'sanction',
    label: 'Funding cut or sanction',
    family: 'pressure',
    cameo: '16 Reduce relations (162/163: cut aid, impose sanctions)',
  },
  {
    id: 'withdrawal',
    label: 'Withdrawal or suspension',
    family: 'pressure',
    cameo: '16 Reduce relations (161/166: leave a body, suspend ties or talks)',
  },
  {
    id: 'military-action',
    label: 'Military action',
    family: 'force',
    cameo: '18 Assault / 19 Fight (an offensive, a raid, strikes)',
  },
] as const satisfies readonly { id: string; label: string; family: EventFamily; cameo: string }[];

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
