// Ids in a shared link that this dataset does not have: each gets a polite sentence for the
// notice, and the rest of the view still opens. Pure, so it is tested without a browser.
import type { UrlState } from '../features/url-state/index.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';

export function getLinkMessages(state: UrlState, index: DatasetIndex): string[] {
  const messages: string[] = [];
  if (state.event && !index.eventsById.has(state.event)) {
    messages.push(`The link names an event (“${state.event}”) that this dataset does not have.`);
  }
  if (state.actor && !index.actorsById.has(state.actor)) {
    messages.push(`The link names an actor (“${state.actor}”) that this dataset does not have.`);
  }
  const unknownActors = state.actors.filter((id) => !index.actorsById.has(id));
  if (unknownActors.length > 0) {
    messages.push(`The actor filter names actors this dataset does not have: ${unknownActors.join(', ')}.`);
  }
  return messages;
}
