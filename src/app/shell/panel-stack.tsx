// The detail panels, stacked: the article reader over the actor over the event. Only the top one
// shows; those beneath stay mounted but hidden, so closing the top one reveals the one beneath as it
// was (scroll, focus target), which is also what Back does, because event and actor selections are
// history entries. Focus returns to whatever opened the closed panel (use-focus-return.ts). Each
// panel has its own error boundary.
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { ActorId, ArticleId, EventId } from '../../domain/ids.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { ActorPanel } from '../features/actor/index.ts';
import { EventPanel } from '../features/event/index.ts';
import { whenIdle } from '../ui/index.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import type { PanelLayer } from './use-focus-return.ts';
import { useFocusReturn } from './use-focus-return.ts';
import type { View } from './use-view.ts';

// The article reader is no part of the first view: it is a chunk of its own, fetched when the page
// is first idle (so it is in memory before anyone opens it, and still there offline) or at once
// by a link that opens an article.
const loadArticleFeature = () => import('../features/article/index.ts');
const ArticlePanel = lazy(() => loadArticleFeature().then((m) => ({ default: m.ArticlePanel })));

/** The event list's region, where focus goes when the last panel closes and its opener is gone. */
export const EVENT_LIST_ID = 'event-list';

interface Props {
  readonly index: DatasetIndex;
  readonly view: View;
  readonly position: number;
  onSelectEvent(id: string | null): void;
  onStep(direction: 1 | -1): void;
}

export function PanelStack({ index, view, position, onSelectEvent, onStep }: Props) {
  useEffect(() => whenIdle(() => void loadArticleFeature().catch(() => undefined), 3000, 500), []);
  const { selectedEvent, selectedActor, navigate, filtered, actorFilter } = view;
  const { article, quote } = view.reader;
  const panelsRef = useRef<HTMLDivElement>(null);

  const layers: PanelLayer[] = [];
  if (selectedEvent) layers.push({ kind: 'event', key: `event:${selectedEvent.id}` });
  if (selectedActor) layers.push({ kind: 'actor', key: `actor:${selectedActor.id}` });
  if (article) layers.push({ kind: 'article', key: `article:${article.id}` });
  const top = layers.at(-1)?.kind;
  useFocusReturn(
    layers,
    () => panelsRef.current?.querySelector<HTMLElement>(':scope > :not([hidden]) h2[tabindex="-1"]') ?? null,
    () => document.getElementById(EVENT_LIST_ID),
  );

  if (!top) return null;
  return (
    <div className="panels" ref={panelsRef}>
      {selectedEvent && (
        <div className="panel-layer" hidden={top !== 'event'}>
          <ErrorBoundary label="event details" resetKey={selectedEvent.id}>
            <EventPanel
              event={selectedEvent}
              actorsById={index.actorsById}
              articlesById={index.articlesById}
              episode={
                selectedEvent.episodeId ? (index.episodesById.get(selectedEvent.episodeId) ?? null) : null
              }
              onSelectActor={(id: ActorId) => navigate({ actor: id })}
              onOpenSource={(source) =>
                navigate({
                  article: source.articleId as ArticleId,
                  quote: { start: source.start, end: source.end },
                })
              }
              onPrevious={position > 0 ? () => onStep(-1) : undefined}
              onNext={position >= 0 && position < filtered.length - 1 ? () => onStep(1) : undefined}
              position={position >= 0 ? { index: position, total: filtered.length } : undefined}
              onClose={() => onSelectEvent(null)}
            />
          </ErrorBoundary>
        </div>
      )}
      {selectedActor && (
        <div className="panel-layer" hidden={top !== 'actor'}>
          <ErrorBoundary label="actor details" resetKey={selectedActor.id}>
            <ActorPanel
              actor={selectedActor}
              events={index.eventsByActor.get(selectedActor.id) ?? []}
              onSelectEvent={(id: EventId) => onSelectEvent(id)}
              isFiltered={actorFilter.length === 1 && actorFilter[0] === selectedActor.id}
              onFilterToActor={(id: ActorId) => navigate({ actors: [id] })}
              onClose={() => navigate({ actor: null })}
            />
          </ErrorBoundary>
        </div>
      )}
      {article && (
        <div className="panel-layer">
          <ErrorBoundary label="article" resetKey={article.id}>
            <Suspense fallback={<p role="status">Opening the article…</p>}>
              <ArticlePanel
                article={article}
                highlight={quote}
                onClose={() => navigate({ article: null, quote: null })}
              />
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
