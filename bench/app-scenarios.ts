// The datasets the app benchmark serves: the seeds' dataset as built into dist/, and synthetic
// ones of a given size (bench/make-dataset.ts), each with the actor to filter by and the time
// allowed per step.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toDataFiles } from '../src/domain/dataset-layout.ts';
import type { Dataset } from '../src/domain/dataset-schema.ts';
import type { DataFiles } from './static-server.ts';
import { makeDataset } from './make-dataset.ts';

export interface Scenario {
  /** 'seeds', '1k', '10k', '50k' */
  readonly name: string;
  readonly events: number;
  /**
   * The files to serve under data/ (dataset.json and articles/*.json, laid out as the pipeline
   * writes them); null serves those in dist/.
   */
  readonly json: DataFiles | null;
  /** Typed into "Filter by actor": the actor in most events, so it is the first option. */
  readonly actorName: string;
  readonly stepTimeoutMs: number;
}

/** vis-timeline has taken 20 s and more for 50k items (VIS-TIMELINE-NOTES): room for that, no more. */
export function getStepTimeoutMs(events: number): number {
  if (events >= 50_000) return 120_000;
  if (events >= 10_000) return 60_000;
  return 30_000;
}

export async function getSeedScenario(dist: string, timeoutMs?: number): Promise<Scenario> {
  const dataset = JSON.parse(await readFile(path.join(dist, 'data', 'dataset.json'), 'utf8')) as Dataset;
  const events = dataset.events.length;
  return {
    name: 'seeds',
    events,
    json: null,
    actorName: getBusiestActorName(dataset),
    stepTimeoutMs: timeoutMs ?? getStepTimeoutMs(events),
  };
}

export function getSyntheticScenario(size: number, timeoutMs?: number): Scenario {
  const dataset = makeDataset(size);
  return {
    name: size % 1000 === 0 ? `${size / 1000}k` : String(size),
    events: dataset.events.length,
    json: toDataFiles(dataset),
    actorName: getBusiestActorName(dataset),
    stepTimeoutMs: timeoutMs ?? getStepTimeoutMs(size),
  };
}

function getBusiestActorName(dataset: Dataset): string {
  const counts = new Map<string, number>();
  for (const event of dataset.events)
    for (const id of event.actorIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const actor = dataset.actors.find((a) => a.id === busiest) ?? dataset.actors[0];
  if (!actor) throw new Error('The dataset has no actors to filter by.');
  return actor.name;
}
