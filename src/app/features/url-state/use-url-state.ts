// The URL as a React store: window.location is the state, the History API its setter. Back/forward arrive as
// popstate; our own pushState/replaceState fire no event, so navigate() tells subscribers itself.
import { useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState } from './url-state.ts';
import type { ParsedUrlState, UrlProblem, UrlState } from './url-state.ts';

export interface NavigateOptions {
  /**
   * 'push' (default) adds a history entry: selecting an event or actor, changing filters or lanes.
   * 'replace' rewrites the current one: panning/zooming (`from`/`to`) and typing a search, so Back is not
   * flooded with every intermediate step.
   */
  readonly mode?: 'push' | 'replace';
}

export type Navigate = (patch: Partial<UrlState>, options?: NavigateOptions) => void;

export interface UrlStateHandle {
  readonly state: UrlState;
  readonly problems: readonly UrlProblem[];
  readonly navigate: Navigate;
}

const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

// useSyncExternalStore compares snapshots with Object.is, so the same search must give the same object.
let cached: { readonly search: string; readonly parsed: ParsedUrlState } | null = null;

function getSnapshot(): ParsedUrlState {
  const { search } = window.location;
  if (cached?.search !== search) cached = { search, parsed: parseUrlState(search) };
  return cached.parsed;
}

const serverSnapshot = parseUrlState('');
const getServerSnapshot = (): ParsedUrlState => serverSnapshot;

/**
 * Applies a patch to the state in the URL as it is now (not as last rendered, so two calls in one handler
 * compose). Keeps the path and hash. A patch that changes nothing touches neither history nor the URL, so
 * re-selecting the selected event adds no entry and a no-op range event keeps the link's problems on show.
 */
export const navigateUrlState: Navigate = (patch, options = {}) => {
  const current = getSnapshot().state;
  const next: UrlState = { ...current };
  // Skip explicit undefineds: `{ event: undefined }` must not become the string "undefined".
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) Object.assign(next, { [key]: value });
  }
  const search = serializeUrlState(next);
  if (search === serializeUrlState(current)) return;

  const { pathname, hash } = window.location;
  const url = `${pathname}${search}${hash}`;
  try {
    if (options.mode === 'replace') window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
  } catch (error) {
    // Safari throws after ~100 history calls in 30 s; a lost URL update must not break the handler.
    console.warn('Could not update the URL', error);
    return;
  }
  for (const listener of [...listeners]) listener();
};

/** The shareable view state from the URL, the problems found parsing it, and a way to change it. */
export function useUrlState(): UrlStateHandle {
  const { state, problems } = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return { state, problems, navigate: navigateUrlState };
}
