// The kind of happening an episode is (topics.ts): votes from its event types, its source
// sentences and the headlines of the articles reporting it as news. A headline is the article's
// own summary of its story, so it counts as much as several sentences.
import type { MergedEvent } from '../events/merge-events.ts';
import { FALLBACK_TOPIC, TOPICS, type Topic } from './topics.ts';

/** What one headline counts toward a kind, against 1 for a sentence. */
export const HEADLINE_WEIGHT = 3;

export interface EpisodeKind {
  /** The topic's id, or null for the fallback. */
  readonly id: string | null;
  readonly label: string;
}

export function getKind(
  cluster: readonly MergedEvent[],
  headlines: readonly string[] = [],
  /** Each distinct source sentence, when the caller has them. */
  sentences: Iterable<string> = new Set(cluster.flatMap((e) => e.sources.map((s) => s.text))),
): EpisodeKind {
  const scores = new Map<Topic, number>();
  const add = (topic: Topic | undefined, n: number) => {
    if (topic && n > 0) scores.set(topic, (scores.get(topic) ?? 0) + n);
  };
  for (const sentence of sentences) add(firstMatching(sentence), 1);
  for (const headline of headlines) add(firstInText(headline), HEADLINE_WEIGHT);
  for (const event of cluster)
    for (const topic of TOPICS) if (isShownBy(topic, event)) add(topic, topic.types[event.type] ?? 0);
  const types = new Set(cluster.map((e) => e.type));
  const agents = new Set(cluster.flatMap((e) => e.agentIds));
  // On a tie the more specific kind (earlier in TOPICS) wins.
  const best = TOPICS.reduce<Topic | null>(
    (top, t) =>
      (scores.get(t) ?? 0) > (top ? scores.get(top)! : 0) &&
      (!t.requires || t.requires.some((r) => types.has(r)) || !!t.actingBodies?.some((b) => agents.has(b)))
        ? t
        : top,
    null,
  );
  if (!best) return { id: null, label: FALLBACK_TOPIC };
  const owned = OWNED_KINDS[best.id];
  const label = owned ? getActorLabel(cluster, best.label, owned.type, owned.noun) : best.label;
  return { id: best.id, label };
}

/** Kinds named after the one actor who took their deciding step: "US veto", "US funding cut". */
const OWNED_KINDS: Readonly<Record<string, { type: MergedEvent['type']; noun: string }>> = {
  veto: { type: 'veto', noun: 'veto' },
  funding: { type: 'sanction', noun: 'funding cut' },
};

const firstMatching = (text: string) => TOPICS.find((t) => t.pattern.test(text));

/**
 * A headline leads with its story: the kind whose words come first in it ("UNESCO admits
 * Palestine as full member; US cuts off funding" is a membership, not a funding cut).
 */
function firstInText(text: string): Topic | undefined {
  let best: { topic: Topic; at: number } | null = null;
  for (const topic of TOPICS) {
    const at = topic.pattern.exec(text)?.index;
    if (at !== undefined && (!best || at < best.at)) best = { topic, at };
  }
  return best?.topic;
}

const isShownBy = (topic: Topic, event: MergedEvent) =>
  !topic.bodies || event.actorIds.some((id) => topic.bodies!.includes(id));

/**
 * "US veto" when one actor cast most of the episode's vetoes, named as the event titles write it
 * ("US vetoes Security Council resolution" → "US"); otherwise the generic label. The same for
 * another deciding type: "US funding cut".
 */
export function getActorLabel(
  cluster: readonly MergedEvent[],
  generic: string,
  type: MergedEvent['type'] = 'veto',
  noun = 'veto',
): string {
  const vetoes = cluster.filter((e) => e.type === type);
  const single = vetoes.filter((e) => e.agentIds.length === 1);
  const counts = new Map<string, number>();
  for (const e of single) counts.set(e.agentIds[0]!, (counts.get(e.agentIds[0]!) ?? 0) + 1);
  const [agent, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
  if (!agent || 2 * n! <= vetoes.length) return generic;
  for (const e of single) {
    if (e.agentIds[0] !== agent) continue;
    // The agent's display name: the title's capitalised words before its verb.
    const name = /^((?:\p{Lu}[\p{L}.'’-]*\s)+)\p{Ll}/u.exec(`${e.title} `)?.[1]?.trim();
    if (name && name.length <= 16) return `${name} ${noun}`;
  }
  return generic;
}
