// The diplomacy taxonomy: a small, flat set of event types. Each maps to the CAMEO category
// it refines, so the data can be compared with event datasets that use CAMEO codes.
// Order is the order the app lists them in.
export const EVENT_TYPES = [
  { id: 'meeting', label: 'Meeting', cameo: '04 Consult (036/043/044: meet, talks)' },
  { id: 'visit', label: 'Visit', cameo: '04 Consult (042/043: make or host a visit)' },
  { id: 'phone-call', label: 'Phone call', cameo: '04 Consult (041: discuss by telephone)' },
  { id: 'conference', label: 'Conference', cameo: '04 Consult (multilateral conference, session)' },
  { id: 'statement', label: 'Statement', cameo: '01 Make public statement' },
  { id: 'appeal', label: 'Appeal', cameo: '02 Appeal (call for ceasefire, action)' },
  { id: 'rejection', label: 'Rejection', cameo: '12 Reject (oppose, refuse)' },
  { id: 'draft', label: 'Draft proposed', cameo: '03 Express intent (draft circulated or proposed)' },
  { id: 'vote', label: 'Vote or adoption', cameo: '05 Engage in diplomatic cooperation (vote, adopt)' },
  {
    id: 'agreement',
    label: 'Agreement signed',
    cameo: '05 Engage in diplomatic cooperation (057: sign formal agreement)',
  },
  { id: 'veto', label: 'Veto', cameo: '12 Reject (125: veto)' },
  { id: 'blocked-statement', label: 'Blocked statement', cameo: '12 Reject (block a joint statement)' },
  { id: 'threat', label: 'Threat', cameo: '13 Threaten (sanctions, aid cuts)' },
  { id: 'decision', label: 'Decision', cameo: '05 / 19: a government or cabinet decision' },
] as const;

export type EventType = (typeof EVENT_TYPES)[number]['id'];

export const EVENT_TYPE_IDS = EVENT_TYPES.map((t) => t.id) as unknown as readonly [EventType, ...EventType[]];

export function getEventTypeLabel(type: EventType): string {
  return EVENT_TYPES.find((t) => t.id === type)?.label ?? type;
}

export function isEventType(value: string): value is EventType {
  return EVENT_TYPES.some((t) => t.id === value);
}
