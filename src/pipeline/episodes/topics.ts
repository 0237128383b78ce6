// Subjects an episode can be named after, most specific first. Each is counted over the
// episode's source sentences; the most frequent names the episode. Curated data: extend it
// when a corpus brings a subject this list lacks.
export interface Topic {
  readonly pattern: RegExp;
  /** "{place}" is replaced by the episode's most frequent place, or dropped. */
  readonly label: string;
}

export const TOPICS: readonly Topic[] = [
  { pattern: /\bstatehood\b/gi, label: 'Palestinian statehood bid' },
  {
    pattern: /\b(?:peace (?:conference|summit)|conference|summit|confab)\b/gi,
    label: '{place} peace conference',
  },
  { pattern: /\b(?:cease-?fire|de-escalation|hostilities)\b/gi, label: 'Ceasefire diplomacy' },
  { pattern: /\b(?:peace talks|negotiations?|negotiator)\b/gi, label: 'Peace talks' },
  { pattern: /\bsettlements?\b/gi, label: 'Settlement dispute' },
  { pattern: /\b(?:resolution|draft)\b/gi, label: 'Security Council resolution' },
];

export const FALLBACK_TOPIC = 'Diplomatic contacts';
