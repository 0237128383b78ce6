// The detail panels, topmost first: the article reader over the actor over the event.
// Closing the top one reveals the one beneath, which is also what Back does, because
// event and actor selections are history entries. Each panel has its own error boundary.
import type { ActorId, EventId } from '../../domain/ids.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { ActorPanel } from '../features/actor/index.ts';
import { ArticlePanel } from '../features/article/index.ts';
import { EventPanel } from '../features/event/index.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { useUiStore } from './ui-store.ts';
import type { View } from './use-view.ts';

interface Props {
  readonly index: DatasetIndex;
  readonly view: View;
  readonly position: number;
  onSelectEvent(id: string | null): void;
  onStep(direction: 1 | -1): void;
}

export function PanelStack({ index, view, position, onSelectEvent, onStep }: Props) {
  const { selectedEvent, selectedActor, navigate, filtered, actorFilter } = view;
  const articleView = useUiStore((s) => s.articleView);
  const openArticle = useUiStore((s) => s.openArticle);
  const closeArticle = useUiStore((s) => s.closeArticle);
  const article = articleView ? index.articlesById.get(articleView.articleId) : undefined;

  if (!selectedEvent && !selectedActor && !article) return null;
  return (
    <div className="panels">
      {article && articleView ? (
        <ErrorBoundary label="article" resetKey={article.id}>
          <ArticlePanel article={article} highlight={articleView.highlight} onClose={closeArticle} />
        </ErrorBoundary>
      ) : selectedActor ? (
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
      ) : selectedEvent ? (
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
              openArticle({
                articleId: source.articleId,
                highlight: { start: source.start, end: source.end },
              })
            }
            onPrevious={position > 0 ? () => onStep(-1) : undefined}
            onNext={position >= 0 && position < filtered.length - 1 ? () => onStep(1) : undefined}
            position={position >= 0 ? { index: position, total: filtered.length } : undefined}
            onClose={() => onSelectEvent(null)}
          />
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
